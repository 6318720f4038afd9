using Entente.QueueBench;

return await QueueBenchmark.RunAsync(args);

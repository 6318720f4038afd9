using Entente.Bench;

return Throughput.Run(args);

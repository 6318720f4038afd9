using Entente.Bench;

return args is ["store", .. var rest] ? await StoreBench.RunAsync(rest) : Throughput.Run(args);

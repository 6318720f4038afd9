using Entente.Bench;

return TextLayerThroughput.Run(args);

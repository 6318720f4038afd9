using Entente.Cli;

return EntenteCommandLine.Run(args, Console.Out, Console.Error);

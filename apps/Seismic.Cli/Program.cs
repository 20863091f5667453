using Seismic.Cli;

return SeismicApp.Run(args, Console.Out, Console.Error);

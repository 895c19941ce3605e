using Retroact.Cli;

return Commands.Run(args);

using System.CommandLine;
using Retroact.Cli;

var root = new RootCommand(
    "Retroact: applies retroactive U.S. sentencing guideline amendments to one case or a whole prison population, " +
    "and explains every number with its citation.");
foreach (var command in Commands.All())
{
    root.Subcommands.Add(command);
}

return root.Parse(args).Invoke();

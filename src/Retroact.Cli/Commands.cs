using System.CommandLine;
using Retroact.Cli.Output;

namespace Retroact.Cli;

/// <summary>Every subcommand of <c>retroact</c>; each lives in its own file under <c>Commands/</c>.</summary>
public static class Commands
{
    /// <summary>The <c>retroact</c> command with every subcommand.</summary>
    public static RootCommand Root()
    {
        var root = new RootCommand(
            "Retroact: applies retroactive U.S. sentencing guideline amendments to one case or a whole prison population, " +
            "and explains every number with its citation.");
        foreach (var command in All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>
    /// Runs <c>retroact</c> with <paramref name="args"/> and returns the exit code: the command's own, or
    /// <see cref="CliText.BadInput"/> (2, as for every other bad input) when the command line itself does not parse
    /// (an unknown option, a missing argument), whose errors System.CommandLine prints with the usage.
    /// </summary>
    public static int Run(string[] args, InvocationConfiguration? configuration = null)
    {
        var parse = Root().Parse(args);
        var code = configuration is null ? parse.Invoke() : parse.Invoke(configuration);
        return parse.Errors.Count > 0 ? CliText.BadInput : code;
    }

    private static IEnumerable<Command> All() =>
    [
        RangeCommand.Create(),
        CalcCommand.Create(),
        ReleaseCommand.Create(),
        ValidateCommand.Create(),
        GenerateCommand.Create(),
        ReduceCommand.Create(),
        ImpactCommand.Create(),
        CompareCommand.Create(),
    ];
}

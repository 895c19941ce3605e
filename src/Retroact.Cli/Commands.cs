using System.CommandLine;

namespace Retroact.Cli;

/// <summary>Every subcommand of <c>retroact</c>; each lives in its own file under <c>Commands/</c>.</summary>
internal static class Commands
{
    public static IEnumerable<Command> All() =>
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

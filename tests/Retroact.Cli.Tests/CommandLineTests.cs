using System.CommandLine;

namespace Retroact.Cli.Tests;

/// <summary>The whole <c>retroact</c> command line: what a bad one exits with.</summary>
public sealed class CommandLineTests
{
    private static (int Code, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var code = Commands.Run(args, new InvocationConfiguration { Output = new StringWriter(), Error = error });
        return (code, error.ToString());
    }

    [Fact]
    public void An_unknown_option_exits_2_like_any_bad_input()
    {
        var (code, error) = Run("impact", "--amendment", "782", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument '--bogus'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_option_exits_2() =>
        Assert.Equal(2, Run("impact").Code);

    [Fact]
    public void Help_exits_0() =>
        Assert.Equal(0, Run("impact", "--help").Code);
}

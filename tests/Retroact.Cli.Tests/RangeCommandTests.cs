using NodaTime;

namespace Retroact.Cli.Tests;

public class RangeCommandTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    private static (int Code, string Output, string Error) Run(string level, string category, string? asOf = null, bool json = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = RangeCommand.Run(level, category, asOf, json, Today, output, error);
        return (code, output.ToString().Trim(), error.ToString().Trim());
    }

    [Fact]
    public void Range_32_III_as_json_gives_151_to_188_zone_D()
    {
        var (code, output, _) = Run("32", "III", json: true);
        Assert.Equal(0, code);
        Assert.StartsWith("{\"offenseLevel\":32,\"criminalHistoryCategory\":\"III\",\"minMonths\":151,\"maxMonths\":188,\"range\":\"151–188\",\"zone\":\"D\",\"manual\":\"2025-11-01\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Life_ends_are_null_in_json()
    {
        var (_, output, _) = Run("43", "I", json: true);
        Assert.Contains("\"minMonths\":null,\"maxMonths\":null,\"range\":\"life\"", output, StringComparison.Ordinal);
        Assert.Contains("\"minMonths\":360,\"maxMonths\":null,\"range\":\"360–life\"", Run("37", "VI", json: true).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_selects_the_zone_definition_in_force()
    {
        Assert.Equal("Level 11, category I (Nov. 1, 2008 Manual): 8–14 months, Zone C", Run("11", "I", "2009-01-05").Output);
        Assert.Equal("Level 11, category I (Nov. 1, 2010 Manual with its Nov. 1, 2010 Supplement (emergency Amend. 748)): 8–14 months, Zone B", Run("11", "I", "2010-11-01").Output);
    }

    [Theory]
    [InlineData("0", "I", null, "range: LEVEL = 0: a whole number from 1 to 43")]
    [InlineData("44", "I", null, "range: LEVEL = 44: a whole number from 1 to 43")]
    [InlineData("x", "I", null, "range: LEVEL = x: a whole number from 1 to 43")]
    [InlineData("10", "VII", null, "range: CHC = VII: one of I, II, III, IV, V, VI")]
    [InlineData("10", "I", "2014-13-01", "range: --as-of = 2014-13-01: an ISO date, YYYY-MM-DD")]
    [InlineData("10", "I", "1994-10-31", "range: --as-of = 1994-10-31: no Guidelines Manual edition is encoded for 1994-10-31: the first encoded edition took effect 1994-11-01")]
    public void Bad_input_exits_2_naming_the_field_value_and_what_is_allowed(string level, string category, string? asOf, string message)
    {
        var (code, output, error) = Run(level, category, asOf);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(message, error);
    }
}

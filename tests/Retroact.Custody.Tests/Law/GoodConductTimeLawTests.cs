using System.Text;
using Retroact.Custody.Law;

namespace Retroact.Custody.Tests.Law;

public class GoodConductTimeLawTests
{
    private const string Method = """
        { "id": "m", "basis": "years-served",
          "governsFrom": { "value": "1987-11-01", "citation": "c" },
          "daysPerYear": { "value": 54, "citation": "c" },
          "partialYearRatePerDay": { "value": 0.148, "citation": "c" } }
        """;

    private static GoodConductTimeLaw Parse(string json) =>
        GoodConductTimeLaw.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static string File(string method = Method, string extra = "") => $$"""
        { "about": "a", "noCreditUnlessTermExceedsMonths": { "value": 12, "citation": "c" }, "methods": [ {{method}} ] {{extra}} }
        """;

    [Fact]
    public void The_shipped_law_has_both_methods_in_date_order()
    {
        var law = GoodConductTimeLaw.Current;
        Assert.Equal(["bop-years-served", "fsa-years-imposed"], law.Methods.Select(m => m.Id));
        Assert.Equal(new NodaTime.LocalDate(2019, 7, 19), law.Methods[1].GovernsFrom);
        Assert.All(law.Methods, m => Assert.Contains("3624(b)", m.DaysPerYearCitation, StringComparison.Ordinal));
    }

    [Fact]
    public void A_minimal_file_parses() => Assert.Equal(148, Parse(File()).Methods[0].PartialYearRatePerMille);

    [Fact]
    public void An_unknown_key_is_an_error() =>
        Assert.Contains("rate", Assert.Throws<CustodyLawException>(() => Parse(File(extra: ", \"rate\": 1"))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_missing_citation_is_an_error() =>
        Assert.Contains("citation", Assert.Throws<CustodyLawException>(() => Parse(File(Method.Replace("""{ "value": 54, "citation": "c" }""", """{ "value": 54 }""", StringComparison.Ordinal)))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_blank_citation_is_an_error() =>
        Assert.Equal("test.json: methods['m'].daysPerYear.citation is blank; every law value needs its source.",
            Assert.Throws<CustodyLawException>(() => Parse(File(Method.Replace("""{ "value": 54, "citation": "c" }""", """{ "value": 54, "citation": " " }""", StringComparison.Ordinal)))).Message);

    [Fact]
    public void An_unknown_basis_is_an_error() =>
        Assert.Equal("test.json: methods['m'].basis is 'years-slept'; allowed: years-served, years-imposed.",
            Assert.Throws<CustodyLawException>(() => Parse(File(Method.Replace("years-served", "years-slept", StringComparison.Ordinal)))).Message);

    [Fact]
    public void A_rate_finer_than_thousandths_is_an_error() =>
        Assert.Throws<CustodyLawException>(() => Parse(File(Method.Replace("0.148", "0.1479", StringComparison.Ordinal))));

    [Fact]
    public void Methods_out_of_date_order_are_an_error() =>
        Assert.Throws<CustodyLawException>(() => Parse(File(Method + "," + Method)));
}

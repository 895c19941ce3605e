using Retroact.Law.Cases;
using Retroact.Population.Reading;

namespace Retroact.Population.Tests;

public class NativeCsvReaderTests
{
    private const string Header = "id,sentencedOn,drug1Substance,drug1Grams,totalOffenseLevel,criminalHistoryCategory,criminalHistoryPoints,statusPoints,termMonths,life,custodyCommencedOn,priorCustodyDays,custodyStatus,detainers,sex\n";

    private static List<Records.PopulationRecord> Read(string text, out ReadTally tally)
    {
        using var file = new TempFile(text: text);
        using var reader = PopulationReader.Open(file.Path, PopulationFormat.Native);
        var records = reader.ToList();
        tally = reader.Tally;
        return records;
    }

    [Fact]
    public void A_good_row_becomes_a_case_with_every_value()
    {
        var records = Read(Header + "c1,2013-05-17,cocaine-base,30.5,30,III,5,2,120,false,2012-11-02,200,rrc,ice;state,male\n", out var tally);
        var c = Assert.Single(records).Case!;
        Assert.Equal("c1", c.Id);
        Assert.Equal(new NodaTime.LocalDate(2013, 5, 17), c.SentencedOn);
        Assert.Equal(new DrugAmount("cocaine-base", 30.5m), Assert.Single(c.Drugs));
        Assert.Equal(CriminalHistoryCategory.III, c.CriminalHistoryCategory);
        Assert.Equal((5, 2, 120), (c.CriminalHistoryPoints, c.StatusPoints, c.TermMonths));
        Assert.Equal(new CustodyFacts { CommencedOn = new(2012, 11, 2), PriorCustodyDays = 200, Status = CustodyStatus.Rrc }, c.Custody);
        Assert.Equal([Detainer.Ice, Detainer.State], c.Detainers.ToArray());
        Assert.Equal((1, 1, 0), (tally.Read, tally.Accepted, tally.Rejected));
    }

    [Theory]
    [InlineData("c1,2013-02-30,,,30,III,5,0,120,false,,,,,", "sentencedOn", "2013-02-30", "not a calendar date in the form yyyy-MM-dd")]
    [InlineData(",2013-02-03,,,30,III,5,0,120,false,,,,,", "id", "", "required; the case identifier")]
    [InlineData("c1,,,,30,III,5,0,120,false,,,,,", "sentencedOn", "", "required; the day sentence was imposed (yyyy-MM-dd)")]
    [InlineData("c1,2013-02-03,,,44,III,5,0,120,false,,,,,", "totalOffenseLevel", "44", "out of range; expected 1 to 43")]
    [InlineData("c1,2013-02-03,,,30,VII,5,0,120,false,,,,,", "criminalHistoryCategory", "VII", "expected one of I, II, III, IV, V, VI")]
    [InlineData("c1,2013-02-03,,,30,III,x,0,120,false,,,,,", "criminalHistoryPoints", "x", "not a whole number; expected 0 to 200")]
    [InlineData("c1,2013-02-03,,,30,III,1,2,120,false,,,,,", "statusPoints", "2", "more than the criminal history points")]
    [InlineData("c1,2013-02-03,,,30,III,5,4,120,false,,,,,", "statusPoints", "4", "out of range; expected 0 to 3")]
    [InlineData("c1,2013-02-03,,,30,III,5,0,120,maybe,,,,,", "life", "maybe", "expected true or false")]
    [InlineData("c1,2013-02-03,,,30,III,5,0,120,true,,,,,", "termMonths", "120", "a life term has no months; leave termMonths empty when life is true")]
    [InlineData("c1,2013-02-03,Crack,5,30,III,5,0,120,false,,,,,", "drug1Substance", "Crack", "a substance id is lower-case letters, digits and '-', e.g. cocaine-base")]
    [InlineData("c1,2013-02-03,cocaine,,30,III,5,0,120,false,,,,,", "drug1Substance", "cocaine", "a substance needs grams or units")]
    [InlineData("c1,2013-02-03,,5,30,III,5,0,120,false,,,,,", "drug1Grams", "5", "a quantity without a substance")]
    [InlineData("c1,2013-02-03,cocaine,-5,30,III,5,0,120,false,,,,,", "drug1Grams", "-5", "not a decimal number (digits with an optional '.' point)")]
    [InlineData("c1,2013-02-03,cocaine,0,30,III,5,0,120,false,,,,,", "drug1Grams", "0", "must be greater than 0")]
    [InlineData("c1,2013-02-03,,,30,III,5,0,120,false,,12,,,", "custodyCommencedOn", "", "required when priorCustodyDays, custodyStatus or gctDisallowedDays is filled")]
    [InlineData("c1,2013-02-03,,,30,III,5,0,120,false,2013-02-03,,jail,,", "custodyStatus", "jail", "expected one of institution, rrc, home-confinement")]
    [InlineData("c1,2013-02-03,,,30,III,5,0,120,false,,,,ice;fbi,", "detainers", "ice;fbi", "expected a ';'-list of ice, state, other")]
    [InlineData("c1,2013-02-03,,,30,III,5,0,120,false,,,,,m", "sex", "m", "expected male or female")]
    [InlineData("c1,2013-02-03,,,30,III,5,0,120,false,,,,", "detainers", "", "the row has 14 fields; the header has 15")]
    public void Each_bad_value_rejects_its_row_with_field_value_and_reason(string row, string field, string value, string reason)
    {
        var records = Read(Header + "good,2014-01-01,,,20,I,0,0,30,false,,,,,\n" + row + "\n" + "good2,2014-01-01,,,20,I,0,0,30,false,,,,,\n", out var tally);
        Assert.Equal((3, 2, 1), (tally.Read, tally.Accepted, tally.Rejected));
        var rejection = records[1].Rejection!;
        Assert.Equal(2, rejection.Row);
        Assert.Equal((field, value, reason), (rejection.Field, rejection.Value, rejection.Reason));
    }

    [Theory]
    [InlineData("statutoryMinimumMonths,statutoryMaximumMonths", "120,60", "statutoryMinimumMonths", "120", "greater than the statutory maximum")]
    [InlineData("mitigatingRole", "mitigating", "mitigatingRole", "mitigating", "expected one of minimal, minor, intermediate")]
    [InlineData("substantialAssistance", "35(b)", "substantialAssistance", "35(b)", "expected one of 5K1.1, 3553(e), rule-35(b)")]
    [InlineData("citizenship", "US", "citizenship", "US", "expected one of us, non-us")]
    [InlineData("ethnicity", "latino", "ethnicity", "latino", "expected hispanic or non-hispanic")]
    [InlineData("age", "9", "age", "9", "out of range; expected 10 to 120")]
    [InlineData("zeroPointDisqualifiers", "Weapon", "zeroPointDisqualifiers", "Weapon", "expected 'none' or a ';'-list of lower-case ids, e.g. weapon;violence")]
    [InlineData("drug1Substance,drug1Units", ",5", "drug1Units", "5", "a quantity without a substance")]
    [InlineData("assumed", "SentencingDay;Guess", "assumed", "SentencingDay;Guess", "expected a ';'-list of SentencingDay, CustodyCommencement, PriorCustodyCredit, CustodyStatus, GctDisallowed, Detainers, ConsecutiveTerm, LifeFromSentTot, TermRounded, MitigatingRoleKind")]
    [InlineData("careerOffenderLevel", "44", "careerOffenderLevel", "44", "out of range; expected 1 to 43")]
    [InlineData("gctDisallowedDays,custodyCommencedOn", "-1,2014-01-01", "gctDisallowedDays", "-1", "out of range; expected 0 to 36525")]
    public void Other_native_reject_reasons(string columns, string values, string field, string value, string reason)
    {
        var records = Read("id,sentencedOn," + columns + "\nc1,2014-01-01," + values + "\n", out var tally);
        Assert.Equal((field, value, reason), (records[0].Rejection!.Field, records[0].Rejection!.Value, records[0].Rejection!.Reason));
        Assert.Equal((1, 0, 1), (tally.Read, tally.Accepted, tally.Rejected));
    }

    [Fact]
    public void An_id_longer_than_100_characters_is_rejected()
    {
        var records = Read("id,sentencedOn\n" + new string('x', 101) + ",2014-01-01\n", out _);
        Assert.Equal(("id", "longer than 100 characters"), (records[0].Rejection!.Field, records[0].Rejection!.Reason));
    }

    [Theory]
    [InlineData("30.5", "30.5")]
    [InlineData("0.10", "0.10")]
    [InlineData("7", "7")]
    [InlineData("5.", "5")]
    [InlineData("123456789012345678901.25", "123456789012345678901.25")]
    public void Quantities_keep_their_exact_decimal_value_and_scale(string text, string expected)
    {
        var records = Read("id,sentencedOn,drug1Substance,drug1Grams\nc1,2014-01-01,heroin," + text + "\n", out _);
        Assert.Equal(expected, records[0].Case!.Drugs[0].Grams!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_missing_required_column_is_one_error_naming_file_line_and_column()
    {
        using var file = new TempFile(text: "id,termMonths\nc1,5\n");
        var e = Assert.Throws<PopulationFileException>(() => PopulationReader.Open(file.Path, PopulationFormat.Native));
        Assert.Equal($"{file.Path}: line 1: the required column 'sentencedOn' is missing from the header", e.Message);
    }

    [Fact]
    public void Bad_quoting_is_one_error_naming_line_and_column()
    {
        using var file = new TempFile(text: "id,sentencedOn\nc1,2014-01-01\nc2,\"2014\"x\n");
        using var reader = PopulationReader.Open(file.Path, PopulationFormat.Native);
        var e = Assert.Throws<PopulationFileException>(() => reader.ToList());
        Assert.Equal($"{file.Path}: line 3, column 2 (sentencedOn): bad quoting: A delimiter, newline or EOF was expected after a closing quote.", e.Message);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_one_error_naming_line_and_column()
    {
        using var file = new TempFile();
        File.WriteAllBytes(file.Path, [.. "id,sentencedOn,race\nc1,2014-01-01,white\nc2,2014-01-01,"u8, 0xE9, .. "\n"u8]);
        using var reader = PopulationReader.Open(file.Path, PopulationFormat.Native);
        var e = Assert.Throws<PopulationFileException>(() => reader.ToList());
        Assert.Equal($"{file.Path}: line 3, column 3 (race): bytes that are not valid UTF-8 (or a NUL character); the file must be UTF-8 text", e.Message);
    }

    [Fact]
    public void A_truncated_last_line_is_one_error_before_any_row()
    {
        using var file = new TempFile(text: "id,sentencedOn,termMonths\nc1,2014-01-01,5\nc2,2014-0");
        var e = Assert.Throws<PopulationFileException>(() => PopulationReader.Open(file.Path, PopulationFormat.Native));
        Assert.Equal($"{file.Path}: line 3, column 3 (termMonths): the last line is truncated: it has 2 of the header's 3 fields and no line end", e.Message);
    }

    [Fact]
    public void A_complete_last_line_without_a_line_end_is_read()
    {
        Read("id,sentencedOn\nc1,2014-01-01", out var tally);
        Assert.Equal((1, 1), (tally.Read, tally.Accepted));
    }

    [Fact]
    public void Missing_columns_are_reported_with_the_analyses_they_rule_out_and_never_reject()
    {
        using var file = new TempFile(text: "id,sentencedOn,totalOffenseLevel,criminalHistoryCategory,termMonths\nc1,2014-01-01,30,II,97\n");
        using var reader = PopulationReader.Open(file.Path, PopulationFormat.Native);
        Assert.Single(reader, r => r.IsAccepted);
        Assert.Contains("statusPoints", reader.Coverage.Missing);
        Assert.Contains(reader.Coverage.RuledOut, r => r.Analysis == "Amendment 821 Part A (status points)" && r.MissingColumns.SequenceEqual(["criminalHistoryPoints", "statusPoints"]));
        Assert.DoesNotContain(reader.Coverage.RuledOut, r => r.Analysis == "guideline range (any recalculation)");
    }
}

using Retroact.Law.Cases;
using Retroact.Population.Reading;
using Retroact.Population.Records;
using Retroact.Population.Synthetic;

namespace Retroact.Population.Tests;

public class UsscReaderTests
{
    private static (List<PopulationRecord> Records, PopulationReader Reader) Read(string text, PopulationReaderOptions? options = null)
    {
        var file = new TempFile(text: text);
        var reader = PopulationReader.Open(file.Path, PopulationFormat.Ussc, options);
        var records = reader.ToList();
        reader.Dispose();
        file.Dispose();
        return (records, reader);
    }

    [Fact]
    public void A_file_with_all_of_the_datafiles_columns_is_read_row_by_row()
    {
        // The published datafile has about 27,000 variables: a header and rows of well over 100,000 characters.
        var extra = Enumerable.Range(0, 27_000).Select(i => $"V{i}").ToList();
        var header = "USSCIDN,SENTYR,SENTMON,XFOLSOR,XCRHISSR,SENTTOT," + string.Join(',', extra);
        var rows = Enumerable.Range(1, 3).Select(i => $"{i},2013,6,29,3,100," + string.Join(',', extra.Select(_ => "12345")));
        var (records, reader) = Read(header + "\n" + string.Join("\n", rows) + "\n");

        Assert.Equal(["1", "2", "3"], records.Select(r => r.Case!.Id));
        Assert.Equal((3, 3, 0), (reader.Tally.Read, reader.Tally.Accepted, reader.Tally.Rejected));
    }

    [Fact]
    public void A_row_whose_first_field_starts_with_a_hash_is_read_not_skipped_as_a_comment()
    {
        var (records, reader) = Read("USSCIDN,SENTYR,SENTMON,XFOLSOR,XCRHISSR,SENTTOT\n1,2013,6,29,3,100\n#2,2013,6,29,3,100\n3,2013,6,29,3,100\n");

        Assert.Equal(["1", "#2", "3"], records.Select(r => r.Case!.Id));
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Row));
        Assert.Equal(3, reader.Tally.Read);
    }

    [Fact]
    public void A_full_row_maps_every_codebook_variable_and_flags_the_filled_values()
    {
        var (records, reader) = Read(
            "USSCIDN,SENTYR,SENTMON,AMENDYR,GDLINEHI,DRUGTYP1,WGT1,DRUGTYP2,WGT2,BASEHI,XFOLSOR,MITCAP,XCRHISSR,TOTCHPTS,SENTPTS,CAROFFAP,CAROFFLV,STATMIN,STATMAX,SAFE,MAND1,BOOKERCD,SENTTOT,TOTPRISN,WEAPON,NEWRACE,NEWCIT,MONSEX,AGE,DISTRICT\n" +
            "1001,2013,6,2012,2D1.1,2,300.0,1,50,32,29,0,III,,,0,,120,9996,0,2,5,100.5,100,1,2,1,0,41,35\n"
                .Replace(",III,", ",3,", StringComparison.Ordinal).Replace(",,,0,,120", ",5,2,0,,120", StringComparison.Ordinal));
        var record = Assert.Single(records);
        var c = record.Case!;
        Assert.Equal("1001", c.Id);
        Assert.Equal(new NodaTime.LocalDate(2013, 6, 15), c.SentencedOn);
        Assert.Null(c.Manual); // AMENDYR 2012 is the Nov 1, 2012 Manual, in force in June 2013
        Assert.Equal([new DrugAmount("cocaine-base", 300.0m), new DrugAmount("cocaine", 50m)], c.Drugs.ToArray());
        Assert.Equal((32, 29, -3), (c.BaseOffenseLevel, c.TotalOffenseLevel, c.OffenseLevelAdjustments));
        Assert.Equal(CriminalHistoryCategory.III, c.CriminalHistoryCategory);
        Assert.Equal((5, 2), (c.CriminalHistoryPoints, c.StatusPoints));
        Assert.Equal((120, (int?)null), (c.StatutoryMinimumMonths, c.StatutoryMaximumMonths));
        Assert.Equal(SubstantialAssistance.Section3553e, c.SubstantialAssistance); // MAND1 = 2 outranks BOOKERCD = 5
        Assert.False(c.SafetyValve);
        Assert.Equal((101, false), (c.TermMonths, c.Life)); // SENTTOT 100.5 rounded half away from zero
        Assert.Equal(["weapon"], c.ZeroPointDisqualifiers!.Value.ToArray());
        Assert.Equal(new Demographics { Race = "black", Ethnicity = "non-hispanic", Sex = "male", Age = 41, District = "LA-E" }, c.Demographics);
        Assert.Equal(Citizenship.NonUs, c.Citizenship);
        Assert.Equal([Detainer.Ice], c.Detainers.ToArray());
        Assert.Equal(new CustodyFacts { CommencedOn = new(2013, 6, 15) }, c.Custody);
        Assert.Equal(AssumedFields.SentencingDay | AssumedFields.CustodyCommencement | AssumedFields.PriorCustodyCredit | AssumedFields.CustodyStatus
            | AssumedFields.GctDisallowed | AssumedFields.Detainers | AssumedFields.ConsecutiveTerm | AssumedFields.TermRounded, record.Assumed);
        Assert.Empty(reader.Coverage.RuledOut.Where(r => r.Analysis.StartsWith("Amendment 782", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_subset_of_columns_with_nulls_and_out_of_range_codes_accounts_for_every_row()
    {
        var (records, reader) = Read(
            "SENTYR,SENTMON,XCRHISSR,SENTTOT,NEWRACE,DRUGTYP1\n" +
            "2010,11,1,60,1,6\n" +      // good
            "2010,11,.,,3,\n" +          // SAS missing and empty: accepted, probation (SENTTOT missing)
            "2010,11,7,60,1,6\n" +       // XCRHISSR 7: out of range
            "2010,13,1,60,1,6\n" +       // SENTMON 13
            "2010,11,1,60,4,6\n" +       // NEWRACE 4 is not a code
            "2010,11,1,60,1,200\n" +     // DRUGTYP 200 beyond the codebook
            "2010,11,1,470,1,6\n" +      // SENTTOT 470 without TOTPRISN: life, flagged
            "2010,11,2.0,60,6,1\n" +     // "2.0" reads as 2
            "2010,11,1.5,60,6,1\n" +     // not a whole code
            ",11,1,60,6,1\n");           // SENTYR empty: the date is required
        var tally = reader.Tally;
        Assert.Equal((10, 4, 6), (tally.Read, tally.Accepted, tally.Rejected));
        Assert.Equal(tally.Read, tally.Accepted + tally.Rejected);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), records.Select(r => r.Row));
        var reasons = records.Where(r => !r.IsAccepted).Select(r => (r.Rejection!.Field, r.Rejection.Value, r.Rejection.Reason)).ToList();
        Assert.Equal(
        [
            ("XCRHISSR", "7", "out of range; expected 1 to 6"),
            ("SENTMON", "13", "out of range; expected 1 to 12"),
            ("NEWRACE", "4", "not a codebook value; expected 1 (White), 2 (Black), 3 (Hispanic) or 6 (Other)"),
            ("DRUGTYP1", "200", "out of range; expected 0 to 182"),
            ("XCRHISSR", "1.5", "not a whole number; expected 1 to 6"),
            ("SENTYR", "", "required; the year of sentencing"),
        ], reasons);
        var probation = records[1].Case!;
        Assert.Equal((0, (CriminalHistoryCategory?)null, "hispanic", (string?)null), (probation.TermMonths!.Value, probation.CriminalHistoryCategory, probation.Demographics!.Ethnicity, probation.Demographics.Race));
        Assert.Null(probation.Custody);
        Assert.True(records[6].Case!.Life);
        Assert.True(records[6].Assumed.HasFlag(AssumedFields.LifeFromSentTot));
        Assert.Equal(CriminalHistoryCategory.II, records[7].Case!.CriminalHistoryCategory);
        Assert.Contains(reader.Coverage.RuledOut, r => r.Analysis == "Amendment 782 recalculation" && r.MissingColumns.SequenceEqual(["XFOLSOR", "WGT1"]));
        Assert.Contains("TOTPRISN", reader.Coverage.Missing);
    }

    [Fact]
    public void Missing_sentencing_year_column_is_a_file_error()
    {
        using var file = new TempFile(text: "SENTMON,XFOLSOR\n1,20\n");
        var e = Assert.Throws<PopulationFileException>(() => PopulationReader.Open(file.Path, PopulationFormat.Ussc));
        Assert.Equal($"{file.Path}: line 1: the required column 'SENTYR' is missing from the header", e.Message);
    }

    [Theory]
    [InlineData("TOTPRISN", "9996", true, null)]
    [InlineData("TOTPRISN", "9992", false, 0)]
    [InlineData("TOTPRISN", "240", false, 240)]
    public void Totprisn_codes_give_life_or_months(string column, string value, bool life, int? months)
    {
        var (records, _) = Read($"SENTYR,SENTMON,{column}\n2014,3,{value}\n");
        var c = Assert.Single(records).Case!;
        Assert.Equal((life, months), (c.Life, c.TermMonths));
    }

    [Theory]
    [InlineData("TOTPRISN", "9998", "a death sentence (9998) has no prison term to reduce")]
    [InlineData("TOTPRISN", "9997", "the prison term is not specified (9997)")]
    [InlineData("STATMIN", "9996", "a mandatory life or death minimum cannot be expressed in case format v1 (minimum in months)")]
    [InlineData("CAROFFAP", "2", "out of range; expected 0 to 1")]
    [InlineData("SAFE", "3", "out of range; expected 0 to 2")]
    [InlineData("BOOKERCD", "12", "out of range; expected 0 to 11")]
    [InlineData("MONSEX", "x", "not a number")]
    public void Codes_the_engine_cannot_use_reject_the_row(string column, string value, string reason)
    {
        var (records, _) = Read($"SENTYR,SENTMON,{column}\n2014,3,{value}\n");
        Assert.Equal((column, value, reason), (records[0].Rejection!.Field, records[0].Rejection!.Value, records[0].Rejection!.Reason));
    }

    [Theory]
    [InlineData("DRUGTYP1,WGT1", "0,12", "WGT1", "12", "a weight without a drug type")]
    [InlineData("WGT1,DRUGTYP1", "0,1", "WGT1", "0", "a drug weight must be greater than 0 grams")]
    [InlineData("CAROFFAP,CAROFFLV", "1,0", "CAROFFLV", "0", "CAROFFAP is 1 but no career-offender level is given")]
    [InlineData("CAROFFLV,CAROFFEN", "2,-3", "CAROFFEN", "-3", "the acceptance adjustment takes the career-offender level below 1")]
    [InlineData("STATMIN,STATMAX", "120,60", "STATMIN", "120", "greater than STATMAX")]
    [InlineData("STATMIN", "9995", "STATMIN", "9995", "not a codebook value; expected 0 to 9990, 9996 or 9997")]
    [InlineData("STATMAX", "9993", "STATMAX", "9993", "not a codebook value; expected 1 to 9990, 9996 or 9997")]
    [InlineData("TOTPRISN", "9994", "TOTPRISN", "9994", "not a codebook value; expected 0 to 9990, 9992, 9996, 9997 or 9998")]
    [InlineData("TOTCHPTS,SENTPTS", "1,2", "SENTPTS", "2", "more than TOTCHPTS")]
    [InlineData("SENTTOT", "-2", "SENTTOT", "-2", "out of range; expected 0 to 9990 months")]
    [InlineData("MAND1", "7", "MAND1", "7", "out of range; expected 1 to 6")]
    [InlineData("AGE", "9", "AGE", "9", "out of range; expected 10 to 120")]
    [InlineData("DISTRICT", "97", "DISTRICT", "97", "out of range; expected 0 to 96")]
    [InlineData("DISTRICT", "21", "DISTRICT", "21", "not a DISTRICT code in the codebook (21, 59 and 92 are unused)")]
    public void Each_ussc_reject_reason_names_the_column_and_value(string columns, string values, string field, string value, string reason)
    {
        var (records, reader) = Read("SENTYR,SENTMON," + columns + "\n2014,3," + values + "\n");
        Assert.Equal((field, value, reason), (records[0].Rejection!.Field, records[0].Rejection!.Value, records[0].Rejection!.Reason));
        Assert.Equal((1, 0, 1), (reader.Tally.Read, reader.Tally.Accepted, reader.Tally.Rejected));
    }

    [Fact]
    public void Xfolsor_above_43_is_read_as_43_and_the_assumptions_follow_the_options()
    {
        var options = new PopulationReaderOptions { SentencingDay = 31, PriorCustodyDays = 90, CustodyStatus = CustodyStatus.Rrc, IceDetainerForNonCitizens = false };
        var (records, _) = Read("SENTYR,SENTMON,XFOLSOR,BASEHI,TOTPRISN,NEWCIT\n2014,2,45,38,360,1\n", options);
        var c = records[0].Case!;
        Assert.Equal((43, 7), (c.TotalOffenseLevel, c.OffenseLevelAdjustments));
        Assert.Equal(new NodaTime.LocalDate(2014, 2, 28), c.SentencedOn);
        Assert.Equal(new CustodyFacts { CommencedOn = new(2014, 2, 28), PriorCustodyDays = 90, Status = CustodyStatus.Rrc }, c.Custody);
        Assert.Empty(c.Detainers);
    }

    [Theory]
    [InlineData("0", "ME")]
    [InlineData("4", "PR")]
    [InlineData("41", "TX-S")]
    [InlineData("53", "IL-C")]
    [InlineData("94", "MP")]
    [InlineData("96", "LA-M")]
    public void District_codes_read_as_the_districts_of_the_synthetic_population(string code, string district)
    {
        var (records, _) = Read($"SENTYR,SENTMON,DISTRICT\n2014,3,{code}\n");
        Assert.Equal(district, Assert.Single(records).Case!.Demographics!.District);
    }

    [Fact]
    public void The_codebook_districts_are_exactly_the_districts_the_generator_draws()
    {
        var codes = Enumerable.Range(0, 97).Where(c => c is not (21 or 59 or 92)).ToList();
        var (records, reader) = Read("SENTYR,SENTMON,DISTRICT\n" + string.Concat(codes.Select(c => $"2014,3,{c}\n")));
        Assert.Equal((94, 94), (reader.Tally.Read, reader.Tally.Accepted));
        var fromUssc = records.Select(r => r.Case!.Demographics!.District!).ToHashSet();
        Assert.Equal(94, fromUssc.Count);
        var generated = SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, 20_000, 11).Select(c => c.Demographics!.District!).ToHashSet();
        Assert.Equal(generated.Order(StringComparer.Ordinal), fromUssc.Order(StringComparer.Ordinal));
    }
}

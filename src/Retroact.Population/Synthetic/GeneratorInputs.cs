using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Retroact.Population.Synthetic;

/// <summary>The generator's input distributions and parameters, loaded once from the data files of <c>data/population/</c>.</summary>
internal sealed class GeneratorInputs
{
    private static readonly Lazy<GeneratorInputs> Loaded = new(() => new GeneratorInputs());

    private readonly Dictionary<string, Categorical<string>> _distributions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _numbers = new(StringComparer.Ordinal);

    private GeneratorInputs()
    {
        foreach (var file in new[] { "offence-mix.csv", "drug-facts.csv", "criminal-history.csv", "sentence.csv", "demographics.csv", "districts.csv" })
        {
            foreach (var group in DataFiles.Rows(file).GroupBy(r => r["distribution"]))
            {
                _distributions[group.Key] = new Categorical<string>([.. group.Select(r => (r["key"], Number(r["weight"])))], $"{file}:{group.Key}");
            }
        }

        foreach (var row in DataFiles.Rows("parameters.csv"))
        {
            _parameters[row["name"]] = row["value"];
            if (double.TryParse(row["value"], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                _numbers[row["name"]] = number;
            }
        }

        var flow = DataFiles.Rows("drug-type-flow.csv");
        DrugTypeByYear = flow.GroupBy(r => int.Parse(r["fiscal_year"], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => new Categorical<string>([.. g.Select(r => (r["drug"], Number(r["weight"])))], $"drug-type-flow FY{g.Key}"));
        Volume = [.. DataFiles.Rows("sentencing-volume.csv").Select(r => (int.Parse(r["fiscal_year"], CultureInfo.InvariantCulture), Number(r["drug_offenders_sentenced"])))];
        NonDrug = DataFiles.Rows("nondrug.csv").ToDictionary(r => r["guideline"], r => new NonDrugGuideline(
            Int(r["level_min"]), Int(r["level_max"]), Int(r["statutory_maximum_months"]), Int(r["statutory_minimum_months"]),
            Number(r["minimum_share"]), Number(r["consecutive_924c_share"]), Disqualifiers(r["zero_point_disqualifiers"])));
    }

    public static GeneratorInputs Default => Loaded.Value;

    /// <summary>Drug type by sentencing fiscal year (first and last years stand for the years before and after).</summary>
    public IReadOnlyDictionary<int, Categorical<string>> DrugTypeByYear { get; }

    /// <summary>Drug offenders sentenced per fiscal year at the years the sources give.</summary>
    public IReadOnlyList<(int Year, double Count)> Volume { get; }

    /// <summary>The non-drug guidelines' level ranges and statutory facts.</summary>
    public IReadOnlyDictionary<string, NonDrugGuideline> NonDrug { get; }

    /// <summary>The names of the distributions whose keys are exactly "yes" and "no".</summary>
    public IEnumerable<string> YesNoDistributions => _distributions.Where(p => p.Value.Keys.Order(StringComparer.Ordinal).SequenceEqual(["no", "yes"])).Select(p => p.Key);

    public Categorical<string> Distribution(string name) =>
        _distributions.TryGetValue(name, out var d) ? d : throw new InvalidOperationException($"no distribution named {name} in data/population");

    public double Parameter(string name) => _numbers.TryGetValue(name, out var v) ? v : Number(Text(name));

    public LocalDate DateParameter(string name) => LocalDatePattern.Iso.Parse(Text(name)).Value;

    /// <summary>Relative drug sentencing volume in fiscal year <paramref name="year"/>, linear between the given years, flat outside them.</summary>
    public double VolumeIn(int year)
    {
        if (year <= Volume[0].Year) return Volume[0].Count;
        for (var i = 1; i < Volume.Count; i++)
        {
            if (year <= Volume[i].Year)
            {
                var (y0, c0) = Volume[i - 1];
                var (y1, c1) = Volume[i];
                return c0 + (c1 - c0) * (year - y0) / (y1 - y0);
            }
        }

        return Volume[^1].Count;
    }

    /// <summary>The drug-type distribution for fiscal year <paramref name="year"/>.</summary>
    public Categorical<string> DrugTypeIn(int year)
    {
        var first = DrugTypeByYear.Keys.Min();
        var last = DrugTypeByYear.Keys.Max();
        return DrugTypeByYear[Math.Clamp(year, first, last)];
    }

    private string Text(string name) => _parameters.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"no parameter named {name} in data/population/parameters.csv");

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>A ';'-list of §4C1.1 criteria ids (law/amendments/821.json), empty for none.</summary>
    private static ImmutableArray<string> Disqualifiers(string text) =>
        text.Length == 0 ? [] : [.. text.Split(';', StringSplitOptions.TrimEntries)];
}

/// <summary>
/// A non-drug guideline's drawing facts (levels uniform in [LevelMin, LevelMax]; maximum 0 = life) and the §4C1.1
/// criteria every offense under it fails (a murder results in death, a robbery uses violence or threats), whatever
/// else is drawn; a §924(c) term adds the weapon criterion.
/// </summary>
internal sealed record NonDrugGuideline(
    int LevelMin, int LevelMax, int StatutoryMaximumMonths, int StatutoryMinimumMonths, double MinimumShare, double ConsecutiveShare,
    ImmutableArray<string> ZeroPointDisqualifiers)
{
    /// <summary><see cref="ZeroPointDisqualifiers"/> with the weapon criterion (§4C1.1(a)(7)) for a §924(c) term, made once.</summary>
    public ImmutableArray<string> WithWeapon { get; } =
        ZeroPointDisqualifiers.Contains("weapon") ? ZeroPointDisqualifiers : [.. ZeroPointDisqualifiers, "weapon"];
}

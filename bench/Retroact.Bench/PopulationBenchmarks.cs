using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Retroact.Law.Cases;
using Retroact.Population;
using Retroact.Population.Reading;
using Retroact.Population.Synthetic;
using Retroact.Population.Writing;

namespace Retroact.Bench;

/// <summary>
/// Population throughput: each reader parsing and validating a 200,000-row file (every row accepted) on every core, as
/// <c>retroact validate</c> reads (run without <c>--affinity</c>: the CSV readers use both cores), the generator
/// drawing the default-sized population, and generation written to native CSV. OperationsPerInvoke is the row count,
/// so the reported mean is the time per row (rows/s = 1e9 / mean in ns).
/// </summary>
[MemoryDiagnoser]
public class PopulationBenchmarks
{
    private const int Rows = 200_000;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "retroact-bench-population");

    private string Native => Path.Combine(_folder, "population.csv");

    private string Ussc => Path.Combine(_folder, "ussc.csv");

    private string Parquet => Path.Combine(_folder, "population.parquet");

    private string JsonLines => Path.Combine(_folder, "population.jsonl");

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        var cases = SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, Rows, 1).ToList();
        foreach (var (path, format) in new[] { (Native, PopulationFormat.Native), (Parquet, PopulationFormat.Parquet), (JsonLines, PopulationFormat.JsonLines) })
        {
            using var writer = PopulationWriter.Create(path, format);
            foreach (var c in cases) writer.Write(c);
        }

        WriteUssc(cases);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(OperationsPerInvoke = Rows)]
    public long ReadNativeCsv() => Read(Native, PopulationFormat.Native);

    [Benchmark(OperationsPerInvoke = Rows)]
    public long ReadUsscCsv() => Read(Ussc, PopulationFormat.Ussc);

    [Benchmark(OperationsPerInvoke = Rows)]
    public long ReadParquet() => Read(Parquet, PopulationFormat.Parquet);

    [Benchmark(OperationsPerInvoke = Rows)]
    public long ReadJsonLines() => Read(JsonLines, PopulationFormat.JsonLines);

    [Benchmark(OperationsPerInvoke = SyntheticPopulation.DefaultCount)]
    public long Generate()
    {
        long accepted = 0;
        foreach (var c in SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, SyntheticPopulation.DefaultCount, SyntheticPopulation.DefaultSeed))
        {
            accepted += c.Life ? 0 : 1;
        }

        return accepted;
    }

    [Benchmark(OperationsPerInvoke = SyntheticPopulation.DefaultCount)]
    public void GenerateToNativeCsv()
    {
        using var writer = PopulationWriter.Create(Path.Combine(_folder, "generated.csv"), PopulationFormat.Native);
        foreach (var c in SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, SyntheticPopulation.DefaultCount, SyntheticPopulation.DefaultSeed))
        {
            writer.Write(c);
        }
    }

    /// <summary>Reads as <c>retroact validate</c> does: every batch parsed and checked on a worker, only the counts kept.</summary>
    private static long Read(string path, PopulationFormat format)
    {
        using var reader = PopulationReader.Open(path, format);
        foreach (var read in reader.ReadBatches(Count))
        {
            _ = read;
        }

        return reader.Tally.Accepted;
    }

    private static int Count(RecordBatch batch)
    {
        var read = 0;
        while (batch.TryRead(out _))
        {
            read++;
        }

        return read;
    }

    /// <summary>The same people in the USSC datafile layout (the variables the USSC reader uses).</summary>
    private void WriteUssc(List<Case> cases)
    {
        var text = new StringBuilder("USSCIDN,SENTYR,SENTMON,GDLINEHI,DRUGTYP1,WGT1,BASEHI,XFOLSOR,XCRHISSR,TOTCHPTS,SENTPTS,STATMIN,STATMAX,SAFE,BOOKERCD,SENTTOT,TOTPRISN,NEWRACE,NEWCIT,MONSEX,AGE,DISTRICT\n");
        var codes = new Dictionary<string, int> { ["cocaine"] = 1, ["cocaine-base"] = 2, ["heroin"] = 3, ["marihuana"] = 4, ["methamphetamine"] = 6, ["ice"] = 10, ["methamphetamine-actual"] = 19 };
        var i = 0;
        foreach (var c in cases)
        {
            var drug = c.Drugs.IsDefaultOrEmpty ? null : c.Drugs[0];
            string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
            text.Append(CultureInfo.InvariantCulture, $"{++i},{c.SentencedOn.Year},{c.SentencedOn.Month},{c.Guideline},")
                .Append(CultureInfo.InvariantCulture, $"{(drug is null ? "" : N(codes[drug.Substance]))},{drug?.Grams},{N(c.BaseOffenseLevel)},{N(c.TotalOffenseLevel)},")
                .Append(CultureInfo.InvariantCulture, $"{(int)c.CriminalHistoryCategory!},{N(c.CriminalHistoryPoints)},{N(c.StatusPoints)},{N(c.StatutoryMinimumMonths ?? 0)},{N(c.StatutoryMaximumMonths ?? 9996)},")
                .Append(CultureInfo.InvariantCulture, $"{(c.SafetyValve ? 1 : 0)},{(c.SubstantialAssistance is null ? 0 : 5)},{(c.Life ? "470" : N(c.TermMonths))},{(c.Life ? "9996" : N(c.TermMonths))},")
                .Append(CultureInfo.InvariantCulture, $"{(c.Demographics!.Race switch { "white" => 1, "black" => 2, null => 3, _ => 6 })},{(c.Citizenship == Citizenship.Us ? 0 : 1)},{(c.Demographics.Sex == "male" ? 0 : 1)},{c.Demographics.Age},{i % 21}\n");
        }

        File.WriteAllText(Ussc, text.ToString());
    }
}

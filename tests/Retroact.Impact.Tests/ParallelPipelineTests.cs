using System.Text;
using Retroact.Impact.Pipeline;
using Retroact.Impact.Reports;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Population;
using Retroact.Population.Reading;
using Retroact.Population.Records;
using Retroact.Population.Synthetic;
using Retroact.Population.Writing;

namespace Retroact.Impact.Tests;

/// <summary>
/// The pipeline reads a CSV file in blocks, each parsed, decided, planned and formatted by the worker that takes it,
/// and merges the results in input order: the report, decisions.csv and the rejected rows are those of the same
/// records handed over in order, whatever the block size.
/// </summary>
public sealed class ParallelPipelineTests
{
    private static readonly Amendment A782 = AmendmentCatalog.Default.Find("782")!;

    private static (string Report, byte[] Decisions, string Rejects) Run(IEnumerable<PopulationRecord> records, DecisionsFormat format = DecisionsFormat.Csv)
    {
        using var decisions = new MemoryStream();
        var rejects = new StringBuilder();
        var report = ImpactPipeline.Default.Run(records, A782, null, "test", null, decisions, r => rejects.Append(r.Row).Append(' ').Append(r.Key).Append('\n'), _ => { }, format);
        return (ReportJson.ToJson(report), decisions.ToArray(), rejects.ToString());
    }

    [Fact]
    public void Blocks_on_every_core_give_the_report_decisions_and_rejects_of_one_reading_in_order()
    {
        var path = Path.Combine(Path.GetTempPath(), "retroact-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var writer = PopulationWriter.Create(path, PopulationFormat.Native))
            {
                foreach (var person in SyntheticPopulation.Generate(ImpactPipeline.DefaultPopulationAsOf(A782), 3_000, 7))
                {
                    writer.Write(person);
                }
            }

            var lines = File.ReadAllLines(path);
            for (var i = 97; i < lines.Length; i += 97)
            {
                lines[i] = lines[i].Replace(",2", ",x2", StringComparison.Ordinal); // a bad date or number: rejected
            }

            File.WriteAllText(path, string.Join('\n', lines) + "\n");
            List<PopulationRecord> inOrder;
            using (var reader = PopulationReader.Open(path, PopulationFormat.Native))
            {
                inOrder = [.. reader];
            }

            foreach (var format in new[] { DecisionsFormat.Csv, DecisionsFormat.Parquet })
            {
                var expected = Run(inOrder, format);
                Assert.NotEmpty(expected.Rejects);
                foreach (var blockBytes in new[] { 512, 40_000 })
                {
                    using var reader = PopulationReader.Open(path, PopulationFormat.Native, new PopulationReaderOptions { BlockBytes = blockBytes });
                    var actual = Run(reader, format);
                    Assert.Equal(expected.Report, actual.Report);
                    Assert.Equal(expected.Decisions, actual.Decisions);
                    Assert.Equal(expected.Rejects, actual.Rejects);
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using FsCheck.Xunit;
using Retroact.Population.Reading;
using Retroact.Population.Synthetic;
using Retroact.Population.Writing;

namespace Retroact.Population.Tests;

public class AccountingProperties
{
    // For each column, values with whether they are valid there.
    private static readonly (string Column, (string Text, bool Valid)[] Values)[] Columns =
    [
        ("id", [("a1", true), ("\"x, y\"", true), ("", false)]),
        ("sentencedOn", [("2014-03-01", true), ("2014-02-29", false), ("01/03/2014", false)]),
        ("termMonths", [("60", true), ("", true), ("-1", false), ("6.5", false)]),
        ("criminalHistoryCategory", [("IV", true), ("", true), ("iv", false)]),
        ("sex", [("female", true), ("", true), ("F", false)]),
    ];

    [Property(MaxTest = 60)]
    public bool Every_row_is_accepted_or_rejected_and_only_for_a_bad_value(byte[][] choices)
    {
        var lines = new List<string> { string.Join(',', Columns.Select(c => c.Column)) };
        var expected = new List<bool>();
        foreach (var row in choices)
        {
            var picks = Columns.Select((c, i) => c.Values[(i < row.Length ? row[i] : 0) % c.Values.Length]).ToList();
            lines.Add(string.Join(',', picks.Select(p => p.Text)));
            expected.Add(picks.All(p => p.Valid));
        }

        using var file = new TempFile(text: string.Join('\n', lines) + "\n");
        using var reader = PopulationReader.Open(file.Path, PopulationFormat.Native);
        var records = reader.ToList();
        return reader.Tally.Read == choices.Length
            && reader.Tally.Accepted + reader.Tally.Rejected == reader.Tally.Read
            && records.Select(r => r.Row).SequenceEqual(Enumerable.Range(1, choices.Length).Select(i => (long)i))
            && records.Select(r => r.IsAccepted).SequenceEqual(expected);
    }

    [Property(MaxTest = 10)]
    public bool Any_generated_population_round_trips_through_native_csv(ulong seed)
    {
        var cases = SyntheticPopulation.Generate(SyntheticPopulation.DefaultAsOf, 200, seed).ToList();
        using var file = new TempFile();
        using (var writer = PopulationWriter.Create(file.Path, PopulationFormat.Native))
        {
            foreach (var c in cases) writer.Write(c);
        }

        using var reader = PopulationReader.Open(file.Path, PopulationFormat.Native);
        var back = reader.Select(r => r.Case!).ToList();
        return back.Count == cases.Count && back.Zip(cases).All(p => RoundTripTests.Row(p.First).SequenceEqual(RoundTripTests.Row(p.Second)));
    }
}

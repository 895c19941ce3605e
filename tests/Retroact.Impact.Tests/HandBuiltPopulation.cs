using NodaTime;
using NodaTime.Text;
using Retroact.Custody.Computation;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;

namespace Retroact.Impact.Tests;

/// <summary>Reads the hand-worked outcome rows of <c>Data/*.csv</c> (no quoted fields) into a table and its code books.</summary>
internal sealed class HandBuiltPopulation
{
    public static readonly LocalDate OrderDate = new(2015, 11, 1);

    private HandBuiltPopulation(OutcomeTable rows, BreakdownCodes codes, IReadOnlyList<string> ids)
    {
        Rows = rows;
        Codes = codes;
        Ids = ids;
    }

    public OutcomeTable Rows { get; }

    public BreakdownCodes Codes { get; }

    public IReadOnlyList<string> Ids { get; }

    public static HandBuiltPopulation Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", name))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        var codes = new BreakdownCodes();
        var rows = new OutcomeTable();
        var ids = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var f = header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second);
            ids.Add(f["id"]);
            var release = Date(f["releaseDate"]);
            var before = bool.Parse(f["releasedBeforeOrder"]);
            var flags = OutcomeFlags.None
                | (bool.Parse(f["life"]) ? OutcomeFlags.Life : 0)
                | (release != DayNumbers.None || before ? OutcomeFlags.HasRelease : 0)
                | (bool.Parse(f["immediateRelease"]) ? OutcomeFlags.ImmediateRelease : 0)
                | (before ? OutcomeFlags.ReleasedBeforeOrder : 0)
                | (bool.Parse(f["assumptionsFilled"]) ? OutcomeFlags.AssumptionsFilled : 0);
            var row = new CaseOutcome
            {
                Reason = OutcomeReason.Parse(f["reason"]),
                Flags = flags,
                Disposition = f["disposition"].Length == 0 ? ReleaseDisposition.None : ReleaseDispositions.Parse(f["disposition"]),
                LimitedBy = LimitingFloors.Parse(f["limitedBy"]),
                TermMonths = short.Parse(f["termMonths"]),
                ReducedTermMonths = short.Parse(f["reducedTermMonths"]),
                OriginalReleaseDay = Date(f["projectedReleaseDate"]),
                ReleaseDay = release,
            };
            foreach (var dimension in Dimensions.All)
            {
                row.Keys[(int)dimension] = codes[dimension].Intern(f[dimension.Name()]);
            }

            rows.Add(in row);
        }

        return new HandBuiltPopulation(rows, codes, ids);
    }

    public RunDescription Run(long read, long rejected) => new("782", OrderDate, "tiny hand-built population", read, rejected);

    public static DecisionDetail Detail => new(-1, -1, -1, -1, DayNumbers.Of(OrderDate), DayNumbers.None, DayNumbers.None, -1);

    private static int Date(string text) =>
        text.Length == 0 ? DayNumbers.None : DayNumbers.Of(LocalDatePattern.Iso.Parse(text).Value);
}

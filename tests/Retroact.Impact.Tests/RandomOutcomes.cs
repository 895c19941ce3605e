using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Tests;

/// <summary>Random but coherent outcome rows (release between the Friday before the order and the original date), from a seed.</summary>
internal static class RandomOutcomes
{
    public static readonly LocalDate OrderDate = new(2015, 11, 1);

    public static (OutcomeTable Rows, BreakdownCodes Codes) Generate(int seed, int count)
    {
        var random = new Random(seed);
        var codes = new BreakdownCodes();
        string[][] values =
        [
            ["white", "black", "other", ""], ["hispanic", "non-hispanic"], ["us", "non-us", ""], ["male", "female"],
            ["cocaine-base", "powder-cocaine", "methamphetamine", "heroin", "marihuana", ""], ["I", "II", "III", "IV", "V", "VI"],
            ["MD", "TX-S", "IA-N", "NY-S", "CA-C"], ["institution", "rrc", "home-confinement"],
        ];
        var orderDay = DayNumbers.Of(OrderDate);
        var rows = new OutcomeTable();
        for (var i = 0; i < count; i++)
        {
            var reason = OutcomeReason.All[random.Next(OutcomeReason.Count)];
            var term = (short)random.Next(1, 471);
            var row = new CaseOutcome
            {
                Reason = reason,
                TermMonths = term,
                ReducedTermMonths = reason == OutcomeReason.Eligible ? (short)random.Next(0, term) : term,
                OriginalReleaseDay = DayNumbers.None,
                ReleaseDay = DayNumbers.None,
                Flags = random.Next(10) == 0 ? OutcomeFlags.AssumptionsFilled : OutcomeFlags.None,
                LimitedBy = (LimitingFloor)random.Next(4),
            };
            if (reason == OutcomeReason.Eligible && random.Next(10) > 0)
            {
                var original = orderDay + random.Next(-200, 12_000);
                row.OriginalReleaseDay = original;
                row.Flags |= OutcomeFlags.HasRelease;
                if (original <= orderDay)
                {
                    row.Flags |= OutcomeFlags.ReleasedBeforeOrder;
                    row.ReleaseDay = original;
                }
                else
                {
                    row.ReleaseDay = Math.Max(orderDay - random.Next(0, 3), original - random.Next(0, 3_000));
                    row.Flags |= row.ReleaseDay <= orderDay ? OutcomeFlags.ImmediateRelease : 0;
                    row.Disposition = (ReleaseDisposition)random.Next(1, ReleaseDispositions.Count);
                }
            }

            for (var d = 0; d < Dimensions.Count; d++)
            {
                row.Keys[d] = codes[(Dimension)d].Intern(values[d][random.Next(values[d].Length)]);
            }

            rows.Add(in row);
        }

        return (rows, codes);
    }
}

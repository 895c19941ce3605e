using FsCheck.Xunit;
using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Custody.Law;
using Retroact.Law.Tracing;

namespace Retroact.Custody.Tests.Computation;

/// <summary>
/// <see cref="SentenceComputation.Compute"/> against the transition rule written out step by step (docs/custody.md,
/// "Which method"), over generated terms: compute under the years-served method; if that date is before Jul 19, 2019 or
/// the as-of date is, it stands; otherwise recompute under the First Step Act method, and a recomputed date before
/// Jul 19, 2019 becomes Jul 19, 2019. A term commenced on or after Jul 19, 2019 is computed under the new method.
/// </summary>
public class MethodTransitionProperties
{
    private static readonly GoodConductTimeMethod YearsServed = GoodConductTimeLaw.Current.Methods[0];
    private static readonly GoodConductTimeMethod YearsImposed = GoodConductTimeLaw.Current.Methods[1];
    private static readonly LocalDate Change = YearsImposed.GovernsFrom;

    private static SentenceResult Reference(in SentenceInput input, LocalDate asOf)
    {
        var computation = SentenceComputation.Current;
        if (LocalDate.Min(input.CommencedOn, asOf) >= Change)
        {
            return computation.ComputeUnder(input, YearsImposed, default(NoTrace));
        }

        var old = computation.ComputeUnder(input, YearsServed, default(NoTrace));
        if (asOf < Change || old.ProjectedReleaseDate < Change)
        {
            return old;
        }

        var recomputed = computation.ComputeUnder(input, YearsImposed, default(NoTrace));
        return recomputed.ProjectedReleaseDate < Change ? recomputed with { ProjectedReleaseDate = Change, ReleasedOnTransition = true } : recomputed;
    }

    [Property(MaxTest = 5000)]
    public bool Compute_follows_the_transition_rule(int startSeed, int monthsSeed, int priorSeed, int disallowedSeed, int asOfSeed, bool life)
    {
        var commenced = new LocalDate(1988, 1, 1).PlusDays((int)((uint)startSeed % 15_000));
        var term = life ? SentenceTerm.Life : SentenceTerm.Of(1 + (int)((uint)monthsSeed % 480));
        var input = new SentenceInput("p", commenced, (int)((uint)priorSeed % 800), (int)((uint)disallowedSeed % 4) == 0 ? (int)((uint)disallowedSeed % 300) : 0, term);
        var asOf = commenced.PlusDays((int)((uint)asOfSeed % 12_000) - 2_000);
        if (asOf < YearsServed.GovernsFrom)
        {
            asOf = YearsServed.GovernsFrom;
        }

        return SentenceComputation.Current.Compute(input, asOf, default(NoTrace)) == Reference(input, asOf)
            && SentenceComputation.Current.Compute(input, asOf, new ListTrace()) == Reference(input, asOf);
    }
}

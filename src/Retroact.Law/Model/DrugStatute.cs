using NodaTime;

namespace Retroact.Law.Model;

/// <summary>
/// The quantities of one substance that trigger 21 U.S.C. §841(b)(1)(A) (10 years to life) and (b)(1)(B) (5 to 40 years).
/// </summary>
/// <param name="Substance">The substance id.</param>
/// <param name="TenYearAtLeast">The (b)(1)(A) quantity, in grams (or units, e.g. marihuana plants are not modelled).</param>
/// <param name="FiveYearAtLeast">The (b)(1)(B) quantity.</param>
/// <param name="Citation">The statute and the law that set these quantities.</param>
public sealed record StatutoryThreshold(string Substance, decimal TenYearAtLeast, decimal FiveYearAtLeast, string Citation);

/// <summary>The §841(b)(1) quantities in force from <see cref="From"/> to <see cref="Until"/> (inclusive; <c>null</c>: still in force).</summary>
/// <param name="From">First day.</param>
/// <param name="Until">Last day, or <c>null</c>.</param>
/// <param name="Thresholds">By substance id; a substance absent here is not encoded for the period.</param>
public sealed record StatutoryThresholdPeriod(LocalDate From, LocalDate? Until, IReadOnlyDictionary<string, StatutoryThreshold> Thresholds);

/// <summary>21 U.S.C. §841(b)(1)(A)/(B) quantity thresholds by period (e.g. cocaine base 50 g / 5 g before the Fair Sentencing Act of 2010).</summary>
public sealed class DrugStatute
{
    internal DrugStatute(string source, IReadOnlyList<StatutoryThresholdPeriod> periods)
    {
        Source = source;
        Periods = periods;
    }

    /// <summary>The law file.</summary>
    public string Source { get; }

    /// <summary>The periods in date order; they do not overlap.</summary>
    public IReadOnlyList<StatutoryThresholdPeriod> Periods { get; }

    /// <summary>The thresholds for <paramref name="substance"/> in force on <paramref name="date"/>, or <c>null</c> when none are encoded.</summary>
    public StatutoryThreshold? ThresholdFor(string substance, LocalDate date)
    {
        foreach (var period in Periods)
        {
            if (date >= period.From && (period.Until is not { } until || date <= until))
            {
                return period.Thresholds.GetValueOrDefault(substance);
            }
        }

        return null;
    }
}

namespace Retroact.Law.Model;

/// <summary>A guideline range of imprisonment: from <see cref="Minimum"/> to <see cref="Maximum"/> months, either end possibly life.</summary>
/// <param name="Minimum">The bottom of the range.</param>
/// <param name="Maximum">The top of the range; never below <see cref="Minimum"/>.</param>
public readonly record struct SentenceRange(Months Minimum, Months Maximum)
{
    /// <summary>"121–151", "360–life", or "life" when both ends are life (offense level 43).</summary>
    public override string ToString() =>
        Minimum.IsLife && Maximum.IsLife ? "life" : $"{Minimum}\u2013{Maximum}";
}

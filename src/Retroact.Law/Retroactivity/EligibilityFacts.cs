namespace Retroact.Law.Retroactivity;

/// <summary>The findings the §1B1.10(a) eligibility test reads, in the order it reads them.</summary>
public readonly record struct EligibilityFacts
{
    /// <summary>False when the amendment has nothing to say about the case (wrong guideline or substance, no status points, not a zero-point offender).</summary>
    public required bool Applicable { get; init; }

    /// <summary>True when the edition the court used already included the amendment.</summary>
    public required bool AlreadyApplied { get; init; }

    /// <summary>True when every part the motion relies on is listed in §1B1.10(d).</summary>
    public required bool Covered { get; init; }

    /// <summary>The original calculation.</summary>
    public required GuidelineSummary Original { get; init; }

    /// <summary>The amended calculation; its <see cref="GuidelineSummary.Range"/> is already unrestricted when §1B1.10(c) applies.</summary>
    public required GuidelineSummary Amended { get; init; }
}

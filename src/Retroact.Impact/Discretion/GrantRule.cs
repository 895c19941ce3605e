namespace Retroact.Impact.Discretion;

/// <summary>
/// One line of a grant model: the chance a court grants an eligible motion when the case matches.
/// <see cref="Kind"/> is <c>default</c> (matches every case), <c>limitedBy</c> (the floor that set the reduced term:
/// <c>none</c>, <c>amended-minimum</c>, <c>statutory-minimum</c>, <c>time-served</c>), or a breakdown dimension
/// (<c>district</c>, <c>criminalHistoryCategory</c>, <c>drug</c>, <c>custody</c>, <c>race</c>, ...).
/// </summary>
/// <param name="Kind">What the rule matches on.</param>
/// <param name="Value">The value matched (e.g. <c>TX-S</c>, <c>VI</c>); empty for <c>default</c>.</param>
/// <param name="Rate">The grant probability, 0 to 1.</param>
/// <param name="Source">Where the rate comes from (a published grant rate, or "assumption").</param>
public sealed record GrantRule(string Kind, string Value, decimal Rate, string Source)
{
    /// <summary>The kind that matches every case: the last rule of a model.</summary>
    public const string DefaultKind = "default";

    /// <summary>The kind that matches on the floor that set the reduced term.</summary>
    public const string LimitedByKind = "limitedBy";

    /// <summary>True for the <c>default</c> rule.</summary>
    public bool IsDefault => Kind == DefaultKind;
}

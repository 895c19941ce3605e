namespace Retroact.Impact.Discretion;

/// <summary>A grant-model rule and how many eligible motions it set the rate of (it was the first rule to match them).</summary>
/// <param name="Rule">The rule.</param>
/// <param name="EligibleMatched">Eligible motions whose rate the rule set; 0 for a rule whose value no case has.</param>
public sealed record RuleUse(GrantRule Rule, long EligibleMatched)
{
    /// <summary>Why a rule can set no rate, for the notes that point such a rule out.</summary>
    public const string NoRateReason = "no eligible case has that value, or an earlier rule took them all";

    /// <summary>
    /// True for a rule other than <c>default</c> that set the rate of no eligible motion: the run is right, but the
    /// model is probably not the one meant (a mistyped value, or a rule shadowed by an earlier one).
    /// </summary>
    public bool SetNoRate => EligibleMatched == 0 && !Rule.IsDefault;

    /// <summary>The rule as "kind value" (just the kind for <c>default</c>), e.g. "district TX-S".</summary>
    public string Text => Rule.Value.Length == 0 ? Rule.Kind : $"{Rule.Kind} {Rule.Value}";
}

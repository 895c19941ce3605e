namespace Retroact.Law.Cases;

/// <summary>
/// Why a case (or one of its fields) was rejected: the case, the field, the value given and what is allowed.
/// </summary>
/// <param name="CaseId">The case's id, or its position (e.g. "line 3") when it has none.</param>
/// <param name="Field">The field path, e.g. "drugs[0].grams".</param>
/// <param name="Value">The value given, as written ("(missing)" when absent).</param>
/// <param name="Allowed">What is allowed, e.g. "a number above 0".</param>
public sealed record CaseError(string CaseId, string Field, string Value, string Allowed)
{
    /// <summary>"case X: field F = V: allowed A".</summary>
    public string Message => $"case {CaseId}: {Field} = {Value}: {Allowed}";

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>One record read from a case file: the case, or the errors that rejected it.</summary>
/// <param name="Location">Where the record is, e.g. "cases.json line 3" or "cases.json [2]".</param>
/// <param name="Case">The case, or <c>null</c> when rejected.</param>
/// <param name="Errors">Every problem found; empty when <paramref name="Case"/> is set.</param>
public sealed record CaseReadResult(string Location, Case? Case, IReadOnlyList<CaseError> Errors);

namespace Retroact.Custody.Validation;

/// <summary>Why a case cannot be computed: which case, which field, the value found and what is allowed.</summary>
/// <param name="CaseId">The case's id.</param>
/// <param name="Field">The field as written in the case file, e.g. "custody.commencedOn".</param>
/// <param name="Value">The value found, as text ("(missing)" when absent).</param>
/// <param name="Reason">What is wrong and what is allowed.</param>
public sealed record CustodyInputError(string CaseId, string Field, string Value, string Reason)
{
    /// <summary>One line: <c>case 'X': field = value: reason</c>.</summary>
    public override string ToString() => $"case '{CaseId}': {Field} = {Value}: {Reason}";
}

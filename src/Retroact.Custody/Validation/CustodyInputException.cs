namespace Retroact.Custody.Validation;

/// <summary>Thrown when a case that failed <see cref="CustodyInputValidator"/> is computed anyway.</summary>
public sealed class CustodyInputException : Exception
{
    /// <summary>Wraps <paramref name="error"/>; the message is its one-line form.</summary>
    public CustodyInputException(CustodyInputError error)
        : base(error.ToString()) => Error = error;

    /// <summary>The case, field, value and reason.</summary>
    public CustodyInputError Error { get; }
}

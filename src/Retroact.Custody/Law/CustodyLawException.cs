namespace Retroact.Custody.Law;

/// <summary>The custody law data file is malformed: a missing or unknown key, a missing citation, or a value out of range.</summary>
public sealed class CustodyLawException : Exception
{
    /// <summary>Creates the error with a message naming the file, the key and what is wrong.</summary>
    public CustodyLawException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error wrapping the parser's error.</summary>
    public CustodyLawException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

namespace Retroact.Law.Model;

/// <summary>The Sentencing Table zone of a range (USSG §§5B1.1, 5C1.1), set by the range's minimum.</summary>
public enum Zone : byte
{
    /// <summary>Zone A: minimum of 0 months.</summary>
    A,
    /// <summary>Zone B.</summary>
    B,
    /// <summary>Zone C.</summary>
    C,
    /// <summary>Zone D.</summary>
    D,
}

using Retroact.Law.Cases;

namespace Retroact.Population.Records;

/// <summary>One source row's outcome: an accepted <see cref="Case"/> (with the values assumptions filled) or a <see cref="Rejection"/>, never both.</summary>
public readonly record struct PopulationRecord
{
    private PopulationRecord(long row, Case? accepted, AssumedFields assumed, Rejection? rejection)
    {
        Row = row;
        Case = accepted;
        Assumed = assumed;
        Rejection = rejection;
    }

    /// <summary>The 1-based data row in the source.</summary>
    public long Row { get; }

    /// <summary>The accepted case; <c>null</c> when the row was rejected.</summary>
    public Case? Case { get; }

    /// <summary>The values of <see cref="Case"/> filled by an assumption; <see cref="AssumedFields.None"/> for a rejected row.</summary>
    public AssumedFields Assumed { get; }

    /// <summary>Why the row was rejected; <c>null</c> when it was accepted.</summary>
    public Rejection? Rejection { get; }

    /// <summary>True when the row became a case.</summary>
    public bool IsAccepted => Case is not null;

    /// <summary>An accepted row.</summary>
    public static PopulationRecord Accept(long row, Case accepted, AssumedFields assumed) => new(row, accepted, assumed, null);

    /// <summary>A rejected row.</summary>
    public static PopulationRecord Reject(Rejection rejection) => new(rejection.Row, null, AssumedFields.None, rejection);
}

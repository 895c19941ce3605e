namespace Retroact.Custody.Computation;

/// <summary>
/// The aggregate term of imprisonment the Bureau of Prisons computes: whole calendar months plus extra days, or life.
/// Case file format v1 records whole months only (<c>termMonths</c> + <c>consecutiveMonths</c>); <see cref="Days"/>
/// lets the calculator express a term such as "12 months and 1 day" that the case format cannot.
/// </summary>
public readonly record struct SentenceTerm
{
    private SentenceTerm(int months, int days, bool isLife)
    {
        Months = months;
        Days = days;
        IsLife = isLife;
    }

    /// <summary>A life term: no full-term date, no good conduct time (18 U.S.C. §3624(b)(1)).</summary>
    public static SentenceTerm Life => new(0, 0, true);

    /// <summary>Whole calendar months (0 for life).</summary>
    public int Months { get; }

    /// <summary>Days beyond <see cref="Months"/> (0 for life).</summary>
    public int Days { get; }

    /// <summary>True for a life term.</summary>
    public bool IsLife { get; }

    /// <summary>A term of <paramref name="months"/> months and <paramref name="days"/> days.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative part, or a term of no time at all.</exception>
    public static SentenceTerm Of(int months, int days = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (months == 0 && days == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(months), "A term of imprisonment must be at least one day.");
        }

        return new SentenceTerm(months, days, false);
    }

    /// <summary>True when the term is more than <paramref name="months"/> months (a term of 12 months and 1 day exceeds 12).</summary>
    public bool Exceeds(int months) => !IsLife && (Months > months || (Months == months && Days > 0));

    /// <summary>"life", "120 months" or "12 months 1 day".</summary>
    public override string ToString() =>
        IsLife ? "life" : Days == 0 ? $"{Months} months" : $"{Months} months {Days} day{(Days == 1 ? "" : "s")}";
}

namespace Retroact.Law.Model;

/// <summary>
/// Numbers the editions that §1B1.10 summaries name (1, 2, ... in the order first named; 0 is none), so that a
/// <see cref="Retroactivity.GuidelineSummary"/> holds a number rather than a reference: a decision's figures then hold no
/// object reference, and the batch path copies each decision into the caller's span as plain data (with two references
/// the runtime copies it piecewise through write barriers, which cost about a tenth of a decision). Only editions a summary
/// names are numbered: the sentencing editions and the engine's cached compositions, a bounded set; each is kept for the
/// life of the process.
/// </summary>
internal static class EditionNumbers
{
    private static readonly Lock Gate = new();
    private static ManualEdition?[] _editions = new ManualEdition?[64];
    private static int _count = 1;

    /// <summary>The number of <paramref name="edition"/>, numbering it on first use; 0 for none.</summary>
    public static int Of(ManualEdition? edition)
    {
        if (edition is null)
        {
            return 0;
        }

        var number = Volatile.Read(ref edition.SummaryNumber);
        return number != 0 ? number : Assign(edition);
    }

    /// <summary>The edition numbered <paramref name="number"/>; <c>null</c> for 0.</summary>
    public static ManualEdition? Get(int number)
    {
        if (number == 0)
        {
            return null;
        }

        var editions = Volatile.Read(ref _editions);
        return number < editions.Length && editions[number] is { } edition ? edition : GetLocked(number);
    }

    private static ManualEdition GetLocked(int number)
    {
        lock (Gate)
        {
            return _editions[number]!;
        }
    }

    private static int Assign(ManualEdition edition)
    {
        lock (Gate)
        {
            if (edition.SummaryNumber != 0)
            {
                return edition.SummaryNumber;
            }

            if (_count == _editions.Length)
            {
                var grown = new ManualEdition?[_editions.Length * 2];
                Array.Copy(_editions, grown, _count);
                Volatile.Write(ref _editions, grown);
            }

            var number = _count++;
            _editions[number] = edition;
            Volatile.Write(ref edition.SummaryNumber, number);
            return number;
        }
    }
}

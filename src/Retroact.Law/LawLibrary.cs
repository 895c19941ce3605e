using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using Retroact.Law.Loading;
using Retroact.Law.Model;

namespace Retroact.Law;

/// <summary>
/// The whole law as loaded: the Manual editions in date order, the amendment overlays by number, and the §841(b)(1)
/// thresholds. Immutable and safe to share between threads; <see cref="Default"/> is the law embedded in this assembly,
/// loaded once on first use.
/// </summary>
public sealed class LawLibrary
{
    private static readonly Lazy<LawLibrary> Embedded = new(() => new LawLoader(new EmbeddedLawSource()).Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The first edition's start month as a <see cref="MonthKey"/>: entry 0 of <see cref="_editionByMonth"/>.</summary>
    private readonly int _firstMonth;

    /// <summary>
    /// For each month from the first edition's start to the last one's, one more than the position of the edition in force on
    /// its first day (0: none yet) and the day of the month on which the next one starts (<see cref="NoStart"/> when none does;
    /// editions start at most once a month, which the constructor checks): one read of a small table per case (a few hundred
    /// entries, which stay in cache).
    /// </summary>
    private readonly (byte EditionAfter, byte NextStartsOn)[] _editionByMonth;

    /// <summary>The <c>NextStartsOn</c> of a month in which no edition starts after its first day: past every day.</summary>
    private const byte NoStart = 32;

    internal LawLibrary(ImmutableArray<ManualEdition> editions, FrozenDictionary<int, ManualOverlay> amendments, DrugStatute drugStatute)
    {
        Editions = editions;
        (_firstMonth, _editionByMonth) = EditionsByMonth(editions);
        Amendments = amendments;
        DrugStatute = drugStatute;
    }

    /// <summary>The law embedded in Retroact.Law (the repository's <c>law/</c> folder at build time), loaded once.</summary>
    public static LawLibrary Default => Embedded.Value;

    /// <summary>The encoded editions, oldest first; each is in force until the day before the next one.</summary>
    public ImmutableArray<ManualEdition> Editions { get; }

    /// <summary>Every amendment overlay in <c>law/amendments/</c>, by number.</summary>
    public FrozenDictionary<int, ManualOverlay> Amendments { get; }

    /// <summary>21 U.S.C. §841(b)(1)(A)/(B) thresholds by period.</summary>
    public DrugStatute DrugStatute { get; }

    /// <summary>Reads and validates the law in <paramref name="directory"/> (laid out as <c>law/</c>); throws <see cref="LawDataException"/> naming the file and entry.</summary>
    public static LawLibrary Load(string directory) => new LawLoader(new DirectoryLawSource(directory)).Load();

    /// <summary>The edition in force on <paramref name="date"/>; throws <see cref="ArgumentOutOfRangeException"/> for a date before the first edition.</summary>
    public ManualEdition EditionInForce(LocalDate date) =>
        TryEditionInForce(date, out var edition)
            ? edition
            : throw new ArgumentOutOfRangeException(nameof(date), date, NoEditionMessage(date));

    /// <summary>The edition in force on <paramref name="date"/>, or false for a date before the first edition.</summary>
    public bool TryEditionInForce(LocalDate date, out ManualEdition edition)
    {
        // The editions' dates are ISO; NodaTime refuses to compare dates of different calendars, and so does this.
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Only ISO dates can be compared with the editions' effective dates.", nameof(date));
        }

        var month = MonthKey(date) - _firstMonth;
        if (month < 0)
        {
            edition = null!;
            return false;
        }

        // After the last edition's start month, the last edition.
        if (month >= _editionByMonth.Length)
        {
            edition = Editions[^1];
            return true;
        }

        var (after, nextStartsOn) = _editionByMonth[month];
        var position = (date.Day >= nextStartsOn ? after + 1 : after) - 1;
        if (position < 0)
        {
            edition = null!;
            return false;
        }

        edition = Editions[position];
        return true;
    }

    private static (int FirstMonth, (byte EditionAfter, byte NextStartsOn)[] EditionByMonth) EditionsByMonth(ImmutableArray<ManualEdition> editions)
    {
        if (editions.Length is 0 or >= byte.MaxValue)
        {
            throw new ArgumentException($"{editions.Length} editions: 1 to {byte.MaxValue - 1} can be indexed", nameof(editions));
        }

        var first = MonthKey(editions[0].EffectiveFrom);
        var byMonth = new (byte EditionAfter, byte NextStartsOn)[MonthKey(editions[^1].EffectiveFrom) - first + 1];
        for (var i = 0; i < editions.Length; i++)
        {
            var start = editions[i].EffectiveFrom;
            var from = MonthKey(start) - first;
            if (i > 0 && MonthKey(editions[i - 1].EffectiveFrom) - first == from)
            {
                throw new ArgumentException($"editions {editions[i - 1].Name} and {editions[i].Name} start in the same month", nameof(editions));
            }

            // The start month: in force from its first day when the edition starts on the 1st, else from its start day.
            byMonth[from] = start.Day == 1 ? ((byte)(i + 1), NoStart) : ((byte)i, (byte)start.Day);
            var until = i + 1 < editions.Length ? MonthKey(editions[i + 1].EffectiveFrom) - first : byMonth.Length;
            byMonth.AsSpan(from + 1, until - from - 1).Fill(((byte)(i + 1), NoStart));
        }

        return (first, byMonth);
    }

    /// <summary>An ISO date's month as one number in date order (months since January of year 0).</summary>
    private static int MonthKey(LocalDate date) => (date.Year * 12) + date.Month - 1;

    /// <summary>The amendment overlay numbered <paramref name="number"/>; throws <see cref="KeyNotFoundException"/> when it is not encoded.</summary>
    public ManualOverlay Amendment(int number) =>
        Amendments.TryGetValue(number, out var overlay)
            ? overlay
            : throw new KeyNotFoundException($"Amendment {number} is not encoded (encoded: {string.Join(", ", Amendments.Keys.Order())}).");

    /// <summary>The error text for a date outside every edition.</summary>
    public string NoEditionMessage(LocalDate date) =>
        $"no Guidelines Manual edition is encoded for {date:yyyy-MM-dd}: the first encoded edition took effect {Editions[0].EffectiveFrom:yyyy-MM-dd}";
}

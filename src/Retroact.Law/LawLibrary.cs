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

    /// <summary>The first edition's start as a <see cref="DayKey"/>: entry 0 of <see cref="_editionByDay"/>.</summary>
    private readonly int _firstStart;

    /// <summary>
    /// For each <see cref="DayKey"/> from the first edition's start to the last one's, the position of the edition in force
    /// (keys that name no real date, such as the 0th or 32nd of a month, are never looked up): one array read per case.
    /// </summary>
    private readonly byte[] _editionByDay;

    internal LawLibrary(ImmutableArray<ManualEdition> editions, FrozenDictionary<int, ManualOverlay> amendments, DrugStatute drugStatute)
    {
        Editions = editions;
        (_firstStart, _editionByDay) = EditionsByDay(editions);
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

        var offset = DayKey(date) - _firstStart;
        if (offset < 0)
        {
            edition = null!;
            return false;
        }

        // After the last edition's start, the last edition.
        edition = Editions[offset < _editionByDay.Length ? _editionByDay[offset] : Editions.Length - 1];
        return true;
    }

    private static (int FirstStart, byte[] EditionByDay) EditionsByDay(ImmutableArray<ManualEdition> editions)
    {
        if (editions.Length is 0 or > byte.MaxValue + 1)
        {
            throw new ArgumentException($"{editions.Length} editions: 1 to {byte.MaxValue + 1} can be indexed", nameof(editions));
        }

        var first = DayKey(editions[0].EffectiveFrom);
        var byDay = new byte[DayKey(editions[^1].EffectiveFrom) - first + 1];
        for (var i = 0; i < editions.Length; i++)
        {
            var from = DayKey(editions[i].EffectiveFrom) - first;
            var until = i + 1 < editions.Length ? DayKey(editions[i + 1].EffectiveFrom) - first : byDay.Length;
            byDay.AsSpan(from, until - from).Fill((byte)i);
        }

        return (first, byDay);
    }

    /// <summary>An ISO date as one number in date order: year, month (1–12, below 16) and day (1–31, below 32) side by side.</summary>
    private static int DayKey(LocalDate date) => (date.Year * 512) + (date.Month * 32) + date.Day;

    /// <summary>The amendment overlay numbered <paramref name="number"/>; throws <see cref="KeyNotFoundException"/> when it is not encoded.</summary>
    public ManualOverlay Amendment(int number) =>
        Amendments.TryGetValue(number, out var overlay)
            ? overlay
            : throw new KeyNotFoundException($"Amendment {number} is not encoded (encoded: {string.Join(", ", Amendments.Keys.Order())}).");

    /// <summary>The error text for a date outside every edition.</summary>
    public string NoEditionMessage(LocalDate date) =>
        $"no Guidelines Manual edition is encoded for {date:yyyy-MM-dd}: the first encoded edition took effect {Editions[0].EffectiveFrom:yyyy-MM-dd}";
}

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

    private readonly EditionCalendar _calendar;

    internal LawLibrary(ImmutableArray<ManualEdition> editions, FrozenDictionary<int, ManualOverlay> amendments, DrugStatute drugStatute)
    {
        Editions = editions;
        _calendar = new EditionCalendar([.. editions.Select(e => e.EffectiveFrom)]);
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

        var position = _calendar.PositionOn(date);
        edition = position < 0 ? null! : Editions[position];
        return position >= 0;
    }

    /// <summary>The amendment overlay numbered <paramref name="number"/>; throws <see cref="KeyNotFoundException"/> when it is not encoded.</summary>
    public ManualOverlay Amendment(int number) =>
        Amendments.TryGetValue(number, out var overlay)
            ? overlay
            : throw new KeyNotFoundException($"Amendment {number} is not encoded (encoded: {string.Join(", ", Amendments.Keys.Order())}).");

    /// <summary>The error text for a date outside every edition.</summary>
    public string NoEditionMessage(LocalDate date) =>
        $"no Guidelines Manual edition is encoded for {date:yyyy-MM-dd}: the first encoded edition took effect {Editions[0].EffectiveFrom:yyyy-MM-dd}";
}

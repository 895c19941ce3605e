using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using Retroact.Law.Cases;
using Retroact.Law.Model;

namespace Retroact.Law.Loading;

/// <summary>
/// Reads and validates the whole law: editions in date order, each built from the previous one plus its amendments'
/// overlays. A file referenced by several editions is read once and shared. Every problem is a <see cref="LawDataException"/>
/// naming the file and the entry.
/// </summary>
internal sealed class LawLoader(LawSource source)
{
    private const string StatuteFile = "statutes/21-usc-841-b-1.json";
    private readonly Dictionary<string, object> _cache = new(StringComparer.Ordinal);

    public LawLibrary Load()
    {
        var amendments = LoadAmendments();
        var editionFiles = source.List("editions");
        if (editionFiles.Count == 0)
        {
            throw new LawDataException("editions/", "folder", "no edition files");
        }

        var built = new List<(ManualEdition Edition, string Name, LocalDate From, ImmutableSortedSet<int> Amendments)>();
        ManualEdition? previous = null;
        foreach (var file in editionFiles)
        {
            var dto = Read(file, LawJsonContext.Default.EditionFile);
            var from = Date(file, "effectiveFrom", dto.EffectiveFrom);
            var name = Text(file, "name", dto.Name);
            if (dto.Amendments is not { } numbers || (numbers.Count == 0 && built.Count == 0))
            {
                throw new LawDataException(file, "amendments", "missing: list the amendments that take effect with this edition ([] for a later edition whose amendments change no encoded law)");
            }

            if (built.Count > 0 && from <= built[^1].From)
            {
                throw new LawDataException(file, "effectiveFrom", $"{from:yyyy-MM-dd} is not after the previous edition's {built[^1].From:yyyy-MM-dd}");
            }

            ManualEdition edition;
            ImmutableSortedSet<int> included;
            if (previous is null)
            {
                if (dto.Base is null)
                {
                    throw new LawDataException(file, "base", "missing: the first edition must list every part of the Manual");
                }

                edition = BuildBase(file, dto.Base, name, from);
                included = [.. numbers];
            }
            else
            {
                if (dto.Base is not null)
                {
                    throw new LawDataException(file, "base", "only the first edition has a base; later editions apply amendments");
                }

                edition = previous;
                included = built[^1].Amendments;
                foreach (var number in numbers)
                {
                    if (!amendments.TryGetValue(number, out var overlay))
                    {
                        throw new LawDataException(file, $"amendments ({number})", $"no file amendments/{number}.json");
                    }

                    if (overlay.EffectiveOn != from)
                    {
                        throw new LawDataException(file, $"amendments ({number})", $"amendment {number} took effect {overlay.EffectiveOn:yyyy-MM-dd}, not {from:yyyy-MM-dd}");
                    }

                    included = included.Add(number);
                    edition = edition.Apply(overlay, included, name);
                }
            }

            if (dto.Changes is not null)
            {
                edition = edition.Apply(Overlay(file, dto.Changes, 0, from, name, name), included, name);
            }

            built.Add((edition, name, from, included));
            previous = edition;
        }

        var editions = built.Select((b, i) => b.Edition.Dated(
            b.Name, b.From, i + 1 < built.Count ? built[i + 1].From.PlusDays(-1) : null, b.Amendments, i)).ToImmutableArray();
        return new LawLibrary(editions, amendments.ToFrozenDictionary(), LoadStatute());
    }

    private Dictionary<int, ManualOverlay> LoadAmendments()
    {
        var result = new Dictionary<int, ManualOverlay>();
        foreach (var file in source.List("amendments"))
        {
            var dto = Read(file, LawJsonContext.Default.AmendmentFile);
            var number = dto.Number ?? throw new LawDataException(file, "number", "missing");
            if (Path.GetFileNameWithoutExtension(file) != number.ToString(CultureInfo.InvariantCulture))
            {
                throw new LawDataException(file, "number", $"{number} does not match the file name");
            }

            var effective = Date(file, "effectiveOn", dto.EffectiveOn);
            var title = Text(file, "title", dto.Title);
            var cite = Cite(file, "amendment", dto.Cite);
            result[number] = Overlay(file, dto.Changes ?? throw new LawDataException(file, "changes", "missing (use {} for none)"), number, effective, title, cite);
        }

        return result;
    }

    private ManualEdition BuildBase(string file, PartsDto parts, string name, LocalDate from)
    {
        string Need(string? path, string key) => path ?? throw new LawDataException(file, $"base.{key}", "missing");
        var drugs = (parts.DrugQuantity ?? []).ToFrozenDictionary(
            kv => kv.Key, kv => DrugTable(file, kv.Key, kv.Value), StringComparer.Ordinal);
        var equivalency = Equivalency(Need(parts.Equivalency, "equivalency"));
        return new ManualEdition(
            name,
            from,
            [],
            SentencingTable(Need(parts.SentencingTable, "sentencingTable")),
            Zones(Need(parts.Zones, "zones")),
            drugs,
            new MarihuanaEquivalency(equivalency.Entries.ToFrozenDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal), equivalency.Caps ?? []),
            parts.CrackRule is { } crack ? CrackRule(crack) : null,
            parts.MitigatingRoleCap is { } cap ? RoleCap(cap) : null,
            parts.SafetyValveFloor is { } floor ? Floor(file, floor) : null,
            CriminalHistory(Need(parts.CriminalHistory, "criminalHistory")),
            StatusPoints(file, parts.StatusPoints ?? throw new LawDataException(file, "base.statusPoints", "missing")),
            parts.ZeroPointOffender is { } zero ? ZeroPoint(file, zero) : null,
            CareerOffender(Need(parts.CareerOffender, "careerOffender")),
            (parts.DrugGuidelines ?? []).ToFrozenDictionary(kv => kv.Key, kv => DrugGuideline(file, kv.Key, kv.Value), StringComparer.Ordinal));
    }

    private ManualOverlay Overlay(string file, PartsDto parts, int number, LocalDate effective, string title, string cite)
    {
        var drugs = new Dictionary<string, DrugQuantityTable?>(StringComparer.Ordinal);
        foreach (var (substance, path) in parts.DrugQuantity ?? [])
        {
            drugs[substance] = DrugTable(file, substance, path);
        }

        foreach (var substance in parts.RemoveDrugQuantity ?? [])
        {
            drugs[substance] = null;
        }

        var equivalency = new Dictionary<string, EquivalencyEntry?>(StringComparer.Ordinal);
        IReadOnlyList<EquivalencyCap>? caps = null;
        if (parts.Equivalency is { } equivalencyPath)
        {
            var loaded = Equivalency(equivalencyPath);
            foreach (var (substance, entry) in loaded.Entries)
            {
                equivalency[substance] = entry;
            }

            caps = loaded.Caps;
        }

        foreach (var substance in parts.RemoveEquivalency ?? [])
        {
            equivalency[substance] = null;
        }

        if (parts.CrackRule is not null && parts.RemoveCrackRule == true)
        {
            throw new LawDataException(file, "changes.crackRule", "both replaced and removed");
        }

        return new ManualOverlay
        {
            Number = number,
            EffectiveOn = effective,
            Title = title,
            Citation = cite,
            Source = file,
            SentencingTable = parts.SentencingTable is { } table ? SentencingTable(table) : null,
            Zones = parts.Zones is { } zones ? Zones(zones) : null,
            DrugQuantity = drugs,
            Equivalency = equivalency,
            EquivalencyCaps = caps,
            CrackRule = parts.CrackRule is { } crack ? new Replace<CrackCombinationRule>(CrackRule(crack))
                : parts.RemoveCrackRule == true ? new Replace<CrackCombinationRule>(null) : null,
            MitigatingRoleCap = parts.MitigatingRoleCap is { } cap ? new Replace<MitigatingRoleCap>(RoleCap(cap)) : null,
            SafetyValveFloor = parts.SafetyValveFloor is { } floor ? new Replace<SafetyValveFloor>(Floor(file, floor)) : null,
            CriminalHistory = parts.CriminalHistory is { } history ? CriminalHistory(history) : null,
            StatusPoints = parts.StatusPoints is { } status ? StatusPoints(file, status) : null,
            ZeroPointOffender = parts.ZeroPointOffender is { } zero ? new Replace<ZeroPointOffenderRule>(ZeroPoint(file, zero)) : null,
            CareerOffender = parts.CareerOffender is { } career ? CareerOffender(career) : null,
            DrugGuidelines = (parts.DrugGuidelines ?? []).ToDictionary(kv => kv.Key, kv => DrugGuideline(file, kv.Key, kv.Value), StringComparer.Ordinal),
        };
    }

    private SentencingTable SentencingTable(string file) => Cached(file, () =>
    {
        var dto = Read(file, LawJsonContext.Default.SentencingTableFile);
        var rows = dto.Rows ?? throw new LawDataException(file, "rows", "missing");
        var ranges = new SentenceRange[Model.SentencingTable.HighestLevel * 6];
        var cites = new string[Model.SentencingTable.HighestLevel];
        var seen = new bool[Model.SentencingTable.HighestLevel];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var entry = $"row {i + 1}";
            var level = row.Level ?? throw new LawDataException(file, entry, "missing level");
            entry = $"row {i + 1} (level {level})";
            if (level is < Model.SentencingTable.LowestLevel or > Model.SentencingTable.HighestLevel)
            {
                throw new LawDataException(file, entry, "level outside 1-43");
            }

            if (seen[level - 1])
            {
                throw new LawDataException(file, entry, "level appears twice");
            }

            seen[level - 1] = true;
            cites[level - 1] = Cite(file, entry, row.Cite);
            if (row.Ranges is not { Count: 6 } cells)
            {
                throw new LawDataException(file, entry, $"missing table cell: {row.Ranges?.Count ?? 0} ranges, expected 6 (categories I-VI)");
            }

            for (var c = 0; c < 6; c++)
            {
                ranges[((level - 1) * 6) + c] = ParseRange(file, $"{entry}, category {(CriminalHistoryCategory)(c + 1)}", cells[c]);
            }
        }

        for (var level = 1; level <= Model.SentencingTable.HighestLevel; level++)
        {
            if (!seen[level - 1])
            {
                throw new LawDataException(file, $"level {level}", "missing table row");
            }
        }

        return new SentencingTable(file, ranges, cites);
    });

    private static SentenceRange ParseRange(string file, string entry, string text)
    {
        if (text == "life")
        {
            return new SentenceRange(Months.Life, Months.Life);
        }

        var parts = text.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min))
        {
            if (parts[1] == "life")
            {
                return new SentenceRange(Months.Of(min), Months.Life);
            }

            if (int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max >= min)
            {
                return new SentenceRange(Months.Of(min), Months.Of(max));
            }
        }

        throw new LawDataException(file, entry, $"range \"{text}\" is not \"MIN-MAX\", \"MIN-life\" or \"life\" with MIN <= MAX");
    }

    /// <summary>
    /// The highest start a zone band (in months) or a criminal history band (in points) may have: their look-ups keep an
    /// entry for every value up to the last band's start (the real ones start at 15 months and 13 points).
    /// </summary>
    private const int MostBandStart = 1000;

    private ZoneDefinition Zones(string file) => Cached(file, () =>
    {
        var dto = Read(file, LawJsonContext.Default.ZonesFile);
        var bands = new List<ZoneBand>();
        foreach (var (band, i) in (dto.Bands ?? throw new LawDataException(file, "bands", "missing")).Select((b, i) => (b, i)))
        {
            var entry = $"band {i + 1}";
            var zone = band.Zone is { } z && Enum.TryParse<Zone>(z, out var parsed) && z.Length == 1
                ? parsed
                : throw new LawDataException(file, entry, $"zone \"{band.Zone}\" is not A, B, C or D");
            var from = band.MinimumFrom ?? throw new LawDataException(file, entry, "missing minimumFrom");
            if ((i == 0 && from != 0) || (i > 0 && from <= bands[^1].MinimumFrom) || (i > 0 && zone <= bands[^1].Zone))
            {
                throw new LawDataException(file, entry, "thresholds not monotonic: bands must start at 0 and rise with the zone");
            }

            if (from > MostBandStart)
            {
                throw new LawDataException(file, entry, $"minimumFrom {from} months is above {MostBandStart} (the look-up keeps an entry for every month up to the last band's start)");
            }

            bands.Add(new ZoneBand(zone, from, Cite(file, entry, band.Cite)));
        }

        return bands.Count > 0 ? new ZoneDefinition(file, bands) : throw new LawDataException(file, "bands", "none: at least Zone A, from 0 months");
    });

    private DrugQuantityTable DrugTable(string referencingFile, string substance, string file)
    {
        var table = Cached(file, () =>
        {
            var dto = Read(file, LawJsonContext.Default.DrugQuantityFile);
            var id = Text(file, "substance", dto.Substance);
            var measure = Measure(file, "measure", dto.Measure);
            var rows = new List<DrugQuantityRow>();
            foreach (var (row, i) in (dto.Rows ?? throw new LawDataException(file, "rows", "missing")).Select((r, i) => (r, i)))
            {
                var level = row.Level ?? throw new LawDataException(file, $"row {i + 1}", "missing level");
                rows.Add(new DrugQuantityRow(level, row.AtLeast ?? 0, row.LessThan, row.Cite ?? ""));
            }

            if (Model.DrugQuantityTable.FirstProblem(rows) is { } problem)
            {
                var split = problem.IndexOf(": ", StringComparison.Ordinal);
                throw new LawDataException(file, problem[..split], problem[(split + 2)..]);
            }

            return new DrugQuantityTable(file, id, Text(file, "name", dto.Name), measure, rows);
        });
        return table.Substance == substance
            ? table
            : throw new LawDataException(referencingFile, $"drugQuantity.{substance}", $"{file} holds the lines of \"{table.Substance}\"");
    }

    private (Dictionary<string, EquivalencyEntry?> Entries, IReadOnlyList<EquivalencyCap>? Caps) Equivalency(string file) => Cached(file, () =>
    {
        var dto = Read(file, LawJsonContext.Default.EquivalencyFile);
        var entries = new Dictionary<string, EquivalencyEntry?>(StringComparer.Ordinal);
        foreach (var (e, i) in (dto.Entries ?? throw new LawDataException(file, "entries", "missing")).Select((e, i) => (e, i)))
        {
            var entry = $"entry {i + 1} ({e.Substance})";
            var id = Text(file, $"entry {i + 1} substance", e.Substance);
            var grams = e.MarihuanaGrams is { } g and > 0 ? g : throw new LawDataException(file, entry, "marihuanaGrams must be above 0");
            var per = e.Per switch
            {
                "gram" => QuantityMeasure.Grams,
                "unit" => QuantityMeasure.Units,
                _ => throw new LawDataException(file, entry, $"per \"{e.Per}\" is not \"gram\" or \"unit\""),
            };
            if (!entries.TryAdd(id, new EquivalencyEntry(id, grams, per, e.MinimumLevel, Cite(file, entry, e.Cite))))
            {
                throw new LawDataException(file, entry, "substance appears twice");
            }
        }

        List<EquivalencyCap>? caps = null;
        if (dto.Caps is { } capDtos)
        {
            caps = [];
            foreach (var (c, i) in capDtos.Select((c, i) => (c, i)))
            {
                var entry = $"cap {i + 1}";
                caps.Add(new EquivalencyCap(
                    c.Substances is { Count: > 0 } s ? s : throw new LawDataException(file, entry, "missing substances"),
                    c.MaximumMarihuanaGrams is { } m and > 0 ? m : throw new LawDataException(file, entry, "maximumMarihuanaGrams must be above 0"),
                    Cite(file, entry, c.Cite)));
            }
        }

        return (entries, (IReadOnlyList<EquivalencyCap>?)caps);
    });

    private CrackCombinationRule CrackRule(string file) => Cached<CrackCombinationRule>(file, () =>
    {
        var dto = Read(file, LawJsonContext.Default.CrackRuleFile);
        var cite = Cite(file, "rule", dto.Cite);
        switch (dto.Kind)
        {
            case "per-level-ratio":
                var ratios = new Dictionary<int, decimal>();
                foreach (var (r, i) in (dto.Ratios ?? throw new LawDataException(file, "ratios", "missing")).Select((r, i) => (r, i)))
                {
                    var entry = $"ratio {i + 1}";
                    var level = r.Level ?? throw new LawDataException(file, entry, "missing level");
                    if (r.MarihuanaGramsPerGram is not > 0 || !ratios.TryAdd(level, r.MarihuanaGramsPerGram.Value))
                    {
                        throw new LawDataException(file, $"{entry} (level {level})", "marihuanaGramsPerGram missing, not above 0, or level repeated");
                    }
                }

                return new PerLevelCrackRatios(
                    file,
                    cite,
                    ratios.ToFrozenDictionary(),
                    dto.MinimumLevel ?? throw new LawDataException(file, "minimumLevel", "missing"),
                    Cite(file, "minimumLevel", dto.MinimumLevelCite));
            case "two-level-reduction":
                return new TwoLevelCrackReduction(
                    file,
                    cite,
                    dto.Reduction ?? throw new LawDataException(file, "reduction", "missing"),
                    dto.ExceptAtLeastGrams ?? throw new LawDataException(file, "exceptAtLeastGrams", "missing"),
                    dto.ExceptLessThanGrams ?? throw new LawDataException(file, "exceptLessThanGrams", "missing"));
            default:
                throw new LawDataException(file, "kind", $"\"{dto.Kind}\" is not \"per-level-ratio\" or \"two-level-reduction\"");
        }
    });

    private MitigatingRoleCap RoleCap(string file) => Cached(file, () =>
    {
        var dto = Read(file, LawJsonContext.Default.RoleCapFile);
        var bands = new List<RoleCapBand>();
        foreach (var (b, i) in (dto.Bands ?? throw new LawDataException(file, "bands", "missing")).Select((b, i) => (b, i)))
        {
            var entry = $"band {i + 1}";
            if (b.FromLevel is not { } from || b.ToLevel is not { } to || from > to || (b.DecreaseBy is null) == (b.SetTo is null))
            {
                throw new LawDataException(file, entry, "needs fromLevel <= toLevel and exactly one of decreaseBy or setTo");
            }

            if (bands.Count > 0 && from <= bands[^1].ToLevel)
            {
                throw new LawDataException(file, entry, $"overlap: fromLevel {from} is not above the previous band's toLevel {bands[^1].ToLevel}");
            }

            bands.Add(new RoleCapBand(from, to, b.DecreaseBy, b.SetTo));
        }

        if ((dto.MinimalParticipantAbove is null) != (dto.MinimalParticipantSetTo is null))
        {
            throw new LawDataException(file, "minimalParticipantAbove", "give both minimalParticipantAbove and minimalParticipantSetTo, or neither");
        }

        var paragraphs = new List<RoleCapParagraph>();
        foreach (var (p, i) in (dto.Paragraphs ?? throw new LawDataException(file, "paragraphs", "missing: the paragraph of §2D1.1 the cap stood in, from each date")).Select((p, i) => (p, i)))
        {
            var entry = $"paragraphs[{i}]";
            var from = Date(file, $"{entry}.from", p.From);
            if (paragraphs.Count > 0 && from <= paragraphs[^1].From)
            {
                throw new LawDataException(file, entry, $"{from:yyyy-MM-dd} is not after the previous paragraph's date");
            }

            paragraphs.Add(new RoleCapParagraph(from, Text(file, $"{entry}.paragraph", p.Paragraph), Cite(file, entry, p.Cite)));
        }

        if (paragraphs.Count == 0)
        {
            throw new LawDataException(file, "paragraphs", "missing: the paragraph of §2D1.1 the cap stood in, from each date");
        }

        return new MitigatingRoleCap(file, Cite(file, "cap", dto.Cite), bands, dto.MinimalParticipantAbove, dto.MinimalParticipantSetTo)
        {
            Paragraphs = paragraphs,
        };
    });

    private CriminalHistoryRules CriminalHistory(string file) => Cached(file, () =>
    {
        var dto = Read(file, LawJsonContext.Default.CriminalHistoryFile);
        var bands = new List<CategoryBand>();
        foreach (var (b, i) in (dto.Bands ?? throw new LawDataException(file, "bands", "missing")).Select((b, i) => (b, i)))
        {
            var entry = $"band {i + 1}";
            var category = b.Category is { } text && CaseReader.TryParseCategory(text, out var c) ? c
                : throw new LawDataException(file, entry, $"category \"{b.Category}\" is not I-VI");
            var from = b.FromPoints ?? throw new LawDataException(file, entry, "missing fromPoints");
            if ((int)category != i + 1 || (i == 0 ? from != 0 : from <= bands[^1].FromPoints))
            {
                throw new LawDataException(file, entry, "thresholds not monotonic: categories I-VI in order, starting at 0 points");
            }

            if (from > MostBandStart)
            {
                throw new LawDataException(file, entry, $"fromPoints {from} is above {MostBandStart} (the look-up keeps an entry for every point up to the last band's start)");
            }

            bands.Add(new CategoryBand(category, from, Cite(file, entry, b.Cite)));
        }

        return bands.Count == 6 ? new CriminalHistoryRules(file, bands) : throw new LawDataException(file, "bands", $"{bands.Count} categories, expected 6");
    });

    private CareerOffenderTable CareerOffender(string file) => Cached(file, () =>
    {
        var dto = Read(file, LawJsonContext.Default.CareerOffenderFile);
        var rows = new List<CareerOffenderRow>();
        foreach (var (r, i) in (dto.Rows ?? throw new LawDataException(file, "rows", "missing")).Select((r, i) => (r, i)))
        {
            var entry = $"row {i + 1}";
            var life = r.Life == true;
            if (life == r.FromMonths.HasValue || r.Level is not { } level)
            {
                throw new LawDataException(file, entry, "needs a level and either life: true or fromMonths");
            }

            if (rows.Count > 0 && (rows[^1].StatutoryMaximumFromMonths is { } previous ? r.FromMonths >= previous : life))
            {
                throw new LawDataException(file, entry, "thresholds not monotonic: life first, then descending fromMonths");
            }

            rows.Add(new CareerOffenderRow(r.FromMonths, level, Cite(file, entry, r.Cite)));
        }

        return new CareerOffenderTable(file, rows, Cite(file, "categoryCite", dto.CategoryCite));
    });

    private DrugStatute LoadStatute()
    {
        var file = StatuteFile;
        var dto = Read(file, LawJsonContext.Default.StatuteFile);
        var periods = new List<StatutoryThresholdPeriod>();
        foreach (var (p, i) in (dto.Periods ?? throw new LawDataException(file, "periods", "missing")).Select((p, i) => (p, i)))
        {
            var entry = $"period {i + 1}";
            var from = Date(file, $"{entry} from", p.From);
            LocalDate? until = p.Until is null ? null : Date(file, $"{entry} until", p.Until);
            if (periods.Count > 0 && (periods[^1].Until is not { } end || end.PlusDays(1) != from))
            {
                throw new LawDataException(file, entry, "gap or overlap with the previous period");
            }

            var thresholds = new Dictionary<string, StatutoryThreshold>(StringComparer.Ordinal);
            foreach (var t in p.Thresholds ?? throw new LawDataException(file, entry, "missing thresholds"))
            {
                var tEntry = $"{entry}, {t.Substance}";
                if (t.Substance is null || t.TenYearAtLeast is not { } ten || t.FiveYearAtLeast is not { } five || five >= ten)
                {
                    throw new LawDataException(file, tEntry, "thresholds not monotonic: needs substance and fiveYearAtLeast < tenYearAtLeast");
                }

                thresholds.Add(t.Substance, new StatutoryThreshold(t.Substance, ten, five, Cite(file, tEntry, t.Cite)));
            }

            periods.Add(new StatutoryThresholdPeriod(from, until, thresholds.ToFrozenDictionary()));
        }

        return new DrugStatute(file, periods);
    }

    private DrugDerivedGuideline DrugGuideline(string referencing, string guideline, string file) => Cached(file, () =>
    {
        var dto = Read(file, LawJsonContext.Default.DrugGuidelineFile);
        if (dto.Guideline != guideline)
        {
            throw new LawDataException(referencing, $"drugGuidelines.{guideline}", $"{file} holds guideline \"{dto.Guideline}\"");
        }

        var alternatives = new List<DrugDerivedAlternative>();
        foreach (var (a, i) in (dto.Alternatives ?? throw new LawDataException(file, "alternatives", "missing")).Select((a, i) => (a, i)))
        {
            var entry = $"alternatives[{i}]";
            var quantity = a.Quantity switch
            {
                null or "total" => DrugQuantityBasis.Total,
                "protected-location" => DrugQuantityBasis.ProtectedLocation,
                _ => throw new LawDataException(file, $"{entry}.quantity", $"\"{a.Quantity}\" is not total or protected-location"),
            };
            var condition = a.When switch
            {
                null => DrugDerivedCondition.Always,
                "underage-individual" => DrugDerivedCondition.UnderageIndividual,
                _ => throw new LawDataException(file, $"{entry}.when", $"\"{a.When}\" is not underage-individual"),
            };
            if ((a.Add is null) == (a.Level is null))
            {
                throw new LawDataException(file, entry, "needs exactly one of add (plus the §2D1.1 level) or level (fixed)");
            }

            alternatives.Add(new DrugDerivedAlternative(Text(file, $"{entry}.paragraph", a.Paragraph), a.Add, quantity, a.Level, condition, Cite(file, entry, a.Cite)));
        }

        return new DrugDerivedGuideline(guideline, file, Cite(file, "guideline", dto.Cite), alternatives);
    });

    private static SafetyValveFloor Floor(string file, FloorDto dto)
    {
        const string entry = "safetyValveFloor";
        var cite = Cite(file, entry, dto.Cite);
        return dto.Kind switch
        {
            "offense-level" => new OffenseLevelFloor(cite, dto.Level ?? throw new LawDataException(file, entry, "missing level")),
            "range" => new RangeFloor(
                cite,
                dto.MinMonths ?? throw new LawDataException(file, entry, "missing minMonths"),
                dto.MaxMonths ?? throw new LawDataException(file, entry, "missing maxMonths")),
            "none" => new NoSafetyValveFloor(cite),
            "not-encoded" => new FloorNotEncoded(cite),
            _ => throw new LawDataException(file, entry, $"kind \"{dto.Kind}\" is not offense-level, range, none or not-encoded"),
        };
    }

    private static StatusPointsRule StatusPoints(string file, StatusPointsDto dto) => new(
        dto.Points ?? throw new LawDataException(file, "statusPoints", "missing points"),
        dto.MinimumOtherPoints ?? throw new LawDataException(file, "statusPoints", "missing minimumOtherPoints"),
        Cite(file, "statusPoints", dto.Cite));

    private static ZeroPointOffenderRule ZeroPoint(string file, ZeroPointDto dto) => new(
        dto.Decrease ?? throw new LawDataException(file, "zeroPointOffender", "missing decrease"),
        dto.Disqualifiers ?? throw new LawDataException(file, "zeroPointOffender", "missing disqualifiers"),
        Cite(file, "zeroPointOffender", dto.Cite));

    private T Cached<T>(string file, Func<T> build)
        where T : notnull
    {
        if (_cache.TryGetValue(file, out var hit))
        {
            return (T)hit;
        }

        var value = build();
        _cache[file] = value;
        return value;
    }

    private T Read<T>(string file, JsonTypeInfo<T> type)
    {
        if (!source.Exists(file))
        {
            throw new LawDataException(file, "file", $"not found under {source.Root}");
        }

        try
        {
            using var stream = source.Open(file);
            return JsonSerializer.Deserialize(stream, type) ?? throw new LawDataException(file, "file", "empty (null)");
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) ? "file" : e.Path;
            var problem = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "unknown key (see docs/law-data.md for the keys of each file)"
                : e.Message;
            throw new LawDataException(file, where, problem, e);
        }
    }

    private static string Cite(string file, string entry, string? cite) =>
        string.IsNullOrWhiteSpace(cite) ? throw new LawDataException(file, entry, "missing citation") : cite;

    private static string Text(string file, string entry, string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new LawDataException(file, entry, "missing") : text;

    private static LocalDate Date(string file, string entry, string? text) =>
        text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw new LawDataException(file, entry, $"\"{text}\" is not an ISO date (YYYY-MM-DD)");

    private static QuantityMeasure Measure(string file, string entry, string? text) => text switch
    {
        "grams" => QuantityMeasure.Grams,
        "units" => QuantityMeasure.Units,
        _ => throw new LawDataException(file, entry, $"\"{text}\" is not \"grams\" or \"units\""),
    };
}

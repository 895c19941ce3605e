using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>
/// Reads one amendment or reform file (format in <c>docs/retroactivity.md</c>) strictly: the whole file, and every table
/// file it names, is checked first; any problem rejects the file with each problem's file, entry and reason, and nothing of
/// it is applied. An enacted amendment's changes are taken from the law library's overlays (<c>"overlay"</c>); a reform
/// states its own changes in its parts, possibly built on a library overlay (<c>"relativeTo"</c>). Table files are named
/// relative to the amendment file's folder.
/// </summary>
public static class AmendmentFileReader
{
    /// <summary>Reads the file at <paramref name="path"/> against <paramref name="law"/>.</summary>
    /// <exception cref="AmendmentFileException">The file, or a table it names, is malformed or cannot be read.</exception>
    public static AmendmentFile ReadFile(string path, LawLibrary law)
    {
        var display = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))) + "/" + System.IO.Path.GetFileName(path);
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AmendmentFileException([new AmendmentFileProblem(display, "(file)", e.Message)]);
        }

        return Read(display, text, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, law);
    }

    /// <summary>Reads amendment file text named <paramref name="display"/> in errors; table files are looked up in <paramref name="folder"/>.</summary>
    /// <exception cref="AmendmentFileException">The file, or a table it names, is malformed.</exception>
    public static AmendmentFile Read(string display, string text, string folder, LawLibrary law)
    {
        ArgumentNullException.ThrowIfNull(law);
        var problems = new List<AmendmentFileProblem>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new AmendmentFileException([new AmendmentFileProblem(display, "(file)", e.Message)]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new AmendmentFileException([new AmendmentFileProblem(display, "(file)", "must be one JSON object")]);
            }

            var root = new JsonEntry(display, "$", document.RootElement, problems);
            root.OnlyMembers("number", "title", "effectiveOn", "citation", "status", "overlay", "alreadyAppliedWith", "retroactivity", "parts");
            var number = root.Int("number", 1, 99999);
            var title = root.String("title");
            var effectiveOn = root.Date("effectiveOn");
            var citation = root.String("citation");
            var status = root.String("status");
            if (status is not ("enacted" or "reform" or ""))
            {
                root.Problem("status", $"must be \"enacted\" or \"reform\", found \"{status}\"");
            }

            var terms = ReadTerms(root.Object("retroactivity", required: true));
            var context = new PartContext(folder, law, problems);
            var parts = ImmutableArray.CreateBuilder<AmendmentPart>();
            var changes = new OverlayBuilder();
            foreach (var source in root.Objects("overlay"))
            {
                source.OnlyMembers("amendment", "take", "note");
                if (context.Resolve(source, "amendment") is { } library)
                {
                    changes.Take(source, library, source.Strings("take"));
                }
            }

            var alreadyAppliedWith = root.Has("alreadyAppliedWith")
                ? root.Ints("alreadyAppliedWith")
                : [];
            context.HasOverlay = root.Has("overlay");
            var partEntries = root.Objects("parts");
            if (partEntries.Count == 0)
            {
                root.Problem("parts", "required: at least one part");
            }

            foreach (var part in partEntries)
            {
                parts.Add(ReadPart(part, context, changes));
            }

            if (parts.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != parts.Count)
            {
                root.Problem("parts", "two parts have the same \"part\" id");
            }

            if (problems.Count > 0)
            {
                throw new AmendmentFileException(problems);
            }

            var overlay = changes.Build(number, effectiveOn, title, citation, display);
            return new AmendmentFile(display, number, title, effectiveOn, citation, status == "reform", terms!, parts.ToImmutable(), [.. alreadyAppliedWith], overlay);
        }
    }

    private static RetroactivityTerms? ReadTerms(JsonEntry? entry)
    {
        if (entry is not { } e)
        {
            return null;
        }

        e.OnlyMembers("listedOn", "listedBy", "ordersEffectiveFrom", "instruction");
        var listedOn = e.Date("listedOn");
        var from = e.Date("ordersEffectiveFrom");
        if (from < listedOn)
        {
            e.Problem("ordersEffectiveFrom", $"{from:yyyy-MM-dd} is before listedOn {listedOn:yyyy-MM-dd}: no order may take effect before the listing");
        }

        return new RetroactivityTerms(listedOn, e.String("listedBy"), from, e.String("instruction"));
    }

    private static AmendmentPart ReadPart(JsonEntry part, PartContext context, OverlayBuilder changes)
    {
        string[] changeMembers = ["drugQuantityTables", "equivalency", "crackRule", "statusPoints", "zeroPointOffender", "drugLevelShift", "drugSameAs"];
        part.OnlyMembers(["part", "listed", "note", "appliesTo", .. changeMembers]);
        var id = part.String("part");
        var listed = part.Bool("listed");
        var note = part.OptionalString("note");
        var changeCount = changeMembers.Count(part.Has);
        if (!listed)
        {
            if (changeCount > 0)
            {
                part.Problem("", "a part not listed in §1B1.10(d) is never substituted: give it only \"part\", \"listed\", \"appliesTo\" and \"note\"");
            }

            if (note is null)
            {
                part.Problem("note", "required for a part not listed: say what the part does");
            }

            return new AmendmentPart(id, false, ReadApplicability(part.Object("appliesTo", required: false)), note);
        }

        if (changeCount == 0 && note is null && !context.HasOverlay)
        {
            part.Problem("", "a listed part needs at least one change, or a \"note\" saying why it changes nothing encoded");
        }

        var applies = ReadApplicability(part.Object("appliesTo", required: true));
        foreach (var table in part.Objects("drugQuantityTables"))
        {
            ReadTable(table, context, changes);
        }

        foreach (var entry in part.Objects("equivalency"))
        {
            ReadEquivalency(entry, changes);
        }

        if (part.Object("crackRule", required: false) is { } crack)
        {
            ReadCrackRule(crack, context, changes);
        }

        if (part.Object("statusPoints", required: false) is { } status)
        {
            status.OnlyMembers("points", "minimumOtherPoints", "citation");
            changes.Set(status, ref changes.StatusPoints, new StatusPointsRule(status.Int("points", 0, 3), status.Int("minimumOtherPoints", 0, 50), status.String("citation")));
        }

        if (part.Object("zeroPointOffender", required: false) is { } zero)
        {
            zero.OnlyMembers("decrease", "disqualifiers", "citation");
            var rule = new ZeroPointOffenderRule(zero.Int("decrease", 1, 10), zero.Strings("disqualifiers"), zero.String("citation"));
            changes.Set(zero, ref changes.ZeroPoint, new Replace<ZeroPointOffenderRule>(rule));
        }

        if (part.Object("drugLevelShift", required: false) is { } shift)
        {
            ReadLevelShift(shift, context, changes);
        }

        foreach (var same in part.Objects("drugSameAs"))
        {
            ReadSameAs(same, context, changes);
        }

        return new AmendmentPart(id, true, applies, note);
    }

    private static Applicability? ReadApplicability(JsonEntry? entry)
    {
        if (entry is not { } e)
        {
            return null;
        }

        e.OnlyMembers("guideline", "substances", "statusPoints", "zeroPoint");

        // Interned: the engine compares it with every case's guideline, most often the same literal ("2D1.1" for a case
        // given only drugs), and two references to one string compare without reading their characters.
        var applies = new Applicability(
            e.OptionalString("guideline") is { } guideline ? string.Intern(guideline) : null,
            [.. e.Strings("substances")],
            e.Has("statusPoints") && e.Bool("statusPoints"),
            e.Has("zeroPoint") && e.Bool("zeroPoint"));
        if (applies.Guideline is null && !applies.StatusPoints && !applies.ZeroPoint)
        {
            e.Problem("", "name the cases the part speaks to: \"guideline\", \"statusPoints\": true or \"zeroPoint\": true");
        }

        return applies;
    }

    private static void ReadTable(JsonEntry entry, PartContext context, OverlayBuilder changes)
    {
        entry.OnlyMembers("file", "measure", "substances", "citation");
        var file = entry.String("file");
        var measureText = entry.String("measure");
        var measure = measureText switch { "grams" => QuantityMeasure.Grams, "units" => QuantityMeasure.Units, _ => (QuantityMeasure?)null };
        if (measure is null)
        {
            entry.Problem("measure", $"must be \"grams\" or \"units\", found \"{measureText}\"");
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in entry.Members("substances"))
        {
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } id)
            {
                ids[name] = id;
            }
            else
            {
                entry.Problem($"substances.{name}", "must be a substance id string, e.g. \"cocaine-base\"");
            }
        }

        var citation = entry.String("citation");
        if (file.Length == 0 || measure is null || ids.Count == 0)
        {
            return;
        }

        var full = System.IO.Path.Combine(context.Folder, file);
        foreach (var table in DrugQuantityCsv.Read(full, file, measure.Value, ids, citation, context.Problems))
        {
            changes.SetDrug(entry, table.Substance, table);
        }
    }

    private static void ReadEquivalency(JsonEntry entry, OverlayBuilder changes)
    {
        entry.OnlyMembers("substance", "remove", "marihuanaGrams", "measure", "minimumLevel", "citation");
        var substance = entry.String("substance");
        var citation = entry.String("citation");
        if (entry.Has("remove"))
        {
            if (!entry.Bool("remove"))
            {
                entry.Problem("remove", "when present must be true (leave it out to set a ratio)");
            }

            changes.SetEquivalency(entry, substance, null);
            return;
        }

        var measure = entry.String("measure") switch { "grams" => QuantityMeasure.Grams, "units" => QuantityMeasure.Units, var m => Bad(entry, m) };
        int? minimumLevel = entry.Has("minimumLevel") ? entry.Int("minimumLevel", 1, 43) : null;
        changes.SetEquivalency(entry, substance, new EquivalencyEntry(substance, entry.Decimal("marihuanaGrams", 0m), measure, minimumLevel, citation));

        static QuantityMeasure Bad(JsonEntry e, string found)
        {
            e.Problem("measure", $"must be \"grams\" or \"units\", found \"{found}\"");
            return QuantityMeasure.Grams;
        }
    }

    private static void ReadCrackRule(JsonEntry entry, PartContext context, OverlayBuilder changes)
    {
        var kind = entry.String("kind");
        var citation = entry.String("citation");
        var source = context.Folder;
        switch (kind)
        {
            case "none":
                entry.OnlyMembers("kind", "citation");
                changes.Set(entry, ref changes.Crack, new Replace<CrackCombinationRule>(null));
                break;
            case "two-level-reduction":
                entry.OnlyMembers("kind", "citation", "reduction", "exceptAtLeastGrams", "exceptLessThanGrams");
                var rule = new TwoLevelCrackReduction(source, citation, entry.Int("reduction", 1, 10), entry.Decimal("exceptAtLeastGrams", 0m), entry.Decimal("exceptLessThanGrams", 0m));
                changes.Set(entry, ref changes.Crack, new Replace<CrackCombinationRule>(rule));
                break;
            default:
                entry.Problem("kind", $"must be \"none\" or \"two-level-reduction\", found \"{kind}\"");
                break;
        }
    }

    private static void ReadLevelShift(JsonEntry entry, PartContext context, OverlayBuilder changes)
    {
        entry.OnlyMembers("relativeTo", "levels", "citation");
        var basis = context.Resolve(entry, "relativeTo");
        var levels = entry.Int("levels", 1, 42);
        var citation = entry.String("citation");
        if (basis is null)
        {
            return;
        }

        foreach (var (substance, table) in basis.DrugQuantity)
        {
            if (table is not null)
            {
                changes.SetDrug(entry, substance, DrugLevelShift.Lower(table, levels, citation, entry.File));
            }
        }
    }

    private static void ReadSameAs(JsonEntry entry, PartContext context, OverlayBuilder changes)
    {
        entry.OnlyMembers("substance", "as", "relativeTo", "citation");
        var substance = entry.String("substance");
        var model = entry.String("as");
        var citation = entry.String("citation");
        var basis = context.Resolve(entry, "relativeTo");
        if (basis is null)
        {
            return;
        }

        if (basis.DrugQuantity.GetValueOrDefault(model) is not { } table)
        {
            entry.Problem("as", $"amendment {basis.Number} sets no Drug Quantity Table lines for \"{model}\"");
            return;
        }

        var rows = table.Rows.Select(r => r with { Citation = $"{citation}; {r.Citation}" }).ToList();
        changes.SetDrug(entry, substance, new DrugQuantityTable(entry.File, substance, substance, table.Measure, rows));
    }

    private sealed record PartContext(string Folder, LawLibrary Law, List<AmendmentFileProblem> Problems)
    {
        /// <summary>True when the file takes its changes from library overlays, so a listed part needs no changes of its own.</summary>
        public bool HasOverlay { get; set; }

        public ManualOverlay? Resolve(JsonEntry entry, string member)
        {
            var number = entry.Int(member, 1, 99999);
            var basis = Law.Amendments.GetValueOrDefault(number);
            if (basis is null)
            {
                entry.Problem(member, $"amendment {number} is not encoded in law/amendments/ (encoded: {string.Join(", ", Law.Amendments.Keys.Order())})");
            }

            return basis;
        }
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Retroact.Law.Cases;

/// <summary>
/// Reads case file format v1 (docs/case-format-v1.md): one JSON case, a JSON array of cases, or JSON lines; camelCase
/// fields; kebab-case enum values. A bad record is reported with every problem (case, field, value, what is allowed) and
/// the good records are still returned.
/// </summary>
public static class CaseReader
{
    /// <summary>The substance ids the format accepts, with whether each is counted in units (otherwise grams).</summary>
    public static FrozenDictionary<string, bool> Substances { get; } = new Dictionary<string, bool>
    {
        ["heroin"] = false, ["cocaine"] = false, ["cocaine-base"] = false, ["pcp"] = false, ["pcp-actual"] = false,
        ["methamphetamine"] = false, ["methamphetamine-actual"] = false, ["ice"] = false, ["amphetamine"] = false,
        ["amphetamine-actual"] = false, ["lsd"] = false, ["fentanyl"] = false, ["fentanyl-analogue"] = false,
        ["marihuana"] = false, ["hashish"] = false, ["hashish-oil"] = false, ["oxycodone-actual"] = false,
        ["hydrocodone"] = false, ["hydrocodone-actual"] = false,
        ["ketamine"] = true, ["schedule-i-ii-depressants"] = true, ["flunitrazepam"] = true, ["schedule-iii"] = true,
        ["schedule-iii-hydrocodone"] = true, ["schedule-iv"] = true, ["schedule-v"] = true,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string SubstanceList = string.Join(", ", Substances.Keys.Order(StringComparer.Ordinal));

    private static readonly FrozenSet<string> Fields = FrozenSet.Create(StringComparer.Ordinal,
        "id", "sentencedOn", "manual", "guideline", "drugs", "protectedLocationDrugs", "underageIndividual", "baseOffenseLevel", "totalOffenseLevel", "offenseLevelAdjustments",
        "mitigatingRole", "criminalHistoryCategory", "criminalHistoryPoints", "statusPoints", "zeroPointDisqualifiers",
        "careerOffender", "statutoryMinimumMonths", "statutoryMaximumMonths", "safetyValve", "substantialAssistance",
        "termMonths", "life", "consecutiveMonths", "custody", "citizenship", "detainers", "demographics");

    /// <summary>Reads every record in <paramref name="text"/>; <paramref name="sourceName"/> names the file in locations.</summary>
    public static IReadOnlyList<CaseReadResult> Read(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            return [new CaseReadResult(sourceName, null, [new CaseError(sourceName, "(file)", "(empty)", "one case, an array of cases, or JSON lines")])];
        }

        if (trimmed[0] == '[')
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return [.. document.RootElement.EnumerateArray().Select((e, i) => ReadOne(e, $"{sourceName} [{i}]", $"[{i}]"))];
            }
            catch (JsonException e)
            {
                return [Malformed(sourceName, sourceName, e)];
            }
        }

        try
        {
            using var single = JsonDocument.Parse(text);
            return [ReadOne(single.RootElement, sourceName, sourceName)];
        }
        catch (JsonException)
        {
            return ReadLines(text, sourceName);
        }
    }

    /// <summary>Reads one record from a JSON object; <paramref name="location"/> names it when it has no id.</summary>
    public static CaseReadResult ReadOne(JsonElement element, string location, string fallbackId)
    {
        var r = new RecordReader(element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()!
            : fallbackId);
        if (element.ValueKind != JsonValueKind.Object)
        {
            r.Error("(record)", element.ValueKind.ToString(), "a JSON object");
            return new CaseReadResult(location, null, r.Errors);
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
            {
                r.Error(property.Name, property.Value.GetRawText(), "no such field in case format v1 (fields are camelCase; see docs/case-format-v1.md)");
            }
        }

        var caseId = r.RequiredString(element, "id");
        var sentencedOn = r.Date(element, "sentencedOn", required: true);
        var result = new Case
        {
            Id = caseId ?? fallbackId,
            SentencedOn = sentencedOn ?? default,
            Manual = r.Date(element, "manual", required: false),
            Guideline = r.OptionalString(element, "guideline"),
            Drugs = r.Drugs(element, "drugs"),
            ProtectedLocationDrugs = r.Drugs(element, "protectedLocationDrugs"),
            UnderageIndividual = r.Bool(element, "underageIndividual"),
            BaseOffenseLevel = r.Int(element, "baseOffenseLevel", 1, 43),
            TotalOffenseLevel = r.Int(element, "totalOffenseLevel", 1, 43),
            OffenseLevelAdjustments = r.Int(element, "offenseLevelAdjustments", -60, 60),
            MitigatingRole = r.Enum(element, "mitigatingRole", MitigatingRoles),
            CriminalHistoryCategory = r.Enum(element, "criminalHistoryCategory", Categories),
            CriminalHistoryPoints = r.Int(element, "criminalHistoryPoints", 0, 200),
            StatusPoints = r.Int(element, "statusPoints", 0, 3),
            ZeroPointDisqualifiers = r.StringList(element, "zeroPointDisqualifiers"),
            CareerOffender = r.CareerOffender(element),
            StatutoryMinimumMonths = r.Int(element, "statutoryMinimumMonths", 0, 1200),
            StatutoryMaximumMonths = r.Int(element, "statutoryMaximumMonths", 1, 1200),
            SafetyValve = r.Bool(element, "safetyValve"),
            SubstantialAssistance = r.Enum(element, "substantialAssistance", Motions),
            TermMonths = r.Int(element, "termMonths", 0, 12000),
            Life = r.Bool(element, "life"),
            ConsecutiveMonths = r.Int(element, "consecutiveMonths", 0, 12000) ?? 0,
            Custody = r.Custody(element),
            Citizenship = r.Enum(element, "citizenship", Citizenships),
            Detainers = r.EnumList(element, "detainers", Detainers),
            Demographics = r.Demographics(element),
        };
        if (result.Life && result.TermMonths is not null)
        {
            r.Error("termMonths", result.TermMonths.Value.ToString(CultureInfo.InvariantCulture), "absent when life is true");
        }

        if (result.StatutoryMinimumMonths is { } min && result.StatutoryMaximumMonths is { } max && min > max)
        {
            r.Error("statutoryMinimumMonths", min.ToString(CultureInfo.InvariantCulture), $"not above statutoryMaximumMonths ({max})");
        }

        return r.Errors.Count == 0 ? new CaseReadResult(location, result, []) : new CaseReadResult(location, null, r.Errors);
    }

    /// <summary>Parses "I" to "VI".</summary>
    public static bool TryParseCategory(string text, out CriminalHistoryCategory category) =>
        Categories.TryGetValue(text, out category);

    private static IReadOnlyList<CaseReadResult> ReadLines(string text, string sourceName)
    {
        var results = new List<CaseReadResult>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var location = $"{sourceName} line {i + 1}";
            try
            {
                using var document = JsonDocument.Parse(line);
                results.Add(ReadOne(document.RootElement, location, $"line {i + 1}"));
            }
            catch (JsonException e)
            {
                results.Add(Malformed(location, $"line {i + 1}", e));
            }
        }

        return results;
    }

    private static CaseReadResult Malformed(string location, string id, JsonException e) =>
        new(location, null, [new CaseError(id, "(json)", $"malformed at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}", "well-formed JSON: " + e.Message)]);

    private static readonly FrozenDictionary<string, CriminalHistoryCategory> Categories = new Dictionary<string, CriminalHistoryCategory>
    {
        ["I"] = CriminalHistoryCategory.I, ["II"] = CriminalHistoryCategory.II, ["III"] = CriminalHistoryCategory.III,
        ["IV"] = CriminalHistoryCategory.IV, ["V"] = CriminalHistoryCategory.V, ["VI"] = CriminalHistoryCategory.VI,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, MitigatingRole> MitigatingRoles = new Dictionary<string, MitigatingRole>
    {
        ["minimal"] = MitigatingRole.Minimal, ["minor"] = MitigatingRole.Minor, ["intermediate"] = MitigatingRole.Intermediate,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, SubstantialAssistance> Motions = new Dictionary<string, SubstantialAssistance>
    {
        ["5K1.1"] = SubstantialAssistance.Section5K1_1, ["3553(e)"] = SubstantialAssistance.Section3553e, ["rule-35(b)"] = SubstantialAssistance.Rule35b,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CustodyStatus> Statuses = new Dictionary<string, CustodyStatus>
    {
        ["institution"] = CustodyStatus.Institution, ["rrc"] = CustodyStatus.Rrc, ["home-confinement"] = CustodyStatus.HomeConfinement,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Citizenship> Citizenships = new Dictionary<string, Citizenship>
    {
        ["us"] = Citizenship.Us, ["non-us"] = Citizenship.NonUs,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Detainer> Detainers = new Dictionary<string, Detainer>
    {
        ["ice"] = Detainer.Ice, ["state"] = Detainer.State, ["other"] = Detainer.Other,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads one record's fields, collecting every error with the case id.</summary>
    private sealed class RecordReader(string caseId)
    {
        public List<CaseError> Errors { get; } = [];

        public void Error(string field, string value, string allowed) => Errors.Add(new CaseError(caseId, field, value, allowed));

        public string? RequiredString(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                Error(name, "(missing)", "a non-empty string");
                return null;
            }

            if (v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
            {
                Error(name, v.GetRawText(), "a non-empty string");
                return null;
            }

            return v.GetString();
        }

        public string? OptionalString(JsonElement e, string name, string prefix = "")
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                Error(prefix + name, v.GetRawText(), "a string");
                return null;
            }

            return v.GetString();
        }

        public LocalDate? Date(JsonElement e, string name, bool required, string prefix = "")
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Error(prefix + name, "(missing)", "an ISO date, YYYY-MM-DD");
                }

                return null;
            }

            if (v.ValueKind == JsonValueKind.String && LocalDatePattern.Iso.Parse(v.GetString()!) is { Success: true } parsed)
            {
                return parsed.Value;
            }

            Error(prefix + name, v.GetRawText(), "an ISO date, YYYY-MM-DD");
            return null;
        }

        public int? Int(JsonElement e, string name, int min, int max, string prefix = "")
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var value) && value >= min && value <= max)
            {
                return value;
            }

            Error(prefix + name, v.GetRawText(), $"a whole number from {min} to {max}");
            return null;
        }

        public bool Bool(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return v.GetBoolean();
            }

            Error(name, v.GetRawText(), "true or false");
            return false;
        }

        public T? Enum<T>(JsonElement e, string name, FrozenDictionary<string, T> allowed, string prefix = "")
            where T : struct
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind == JsonValueKind.String && allowed.TryGetValue(v.GetString()!, out var value))
            {
                return value;
            }

            Error(prefix + name, v.GetRawText(), "one of " + string.Join(", ", allowed.Keys.Order(StringComparer.Ordinal)));
            return null;
        }

        public ImmutableArray<T> EnumList<T>(JsonElement e, string name, FrozenDictionary<string, T> allowed)
            where T : struct
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (v.ValueKind != JsonValueKind.Array)
            {
                Error(name, v.GetRawText(), "an array");
                return [];
            }

            var builder = ImmutableArray.CreateBuilder<T>();
            var i = 0;
            foreach (var item in v.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && allowed.TryGetValue(item.GetString()!, out var value))
                {
                    builder.Add(value);
                }
                else
                {
                    Error($"{name}[{i}]", item.GetRawText(), "one of " + string.Join(", ", allowed.Keys.Order(StringComparer.Ordinal)));
                }

                i++;
            }

            return builder.ToImmutable();
        }

        public ImmutableArray<string>? StringList(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            {
                Error(name, v.GetRawText(), "an array of strings");
                return null;
            }

            return [.. v.EnumerateArray().Select(x => x.GetString()!)];
        }

        public ImmutableArray<DrugAmount> Drugs(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (v.ValueKind != JsonValueKind.Array)
            {
                Error(name, v.GetRawText(), "an array of {substance, grams} or {substance, units}");
                return [];
            }

            var builder = ImmutableArray.CreateBuilder<DrugAmount>();
            var i = 0;
            foreach (var item in v.EnumerateArray())
            {
                var prefix = $"{name}[{i++}].";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Error(prefix.TrimEnd('.'), item.GetRawText(), "an object {substance, grams} or {substance, units}");
                    continue;
                }

                foreach (var p in item.EnumerateObject())
                {
                    if (p.Name is not ("substance" or "grams" or "units"))
                    {
                        Error(prefix + p.Name, p.Value.GetRawText(), "no such field (substance, grams, units)");
                    }
                }

                var substance = OptionalString(item, "substance", prefix);
                if (substance is null)
                {
                    Error(prefix + "substance", item.TryGetProperty("substance", out var s) ? s.GetRawText() : "(missing)", "one of " + SubstanceList);
                    continue;
                }

                if (!Substances.TryGetValue(substance, out var counted))
                {
                    Error(prefix + "substance", $"\"{substance}\"", "one of " + SubstanceList);
                    continue;
                }

                var field = counted ? "units" : "grams";
                var other = counted ? "grams" : "units";
                if (item.TryGetProperty(other, out var wrong) && wrong.ValueKind != JsonValueKind.Null)
                {
                    Error(prefix + other, wrong.GetRawText(), $"absent: {substance} is measured in {field}");
                }

                if (!item.TryGetProperty(field, out var amount) || amount.ValueKind == JsonValueKind.Null)
                {
                    Error(prefix + field, "(missing)", $"a number above 0 ({substance} is measured in {field})");
                    continue;
                }

                if (amount.ValueKind != JsonValueKind.Number || !amount.TryGetDecimal(out var quantity) || quantity <= 0)
                {
                    Error(prefix + field, amount.GetRawText(), "a number above 0");
                    continue;
                }

                builder.Add(counted ? new DrugAmount(substance, Units: quantity) : new DrugAmount(substance, Grams: quantity));
            }

            return builder.ToImmutable();
        }

        public CareerOffenderFinding? CareerOffender(JsonElement e)
        {
            if (!Object(e, "careerOffender", ["offenseLevel"], out var v))
            {
                return null;
            }

            if (Int(v, "offenseLevel", 1, 43, "careerOffender.") is { } level)
            {
                return new CareerOffenderFinding(level);
            }

            if (!v.TryGetProperty("offenseLevel", out _))
            {
                Error("careerOffender.offenseLevel", "(missing)", "a whole number from 1 to 43");
            }

            return null;
        }

        public CustodyFacts? Custody(JsonElement e)
        {
            if (!Object(e, "custody", ["commencedOn", "priorCustodyDays", "status", "gctDisallowedDays"], out var v))
            {
                return null;
            }

            var commenced = Date(v, "commencedOn", required: true, "custody.");
            var facts = new CustodyFacts
            {
                CommencedOn = commenced ?? default,
                PriorCustodyDays = Int(v, "priorCustodyDays", 0, 36500, "custody.") ?? 0,
                Status = Enum(v, "status", Statuses, "custody.") ?? CustodyStatus.Institution,
                GctDisallowedDays = Int(v, "gctDisallowedDays", 0, 36500, "custody.") ?? 0,
            };
            return commenced is null ? null : facts;
        }

        public Demographics? Demographics(JsonElement e)
        {
            if (!Object(e, "demographics", ["race", "ethnicity", "sex", "district", "age"], out var v))
            {
                return null;
            }

            return new Demographics
            {
                Race = OptionalString(v, "race", "demographics."),
                Ethnicity = OptionalString(v, "ethnicity", "demographics."),
                Sex = OptionalString(v, "sex", "demographics."),
                District = OptionalString(v, "district", "demographics."),
                Age = Int(v, "age", 0, 130, "demographics."),
            };
        }

        private bool Object(JsonElement e, string name, string[] fields, out JsonElement value)
        {
            if (!e.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Error(name, value.GetRawText(), "an object");
                return false;
            }

            foreach (var p in value.EnumerateObject())
            {
                if (Array.IndexOf(fields, p.Name) < 0)
                {
                    Error($"{name}.{p.Name}", p.Value.GetRawText(), $"no such field ({string.Join(", ", fields)})");
                }
            }

            return true;
        }
    }
}

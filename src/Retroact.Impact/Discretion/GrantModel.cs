using System.Globalization;
using Retroact.Impact.DataFiles;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Discretion;

/// <summary>
/// How likely a court is to grant an eligible §3582(c)(2) motion. Either one rate for every case
/// (<c>--grant-rate</c>) or a file of rules (<c>--grant-model</c>, format in <c>docs/impact.md</c>): a case takes the
/// rate of the first rule, top to bottom, that matches it; the last rule must be <c>default</c>.
/// </summary>
public sealed class GrantModel
{
    private const string Header = "kind,value,rate,source";

    private GrantModel(IReadOnlyList<GrantRule> rules, string description)
    {
        Rules = rules;
        Description = description;
    }

    /// <summary>The rules in the order they are tried; the last is <c>default</c>.</summary>
    public IReadOnlyList<GrantRule> Rules { get; }

    /// <summary>What the report says the model is, e.g. "one grant rate, 0.75, for every motion".</summary>
    public string Description { get; }

    /// <summary>One rate for every eligible motion; throws <see cref="ArgumentOutOfRangeException"/> outside 0..1.</summary>
    public static GrantModel Uniform(decimal rate) =>
        rate is >= 0 and <= 1
            ? new GrantModel([new GrantRule(GrantRule.DefaultKind, "", rate, "--grant-rate")], $"one grant rate, {rate.ToString(CultureInfo.InvariantCulture)}, for every eligible motion")
            : throw new ArgumentOutOfRangeException(nameof(rate), rate, "--grant-rate must be between 0 and 1");

    /// <summary>
    /// Reads a grant-model file: <c>#</c> comments, the header <c>kind,value,rate,source</c>, then rules. Throws
    /// <see cref="FormatException"/> naming the file, line, field, value and what is allowed.
    /// </summary>
    public static GrantModel Parse(TextReader reader, string fileName)
    {
        var rules = new List<GrantRule>();
        foreach (var (line, lineNumber) in CommentedCsvLines.Read(reader, fileName, Header))
        {
            if (rules.Count > 0 && rules[^1].IsDefault)
            {
                throw new FormatException($"{fileName}:{lineNumber}: a rule follows 'default', which must be the last rule");
            }

            rules.Add(ParseRule(line, fileName, lineNumber));
        }

        return rules.Count > 0 && rules[^1].IsDefault
            ? new GrantModel(rules, $"grant model {Path.GetFileName(fileName)} ({rules.Count} {(rules.Count == 1 ? "rule" : "rules")})")
            : throw new FormatException($"{fileName}: the last rule must be 'default,,RATE,SOURCE' so every case has a rate");
    }

    private static GrantRule ParseRule(string line, string fileName, int lineNumber)
    {
        var parts = line.Split(',', 4);
        if (parts.Length != 4)
        {
            throw new FormatException($"{fileName}:{lineNumber}: expected 4 fields (kind,value,rate,source), got '{line}'");
        }

        var (kind, value, rateText, source) = (parts[0].Trim(), parts[1].Trim(), parts[2].Trim(), parts[3].Trim().Trim('"'));
        if (kind != GrantRule.DefaultKind && kind != GrantRule.LimitedByKind && !Dimensions.TryParse(kind, out _))
        {
            throw new FormatException(
                $"{fileName}:{lineNumber}: kind '{kind}' is not one of: default, limitedBy, {string.Join(", ", Dimensions.All.Select(d => d.Name()))}");
        }

        if (kind == GrantRule.LimitedByKind && !LimitingFloors.TryParse(value, out _))
        {
            throw new FormatException($"{fileName}:{lineNumber}: {LimitingFloors.NotACode(value)}");
        }

        if (kind == GrantRule.DefaultKind ? value.Length != 0 : value.Length == 0)
        {
            throw new FormatException($"{fileName}:{lineNumber}: value '{value}' is wrong for kind '{kind}' (empty for default, required otherwise)");
        }

        if (!decimal.TryParse(rateText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate > 1)
        {
            throw new FormatException($"{fileName}:{lineNumber}: rate '{rateText}' is not a number from 0 to 1");
        }

        return source.Length > 0
            ? new GrantRule(kind, value, rate, source)
            : throw new FormatException($"{fileName}:{lineNumber}: source is empty; say where the rate comes from, or 'assumption'");
    }

    internal CompiledRule[] Compile(BreakdownCodes codes) =>
    [
        .. Rules.Select(rule => rule.Kind switch
        {
            GrantRule.DefaultKind => new CompiledRule(CompiledRule.Default, 0, rule.Rate),
            GrantRule.LimitedByKind => new CompiledRule(CompiledRule.LimitedBy, (int)LimitingFloors.Parse(rule.Value), rule.Rate),
            _ => CompileDimension(rule, codes),
        }),
    ];

    private static CompiledRule CompileDimension(GrantRule rule, BreakdownCodes codes)
    {
        Dimensions.TryParse(rule.Kind, out var dimension);
        return codes[dimension].TryGetCode(rule.Value, out var code)
            ? new CompiledRule((int)dimension, code, rule.Rate)
            : new CompiledRule(CompiledRule.Never, 0, rule.Rate);
    }

    internal static int RuleIndexFor(in CaseOutcome row, CompiledRule[] rules)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i].Matches(in row))
            {
                return i;
            }
        }

        return rules.Length - 1;
    }
}

/// <summary>A rule resolved against a run's code books: what to compare and the threshold a draw must fall under.</summary>
internal readonly record struct CompiledRule(int Target, int Code, decimal Rate)
{
    public const int Default = -1;
    public const int LimitedBy = -2;
    public const int Never = -3;

    /// <summary>The rate as a threshold on a uniform 32-bit draw: granted when the draw is below it (rate 1 always, 0 never).</summary>
    public ulong Threshold { get; } = (ulong)decimal.Floor(Rate * 4_294_967_296m);

    public bool Matches(in CaseOutcome row) => Target switch
    {
        Default => true,
        LimitedBy => (int)row.LimitedBy == Code,
        Never => false,
        _ => row.Keys[Target] == Code,
    };
}

using System.CommandLine;
using Retroact.Population;

namespace Retroact.Cli;

/// <summary>The --format option shared by validate and generate: native, ussc, parquet or jsonl (checked by the command, so a bad name exits 2).</summary>
internal static class FormatOption
{
    /// <summary>What a bad --format value is told.</summary>
    public const string Allowed = "expected native, ussc, parquet or jsonl";

    public static Option<string?> Create(string description) => new("--format") { Description = description };

    /// <summary>
    /// Resolves an optional --format value; false (after telling <paramref name="error"/> what is allowed) for an
    /// unknown name. An absent value resolves to null, meaning "from the file's extension".
    /// </summary>
    public static bool TryResolve(string? name, TextWriter error, out PopulationFormat? format)
    {
        format = name is null ? null : Parse(name);
        if (name is null || format is not null) return true;
        error.WriteLine($"--format {name}: {Allowed}");
        return false;
    }

    private static readonly (string Name, PopulationFormat Format)[] Names =
        [("native", PopulationFormat.Native), ("ussc", PopulationFormat.Ussc), ("parquet", PopulationFormat.Parquet), ("jsonl", PopulationFormat.JsonLines)];

    /// <summary>The format named by <paramref name="name"/> (any case; <c>csv</c> is native), or null.</summary>
    public static PopulationFormat? Parse(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower == "csv" ? PopulationFormat.Native : Names.FirstOrDefault(n => n.Name == lower) is ({ } _, var format) ? format : null;
    }

    /// <summary>The name --format gives <paramref name="format"/>: native, ussc, parquet or jsonl.</summary>
    public static string Name(PopulationFormat format) => Names.First(n => n.Format == format).Name;

    /// <summary>The format a file's extension suggests: .parquet, .jsonl; anything else native CSV.</summary>
    public static PopulationFormat FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".parquet" => PopulationFormat.Parquet,
        ".jsonl" or ".ndjson" => PopulationFormat.JsonLines,
        _ => PopulationFormat.Native,
    };
}

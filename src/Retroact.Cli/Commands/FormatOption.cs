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

    /// <summary>The format named by <paramref name="name"/>, or null.</summary>
    public static PopulationFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "native" or "csv" => PopulationFormat.Native,
        "ussc" => PopulationFormat.Ussc,
        "parquet" => PopulationFormat.Parquet,
        "jsonl" => PopulationFormat.JsonLines,
        _ => null,
    };

    /// <summary>The format a file's extension suggests: .parquet, .jsonl; anything else native CSV.</summary>
    public static PopulationFormat FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".parquet" => PopulationFormat.Parquet,
        ".jsonl" or ".ndjson" => PopulationFormat.JsonLines,
        _ => PopulationFormat.Native,
    };
}

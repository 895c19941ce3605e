using System.CommandLine;
using Retroact.Population;

namespace Retroact.Cli;

/// <summary>The --format option shared by validate and generate: native, ussc, parquet or jsonl.</summary>
internal static class FormatOption
{
    public static Option<PopulationFormat?> Create(string description) => new("--format")
    {
        Description = description,
        CustomParser = r => Parse(r.Tokens.Single().Value) ?? throw new ArgumentException($"--format {r.Tokens.Single().Value}: expected native, ussc, parquet or jsonl"),
    };

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

using System.CommandLine;
using NodaTime;
using Retroact.Impact;
using Retroact.Impact.Reports;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Population.Synthetic;

namespace Retroact.Cli;

/// <summary>The arguments of <c>impact</c> as given; the numbers are checked by <see cref="ImpactCommand.Prepare"/> (exit 2 with a message).</summary>
internal sealed record ImpactArguments(
    string Amendment,
    string? PopulationFile,
    string? Format,
    string? OrderDate,
    string? GrantRate,
    string? GrantModel,
    string? Draws,
    string? Seed,
    string Out,
    bool Json,
    string? Count,
    string? DecisionsFormat,
    string? ReformDate);

/// <summary>A checked run: the amendment, the requested order date, the discretion draws, the default population's size and the decisions file's format.</summary>
internal sealed record PreparedRun(Amendment Amendment, LocalDate? OrderDate, DiscretionRequest? Discretion, int Count, DecisionsFormat Decisions);

/// <summary>The options of <c>impact</c> (shared with <c>compare</c>).</summary>
internal sealed class ImpactOptions
{
    public Option<string> Amendment { get; } = new("--amendment") { Description = "782, 706, 750, 821A, 821B, another catalog id, or the path of an amendment or reform file.", Required = true };
    public Option<string?> Population { get; } = new("--population") { Description = "A population file; without it, the default synthetic population (docs/population.md)." };
    public Option<string?> Format { get; } = FormatOption.Create("How to read --population: native, ussc, parquet or jsonl (default: from the extension; .csv is native).");
    public Option<string?> OrderDate { get; } = new("--order-date") { Description = "The orders' effective date (yyyy-MM-dd); never before the amendment's earliest order date." };
    public Option<string?> GrantRate { get; } = new("--grant-rate") { Description = "The share of eligible motions courts grant, 0 to 1 (seeded draws)." };
    public Option<string?> GrantModel { get; } = new("--grant-model") { Description = "A grant-model file: rates by limitedBy or by any breakdown (district, criminalHistoryCategory, drug, custody, citizenship, race, ethnicity, sex), e.g. data/grant-models/example.csv (docs/impact.md)." };
    public Option<string?> Draws { get; } = new("--draws") { Description = "How many seeded draws of the grant model (default 200; only with --grant-rate or --grant-model)." };
    public Option<string?> Seed { get; } = new("--seed") { Description = "The seed of the draws (default 1; only with --grant-rate or --grant-model); the same seed gives the same report." };
    public Option<string> Out { get; } = new("--out") { Description = "The output directory.", DefaultValueFactory = _ => "retroact-out" };
    public Option<bool> Json { get; } = new("--json") { Description = "Print report.json instead of the summary table." };
    public Option<string?> DecisionsFormat { get; } = new("--decisions-format") { Description = "csv (default) or parquet: decisions.csv, or decisions.parquet with the same columns typed (docs/impact.md)." };
    public Option<string?> ReformDate { get; } = new("--reform-date")
    {
        Description = "Treat a reform (law/reforms/, or a file with \"status\": \"reform\") as in force, listed in §1B1.10(d) and its orders allowed, from this date (yyyy-MM-dd) instead of its file's hypothetical one. Only a reform's dates move: impact refuses an enacted amendment; compare leaves it as it is.",
    };

    public Option<string?> Count { get; } = new("--count") { Description = $"People in the default population (default {SyntheticPopulation.DefaultCount}; not with --population)." };

    public ImpactArguments Read(ParseResult parse) => new(
        parse.GetValue(Amendment)!,
        parse.GetValue(Population),
        parse.GetValue(Format),
        parse.GetValue(OrderDate),
        parse.GetValue(GrantRate),
        parse.GetValue(GrantModel),
        parse.GetValue(Draws),
        parse.GetValue(Seed),
        parse.GetValue(Out)!,
        parse.GetValue(Json),
        parse.GetValue(Count),
        parse.GetValue(DecisionsFormat),
        parse.GetValue(ReformDate));
}

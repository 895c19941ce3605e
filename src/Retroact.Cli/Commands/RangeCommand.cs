using System.CommandLine;
using System.Globalization;
using NodaTime;
using Retroact.Cli.Output;
using Retroact.Law;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;

namespace Retroact.Cli;

/// <summary><c>retroact range LEVEL CHC [--as-of DATE] [--json]</c>: the Sentencing Table range and zone.</summary>
public static class RangeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var level = new Argument<string>("LEVEL") { Description = "Total offense level, 1 to 43" };
        var category = new Argument<string>("CHC") { Description = "Criminal history category, I to VI" };
        var asOf = new Option<string?>("--as-of") { Description = "Use the Manual edition in force on this date (YYYY-MM-DD); default today" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("range", "The Sentencing Table range and zone for an offense level and criminal history category.");
        command.Arguments.Add(level);
        command.Arguments.Add(category);
        command.Options.Add(asOf);
        command.Options.Add(json);
        command.SetAction(result => Run(
            result.GetValue(level)!,
            result.GetValue(category)!,
            result.GetValue(asOf),
            result.GetValue(json),
            SystemClock.Instance.GetCurrentInstant().InUtc().Date,
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Runs the command; returns 0, or 2 with a message on <paramref name="error"/> for bad input.</summary>
    public static int Run(string levelText, string categoryText, string? asOfText, bool json, LocalDate today, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var law = LawLibrary.Default;
        if (!int.TryParse(levelText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var level) || level is < 1 or > 43)
        {
            error.WriteLine($"range: LEVEL = {levelText}: a whole number from 1 to 43");
            return CliText.BadInput;
        }

        if (!CaseReader.TryParseCategory(categoryText, out var category))
        {
            error.WriteLine($"range: CHC = {categoryText}: one of I, II, III, IV, V, VI");
            return CliText.BadInput;
        }

        var date = today;
        if (asOfText is not null)
        {
            if (CliText.Date(asOfText) is not { } parsed)
            {
                error.WriteLine($"range: --as-of = {asOfText}: an ISO date, YYYY-MM-DD");
                return CliText.BadInput;
            }

            date = parsed;
        }

        if (!law.TryEditionInForce(date, out var edition))
        {
            error.WriteLine($"range: --as-of = {date:yyyy-MM-dd}: {law.NoEditionMessage(date)}");
            return CliText.BadInput;
        }

        var lookup = GuidelineCalculator.Range(edition, level, category);
        output.WriteLine(json
            ? GuidelineJson.Range(level, categoryText, edition, lookup)
            : $"Level {level}, category {categoryText} ({edition.Name}): {lookup.Range}{(lookup.Range.Maximum.IsLife ? "" : " months")}, Zone {lookup.Zone}");
        return 0;
    }
}

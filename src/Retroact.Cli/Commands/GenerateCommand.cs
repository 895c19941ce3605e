using System.CommandLine;
using System.Globalization;
using NodaTime.Text;
using Retroact.Population;
using Retroact.Population.Synthetic;
using Retroact.Population.Writing;

namespace Retroact.Cli;

/// <summary><c>retroact generate --as-of DATE --count N --seed S --out FILE [--format native|parquet|jsonl]</c>.</summary>
public static class GenerateCommand
{
    /// <summary>The command, for <see cref="Commands.Root"/>.</summary>
    public static Command Create()
    {
        var asOf = new Option<string>("--as-of") { Description = "The day the population is in custody (yyyy-MM-dd).", DefaultValueFactory = _ => "2015-10-01" };
        var count = new Option<int>("--count") { Description = "How many people.", DefaultValueFactory = _ => SyntheticPopulation.DefaultCount };
        var seed = new Option<ulong>("--seed") { Description = "The seed; the same seed gives the same file byte for byte.", DefaultValueFactory = _ => SyntheticPopulation.DefaultSeed };
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var format = FormatOption.Create("native, parquet or jsonl (default: from the extension; .csv is native)");
        var command = new Command("generate", "Write a synthetic federal prison population in custody on the as-of date (flow of sentences × survival).")
        {
            asOf, count, seed, output, format,
        };
        command.SetAction(parse => FormatOption.TryResolve(parse.GetValue(format), Console.Error, out var chosen)
            ? Run(parse.GetValue(asOf)!, parse.GetValue(count), parse.GetValue(seed), parse.GetValue(output)!, chosen, Console.Out, Console.Error)
            : 2);
        return command;
    }

    /// <summary>Runs the command; 2 for bad input.</summary>
    public static int Run(string asOfText, int count, ulong seed, string path, PopulationFormat? format, TextWriter output, TextWriter error)
    {
        var parsed = LocalDatePattern.Iso.Parse(asOfText);
        if (!parsed.Success)
        {
            error.WriteLine($"--as-of {asOfText}: not a date; expected yyyy-MM-dd");
            return 2;
        }

        if (count < 0)
        {
            error.WriteLine($"--count {count}: must be 0 or more");
            return 2;
        }

        var chosen = format ?? FormatOption.FromExtension(path);
        if (chosen == PopulationFormat.Ussc)
        {
            error.WriteLine("--format ussc: the USSC layout is read-only; expected native, parquet or jsonl");
            return 2;
        }

        IEnumerable<Law.Cases.Case> people;
        try
        {
            people = SyntheticPopulation.Generate(parsed.Value, count, seed);
        }
        catch (ArgumentOutOfRangeException e)
        {
            error.WriteLine($"--as-of {asOfText}: {e.Message}");
            return 2;
        }

        using (var writer = PopulationWriter.Create(path, chosen))
        {
            foreach (var person in people)
            {
                writer.Write(person);
            }
        }

        output.WriteLine($"wrote {count.ToString(CultureInfo.InvariantCulture)} people in custody on {asOfText} to {path} ({chosen}, seed {seed})");
        return 0;
    }
}

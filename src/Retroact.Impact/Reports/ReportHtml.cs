using System.Globalization;
using System.Text;
using NodaTime;
using Retroact.Impact.Discretion;
using Retroact.Impact.Outcomes;
using Retroact.Law.Retroactivity;
using static Retroact.Impact.Reports.SvgChart;

namespace Retroact.Impact.Reports;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and SVG, no script, no external resource) with a
/// headline summary, the eligibility, reductions, releases, dispositions, savings, discretion and breakdown sections,
/// and the method and sources. Deterministic: the same report gives the same bytes.
/// </summary>
public static class ReportHtml
{
    /// <summary>The <c>id</c> of every section, in page order (<c>discretion</c> only with a grant model).</summary>
    public static IReadOnlyList<string> SectionIds { get; } =
        ["summary", "input", "eligibility", "reductions", "releases", "dispositions", "savings", "discretion", "breakdowns", "method"];

    private const string Style =
        "body{font-family:Georgia,serif;max-width:960px;margin:2em auto;color:#1a202c;line-height:1.45}" +
        "h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:2em}" +
        "table{border-collapse:collapse;margin:.6em 0;font-size:.9em}td,th{border:1px solid #cbd5e0;padding:.25em .6em}" +
        "th{background:#edf2f7;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}" +
        ".cards{display:flex;flex-wrap:wrap;gap:.8em}.card{border:1px solid #cbd5e0;border-radius:6px;padding:.6em 1em;min-width:150px}" +
        ".card b{display:block;font-size:1.5em}.note{color:#4a5568;font-size:.9em}svg.chart{display:block;margin:.6em 0}" +
        "@media print{h2{page-break-after:avoid}svg.chart{page-break-inside:avoid}}";

    /// <summary>Writes the page to <paramref name="stream"/> as UTF-8.</summary>
    public static void Write(ImpactReport report, Stream stream)
    {
        var bytes = new UTF8Encoding(false).GetBytes(ToHtml(report));
        stream.Write(bytes);
    }

    /// <summary>The page as a string.</summary>
    public static string ToHtml(ImpactReport r)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Retroact impact: Amendment ")
            .Append(Escape(r.Amendment)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        h.Append("<h1>Retroactive application of Amendment ").Append(Escape(r.Amendment)).Append(": population impact</h1>\n");
        h.Append("<p class=\"note\">Orders effective ").Append(Date(r.OrderEffectiveDate)).Append(". Population: ")
            .Append(Escape(r.Population)).Append(". ").Append(Escape(r.GrantAssumption)).Append("</p>\n");
        if (r.AmendmentNote is { } note)
        {
            h.Append("<p class=\"note\">").Append(Escape(note)).Append("</p>\n");
        }

        Summary(h, r);
        Input(h, r);
        Eligibility(h, r);
        Reductions(h, r.ReductionMonths);
        Releases(h, r.Releases);
        Dispositions(h, r);
        Savings(h, r);
        if (r.Discretion is { } d)
        {
            Discretion(h, d);
        }

        Breakdowns(h, r.Breakdowns);
        Method(h, r);
        return h.Append("</body></html>\n").ToString();
    }

    private static void Summary(StringBuilder h, ImpactReport r)
    {
        Section(h, "summary", "Headline figures");
        h.Append("<div class=\"cards\">");
        Card(h, "eligible", $"{N(r.Eligible.Count)} ({Pct(r.Eligible.Share)})");
        Card(h, "average cut", $"{r.ReductionMonths.Mean:0.#} months ({r.ReductionMonths.MeanPercent:0.#}%)");
        Card(h, r.Releases.FirstDay is { } first ? $"released on {Date(first)}" : "released on the first day", N(r.Releases.FirstDayCount));
        Card(h, "released within the first year", N(r.Releases.FirstYear));
        Card(h, "to immigration custody in the first week", N(Count(r.Releases.FirstWeekDispositions, "ice-custody")));
        Card(h, "bed-years saved", $"{r.BedYearsSaved:#,0}");
        Card(h, $"custody cost avoided, {FiscalYears(r.DollarsSaved)}", MoneyShort(r.DollarsSaved.Total));
        h.Append("</div>");
        Findings(h, r);
        h.Append("</section>\n");
    }

    /// <summary>The headline in sentences, for pasting into a memo.</summary>
    private static void Findings(StringBuilder h, ImpactReport r)
    {
        var rel = r.Releases;
        h.Append("<p>Of ").Append(N(r.Eligible.Evaluated)).Append(" people evaluated, ");
        if (r.Eligible.Count == 0)
        {
            h.Append("none is eligible for a reduction under Amendment ").Append(Escape(r.Amendment)).Append(". ");
        }
        else
        {
            h.Append(N(r.Eligible.Count)).Append(" (").Append(Pct(r.Eligible.Share)).Append(')').Append(Verb(r.Eligible.Count, " is", " are"))
                .Append(" eligible for a reduction under Amendment ").Append(Escape(r.Amendment))
                .Append(CultureInfo.InvariantCulture, $", with an average cut of {r.ReductionMonths.Mean:0.#} months ({r.ReductionMonths.MeanPercent:0.#}% of the term). ");
        }

        if (rel.FirstDay is { } first)
        {
            var toIce = Count(rel.FirstWeekDispositions, "ice-custody");
            var fromRrc = Count(rel.FirstWeekDispositions, "rrc-release") + Count(rel.FirstWeekDispositions, "home-confinement-release");
            var allToIce = Count(r.Dispositions, "ice-custody");
            h.Append(N(rel.FirstDayCount)).Append(" would leave custody on the first release day, ").Append(Date(first))
                .Append(", and ").Append(N(rel.FirstYear)).Append(" within the first year; of the first week's ")
                .Append(N(rel.FirstWeek.Sum(d => d.Count))).Append(" releases, ").Append(N(toIce)).Append(Verb(toIce, " goes", " go"))
                .Append(" to immigration custody and ").Append(N(fromRrc)).Append(Verb(fromRrc, " leaves", " leave")).Append(" a halfway house or home confinement")
                .Append(" (over all years, ").Append(N(allToIce)).Append(Verb(allToIce, " goes", " go")).Append(" to immigration custody). ");
        }

        if (r.DollarsSaved.ByFiscalYear.Count > 0)
        {
            h.Append("The reductions save ").Append(r.BedYearsSaved.ToString("#,0", CultureInfo.InvariantCulture)).Append(" bed-years, ")
                .Append(MoneyShort(r.DollarsSaved.Total)).Append(" at the Bureau of Prisons' average cost of incarceration (")
                .Append(CostBasis(r.DollarsSaved)).Append(").");
        }

        if (r.Discretion is { } d)
        {
            h.Append(" If courts grant motions as modelled (").Append(Escape(d.Model)).Append("), ").Append(N(Math.Round(d.Granted.Mean, MidpointRounding.AwayFromZero)))
                .Append(" motions are granted (5th–95th percentile ").Append(N(d.Granted.P5)).Append("–").Append(N(d.Granted.P95))
                .Append("), saving ").Append(MoneyShort(d.DollarsSaved.Mean)).Append(" (").Append(MoneyShort(d.DollarsSaved.P5)).Append("–")
                .Append(MoneyShort(d.DollarsSaved.P95)).Append(").");
        }

        h.Append("</p>");
    }

    private static void Input(StringBuilder h, ImpactReport r)
    {
        Section(h, "input", "Input");
        CountTable(h, "", "rows",
        [
            ("read", r.Input.Read),
            ("accepted", r.Input.Accepted),
            ("rejected (see rejects.csv)", r.Input.Rejected),
            ("accepted but not evaluable for this amendment", r.Input.Unevaluable),
            ("results resting on a filled assumption", r.Input.AssumptionsFilled),
        ]);
        h.Append("</section>\n");
    }

    private static void Eligibility(StringBuilder h, ImpactReport r)
    {
        Section(h, "eligibility", "Eligibility under §1B1.10");
        var insufficient = Count(r.IneligibleByReason, EligibilityReason.InsufficientData.Code());
        var unevaluable = r.Input.Unevaluable;
        h.Append("<p>").Append(N(r.Eligible.Count)).Append(" of ").Append(N(r.Eligible.Evaluated))
            .Append(" evaluated cases (").Append(Pct(r.Eligible.Share)).Append(") may have their term reduced.");
        if (insufficient > 0)
        {
            h.Append(' ').Append(N(insufficient)).Append(" of the others ").Append(Verb(insufficient, "is", "are"))
                .Append(" undetermined (").Append(EligibilityReason.InsufficientData.Code())
                .Append("): the record lacks a fact that decides whether the range falls, so they are not found ineligible, nor counted as eligible.");
        }

        if (unevaluable > 0)
        {
            h.Append(' ').Append(N(unevaluable)).Append(" accepted ").Append(Verb(unevaluable, "row was", "rows were"))
                .Append(" not evaluated (").Append(OutcomeReason.UnevaluableCode).Append("): the engine cannot calculate ")
                .Append(Verb(unevaluable, "it", "them")).Append(" without a field this amendment needs.");
        }

        if (insufficient + unevaluable > 0)
        {
            h.Append(" The eligible count lies between ").Append(N(r.Eligible.Count)).Append(" and ")
                .Append(N(r.Eligible.Count + insufficient + unevaluable)).Append('.');
        }

        h.Append("</p>");
        Table(h, ["reason not found eligible", "cases", "meaning", "provision"],
            [.. r.IneligibleByReason.Select(c => (c, Reason: OutcomeReason.Parse(c.Code))).Select(x => new[] { x.c.Code, N(x.c.Count), x.Reason.Meaning, x.Reason.Citation })], firstText: 2);
        h.Append(Rows("ineligible", "Cases not found eligible, by reason", [.. r.IneligibleByReason.Select(c => (c.Code, (decimal)c.Count))], "cases"));
        h.Append("</section>\n");
    }

    private static void Reductions(StringBuilder h, ReductionSummary s)
    {
        Section(h, "reductions", "Reductions");
        h.Append(CultureInfo.InvariantCulture,
            $"<p>Mean cut {s.Mean:0.##} months (median {s.Median:0.##}); {s.MeanPercent:0.##}% of the term on average (median {s.MedianPercent:0.##}%).</p>");
        h.Append(Columns("histogram", "Eligible cases by months cut",
            [.. s.Histogram.Select(b => (b.ToMonths is { } to ? $"{Math.Max(b.FromMonths, 1)}–{to - 1}" : $"{b.FromMonths}+", (decimal)b.Count))], "eligible cases"));
        CountTable(h, "cut", "cases",
        [
            ("none (not found eligible)", s.Bands.None),
            ("under 12 months", s.Bands.Under12),
            ("12 to 23 months", s.Bands.From12To24),
            ("24 to 60 months", s.Bands.From24To60),
            ("over 60 months", s.Bands.Over60),
        ]);
        h.Append("</section>\n");
    }

    private static void Releases(StringBuilder h, ReleaseSummary s)
    {
        Section(h, "releases", "Releases");
        h.Append("<p>").Append(N(s.Total)).Append(" releases are moved by an order. ");
        h.Append(s.FirstDay is { } first
            ? $"The first release day is {Date(first)} ({first.DayOfWeek}), with {N(s.FirstDayCount)} releases; {N(s.Immediate)} people are past their new release date when orders take effect. "
            : "No release is moved. ");
        h.Append(N(s.FirstYear)).Append(" leave within the first year. ")
            .Append(N(s.ReleasedBeforeOrder)).Append(" people whose range falls are out before any order can take effect (their motions are moot: no reduction available), and ")
            .Append(N(s.WithoutReleaseDate)).Append(" eligible cases have no release date planned (no custody data, or custody facts the planner refused: the reason is in the case's note in decisions.csv).</p>");
        CountTable(h, "day", "releases", [.. s.FirstWeek.Select(d => ($"{Date(d.Date)} ({d.Date.DayOfWeek})", d.Count))]);
        h.Append(Columns("releases-by-year", "Releases by calendar year", [.. s.ByYear.Select(y => (y.Year.ToString(CultureInfo.InvariantCulture), (decimal)y.Count))], "releases"));
        if (s.Later > 0)
        {
            h.Append("<p class=\"note\">").Append(N(s.Later)).Append(" releases fall after the 30 years shown.</p>");
        }

        h.Append("</section>\n");
    }

    private static void Dispositions(StringBuilder h, ImpactReport r)
    {
        Section(h, "dispositions", "Where people go");
        var s = r.Releases;
        Table(h, ["disposition", "first day", "first week", "all releases"],
            [.. r.Dispositions.Select(d => new[] { d.Code, N(Count(s.FirstDayDispositions, d.Code)), N(Count(s.FirstWeekDispositions, d.Code)), N(d.Count) })]);
        h.Append(Rows("dispositions", "Releases by disposition", [.. r.Dispositions.Select(d => (d.Code, (decimal)d.Count))], "releases"));
        h.Append("</section>\n");
    }

    private static void Savings(StringBuilder h, ImpactReport r)
    {
        Section(h, "savings", "Savings");
        h.Append("<p>").Append(r.BedYearsSaved.ToString("#,0.#", CultureInfo.InvariantCulture)).Append(" bed-years and ")
            .Append(Money(r.DollarsSaved.Total)).Append(" at the Bureau of Prisons' average annual cost of incarceration (")
            .Append(CostBasis(r.DollarsSaved)).Append("). An average cost overstates what releasing a few people saves in the short run; ")
            .Append("a term reduced from life saves nothing here, as life has no projected release date to save days from.</p>");
        Table(h, ["fiscal year", "days saved", "dollars", "annual cost used", "cost basis", "source"],
            [.. r.DollarsSaved.ByFiscalYear.Select(y => new[]
            {
                $"FY{y.FiscalYear}", N(y.Days), Money(y.Dollars), "$" + y.AnnualCost.ToString("#,0.00", CultureInfo.InvariantCulture),
                y.Basis == "published" ? "published" : $"{y.Basis} from FY{y.CostFiscalYear}", y.Source,
            })], firstText: 4);
        h.Append(Columns("dollars-by-fiscal-year", "Dollars saved by fiscal year",
            [.. r.DollarsSaved.ByFiscalYear.Select(y => ($"FY{y.FiscalYear}", y.Dollars))], "dollars", dollars: true));
        h.Append("</section>\n");
    }

    private static void Discretion(StringBuilder h, DiscretionSummary d)
    {
        Section(h, "discretion", "Judicial discretion");
        h.Append("<p>").Append(Escape(d.Model)).Append("; ").Append(N(d.Draws)).Append(" seeded draws (seed ")
            .Append(d.Seed.ToString(CultureInfo.InvariantCulture)).Append("). The 5th–95th percentile range is the spread of the draws at the modelled ")
            .Append("grant rates: it does not include any uncertainty about the rates themselves.</p>");
        Table(h, ["rule (the first that matches sets the rate)", "grant rate", "eligible motions it set", "source"],
            [.. d.Rules.Select(u => new[] { u.Text, u.Rule.Rate.ToString("0.####", CultureInfo.InvariantCulture), N(u.EligibleMatched), u.Rule.Source })],
            firstText: 3);
        foreach (var unused in d.RulesSettingNoRate)
        {
            h.Append("<p class=\"note\">The rule ").Append(Escape(unused.Text)).Append(" set the rate of no eligible motion: ")
                .Append(RuleUse.NoRateReason).Append(".</p>");
        }

        Table(h, ["figure", "mean", "5th percentile", "95th percentile"],
        [
            Spread("motions granted", d.Granted, Whole),
            Spread("bed-years saved", d.BedYearsSaved, x => x.ToString("#,0.#", CultureInfo.InvariantCulture)),
            Spread("dollars saved", d.DollarsSaved, Money),
            Spread("released within the first year", d.FirstYearReleases, Whole),
        ]);
        h.Append("</section>\n");
    }

    private static string[] Spread(string label, Distribution d, Func<decimal, string> format) =>
        [label, format(d.Mean), format(d.P5), format(d.P95)];

    /// <summary>The most groups a breakdown chart shows (the table shows every group).</summary>
    private const int ChartedGroups = 25;

    private static void Breakdowns(StringBuilder h, IReadOnlyList<BreakdownTable> tables)
    {
        Section(h, "breakdowns", "Who benefits");
        foreach (var t in tables)
        {
            var name = Heading(t.Dimension);
            h.Append("<h3 id=\"breakdown-").Append(t.Dimension).Append("\">By ").Append(Escape(name)).Append("</h3>");
            if (t.Dimension == Dimension.Race.Name())
            {
                h.Append("<p class=\"note\">USSC data record race and Hispanic origin as one variable (white, black and other are non-Hispanic), ")
                    .Append("so a Hispanic person's race is not recorded and falls under unknown in a population read from USSC data or generated from it; ")
                    .Append("see By ethnicity.</p>");
            }

            Table(h, ["group", "cases", "eligible", "share", "mean cut (months)", "released", "first week", "first year", "to ICE", "bed-years saved", "dollars saved"],
                [.. t.Groups.Select(g => new[]
                {
                    g.Key, N(g.Cases), N(g.Eligible), Pct(g.EligibleShare), g.MeanReductionMonths.ToString("0.#", CultureInfo.InvariantCulture),
                    N(g.Releases), N(g.FirstWeekReleases), N(g.FirstYearReleases), N(Count(g.Dispositions, "ice-custody")),
                    g.BedYearsSaved.ToString("#,0.#", CultureInfo.InvariantCulture), Money(g.DollarsSaved),
                })]);
            var shown = t.Groups.Count > ChartedGroups ? $" (the {ChartedGroups} with the most, of {t.Groups.Count})" : "";
            h.Append(Rows($"breakdown-{t.Dimension}", $"Eligible cases by {name}{shown}",
                [.. t.Groups.OrderByDescending(g => g.Eligible).ThenBy(g => g.Key, StringComparer.Ordinal).Take(ChartedGroups).Select(g => (g.Key, (decimal)g.Eligible))],
                "eligible cases"));
            if (shown.Length > 0)
            {
                h.Append("<p class=\"note\">The chart shows the ").Append(ChartedGroups).Append(" groups with the most eligible cases; the table has all ")
                    .Append(t.Groups.Count).Append(".</p>");
            }
        }

        h.Append("</section>\n");
    }

    private static void Method(StringBuilder h, ImpactReport r)
    {
        Section(h, "method", "Method and sources");
        h.Append("<p>Eligibility and the amended range follow USSG §1B1.10 and 18 U.S.C. §3582(c)(2). The reduced term is the ")
            .Append("comparable position in the amended range, the Commission's modelling default, not what a court must do. ")
            .Append("Release dates follow the Bureau of Prisons' computation (18 U.S.C. §3585, §3624(b)); a release falling on a weekend or ")
            .Append("federal holiday moves to the preceding weekday (§3624(a)). A bed-year is 365.25 custody days; dollars price each saved day at ")
            .Append("its fiscal year's average annual cost of incarceration divided by that year's days. Every definition is in docs/impact.md.</p>");
        h.Append("<p class=\"note\">Schema ").Append(ImpactReport.SchemaId).Append(". Cost figures: ")
            .Append(Escape(string.Join("; ", r.DollarsSaved.ByFiscalYear.Select(y => y.Source).Distinct()))).Append(".</p></section>\n");
    }

    private static void Section(StringBuilder h, string id, string title) =>
        h.Append("<section id=\"").Append(id).Append("\"><h2>").Append(Escape(title)).Append("</h2>");

    private static void Card(StringBuilder h, string label, string value) =>
        h.Append("<div class=\"card\"><b>").Append(Escape(value)).Append("</b>").Append(Escape(label)).Append("</div>");

    /// <summary>A two-column table of labels and counts.</summary>
    private static void CountTable(StringBuilder h, string labelHeader, string countHeader, IEnumerable<(string Label, long Count)> rows) =>
        Table(h, [labelHeader, countHeader], rows.Select(row => new[] { row.Label, N(row.Count) }));

    /// <summary>A table whose first column labels the row; the columns before <paramref name="firstText"/> hold figures (right-aligned), those from it on text.</summary>
    private static void Table(StringBuilder h, string[] header, IEnumerable<string[]> rows, int firstText = int.MaxValue)
    {
        h.Append("<table><thead><tr>");
        foreach (var cell in header)
        {
            h.Append("<th>").Append(Escape(cell)).Append("</th>");
        }

        h.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            h.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                h.Append(i == 0 || i >= firstText ? "<td>" : "<td class=\"n\">").Append(Escape(row[i])).Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table>");
    }

    private static long Count(IReadOnlyList<CodeCount> counts, string code) => counts.FirstOrDefault(c => c.Code == code)?.Count ?? 0;

    private static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string N(decimal n) => n.ToString("#,0.#", CultureInfo.InvariantCulture);

    private static string Pct(decimal share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The verb agreeing with a count: 1 goes, 2 go.</summary>
    private static string Verb(long count, string singular, string plural) => count == 1 ? singular : plural;

    private static string Whole(decimal n) => N(Math.Round(n, MidpointRounding.AwayFromZero));

    private static string Money(decimal dollars) => "$" + dollars.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Dollars for a sentence: $2.94 billion, $412.5 million, $107,336.</summary>
    internal static string MoneyShort(decimal dollars) => Math.Abs(dollars) switch
    {
        >= 1_000_000_000m => "$" + (dollars / 1_000_000_000m).ToString("0.00", CultureInfo.InvariantCulture) + " billion",
        >= 1_000_000m => "$" + (dollars / 1_000_000m).ToString("0.0", CultureInfo.InvariantCulture) + " million",
        _ => Money(dollars),
    };

    /// <summary>The fiscal years the savings fall in, e.g. FY2016–FY2048.</summary>
    private static string FiscalYears(DollarSummary dollars) =>
        dollars.ByFiscalYear.Count == 0 ? "no days saved"
        : dollars.ByFiscalYear.Count == 1 ? $"FY{dollars.ByFiscalYear[0].FiscalYear}"
        : $"FY{dollars.ByFiscalYear[0].FiscalYear}–FY{dollars.ByFiscalYear[^1].FiscalYear}";

    /// <summary>How the dollars were priced, for the sentence that states them.</summary>
    private static string CostBasis(DollarSummary dollars)
    {
        var carried = dollars.ByFiscalYear.Count(y => y.Basis != "published");
        var text = $"{FiscalYears(dollars)} at each fiscal year's cost, not discounted";
        return carried == 0 ? text : $"{text}; {carried} of those years carry the nearest published cost over";
    }

    /// <summary>A breakdown dimension's name as a heading: criminalHistoryCategory → criminal history category.</summary>
    private static string Heading(string dimension) =>
        string.Concat(dimension.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private static string Date(LocalDate date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Net;
using System.Text;

namespace Retroact.Impact.Reports;

/// <summary>Inline SVG bar charts for the HTML report: plain shapes and text, no script, no external file.</summary>
public static class SvgChart
{
    private const int Width = 720;

    /// <summary>
    /// A vertical bar chart of <paramref name="bars"/> (label, value) on an axis of round steps (1, 2, 2.5 or 5 times a
    /// power of ten) titled <paramref name="axisTitle"/>; each bar's exact value is in its tooltip.
    /// <paramref name="name"/> goes into <c>data-chart</c>, <paramref name="title"/> into the accessible title;
    /// <paramref name="dollars"/> writes values as whole dollars.
    /// </summary>
    public static string Columns(string name, string title, IReadOnlyList<(string Label, decimal Value)> bars, string axisTitle, bool dollars = false)
    {
        const int height = 260, left = 64, bottom = 40, top = 24;
        var step = AxisStep(bars.Count == 0 ? 0m : bars.Max(b => b.Value));
        var max = step * Math.Max(1m, Math.Ceiling((bars.Count == 0 ? 0m : bars.Max(b => b.Value)) / step));
        var slot = bars.Count == 0 ? 0 : (Width - left - 8) / (double)bars.Count;
        var plot = height - top - bottom;
        var labelEvery = Math.Max(1, (bars.Count + 11) / 12);
        var svg = Open(name, title, height);
        Axis(svg, left, top, plot, max, step, axisTitle, dollars);
        for (var i = 0; i < bars.Count; i++)
        {
            var h = (double)(bars[i].Value / max) * plot;
            var x = left + (i * slot) + (slot * 0.1);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{top + plot - h:0.#}\" width=\"{slot * 0.8:0.#}\" height=\"{h:0.#}\" fill=\"#2b6cb0\"><title>{Escape(bars[i].Label)}: {Value(bars[i].Value, dollars)}</title></rect>");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (slot * 0.4):0.#}\" y=\"{height - bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{Escape(bars[i].Label)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A horizontal bar chart, one labelled row per bar, the value at the end of each bar, what the values count (<paramref name="axisTitle"/>) above them.</summary>
    public static string Rows(string name, string title, IReadOnlyList<(string Label, decimal Value)> bars, string axisTitle)
    {
        const int left = 190, row = 20, top = 22;
        var height = top + (row * Math.Max(1, bars.Count)) + 8;
        var max = Math.Max(1m, bars.Count == 0 ? 1m : bars.Max(b => b.Value));
        var svg = Open(name, title, height);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{top - 8}\" font-size=\"11\" fill=\"#4a5568\">{Escape(axisTitle)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var w = (double)(bars[i].Value / max) * (Width - left - 90);
            var y = top + (i * row);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">{Escape(bars[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{row - 6}\" fill=\"#2f855a\"><title>{Escape(bars[i].Label)}: {Value(bars[i].Value, false)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + w + 4:0.#}\" y=\"{y + 14}\" font-size=\"12\">{Value(bars[i].Value, false)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string name, string title, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" data-chart=\"{Escape(name)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\"><title>{Escape(title)}</title>");

    /// <summary>
    /// The step between an axis's ticks: the smallest of 1, 2, 2.5 and 5 times a power of ten (never below 1) that
    /// reaches <paramref name="max"/> in at most four steps.
    /// </summary>
    public static decimal AxisStep(decimal max)
    {
        var step = 1m;
        while (step * 4 < max)
        {
            step = NextRound(step);
        }

        return step;
    }

    /// <summary>The round step after <paramref name="step"/>: 1 → 2 → 2.5 → 5 → 10 → 20 → …</summary>
    private static decimal NextRound(decimal step)
    {
        var power = 1m;
        while (power * 10 <= step)
        {
            power *= 10;
        }

        return (step / power) switch
        {
            < 2m => 2 * power,
            < 2.5m => 2.5m * power,
            < 5m => 5 * power,
            _ => 10 * power,
        };
    }

    private static string Value(decimal value, bool dollars) =>
        dollars ? "$" + value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static void Axis(StringBuilder svg, int left, int top, int plot, decimal max, decimal step, string title, bool dollars)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{top - 10}\" font-size=\"11\" fill=\"#4a5568\">{Escape(title)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plot}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plot}\" x2=\"{Width - 8}\" y2=\"{top + plot}\" stroke=\"#555\"/>");
        for (var tick = 0m; tick <= max; tick += step)
        {
            var y = top + plot - (double)(tick / max) * plot;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{y + 4:0.#}\" font-size=\"10\" text-anchor=\"end\">{(dollars ? "$" : "")}{Compact(tick, max)}</text>");
        }
    }

    /// <summary>
    /// An axis label short enough for the margin, in the unit of the axis's top <paramref name="scale"/> so that every
    /// label of one axis reads alike: 950 (under 10,000), 12.5K, 4.5M, 2.8B; zero is 0.
    /// </summary>
    public static string Compact(decimal value, decimal scale) => value == 0 ? "0" : Math.Abs(scale) switch
    {
        >= 1_000_000_000m => (value / 1_000_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "B",
        >= 1_000_000m => (value / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 10_000m => (value / 1_000m).ToString("0.##", CultureInfo.InvariantCulture) + "K",
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>Escapes text for HTML and SVG.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}

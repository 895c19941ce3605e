using System.Globalization;
using System.Net;
using System.Text;

namespace Retroact.Impact.Reports;

/// <summary>Inline SVG bar charts for the HTML report: plain shapes and text, no script, no external file.</summary>
public static class SvgChart
{
    private const int Width = 720;

    /// <summary>
    /// A vertical bar chart of <paramref name="bars"/> (label, value), with the value over each bar when there is room.
    /// <paramref name="name"/> goes into <c>data-chart</c>, <paramref name="title"/> into the accessible title.
    /// </summary>
    public static string Columns(string name, string title, IReadOnlyList<(string Label, decimal Value)> bars)
    {
        const int height = 260, left = 56, bottom = 40, top = 16;
        var max = Math.Max(1m, bars.Count == 0 ? 1m : bars.Max(b => b.Value));
        var slot = bars.Count == 0 ? 0 : (Width - left - 8) / (double)bars.Count;
        var plot = height - top - bottom;
        var labelEvery = Math.Max(1, (bars.Count + 11) / 12);
        var svg = Open(name, title, height);
        Axis(svg, left, top, plot, max);
        for (var i = 0; i < bars.Count; i++)
        {
            var h = (double)(bars[i].Value / max) * plot;
            var x = left + (i * slot) + (slot * 0.1);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{top + plot - h:0.#}\" width=\"{slot * 0.8:0.#}\" height=\"{h:0.#}\" fill=\"#2b6cb0\"><title>{Escape(bars[i].Label)}: {bars[i].Value:#,0.##}</title></rect>");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (slot * 0.4):0.#}\" y=\"{height - bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{Escape(bars[i].Label)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A horizontal bar chart, one labelled row per bar, the value at the end of each bar.</summary>
    public static string Rows(string name, string title, IReadOnlyList<(string Label, decimal Value)> bars)
    {
        const int left = 190, row = 20, top = 8;
        var height = top + (row * Math.Max(1, bars.Count)) + 8;
        var max = Math.Max(1m, bars.Count == 0 ? 1m : bars.Max(b => b.Value));
        var svg = Open(name, title, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var w = (double)(bars[i].Value / max) * (Width - left - 90);
            var y = top + (i * row);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">{Escape(bars[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{row - 6}\" fill=\"#2f855a\"><title>{Escape(bars[i].Label)}: {bars[i].Value:#,0.##}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + w + 4:0.#}\" y=\"{y + 14}\" font-size=\"12\">{bars[i].Value:#,0.##}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string name, string title, int height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" data-chart=\"{Escape(name)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\"><title>{Escape(title)}</title>");

    private static void Axis(StringBuilder svg, int left, int top, int plot, decimal max)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plot}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plot}\" x2=\"{Width - 8}\" y2=\"{top + plot}\" stroke=\"#555\"/>");
        foreach (var fraction in new[] { 0m, 0.5m, 1m })
        {
            var y = top + plot - (double)fraction * plot;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{y + 4:0.#}\" font-size=\"10\" text-anchor=\"end\">{Compact(max * fraction)}</text>");
        }
    }

    /// <summary>An axis label short enough for the margin: 950, 12.3K, 4.5M, 2.8B.</summary>
    public static string Compact(decimal value) => Math.Abs(value) switch
    {
        >= 1_000_000_000m => (value / 1_000_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "B",
        >= 1_000_000m => (value / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 10_000m => (value / 1_000m).ToString("0.#", CultureInfo.InvariantCulture) + "K",
        _ => value.ToString("#,0.#", CultureInfo.InvariantCulture),
    };

    /// <summary>Escapes text for HTML and SVG.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}

using System.Globalization;
using System.Text;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Reports;

/// <summary>
/// Writes <c>decisions.csv</c>: one row per accepted case, the decision and the release plan without the trace, plus
/// the breakdown values, so every count of the report can be re-derived from it. Columns in <c>docs/impact.md</c>.
/// Streams: rows go out as they are written, nothing is held. Not thread-safe.
/// </summary>
public sealed class DecisionsCsvWriter : IDisposable
{
    /// <summary>The header line.</summary>
    public static readonly string Header = string.Join(',',
    [
        "id", "reason", "eligible", "termMonths", "life", "reducedTermMonths", "limitedBy",
        "originalMinMonths", "originalMaxMonths", "amendedMinMonths", "amendedMaxMonths", "orderEffectiveDate",
        "projectedReleaseDate", "newProjectedReleaseDate", "releaseDate", "immediateRelease", "releasedBeforeOrder",
        "disposition", "supervisedReleaseStart", "goodConductTimeDays", "savedDays", "assumptionsFilled",
        .. Dimensions.All.Select(d => d.Name()), "note",
    ]);

    private readonly TextWriter _out;
    private readonly BreakdownCodes _codes;
    private readonly char[] _buffer = new char[32];

    /// <summary>Starts a file on <paramref name="stream"/> (UTF-8, no BOM, \n line ends) and writes the header.</summary>
    public DecisionsCsvWriter(Stream stream, BreakdownCodes codes)
    {
        _out = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _codes = codes;
        _out.WriteLine(Header);
    }

    /// <summary>Writes one case; <paramref name="note"/> says why an unevaluable case could not be evaluated.</summary>
    public void Write(string id, in CaseOutcome o, in DecisionDetail d, string? note = null)
    {
        Text(id);
        Text(o.Reason.Code());
        Bool(o.Eligible);
        Number(o.TermMonths);
        Bool(o.Has(OutcomeFlags.Life));
        Number(o.Eligible ? o.ReducedTermMonths : -1);
        Text(o.Eligible ? o.LimitedBy.Code() : "");
        Number(d.OriginalMinMonths);
        Number(d.OriginalMaxMonths);
        Number(d.AmendedMinMonths);
        Number(d.AmendedMaxMonths);
        Date(d.OrderEffectiveDay);
        Date(o.OriginalReleaseDay);
        Date(d.NewProjectedReleaseDay);
        Date(o.ReleaseDay);
        Bool(o.Has(OutcomeFlags.ImmediateRelease));
        Bool(o.Has(OutcomeFlags.ReleasedBeforeOrder));
        Text(o.Disposition == ReleaseDisposition.None ? "" : o.Disposition.Code());
        Date(d.SupervisedReleaseStartDay);
        Number(d.GoodConductTimeDays);
        Number(o.SavedDays);
        Bool(o.Has(OutcomeFlags.AssumptionsFilled));
        for (var i = 0; i < Dimensions.Count; i++)
        {
            Text(_codes[(Dimension)i].Name(o.Keys[i]));
        }

        Quoted(note ?? "");
        _out.Write('\n');
    }

    private void Text(string value)
    {
        Quoted(value);
        _out.Write(',');
    }

    private void Quoted(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            _out.Write(value);
            return;
        }

        _out.Write('"');
        _out.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _out.Write('"');
    }

    private void Bool(bool value) => _out.Write(value ? "true," : "false,");

    private void Number(int value)
    {
        if (value < 0)
        {
            _out.Write(',');
            return;
        }

        value.TryFormat(_buffer, out var n, default, CultureInfo.InvariantCulture);
        _out.Write(_buffer, 0, n);
        _out.Write(',');
    }

    private void Date(int dayNumber)
    {
        if (dayNumber == DayNumber.None)
        {
            _out.Write(',');
            return;
        }

        DateOnly.FromDayNumber(dayNumber).TryFormat(_buffer, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _out.Write(_buffer, 0, n);
        _out.Write(',');
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose() => _out.Dispose();
}

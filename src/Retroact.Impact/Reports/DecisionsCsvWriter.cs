using System.Text;
using Retroact.Impact.Outcomes;

namespace Retroact.Impact.Reports;

/// <summary>
/// Writes <c>decisions.csv</c>: one row per accepted case, the decision and the release plan without the trace, plus
/// the breakdown values and a note, so every count of the report can be re-derived from it. Columns in
/// <c>docs/impact.md</c>. Rows are formatted as UTF-8 into a <see cref="Utf8RowBuffer"/> — by <see cref="Format"/> on
/// any thread — and appended in order with <see cref="Append"/>; <see cref="Write"/> does both. Streams: nothing is held
/// beyond the buffer. The writer itself is not thread-safe.
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

    private static readonly byte[][] ReasonFields = [.. OutcomeReason.All.Select(r => Utf8RowBuffer.Field(r.Code))];
    private static readonly byte[][] FloorFields = [.. Enum.GetValues<LimitingFloor>().Select(f => Utf8RowBuffer.Field(f.Code()))];
    private static readonly byte[][] DispositionFields =
        [.. Enum.GetValues<ReleaseDisposition>().Select(d => d == ReleaseDisposition.None ? [] : Utf8RowBuffer.Field(d.Code()))];

    private readonly Stream _out;
    private readonly BreakdownCodes _codes;
    private readonly Utf8RowBuffer _buffer = new();

    /// <summary>Starts a file on <paramref name="stream"/> (UTF-8, no BOM, \n line ends) and writes the header. The writer does not close the stream.</summary>
    public DecisionsCsvWriter(Stream stream, BreakdownCodes codes)
    {
        _out = stream;
        _codes = codes;
        _out.Write(Encoding.UTF8.GetBytes(Header + "\n"));
    }

    /// <summary>Formats and writes one case; <paramref name="note"/> says why a case could not be evaluated or planned.</summary>
    public void Write(string id, in CaseOutcome o, in DecisionDetail d, string? note = null)
    {
        Format(_buffer, _codes, id, in o, in d, note);
        if (_buffer.Length >= 1 << 16)
        {
            Flush();
        }
    }

    /// <summary>Appends rows formatted elsewhere by <see cref="Format"/>, in order.</summary>
    public void Append(Utf8RowBuffer rows)
    {
        Flush();
        _out.Write(rows.Written);
    }

    /// <summary>Formats one row into <paramref name="buffer"/>; safe on any thread with its own buffer.</summary>
    public static void Format(Utf8RowBuffer buffer, BreakdownCodes codes, string id, in CaseOutcome o, in DecisionDetail d, string? note)
    {
        buffer.Text(id);
        buffer.Char(',');
        buffer.Raw(ReasonFields[o.Reason.Index]);
        buffer.Char(',');
        Bool(buffer, o.Eligible);
        Number(buffer, o.TermMonths);
        Bool(buffer, o.Has(OutcomeFlags.Life));
        Number(buffer, o.Eligible ? o.ReducedTermMonths : -1);
        if (o.Eligible)
        {
            buffer.Raw(FloorFields[(int)o.LimitedBy]);
        }

        buffer.Char(',');
        Number(buffer, d.OriginalMinMonths);
        Number(buffer, d.OriginalMaxMonths);
        Number(buffer, d.AmendedMinMonths);
        Number(buffer, d.AmendedMaxMonths);
        Date(buffer, d.OrderEffectiveDay);
        Date(buffer, o.OriginalReleaseDay);
        Date(buffer, d.NewProjectedReleaseDay);
        Date(buffer, o.ReleaseDay);
        Bool(buffer, o.Has(OutcomeFlags.ImmediateRelease));
        Bool(buffer, o.Has(OutcomeFlags.ReleasedBeforeOrder));
        buffer.Raw(DispositionFields[(int)o.Disposition]);
        buffer.Char(',');
        Date(buffer, d.SupervisedReleaseStartDay);
        Number(buffer, d.GoodConductTimeDays);
        Number(buffer, o.SavedDays);
        Bool(buffer, o.Has(OutcomeFlags.AssumptionsFilled));
        for (var i = 0; i < Dimensions.Count; i++)
        {
            buffer.Raw(codes[(Dimension)i].Utf8Field(o.Keys[i]));
            buffer.Char(',');
        }

        if (note is not null)
        {
            buffer.Text(note);
        }

        buffer.Char('\n');
    }

    private static void Bool(Utf8RowBuffer buffer, bool value) => buffer.Raw(value ? "true,"u8 : "false,"u8);

    private static void Number(Utf8RowBuffer buffer, int value)
    {
        if (value >= 0)
        {
            buffer.Number(value);
        }

        buffer.Char(',');
    }

    private static void Date(Utf8RowBuffer buffer, int dayNumber)
    {
        if (dayNumber != DayNumber.None)
        {
            buffer.Date(dayNumber);
        }

        buffer.Char(',');
    }

    private void Flush()
    {
        _out.Write(_buffer.Written);
        _buffer.Clear();
    }

    /// <summary>Writes what is buffered; the stream stays open.</summary>
    public void Dispose() => Flush();
}

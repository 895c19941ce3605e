using System.Runtime.CompilerServices;
using System.Text;
using Retroact.Custody.Computation;
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

    // The fixed fields after the id: 21 of them, none longer than 31 bytes with its comma (codes, numbers of 11, dates of 10).
    private const int FixedFieldsBound = 2 + 21 * 32;

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
        var breakdownBytes = 0;
        for (var i = 0; i < Dimensions.Count; i++)
        {
            breakdownBytes += codes[(Dimension)i].Utf8Field(o.Keys[i]).Length + 1;
        }

        var row = buffer.Begin(Utf8Fields.TextBound(id.Length) + FixedFieldsBound + breakdownBytes + Utf8Fields.TextBound(note?.Length ?? 0) + 1);
        row.Text(id);
        row.Char(',');
        row.Raw(ReasonFields[o.Reason.Index]);
        row.Char(',');
        Bool(ref row, o.Eligible);
        Number(ref row, o.TermMonths);
        Bool(ref row, o.Has(OutcomeFlags.Life));
        Number(ref row, o.Eligible ? o.ReducedTermMonths : -1);
        if (o.Eligible)
        {
            row.Raw(FloorFields[(int)o.LimitedBy]);
        }

        row.Char(',');
        Number(ref row, d.OriginalMinMonths);
        Number(ref row, d.OriginalMaxMonths);
        Number(ref row, d.AmendedMinMonths);
        Number(ref row, d.AmendedMaxMonths);
        Date(ref row, d.OrderEffectiveDay);
        Date(ref row, o.OriginalReleaseDay);
        Date(ref row, d.NewProjectedReleaseDay);
        Date(ref row, o.ReleaseDay);
        Bool(ref row, o.Has(OutcomeFlags.ImmediateRelease));
        Bool(ref row, o.Has(OutcomeFlags.ReleasedBeforeOrder));
        row.Raw(DispositionFields[(int)o.Disposition]);
        row.Char(',');
        Date(ref row, d.SupervisedReleaseStartDay);
        Number(ref row, d.GoodConductTimeDays);
        Number(ref row, o.SavedDays);
        Bool(ref row, o.Has(OutcomeFlags.AssumptionsFilled));
        for (var i = 0; i < Dimensions.Count; i++)
        {
            row.Raw(codes[(Dimension)i].Utf8Field(o.Keys[i]));
            row.Char(',');
        }

        if (note is not null)
        {
            row.Text(note);
        }

        row.Char('\n');
        row.End();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Bool(ref Utf8Fields row, bool value) => row.Raw(value ? "true,"u8 : "false,"u8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Number(ref Utf8Fields row, int value)
    {
        if (value >= 0)
        {
            row.Number(value);
        }

        row.Char(',');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Date(ref Utf8Fields row, int dayNumber)
    {
        if (dayNumber != DayNumbers.None)
        {
            row.Date(dayNumber);
        }

        row.Char(',');
    }

    private void Flush()
    {
        _out.Write(_buffer.Written);
        _buffer.Clear();
    }

    /// <summary>Writes what is buffered; the stream stays open.</summary>
    public void Dispose() => Flush();
}

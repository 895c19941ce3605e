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

    private static readonly CsvField[] ReasonFields = [.. OutcomeReason.All.Select(r => CsvField.Of(r.Code))];
    private static readonly CsvField[] FloorFields = [.. Enum.GetValues<LimitingFloor>().Select(f => CsvField.Of(f.Code()))];
    private static readonly CsvField[] DispositionFields =
        [.. Enum.GetValues<ReleaseDisposition>().Select(d => d == ReleaseDisposition.None ? CsvField.Empty : CsvField.Of(d.Code()))];
    private static readonly CsvField True = CsvField.Of("true"), False = CsvField.Of("false");

    // The fixed fields after the id: 21 of them, none longer than 31 bytes with its comma (codes, numbers of 11, dates of 10).
    // Room for a row also keeps Utf8Fields.Slack bytes past its end, which a CsvField's one copy may write into.
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
        var room = buffer.Begin(Utf8Fields.TextBound(id.Length) + FixedFieldsBound + codes.LongestRowFields
            + Utf8Fields.TextBound(note?.Length ?? 0) + 1 + Utf8Fields.Slack);
        var at = Utf8Fields.Text(room, 0, id);
        room[at++] = (byte)',';
        at = ReasonFields[o.Reason.Index].WriteTo(room, at);
        at = Bool(room, at, o.Eligible);
        at = Number(room, at, o.TermMonths);
        at = Bool(room, at, o.Has(OutcomeFlags.Life));
        at = Number(room, at, o.Eligible ? o.ReducedTermMonths : -1);
        at = (o.Eligible ? FloorFields[(int)o.LimitedBy] : CsvField.Empty).WriteTo(room, at);
        at = Number(room, at, d.OriginalMinMonths);
        at = Number(room, at, d.OriginalMaxMonths);
        at = Number(room, at, d.AmendedMinMonths);
        at = Number(room, at, d.AmendedMaxMonths);
        at = Date(room, at, d.OrderEffectiveDay);
        at = Date(room, at, o.OriginalReleaseDay);
        at = Date(room, at, d.NewProjectedReleaseDay);
        at = Date(room, at, o.ReleaseDay);
        at = Bool(room, at, o.Has(OutcomeFlags.ImmediateRelease));
        at = Bool(room, at, o.Has(OutcomeFlags.ReleasedBeforeOrder));
        at = DispositionFields[(int)o.Disposition].WriteTo(room, at);
        at = Date(room, at, d.SupervisedReleaseStartDay);
        at = Number(room, at, d.GoodConductTimeDays);
        at = Number(room, at, o.SavedDays);
        at = Bool(room, at, o.Has(OutcomeFlags.AssumptionsFilled));
        for (var i = 0; i < Dimensions.Count; i++)
        {
            at = codes[(Dimension)i].Field(o.Keys[i]).WriteTo(room, at);
        }

        if (note is not null)
        {
            at = Utf8Fields.Text(room, at, note);
        }

        room[at++] = (byte)'\n';
        buffer.Advance(at);
    }

    // The helpers below write one field and its comma and return the position after them; an absent value (negative
    // number, no date) leaves the field empty.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bool(Span<byte> room, int at, bool value) => (value ? True : False).WriteTo(room, at);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Number(Span<byte> room, int at, int value)
    {
        if (value >= 0)
        {
            at = Utf8Fields.Number(room, at, value);
        }

        room[at] = (byte)',';
        return at + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Date(Span<byte> room, int at, int dayNumber)
    {
        if (dayNumber != DayNumbers.None)
        {
            at = Utf8Fields.Date(room, at, dayNumber);
        }

        room[at] = (byte)',';
        return at + 1;
    }

    private void Flush()
    {
        _out.Write(_buffer.Written);
        _buffer.Clear();
    }

    /// <summary>Writes what is buffered; the stream stays open.</summary>
    public void Dispose() => Flush();
}

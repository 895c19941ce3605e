using Retroact.Custody.Computation;
using Retroact.Impact.Outcomes;
using Retroact.Population.ParquetFiles;

namespace Retroact.Impact.Reports;

/// <summary>
/// Writes <c>decisions.parquet</c>: the columns of <c>decisions.csv</c> (<see cref="DecisionsCsvWriter.Header"/>, same names,
/// same order, same values), typed: whole numbers as 32-bit integers, dates as Parquet dates, flags as booleans, codes
/// and breakdown values as text; a field <c>decisions.csv</c> leaves empty is null. Rows are gathered into row groups of
/// <see cref="RowGroupRows"/> (<see cref="ParquetRows"/>); <see cref="Dispose"/> writes the last one and the footer. Not thread-safe.
/// </summary>
public sealed class DecisionsParquetWriter : IDisposable
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupRows = 100_000;

    private readonly BreakdownCodes _codes;
    private readonly IDecisionColumn[] _columns;
    private readonly ParquetRows _rows;

    /// <summary>Starts a file on <paramref name="stream"/>; the writer does not close the stream.</summary>
    public DecisionsParquetWriter(Stream stream, BreakdownCodes codes)
    {
        _codes = codes;
        _columns =
        [
            new Text("id", (id, _, _, _) => id),
            new Text("reason", (_, o, _, _) => o.Reason.Code),
            new Value<bool>("eligible", (in CaseOutcome o, in DecisionDetail _) => o.Eligible),
            new Value<int>("termMonths", (in CaseOutcome o, in DecisionDetail _) => o.TermMonths),
            new Value<bool>("life", (in CaseOutcome o, in DecisionDetail _) => o.Has(OutcomeFlags.Life)),
            new Value<int?>("reducedTermMonths", (in CaseOutcome o, in DecisionDetail _) => o.Eligible ? Count(o.ReducedTermMonths) : null),
            new Text("limitedBy", (_, o, _, _) => o.Eligible ? o.LimitedBy.Code() : null),
            new Value<int?>("originalMinMonths", (in CaseOutcome _, in DecisionDetail d) => Count(d.OriginalMinMonths)),
            new Value<int?>("originalMaxMonths", (in CaseOutcome _, in DecisionDetail d) => Count(d.OriginalMaxMonths)),
            new Value<int?>("amendedMinMonths", (in CaseOutcome _, in DecisionDetail d) => Count(d.AmendedMinMonths)),
            new Value<int?>("amendedMaxMonths", (in CaseOutcome _, in DecisionDetail d) => Count(d.AmendedMaxMonths)),
            new Value<DateOnly?>("orderEffectiveDate", (in CaseOutcome _, in DecisionDetail d) => Date(d.OrderEffectiveDay)),
            new Value<DateOnly?>("projectedReleaseDate", (in CaseOutcome o, in DecisionDetail _) => Date(o.OriginalReleaseDay)),
            new Value<DateOnly?>("newProjectedReleaseDate", (in CaseOutcome _, in DecisionDetail d) => Date(d.NewProjectedReleaseDay)),
            new Value<DateOnly?>("releaseDate", (in CaseOutcome o, in DecisionDetail _) => Date(o.ReleaseDay)),
            new Value<bool>("immediateRelease", (in CaseOutcome o, in DecisionDetail _) => o.Has(OutcomeFlags.ImmediateRelease)),
            new Value<bool>("releasedBeforeOrder", (in CaseOutcome o, in DecisionDetail _) => o.Has(OutcomeFlags.ReleasedBeforeOrder)),
            new Text("disposition", (_, o, _, _) => o.Disposition == ReleaseDisposition.None ? null : o.Disposition.Code()),
            new Value<DateOnly?>("supervisedReleaseStart", (in CaseOutcome _, in DecisionDetail d) => Date(d.SupervisedReleaseStartDay)),
            new Value<int?>("goodConductTimeDays", (in CaseOutcome _, in DecisionDetail d) => Count(d.GoodConductTimeDays)),
            new Value<int>("savedDays", (in CaseOutcome o, in DecisionDetail _) => o.SavedDays),
            new Value<bool>("assumptionsFilled", (in CaseOutcome o, in DecisionDetail _) => o.Has(OutcomeFlags.AssumptionsFilled)),
            .. Dimensions.All.Select(dimension => new Text(dimension.Name(), (_, o, _, _) => _codes[dimension].Name(o.Keys[(int)dimension]))),
            new Text("note", (_, _, _, note) => string.IsNullOrEmpty(note) ? null : note),
        ];
        _rows = new ParquetRows(stream, [.. _columns.Select(c => c.Column)], RowGroupRows);
    }

    /// <summary>Adds one case's row (see <see cref="DecisionsCsvWriter.Write"/>); a row group is written every <see cref="RowGroupRows"/> rows.</summary>
    public void Write(string id, in CaseOutcome o, in DecisionDetail d, string? note = null)
    {
        foreach (var column in _columns)
        {
            column.Add(_rows.Row, id, in o, in d, note);
        }

        _rows.EndRow();
    }

    /// <summary>Writes the last row group and the footer; the stream stays open.</summary>
    public void Dispose() => _rows.Dispose();

    /// <summary>A count of months or days as <c>decisions.csv</c> writes it: empty (null) when negative, the "none" of its row.</summary>
    private static int? Count(int value) => value >= 0 ? value : null;

    private static DateOnly? Date(int dayNumber) => dayNumber == DayNumbers.None ? null : DateOnly.FromDayNumber(dayNumber);

    /// <summary>One column and how a row's value for it is found.</summary>
    private interface IDecisionColumn
    {
        ParquetColumn Column { get; }

        void Add(int row, string id, in CaseOutcome o, in DecisionDetail d, string? note);
    }

    private delegate string? TextOf(string id, CaseOutcome o, DecisionDetail d, string? note);

    private delegate T ValueOf<T>(in CaseOutcome o, in DecisionDetail d);

    /// <summary>A text column (null where the CSV field is empty).</summary>
    private sealed class Text(string name, TextOf of) : IDecisionColumn
    {
        private readonly TextColumn _column = new(name, RowGroupRows);

        public ParquetColumn Column => _column;

        public void Add(int row, string id, in CaseOutcome o, in DecisionDetail d, string? note) => _column.Set(row, of(id, o, d, note));
    }

    /// <summary>A column of values (<typeparamref name="T"/> nullable where the CSV field can be empty).</summary>
    private sealed class Value<T>(string name, ValueOf<T> of) : IDecisionColumn
    {
        private readonly ValueColumn<T> _column = new(name, RowGroupRows);

        public ParquetColumn Column => _column;

        public void Add(int row, string id, in CaseOutcome o, in DecisionDetail d, string? note) => _column.Set(row, of(in o, in d));
    }
}

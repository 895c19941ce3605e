using NodaTime;
using Retroact.Custody.Computation;
using Retroact.Custody.Release;
using Retroact.Custody.Validation;
using Retroact.Impact.Costs;
using Retroact.Impact.Outcomes;
using Retroact.Impact.Reports;
using Retroact.Law.Calculation;
using Retroact.Law.Cases;
using Retroact.Law.Retroactivity;
using Retroact.Law.Retroactivity.Amendments;
using Retroact.Law.Tracing;
using Retroact.Population.Reading;
using Retroact.Population.Records;

namespace Retroact.Impact.Pipeline;

/// <summary>
/// The whole impact run: streams population records in batches; the worker that takes a batch (one per core) reads
/// it (for CSV: parses and maps its rows), decides each accepted case under §1B1.10, plans its release, and makes its
/// decisions row (<see cref="DecisionsSink"/>), so a case lives only while its row is made. The results are merged in
/// input order: the decisions file is appended, rejected rows go to the caller's reject sink, outcome rows to the table that is
/// aggregated into the report. Memory: a few batches in flight plus a 40-byte outcome row per case.
/// </summary>
/// <param name="engine">The §1B1.10 engine.</param>
/// <param name="planner">The release planner.</param>
/// <param name="costs">The cost of incarceration schedule.</param>
public sealed class ImpactPipeline(RetroactivityEngine engine, ReleasePlanner planner, CostSchedule costs)
{
    [ThreadStatic]
    private static OutcomeMapper? t_mapper;

    /// <summary>The pipeline over the embedded law, the current custody law and the shipped cost schedule.</summary>
    public static ImpactPipeline Default => new(RetroactivityEngine.Default, ReleasePlanner.Current, CostSchedule.Default);

    /// <summary>
    /// The day the default population is generated as of: the day before the amendment's earliest order date, so
    /// everyone in it is still in custody when the first orders can take effect.
    /// </summary>
    public static LocalDate DefaultPopulationAsOf(Amendment amendment) => amendment.Retroactivity.OrdersEffectiveFrom.PlusDays(-1);

    /// <summary>
    /// Runs the analysis. <paramref name="decisions"/> receives the decisions file; <paramref name="reject"/> is
    /// called for each rejected row, in order; <paramref name="progress"/> with the rows read so far after each batch.
    /// An <see cref="IBatchedPopulation"/> (a population file, the synthetic population) makes its batches on the
    /// workers (<see cref="PopulationReader.InBatches{T}"/>); a file's error, if any, is thrown once the rows before it
    /// are written.
    /// </summary>
    /// <param name="records">The population, streamed once.</param>
    /// <param name="amendment">The amendment or reform the motions rely on.</param>
    /// <param name="orderDate">The requested order date (the amendment's earliest order date when later or absent).</param>
    /// <param name="population">How the report describes the population.</param>
    /// <param name="discretion">Grant-model draws, or null for "every eligible motion granted".</param>
    /// <param name="decisions">Where the decisions file goes (the stream stays open).</param>
    /// <param name="reject">Called with each rejected row.</param>
    /// <param name="progress">Called with the rows read so far.</param>
    /// <param name="decisionsFormat">The decisions file's format: <c>decisions.csv</c> (the default) or <c>decisions.parquet</c>.</param>
    public ImpactReport Run(
        IEnumerable<PopulationRecord> records,
        Amendment amendment,
        LocalDate? orderDate,
        string population,
        DiscretionRequest? discretion,
        Stream decisions,
        Action<Rejection> reject,
        Action<long> progress,
        DecisionsFormat decisionsFormat = DecisionsFormat.Csv)
    {
        var order = RetroactivityEngine.OrderEffectiveDate(amendment, orderDate);
        var orderDay = DayNumbers.Of(order);
        var codes = new BreakdownCodes();
        var table = new OutcomeTable();
        long read = 0, rejected = 0;
        using (var sink = DecisionsSink.Create(decisionsFormat, decisions, codes))
        {
            BatchOutcome Work(RecordBatch batch) => Decide(batch, amendment, orderDate, order, orderDay, MapperFor(codes), sink);
            foreach (var outcome in PopulationReader.InBatches(records, Work))
            {
                foreach (var rejection in outcome.Rejections)
                {
                    reject(rejection);
                }

                sink.Append(outcome);
                table.AddRange(outcome.Outcomes);
                read += outcome.Read;
                rejected += outcome.Rejections.Count;
                BatchOutcome.Return(outcome);
                progress(read);
            }
        }

        return ImpactAnalysis.Analyse(table, new RunDescription(amendment.Id, order, population, read, rejected, Note(amendment)), codes, costs, discretion);
    }

    /// <summary>The report's note on a reform moved to another day than its file's (<see cref="Amendment.AsIfListedOn"/>); <c>null</c> otherwise.</summary>
    private static string? Note(Amendment amendment) => amendment.ListingMovedFrom is { } from
        ? $"{amendment.Id} is a hypothetical reform, treated here as in force and listed in USSG §1B1.10(d) from " +
          $"{amendment.Retroactivity.ListedOn:uuuu-MM-dd} instead of its file's {from:uuuu-MM-dd}."
        : null;

    /// <summary>
    /// This thread's mapper into <paramref name="codes"/>: a mapper memoizes codes for one thread (<see cref="OutcomeMapper"/>),
    /// so each worker keeps its own from batch to batch, made anew when a run with other code books comes to the thread.
    /// </summary>
    private static OutcomeMapper MapperFor(BreakdownCodes codes) =>
        t_mapper is { } mapper && ReferenceEquals(mapper.Codes, codes) ? mapper : t_mapper = new OutcomeMapper(codes);

    /// <summary>Reads one batch and decides, plans and formats each accepted case in it (on a worker thread, with its own mapper).</summary>
    private BatchOutcome Decide(RecordBatch batch, Amendment amendment, LocalDate? orderDate, LocalDate order, int orderDay, OutcomeMapper mapper, DecisionsSink sink)
    {
        var result = BatchOutcome.Rent();
        while (batch.TryRead(out var record))
        {
            result.Read++;
            if (record.Rejection is { } rejection)
            {
                result.Rejections.Add(rejection);
                continue;
            }

            var @case = record.Case!;
            var (outcome, detail, note) = Evaluate(@case, record.Assumed, amendment, orderDate, order, orderDay, mapper);
            result.Add(in outcome);
            sink.Add(result, @case.Id, in outcome, in detail, note);
        }

        return result;
    }

    private (CaseOutcome, DecisionDetail, string?) Evaluate(
        Case @case, AssumedFields assumed, Amendment amendment, LocalDate? orderDate, LocalDate order, int orderDay, OutcomeMapper mapper)
    {
        DecisionFigures figures;
        try
        {
            engine.Decide(@case, amendment, orderDate, default(NoTrace), out figures);
        }
        catch (CaseCalculationException e)
        {
            var (outcome, detail) = mapper.Unevaluable(@case, assumed, orderDay);
            return (outcome, detail, e.Error.Message);
        }

        if (@case.Custody is null || figures.Reason is not (EligibilityReason.Eligible or EligibilityReason.NoReductionAvailable))
        {
            var (unplanned, detail) = mapper.Decided(@case, in figures, assumed);
            return (unplanned, detail, null);
        }

        // The range falls and the custody facts date a release: the engine needs the projected release date for the term
        // as it stands, computed as of the order's effective date (which selects the good conduct time method), to decide
        // a person already out before the order moot (§1B1.10(b)(2)(C); docs/retroactivity.md, "Released before the
        // order"). Only such a case changes its decision, so the engine is asked again only for it.
        var eligible = figures.Eligible;
        ReleasePlan plan;
        try
        {
            plan = planner.Plan(@case, figures.ReducedTermMonths, order, order, default(NoTrace)); // null unless eligible
            if (plan.ReleasedBeforeOrder)
            {
                // Moot: no-reduction-available, limited by time served. The row keeps the plan as the term stands.
                engine.Decide(@case, amendment, orderDate, default(NoTrace), out figures, plan.ProjectedReleaseDate);
                plan = eligible ? planner.Plan(@case, null, order, order, default(NoTrace)) : plan;
            }
        }
        catch (CustodyInputException e)
        {
            var (unplanned, detail) = mapper.Decided(@case, in figures, assumed);
            return (unplanned, detail, $"no release planned: {e.Message}");
        }

        if (!plan.ReleasedBeforeOrder && !eligible)
        {
            var (unmoved, detail) = mapper.Decided(@case, in figures, assumed);
            return (unmoved, detail, null);
        }

        var (decided, decidedDetail) = mapper.Planned(@case, in figures, in plan, assumed);
        return (decided, decidedDetail, null);
    }
}

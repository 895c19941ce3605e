using System.Collections.Immutable;
using NodaTime;
using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>
/// A guideline amendment (or an unenacted reform) as a §3582(c)(2) motion relies on it: the overlay of every part
/// listed in §1B1.10(d), the dates that govern retroactive orders, and the parts the motion relies on (e.g. "821A" relies
/// on Part A of Amendment 821 only). Immutable; read from <c>law/amendments/N.json</c> or <c>law/reforms/NAME.json</c>.
/// </summary>
public sealed class Amendment
{
    internal Amendment(string id, AmendmentFile file, ImmutableArray<AmendmentPart> reliedOn, LocalDate? listingMovedFrom = null)
    {
        Id = id;
        File = file;
        ReliedOn = reliedOn;
        Covered = reliedOn.All(p => p.Listed);
        ListingMovedFrom = listingMovedFrom;
    }

    /// <summary>The name a motion uses: "706", "750", "782", "821A", "821B", or a reform's file name, e.g. "drugs-minus-four".</summary>
    public string Id { get; }

    /// <summary>The file the amendment was read from, with every part.</summary>
    public AmendmentFile File { get; }

    /// <summary>The Appendix C number (9000 and above for a reform).</summary>
    public int Number => File.Number;

    /// <summary>The parts the motion relies on: they decide whether the amendment says anything about a case and whether it is covered.</summary>
    public ImmutableArray<AmendmentPart> ReliedOn { get; }

    /// <summary>The terms of retroactivity (listing date and special instruction).</summary>
    public RetroactivityTerms Retroactivity => File.Retroactivity;

    /// <summary>True when every part relied on is listed in §1B1.10(d) (or, for a reform, treated as listed).</summary>
    public bool Covered { get; }

    /// <summary>For a reform moved by <see cref="AsIfListedOn"/>, the listing day its file states; <c>null</c> otherwise.</summary>
    public LocalDate? ListingMovedFrom { get; }

    /// <summary>
    /// This reform treated as in force, listed in §1B1.10(d) and its orders allowed, from <paramref name="day"/> instead of
    /// the hypothetical days its file states: a reform's dates are an assumption, so an analyst may ask what it would have
    /// done on another day (say, beside an enacted amendment's first orders). A case sentenced under a Manual in force from
    /// that day on was sentenced under the reform (<see cref="AmendmentFile.AppliedIn"/>). An enacted amendment's dates
    /// are the law's.
    /// </summary>
    /// <exception cref="InvalidOperationException">The amendment is enacted, not a reform.</exception>
    public Amendment AsIfListedOn(LocalDate day) => File.IsReform
        ? new Amendment(
            Id,
            File with { EffectiveOn = day, Retroactivity = Retroactivity with { ListedOn = day, OrdersEffectiveFrom = day } },
            ReliedOn,
            ListingMovedFrom ?? Retroactivity.ListedOn)
        : throw new InvalidOperationException($"{Id} is an enacted amendment: its listing and order dates are the law's, not an assumption to move");

    /// <summary>The name and citation, e.g. "782 (USSG App. C, Amend. 782 (eff. Nov. 1, 2014))".</summary>
    public override string ToString() => $"{Id} ({File.Citation})";
}

/// <summary>One amendment file: what the amendment changes (its overlay of the listed parts) and when it applies retroactively.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Number">The Appendix C number (9000 and above for a reform).</param>
/// <param name="Title">What the amendment does, in a line.</param>
/// <param name="EffectiveOn">The day it took effect (for a reform, the day it is supposed to).</param>
/// <param name="Citation">Where its text is.</param>
/// <param name="IsReform">True for an unenacted reform.</param>
/// <param name="Retroactivity">The listing in §1B1.10(d) and the special instruction.</param>
/// <param name="Parts">Every part, listed or not.</param>
/// <param name="AlreadyAppliedWith">Amendment numbers whose presence in the edition the court used means this one was already applied (e.g. 748 or 750 for 750).</param>
/// <param name="Overlay">The changes of the listed parts, applied together to an edition.</param>
public sealed record AmendmentFile(
    string Path,
    int Number,
    string Title,
    LocalDate EffectiveOn,
    string Citation,
    bool IsReform,
    RetroactivityTerms Retroactivity,
    ImmutableArray<AmendmentPart> Parts,
    ImmutableArray<int> AlreadyAppliedWith,
    ManualOverlay Overlay)
{
    /// <summary>
    /// True when <paramref name="edition"/> already includes this amendment; a reform, when the edition took effect on or
    /// after the day the reform is taken to (no shipped edition is as late as a shipped reform's day).
    /// </summary>
    public bool AppliedIn(ManualEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        if (IsReform)
        {
            return edition.EffectiveFrom >= EffectiveOn;
        }

        foreach (var number in AlreadyAppliedWith)
        {
            if (edition.Includes(number))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>How an amendment is made retroactive.</summary>
/// <param name="ListedOn">The day it was listed in §1B1.10(d) (formerly (c)); a reform states a hypothetical day.</param>
/// <param name="ListedBy">The amendment and text that listed it.</param>
/// <param name="OrdersEffectiveFrom">The earliest effective date of a reduction order (§1B1.10(e) special instruction, or the listing date).</param>
/// <param name="Instruction">The special instruction, quoted, or a statement that there is none.</param>
public sealed record RetroactivityTerms(LocalDate ListedOn, string ListedBy, LocalDate OrdersEffectiveFrom, string Instruction);

/// <summary>One part of an amendment.</summary>
/// <param name="Id">The part, e.g. "A", "B1", or "all".</param>
/// <param name="Listed">True when §1B1.10(d) lists it.</param>
/// <param name="AppliesTo">Which cases the part has something to say about; <c>null</c> for a part not listed.</param>
/// <param name="Note">What the part does where the engine encodes no change for it; <c>null</c> otherwise.</param>
public sealed record AmendmentPart(string Id, bool Listed, Applicability? AppliesTo, string? Note);

/// <summary>Which cases a part of an amendment has something to say about (otherwise the reason is <c>not-applicable</c>).</summary>
/// <param name="Guideline">The Chapter Two guideline the case must have been sentenced under, e.g. "2D1.1"; <c>null</c> for any.</param>
/// <param name="Substances">When not empty, the case must involve one of these substance ids.</param>
/// <param name="StatusPoints">True when the case must have received status points under former §4A1.1(d).</param>
/// <param name="ZeroPoint">True when the case must have no criminal history points (§4C1.1(a)(1)).</param>
public sealed record Applicability(string? Guideline, ImmutableArray<string> Substances, bool StatusPoints, bool ZeroPoint);

using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Retroact.Law.Cases;
using Retroact.Population.Records;

namespace Retroact.Population.Native;

/// <summary>Flattens a case into the native columns' text, in <see cref="NativeLayout.Header"/> order; the inverse of the native reader.</summary>
public sealed class NativeRowFormatter
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Creates a formatter for <paramref name="drugSlots"/> drug slots.</summary>
    public NativeRowFormatter(int drugSlots = NativeLayout.DefaultDrugSlots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(drugSlots, 1);
        DrugSlots = drugSlots;
        Header = NativeLayout.Header(drugSlots);
    }

    /// <summary>The drug slots each row has.</summary>
    public int DrugSlots { get; }

    /// <summary>The header the values line up with.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Header { get; }

    /// <summary>
    /// Writes the case's values into <paramref name="values"/> (length = header length); an absent value is "".
    /// Throws <see cref="ArgumentException"/> naming the case when it has more drugs than slots.
    /// </summary>
    public void Format(Case c, AssumedFields assumed, string[] values)
    {
        if (c.Drugs.Length > DrugSlots)
        {
            throw new ArgumentException($"case {c.Id}: {c.Drugs.Length} drugs do not fit in {DrugSlots} drug slots; write with more slots", nameof(c));
        }

        var i = 0;
        values[i++] = c.Id;
        values[i++] = Date(c.SentencedOn);
        values[i++] = c.Manual is { } manual ? Date(manual) : "";
        values[i++] = c.Guideline ?? "";
        for (var slot = 0; slot < DrugSlots; slot++)
        {
            var drug = slot < c.Drugs.Length ? c.Drugs[slot] : null;
            values[i++] = drug?.Substance ?? "";
            values[i++] = Number(drug?.Grams);
            values[i++] = Number(drug?.Units);
        }

        values[i++] = Number(c.BaseOffenseLevel);
        values[i++] = Number(c.TotalOffenseLevel);
        values[i++] = Number(c.OffenseLevelAdjustments);
        values[i++] = c.MitigatingRole is { } role ? NativeTokens.Role.Format(role) : "";
        values[i++] = c.CriminalHistoryCategory is { } category ? NativeTokens.Category.Format(category) : "";
        values[i++] = Number(c.CriminalHistoryPoints);
        values[i++] = Number(c.StatusPoints);
        values[i++] = c.ZeroPointDisqualifiers is { } zero ? (zero.IsEmpty ? NativeTokens.NoDisqualifiers : string.Join(NativeTokens.ListSeparator, zero)) : "";
        values[i++] = Number(c.CareerOffender?.OffenseLevel);
        values[i++] = Number(c.StatutoryMinimumMonths);
        values[i++] = Number(c.StatutoryMaximumMonths);
        values[i++] = Bool(c.SafetyValve);
        values[i++] = c.SubstantialAssistance is { } assistance ? NativeTokens.Assistance.Format(assistance) : "";
        values[i++] = Number(c.TermMonths);
        values[i++] = Bool(c.Life);
        values[i++] = Number(c.ConsecutiveMonths);
        values[i++] = c.Custody is { } custody ? Date(custody.CommencedOn) : "";
        values[i++] = c.Custody is { } withPrior ? Number(withPrior.PriorCustodyDays) : "";
        values[i++] = c.Custody is { } withStatus ? NativeTokens.Status.Format(withStatus.Status) : "";
        values[i++] = c.Custody is { } withGct ? Number(withGct.GctDisallowedDays) : "";
        values[i++] = c.Citizenship is { } citizenship ? NativeTokens.Citizen.Format(citizenship) : "";
        values[i++] = Detainers(c);
        values[i++] = c.Demographics?.Race ?? "";
        values[i++] = c.Demographics?.Ethnicity ?? "";
        values[i++] = c.Demographics?.Sex ?? "";
        values[i++] = c.Demographics?.District ?? "";
        values[i++] = Number(c.Demographics?.Age);
        values[i] = Assumed(assumed);
    }

    private static string Detainers(Case c)
    {
        if (c.Detainers.IsDefaultOrEmpty) return "";
        if (c.Detainers.Length == 1) return NativeTokens.DetainerAuthority.Format(c.Detainers[0]);
        return string.Join(NativeTokens.ListSeparator, c.Detainers.Select(NativeTokens.DetainerAuthority.Format));
    }

    private static string Assumed(AssumedFields assumed) => assumed == AssumedFields.None
        ? ""
        : string.Join(NativeTokens.ListSeparator, Enum.GetValues<AssumedFields>().Where(f => f != AssumedFields.None && assumed.HasFlag(f)));

    private static string Date(LocalDate date) => IsoDate.Format(date);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";

    private static string Number(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";
}

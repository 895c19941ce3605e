namespace Retroact.Law.Model;

/// <summary>One line of the §4B1.1(b) table.</summary>
/// <param name="StatutoryMaximumFromMonths">The lowest offense statutory maximum, in months, on this line; <c>null</c> for the life line.</param>
/// <param name="Level">The career-offender offense level before acceptance of responsibility.</param>
/// <param name="Citation">The provision.</param>
public sealed record CareerOffenderRow(int? StatutoryMaximumFromMonths, int Level, string Citation);

/// <summary>The §4B1.1(b) career-offender table: offense level by offense statutory maximum; the category is always VI.</summary>
public sealed class CareerOffenderTable
{
    internal CareerOffenderTable(string source, IReadOnlyList<CareerOffenderRow> rows, string categoryCitation)
    {
        Source = source;
        Rows = rows;
        CategoryCitation = categoryCitation;
    }

    /// <summary>The law file.</summary>
    public string Source { get; }

    /// <summary>The lines, life first, then descending statutory maximum.</summary>
    public IReadOnlyList<CareerOffenderRow> Rows { get; }

    /// <summary>The citation of "a career offender's criminal history category in every case ... shall be Category VI".</summary>
    public string CategoryCitation { get; }

    /// <summary>The line for an offense statutory maximum of <paramref name="maximum"/>, or <c>null</c> when it is one year or less.</summary>
    public CareerOffenderRow? RowFor(Months maximum)
    {
        foreach (var row in Rows)
        {
            if (row.StatutoryMaximumFromMonths is not { } from ? maximum.IsLife : maximum.IsLife || maximum.Count >= from)
            {
                return row;
            }
        }

        return null;
    }
}

namespace Retroact.Impact.Outcomes;

/// <summary>A characteristic every figure of the report is broken down by. Used only to describe results, never as an input to a legal rule.</summary>
public enum Dimension
{
    /// <summary>Race as recorded.</summary>
    Race,
    /// <summary>Hispanic or not.</summary>
    Ethnicity,
    /// <summary>U.S. citizen or not.</summary>
    Citizenship,
    /// <summary>Sex as recorded.</summary>
    Sex,
    /// <summary>The primary drug type (the first drug of the case).</summary>
    Drug,
    /// <summary>The criminal history category found at sentencing (I–VI).</summary>
    CriminalHistoryCategory,
    /// <summary>The federal judicial district of sentencing.</summary>
    District,
    /// <summary>Custody status on the as-of date (institution, RRC, home confinement).</summary>
    Custody,
}

/// <summary>Names and count of <see cref="Dimension"/>.</summary>
public static class Dimensions
{
    /// <summary>How many breakdown dimensions there are.</summary>
    public const int Count = 8;

    /// <summary>Every dimension, in report order.</summary>
    public static IReadOnlyList<Dimension> All { get; } = Enum.GetValues<Dimension>();

    private static readonly string[] Names =
        ["race", "ethnicity", "citizenship", "sex", "drug", "criminalHistoryCategory", "district", "custody"];

    /// <summary>The camelCase key used in <c>report.json</c> (<c>breakdowns.race</c>, ...), in grant models and in <c>decisions.csv</c>.</summary>
    public static string Name(this Dimension dimension) => Names[(int)dimension];

    /// <summary>Parses a camelCase dimension name; <c>false</c> when it is not one.</summary>
    public static bool TryParse(string name, out Dimension dimension)
    {
        var index = Array.IndexOf(Names, name);
        dimension = (Dimension)Math.Max(index, 0);
        return index >= 0;
    }
}

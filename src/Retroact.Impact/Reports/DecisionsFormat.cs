namespace Retroact.Impact.Reports;

/// <summary>The file a run's decisions go to (one row per accepted case): <c>decisions.csv</c> or <c>decisions.parquet</c>.</summary>
public enum DecisionsFormat
{
    /// <summary><c>decisions.csv</c>: UTF-8 text (<see cref="DecisionsCsvWriter"/>).</summary>
    Csv,

    /// <summary><c>decisions.parquet</c>: the same columns, typed (<see cref="DecisionsParquetWriter"/>).</summary>
    Parquet,
}

/// <summary>Names and parses <see cref="DecisionsFormat"/>.</summary>
public static class DecisionsFormats
{
    /// <summary>The codes a user types: <c>csv</c>, <c>parquet</c>.</summary>
    public static readonly IReadOnlyList<string> Codes = ["csv", "parquet"];

    /// <summary>The file name in the output directory: <c>decisions.csv</c> or <c>decisions.parquet</c>.</summary>
    public static string FileName(this DecisionsFormat format) => "decisions." + Codes[(int)format];

    /// <summary>The format for a code of <see cref="Codes"/> (any case); false for any other text.</summary>
    public static bool TryParse(string code, out DecisionsFormat format)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (Codes[i].Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                format = (DecisionsFormat)i;
                return true;
            }
        }

        format = default;
        return false;
    }
}

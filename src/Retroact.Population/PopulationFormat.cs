namespace Retroact.Population;

/// <summary>A file format the population readers and writers understand.</summary>
public enum PopulationFormat
{
    /// <summary>Retroact's own CSV: case format v1 flattened, header documented in <c>docs/native-csv-format.md</c>.</summary>
    Native,

    /// <summary>The U.S. Sentencing Commission Individual Offender datafile in CSV form, with the codebook's variable names (read only).</summary>
    Ussc,

    /// <summary>Parquet with the native CSV's columns.</summary>
    Parquet,

    /// <summary>JSON lines: one case format v1 object per line.</summary>
    JsonLines,
}

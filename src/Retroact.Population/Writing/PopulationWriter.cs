using Retroact.Population.JsonLines;
using Retroact.Population.Native;
using Retroact.Population.ParquetFiles;

namespace Retroact.Population.Writing;

/// <summary>Opens a writer for a population file.</summary>
public static class PopulationWriter
{
    /// <summary>
    /// Creates (or overwrites) <paramref name="path"/> in <paramref name="format"/>; native CSV and Parquet get
    /// <paramref name="drugSlots"/> drug slots. The USSC layout is read-only.
    /// </summary>
    public static IPopulationWriter Create(string path, PopulationFormat format, int drugSlots = NativeLayout.DefaultDrugSlots) =>
        Create(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), format, drugSlots);

    /// <summary>As <see cref="Create(string, PopulationFormat, int)"/>, onto a stream the writer then owns.</summary>
    public static IPopulationWriter Create(Stream stream, PopulationFormat format, int drugSlots = NativeLayout.DefaultDrugSlots) => format switch
    {
        PopulationFormat.Native => new NativeCsvWriter(stream, drugSlots),
        PopulationFormat.Parquet => new ParquetPopulationWriter(stream, drugSlots),
        PopulationFormat.JsonLines => new JsonLinesWriter(stream),
        PopulationFormat.Ussc => throw new ArgumentException("the USSC datafile layout is read-only; write native, parquet or jsonl", nameof(format)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };
}

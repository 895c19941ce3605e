using Retroact.Population.Native;
using Retroact.Population.Reading;

namespace Retroact.Population.ParquetFiles;

/// <summary>A Parquet file with the native columns, validated by the native rules.</summary>
internal static class ParquetRecordSource
{
    public static IRecordSource Open(string path)
    {
        var rows = ParquetRowSource.Open(path);
        try
        {
            var mapper = new NativeRowMapper(rows, path);
            return new MappedRowSource(rows, new RowMapping(mapper.Map, mapper.Coverage));
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }
}

using Retroact.Law.Cases;
using Retroact.Population.Native;
using Retroact.Population.Records;
using Retroact.Population.Writing;

namespace Retroact.Population.ParquetFiles;

/// <summary>Writes Parquet with the native columns as optional UTF-8 strings, streaming one row group at a time.</summary>
internal sealed class ParquetPopulationWriter : IPopulationWriter
{
    private readonly NativeRowFormatter _formatter;
    private readonly ParquetTextWriter _writer;
    private readonly string[] _values;

    public ParquetPopulationWriter(Stream stream, int drugSlots)
    {
        _formatter = new NativeRowFormatter(drugSlots);
        _writer = new ParquetTextWriter(stream, _formatter.Header);
        _values = new string[_formatter.Header.Length];
    }

    public void Write(Case c, AssumedFields assumed = AssumedFields.None)
    {
        _formatter.Format(c, assumed, _values);
        _writer.Write(_values);
    }

    public void Dispose() => _writer.Dispose();
}

using System.Text;
using Retroact.Law.Cases;
using Retroact.Population.Records;
using Retroact.Population.Writing;

namespace Retroact.Population.Native;

/// <summary>Writes the native CSV: UTF-8 without a byte order mark, "\n" line ends, the header first.</summary>
internal sealed class NativeCsvWriter : IPopulationWriter
{
    private readonly TextWriter _writer;
    private readonly NativeRowFormatter _formatter;
    private readonly string[] _values;

    public NativeCsvWriter(Stream stream, int drugSlots)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        _formatter = new NativeRowFormatter(drugSlots);
        _values = new string[_formatter.Header.Length];
        CsvText.WriteRecord(_writer, _formatter.Header);
    }

    public void Write(Case c, AssumedFields assumed = AssumedFields.None)
    {
        _formatter.Format(c, assumed, _values);
        CsvText.WriteRecord(_writer, _values);
    }

    public void Dispose() => _writer.Dispose();
}

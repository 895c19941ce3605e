using System.Collections.Immutable;

namespace Retroact.Population.Reading;

/// <summary>A one-row-at-a-time source whose row the owner sets: lets a decoded record be checked by a row mapper.</summary>
internal sealed class ArrayRowSource(IReadOnlyList<string> columns) : IRowSource
{
    private string[] _values = [];

    public IReadOnlyList<string> Columns => columns;

    public long Row { get; private set; }

    public int FieldCount => _values.Length;

    /// <summary>Makes <paramref name="values"/> the current row, numbered <paramref name="row"/>.</summary>
    public void Set(long row, string[] values)
    {
        Row = row;
        _values = values;
    }

    public bool MoveNext() => true;

    public ReadOnlySpan<char> Field(int ordinal) => ordinal < _values.Length ? _values[ordinal] : [];

    public ImmutableArray<string> Snapshot() => [.. _values];

    public void Dispose()
    {
    }
}

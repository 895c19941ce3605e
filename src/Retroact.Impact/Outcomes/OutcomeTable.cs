namespace Retroact.Impact.Outcomes;

/// <summary>
/// The outcome rows of a run, in input order, held in fixed-size chunks (no large copies as it grows; 40 bytes a row,
/// so 10 million rows take 400 MB). Appending is single-threaded; reading chunks from many threads is safe.
/// </summary>
public sealed class OutcomeTable
{
    /// <summary>Rows per chunk; also the unit of parallel work.</summary>
    public const int ChunkSize = 1 << 16;

    private readonly List<CaseOutcome[]> _chunks = [];

    /// <summary>How many rows have been appended.</summary>
    public long Count { get; private set; }

    /// <summary>How many chunks hold rows.</summary>
    public int ChunkCount => _chunks.Count;

    /// <summary>Appends one row.</summary>
    public void Add(in CaseOutcome row)
    {
        var offset = (int)(Count % ChunkSize);
        if (offset == 0)
        {
            _chunks.Add(new CaseOutcome[ChunkSize]);
        }

        _chunks[^1][offset] = row;
        Count++;
    }

    /// <summary>Appends rows in order.</summary>
    public void AddRange(ReadOnlySpan<CaseOutcome> rows)
    {
        foreach (ref readonly var row in rows)
        {
            Add(in row);
        }
    }

    /// <summary>The filled part of chunk <paramref name="index"/>; rows <c>index × ChunkSize</c> onwards.</summary>
    public ReadOnlySpan<CaseOutcome> Chunk(int index)
    {
        var length = index < _chunks.Count - 1 ? ChunkSize : (int)(Count - ((long)index * ChunkSize));
        return _chunks[index].AsSpan(0, length);
    }
}

using System.Collections.Immutable;
using Retroact.Population.Records;

namespace Retroact.Population.Reading;

/// <summary>
/// The running account of a read: every row read is counted once as accepted or rejected, so
/// <see cref="Read"/> = <see cref="Accepted"/> + <see cref="Rejected"/> at every point.
/// </summary>
public sealed class ReadTally
{
    private readonly Dictionary<string, long> _reasons = new(StringComparer.Ordinal);
    private readonly long[] _assumed = new long[AssumedFlags.Length];

    private static readonly AssumedFields[] AssumedFlags =
        [.. Enum.GetValues<AssumedFields>().Where(f => f != AssumedFields.None)];

    /// <summary>Rows read from the source.</summary>
    public long Read { get; private set; }

    /// <summary>Rows that became cases.</summary>
    public long Accepted { get; private set; }

    /// <summary>Rows rejected.</summary>
    public long Rejected { get; private set; }

    /// <summary>Accepted rows with at least one value filled by an assumption.</summary>
    public long AcceptedWithAssumptions { get; private set; }

    /// <summary>Rejections grouped by field and reason, most frequent first (ties by name).</summary>
    public ImmutableArray<KeyValuePair<string, long>> Reasons =>
        [.. _reasons.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];

    /// <summary>For each assumption, the accepted rows it filled a value in (only those that occurred).</summary>
    public ImmutableArray<KeyValuePair<AssumedFields, long>> Assumptions =>
        [.. AssumedFlags.Select((f, i) => KeyValuePair.Create(f, _assumed[i])).Where(p => p.Value > 0)];

    /// <summary>Adds the counts of <paramref name="other"/> (the tally of the rows that follow this one's).</summary>
    public void Merge(ReadTally other)
    {
        Read += other.Read;
        Accepted += other.Accepted;
        Rejected += other.Rejected;
        AcceptedWithAssumptions += other.AcceptedWithAssumptions;
        foreach (var (key, count) in other._reasons)
        {
            _reasons[key] = _reasons.GetValueOrDefault(key) + count;
        }

        for (var i = 0; i < _assumed.Length; i++)
        {
            _assumed[i] += other._assumed[i];
        }
    }

    /// <summary>Counts one record.</summary>
    public void Add(in PopulationRecord record)
    {
        Read++;
        if (record.Rejection is { } rejection)
        {
            Rejected++;
            var key = rejection.Key;
            _reasons[key] = _reasons.GetValueOrDefault(key) + 1;
            return;
        }

        Accepted++;
        if (record.Assumed == AssumedFields.None)
        {
            return;
        }

        AcceptedWithAssumptions++;
        for (var i = 0; i < AssumedFlags.Length; i++)
        {
            if ((record.Assumed & AssumedFlags[i]) != 0)
            {
                _assumed[i]++;
            }
        }
    }
}

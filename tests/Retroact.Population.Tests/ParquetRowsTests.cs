using Retroact.Population.ParquetFiles;

namespace Retroact.Population.Tests;

/// <summary><see cref="ParquetRows"/>: row groups of a fixed size, typed columns of four kinds, and a failed write that stays visible.</summary>
public class ParquetRowsTests
{
    [Fact]
    public void A_value_column_of_another_type_is_refused_when_made()
    {
        Assert.Throws<ArgumentException>(() => new ValueColumn<uint>("n", 10));
        Assert.Throws<ArgumentException>(() => new ValueColumn<DayOfWeek>("day", 10));
        Assert.Throws<ArgumentException>(() => new ValueColumn<long>("big", 10));
        Assert.Equal("n", new ValueColumn<int?>("n", 10).Field.Name);
    }

    [Fact]
    public void Columns_must_hold_one_row_group()
    {
        var error = Assert.Throws<ArgumentException>(() => new ParquetRows(new MemoryStream(), [new TextColumn("a", 10), new TextColumn("b", 8)], 10));
        Assert.StartsWith("column b holds 8 rows, not the 10 of a row group", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_group_that_cannot_be_written_leaves_no_footer_and_stops_the_writer()
    {
        var stream = new FailingStream();
        var text = new TextColumn("a", 4);
        var rows = new ParquetRows(stream, [text], 4);
        for (var i = 0; i < 3; i++)
        {
            text.Set(rows.Row, $"v{i}");
            rows.EndRow();
        }

        text.Set(rows.Row, "v3");
        Assert.Throws<IOException>(rows.EndRow);
        var written = stream.Length;

        Assert.Throws<InvalidOperationException>(rows.EndRow);
        rows.Dispose();
        Assert.Equal(written, stream.Length);
    }

    /// <summary>A memory stream that takes the file's leading magic bytes ("PAR1") and refuses every write after them.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            Fail();
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Fail();
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Fail();
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Fail();
            return base.WriteAsync(buffer, cancellationToken);
        }

        private void Fail()
        {
            if (Length >= 4)
            {
                throw new IOException("disk full");
            }
        }
    }
}

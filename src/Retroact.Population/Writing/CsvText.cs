namespace Retroact.Population.Writing;

/// <summary>RFC 4180 output: a field is quoted when it holds a comma, a quote, a line break or edge spaces.</summary>
internal static class CsvText
{
    /// <summary>Writes one record and a "\n".</summary>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, values[i]);
        }

        writer.Write('\n');
    }

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && (value.Length == 0 || value[0] != ' ' && value[^1] != ' '))
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}

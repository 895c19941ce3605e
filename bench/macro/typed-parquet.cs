#:package Parquet.Net
// Writes a native population CSV as Parquet with typed columns, as another tool would (dates, whole and decimal
// numbers of every width, booleans), and with a fault in every 37th row (in turn a missing sentence date, a timestamp that is not
// midnight, a negative term), so bench/macro/aot-check.sh runs Parquet.Net's typed reading and the Parquet
// reject writer in the Native AOT build.
// Usage: dotnet run bench/macro/typed-parquet.cs -- NATIVE.csv OUT.parquet
using System.Globalization;
using Parquet;
using Parquet.Schema;

var lines = File.ReadAllLines(args[0]);
var header = lines[0].Split(',');
var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
string Text(string[] r, string column) => r[Array.IndexOf(header, column)];
bool Bad(int i, int kind) => i % 37 == 36 && i / 37 % 3 == kind;
T? Parse<T>(string s, Func<string, T> parse) where T : struct => s.Length == 0 ? null : parse(s);
var inv = CultureInfo.InvariantCulture;
var typed = new[]
{
    Column<DateOnly>("sentencedOn", (s, i) => Bad(i, 0) ? null : Parse(s, v => DateOnly.ParseExact(v, "yyyy-MM-dd", inv))),
    Column<DateTime>("custodyCommencedOn", (s, i) => Parse(s, v => DateTime.ParseExact(v, "yyyy-MM-dd", inv).AddMinutes(Bad(i, 1) ? 630 : 0))),
    Column<int>("termMonths", (s, i) => Bad(i, 2) ? -4 : Parse(s, v => int.Parse(v, inv))),
    Column<short>("totalOffenseLevel", (s, _) => Parse(s, v => short.Parse(v, inv))),
    Column<long>("priorCustodyDays", (s, _) => Parse(s, v => long.Parse(v, inv))),
    Column<decimal>("drug1Grams", (s, _) => Parse(s, v => decimal.Parse(v, inv))),
    Column<double>("drug2Grams", (s, _) => Parse(s, v => double.Parse(v, inv))),
    Column<float>("drug3Grams", (s, _) => Parse(s, v => float.Parse(v, inv))),
    Column<bool>("safetyValve", (s, _) => Parse(s, bool.Parse)),
}.ToDictionary(c => c.Field.Name);
var fields = header.Select(c => typed.TryGetValue(c, out var t) ? t.Field : new DataField<string>(c, true)).ToArray();
await using var stream = File.Create(args[1]);
await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
using var group = writer.CreateRowGroup();
foreach (var field in fields)
{
    await (typed.TryGetValue(field.Name, out var t)
        ? t.Write(group, field)
        : group.WriteAsync(field, rows.Select(r => Text(r, field.Name) is { Length: > 0 } s ? s : null).ToArray(), null));
}

(DataField Field, Func<ParquetRowGroupWriter, DataField, Task> Write) Column<T>(string name, Func<string, int, T?> value) where T : struct =>
    (new DataField<T?>(name), (g, f) => g.WriteAsync<T>(f, rows.Select((r, i) => value(Text(r, name), i)).ToArray()));

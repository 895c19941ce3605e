using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Retroact.Law.Cases;
using Retroact.Population.Records;
using Retroact.Population.Writing;

namespace Retroact.Population.JsonLines;

/// <summary>Writes one case per line (UTF-8, "\n"), with an "assumed" list when an assumption filled a value.</summary>
internal sealed class JsonLinesWriter(Stream stream) : IPopulationWriter
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false), 1 << 16);

    public void Write(Case c, AssumedFields assumed = AssumedFields.None)
    {
        var node = JsonSerializer.SerializeToNode(c, CaseJson.Options)!.AsObject();
        if (assumed != AssumedFields.None)
        {
            var names = new JsonArray();
            foreach (var flag in Enum.GetValues<AssumedFields>().Where(f => f != AssumedFields.None && assumed.HasFlag(f)))
            {
                names.Add(flag.ToString());
            }

            node[CaseJson.AssumedProperty] = names;
        }

        _writer.Write(node.ToJsonString(CaseJson.Options));
        _writer.Write('\n');
    }

    public void Dispose() => _writer.Dispose();
}

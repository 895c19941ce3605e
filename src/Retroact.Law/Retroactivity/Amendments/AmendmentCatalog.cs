using System.Collections.Immutable;
using NodaTime;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>
/// Every amendment in <c>law/amendments/</c> and every reform in <c>law/reforms/</c>, read and validated whole when the
/// catalog is loaded. A motion names one by <see cref="Amendment.Id"/>: "706", "715", "750", "782", "821A" (Part A),
/// "821B" (Part B, Subpart 1), or a reform's file name without ".json".
/// </summary>
public sealed class AmendmentCatalog
{
    private readonly ImmutableDictionary<string, Amendment> _byId;

    private AmendmentCatalog(ImmutableArray<AmendmentFile> enacted, ImmutableDictionary<string, Amendment> byId)
    {
        Enacted = enacted;
        _byId = byId;
    }

    /// <summary>The enacted amendments, in number order.</summary>
    public ImmutableArray<AmendmentFile> Enacted { get; }

    /// <summary>Every motion id the catalog knows, sorted.</summary>
    public IEnumerable<string> Ids => _byId.Keys.Order(StringComparer.Ordinal);

    /// <summary>Reads <c>amendments/*.json</c> (in number order) and <c>reforms/*.json</c> under <paramref name="lawDirectory"/>.</summary>
    /// <exception cref="AmendmentFileException">A file is malformed; the message names every problem of the first bad file.</exception>
    public static AmendmentCatalog Load(string lawDirectory)
    {
        var enacted = new List<AmendmentFile>();
        foreach (var path in Directory.GetFiles(Path.Combine(lawDirectory, "amendments"), "*.json").Order(StringComparer.Ordinal))
        {
            enacted.Add(AmendmentFileReader.Read(path, n => enacted.Find(a => a.Number == n)));
        }

        enacted.Sort((a, b) => a.Number.CompareTo(b.Number));
        var byId = ImmutableDictionary.CreateBuilder<string, Amendment>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in enacted)
        {
            foreach (var amendment in MotionsFor(file, file.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                byId.Add(amendment.Id, amendment);
            }
        }

        var reforms = Path.Combine(lawDirectory, "reforms");
        var catalog = new AmendmentCatalog([.. enacted], byId.ToImmutable());
        if (!Directory.Exists(reforms))
        {
            return catalog;
        }

        foreach (var path in Directory.GetFiles(reforms, "*.json").Order(StringComparer.Ordinal))
        {
            var reform = catalog.ReadReform(path);
            byId.Add(reform.Id, reform);
        }

        return new AmendmentCatalog(catalog.Enacted, byId.ToImmutable());
    }

    /// <summary>The amendment a motion names, or <c>null</c> when the catalog has none by that id.</summary>
    public Amendment? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads a reform (or any amendment file) a user wrote, resolving what it builds on against this catalog; its id is the file name without ".json".</summary>
    /// <exception cref="AmendmentFileException">The file is malformed.</exception>
    public Amendment ReadReform(string path)
    {
        var file = AmendmentFileReader.Read(path, n => Enacted.FirstOrDefault(a => a.Number == n));
        return new Amendment(Path.GetFileNameWithoutExtension(path), file, [.. file.Parts.Where(p => p.Listed)]);
    }

    /// <summary>
    /// The enacted amendments to substitute for an order taking effect on <paramref name="orderEffectiveDate"/> (§1B1.10(b)(1)):
    /// each listed in §1B1.10(d) by that date whose special instruction allows an order on that date, and which took
    /// effect after the edition the court used (<paramref name="sentencingEditionIncludes"/> is false for it).
    /// </summary>
    public IEnumerable<AmendmentFile> ListedFor(LocalDate orderEffectiveDate, Func<int, bool> sentencingEditionIncludes)
    {
        ArgumentNullException.ThrowIfNull(sentencingEditionIncludes);
        return Enacted.Where(a => !a.IsReform
            && a.Retroactivity.ListedOn <= orderEffectiveDate
            && a.Retroactivity.OrdersEffectiveFrom <= orderEffectiveDate
            && !sentencingEditionIncludes(a.Number));
    }

    private static IEnumerable<Amendment> MotionsFor(AmendmentFile file, string number)
    {
        var listed = file.Parts.Where(p => p.Listed).ToImmutableArray();
        yield return new Amendment(number, file, listed);
        if (file.Parts.Length == 1)
        {
            yield break;
        }

        foreach (var group in listed.GroupBy(p => p.Id[..1], StringComparer.Ordinal))
        {
            yield return new Amendment(number + group.Key, file, [.. group]);
        }
    }
}

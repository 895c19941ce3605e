using System.Collections.Immutable;
using NodaTime;
using Retroact.Law.Loading;
using Retroact.Law.Model;

namespace Retroact.Law.Retroactivity.Amendments;

/// <summary>
/// The retroactive amendments (<c>law/amendments/retroactivity/</c>) and the reforms (<c>law/reforms/</c>), read and
/// validated whole against a <see cref="LawLibrary"/> when the catalog is loaded. A motion names one by
/// <see cref="Amendment.Id"/>: "706", "715", "750", "782", "821" (every listed part), "821A" (Part A), "821B"
/// (Part B, Subpart 1), or a reform's file name without ".json", e.g. "drugs-minus-four".
/// </summary>
public sealed class AmendmentCatalog
{
    private const string EnactedFolder = "amendments/retroactivity";
    private const string ReformFolder = "reforms";
    private static readonly Lazy<AmendmentCatalog> Embedded = new(() => Load(new EmbeddedLawSource(), LawLibrary.Default), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ImmutableDictionary<string, Amendment> _byId;

    private AmendmentCatalog(LawLibrary law, ImmutableArray<AmendmentFile> enacted, ImmutableDictionary<string, Amendment> byId)
    {
        Law = law;
        Enacted = enacted;
        _byId = byId;
    }

    /// <summary>The catalog of the law embedded in Retroact.Law, over <see cref="LawLibrary.Default"/>; loaded once.</summary>
    public static AmendmentCatalog Default => Embedded.Value;

    /// <summary>The law the amendments apply to.</summary>
    public LawLibrary Law { get; }

    /// <summary>The enacted retroactive amendments, in number order.</summary>
    public ImmutableArray<AmendmentFile> Enacted { get; }

    /// <summary>Every motion id the catalog knows, sorted.</summary>
    public IEnumerable<string> Ids => _byId.Keys.Order(StringComparer.Ordinal);

    /// <summary>Reads the catalog from a directory laid out as <c>law/</c>, against <paramref name="law"/>.</summary>
    /// <exception cref="AmendmentFileException">A file is malformed; the message names every problem of the first bad file.</exception>
    public static AmendmentCatalog Load(string lawDirectory, LawLibrary law) => Load(new DirectoryLawSource(lawDirectory), law);

    /// <summary>The amendment a motion names, or <c>null</c> when the catalog has none by that id (ids are case-insensitive).</summary>
    public Amendment? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads a reform (or any amendment file) a user wrote, against this catalog's law; its id is the file name without ".json".</summary>
    /// <exception cref="AmendmentFileException">The file is malformed.</exception>
    public Amendment ReadReform(string path)
    {
        var file = AmendmentFileReader.ReadFile(path, Law);
        return new Amendment(Path.GetFileNameWithoutExtension(path), file, [.. file.Parts.Where(p => p.Listed)]);
    }

    /// <summary>
    /// The enacted amendments to substitute for an order taking effect on <paramref name="orderEffectiveDate"/> (§1B1.10(b)(1)):
    /// each listed in §1B1.10(d) by that date, whose special instruction allows an order on that date, and which the
    /// <paramref name="edition"/> the court used does not already include; in number order.
    /// </summary>
    public IEnumerable<AmendmentFile> ListedFor(LocalDate orderEffectiveDate, ManualEdition edition) =>
        Enacted.Where(a => a.Retroactivity.ListedOn <= orderEffectiveDate
            && a.Retroactivity.OrdersEffectiveFrom <= orderEffectiveDate
            && !a.AppliedIn(edition));

    private static AmendmentCatalog Load(LawSource source, LawLibrary law)
    {
        var enacted = new List<AmendmentFile>();
        foreach (var path in source.List(EnactedFolder))
        {
            enacted.Add(Read(source, path, law));
        }

        enacted.Sort((a, b) => a.Number.CompareTo(b.Number));
        var byId = ImmutableDictionary.CreateBuilder<string, Amendment>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in enacted)
        {
            foreach (var amendment in MotionsFor(file))
            {
                byId.Add(amendment.Id, amendment);
            }
        }

        foreach (var path in source.List(ReformFolder))
        {
            var file = Read(source, path, law);
            var id = Path.GetFileNameWithoutExtension(path);
            byId.Add(id, new Amendment(id, file, [.. file.Parts.Where(p => p.Listed)]));
        }

        return new AmendmentCatalog(law, [.. enacted], byId.ToImmutable());
    }

    private static AmendmentFile Read(LawSource source, string path, LawLibrary law)
    {
        using var reader = new StreamReader(source.Open(path));
        var folder = Path.GetDirectoryName(source.Root + path) ?? source.Root;
        return AmendmentFileReader.Read(path, reader.ReadToEnd(), folder, law);
    }

    /// <summary>
    /// The motions an amendment file offers: its number (every listed part); its number and each part ("821B1", "750B");
    /// and its number and a part letter ("821B"), relying on the listed parts with that letter, or on all of them when
    /// none is listed (so "750B" is a motion on an unlisted part).
    /// </summary>
    private static IEnumerable<Amendment> MotionsFor(AmendmentFile file)
    {
        var number = file.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return new Amendment(number, file, [.. file.Parts.Where(p => p.Listed)]);
        if (file.Parts.Length == 1)
        {
            yield break;
        }

        foreach (var part in file.Parts)
        {
            yield return new Amendment(number + part.Id, file, [part]);
        }

        foreach (var group in file.Parts.GroupBy(p => p.Id[..1], StringComparer.Ordinal))
        {
            if (file.Parts.Any(p => p.Id == group.Key))
            {
                continue;
            }

            var listed = group.Where(p => p.Listed).ToImmutableArray();
            yield return new Amendment(number + group.Key, file, listed.IsEmpty ? [.. group] : listed);
        }
    }
}

using System.Reflection;

namespace Retroact.Law.Loading;

/// <summary>Where law files are read from: a directory, or the copy embedded in this assembly. Paths use '/' and are relative to the law root.</summary>
internal abstract class LawSource
{
    /// <summary>How errors name the root, e.g. "law/" or "/tmp/law/".</summary>
    public abstract string Root { get; }

    public abstract bool Exists(string path);

    public abstract Stream Open(string path);

    /// <summary>The files directly inside <paramref name="folder"/>, as paths relative to the root, in ordinal order.</summary>
    public abstract IReadOnlyList<string> List(string folder);
}

internal sealed class DirectoryLawSource(string directory) : LawSource
{
    private readonly string _directory = Path.GetFullPath(directory);

    public override string Root => _directory.TrimEnd('/') + "/";

    public override bool Exists(string path) => File.Exists(Path.Combine(_directory, path));

    public override Stream Open(string path) => File.OpenRead(Path.Combine(_directory, path));

    public override IReadOnlyList<string> List(string folder)
    {
        var full = Path.Combine(_directory, folder);
        return Directory.Exists(full)
            ? [.. Directory.GetFiles(full, "*.json").Select(f => $"{folder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal)]
            : [];
    }
}

/// <summary>The law embedded in Retroact.Law as resources named "law/&lt;path&gt;" (see the project file).</summary>
internal sealed class EmbeddedLawSource : LawSource
{
    private const string Prefix = "law/";
    private readonly Assembly _assembly = typeof(EmbeddedLawSource).Assembly;
    private readonly HashSet<string> _names;

    public EmbeddedLawSource() =>
        _names = [.. _assembly.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])];

    public override string Root => "law/ (embedded)/";

    public override bool Exists(string path) => _names.Contains(path);

    public override Stream Open(string path) =>
        _assembly.GetManifestResourceStream(Prefix + path)
        ?? _assembly.GetManifestResourceStream(Prefix + path.Replace('/', '\\'))
        ?? throw new FileNotFoundException($"Embedded law file {path} not found.");

    public override IReadOnlyList<string> List(string folder) =>
        [.. _names.Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal) && n.IndexOf('/', folder.Length + 1) < 0).Order(StringComparer.Ordinal)];
}

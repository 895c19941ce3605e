namespace Retroact.Population.Tests;

/// <summary>A file in the temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension = ".csv", string? text = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "retroact-" + Guid.NewGuid().ToString("N") + extension);
        if (text is not null) File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}

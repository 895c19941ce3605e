namespace Retroact.Law.Tests.Retroactivity;

/// <summary>Finds the repository's <c>law/</c> folder from the test binaries (the tests read the repository's own copy of the law).</summary>
internal static class RepositoryLaw
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, "law", "amendments")))
            {
                return Path.Combine(dir.FullName, "law");
            }
        }

        throw new DirectoryNotFoundException($"no law/amendments folder above {AppContext.BaseDirectory}");
    }
}

namespace NoteGen.PackageTests;

/// <summary>
/// Packs NoteGen once, with a version no earlier run used (so no NuGet cache can hand back a stale copy), into a
/// temporary folder feed, and writes consumer projects that reference it by that version.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("notegen-package-tests-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

        var pack = DotNet.Run(RepositoryRoot, "pack", "src/NoteGen/NoteGen.csproj", "-c", "Release", "-o", Feed,
            "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true");
        if (pack.ExitCode != 0)
            throw new InvalidOperationException("dotnet pack failed:\n" + pack);
        Package = Path.Combine(Feed, $"NoteGen.{Version}.nupkg");

        // The machine's own sources stay (for the SDK's packages); the feed adds NoteGen.
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="notegen-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Consumers must not inherit this repository's Directory.Build.props or central package versions.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
    }

    public string RepositoryRoot { get; }
    public string Root { get; }
    public string Feed { get; }
    public string Version { get; }
    public string Package { get; }

    /// <summary>Writes a project folder under the fixture's root: <paramref name="files"/> are (relative path, text).</summary>
    public string CreateProject(string name, params (string Path, string Text)[] files)
    {
        string directory = Path.Combine(Root, name);
        foreach (var (path, text) in files)
        {
            string full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("$(NoteGenTestVersion)", Version));
        }
        return directory;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
            string cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "notegen", Version);
            if (Directory.Exists(cached))
                Directory.Delete(cached, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless.
        }
    }

    /// <summary>The folder holding NoteGen.sln, above the test assembly.</summary>
    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "NoteGen.sln")))
                return directory.FullName;
        throw new InvalidOperationException("NoteGen.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}

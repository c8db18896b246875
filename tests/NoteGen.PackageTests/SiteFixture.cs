namespace NoteGen.PackageTests;

/// <summary>
/// Publishes <c>sample/NoteGen.Site</c> in Release once per trim mode (the SDK's default for Blazor WebAssembly, and
/// <c>TrimMode=full</c>), each with one note from outside the vault that tries to run script, and serves each
/// published <c>wwwroot</c> over HTTP. Every publish has its own artifacts folder, so nothing is written to the
/// repository's <c>bin</c> and <c>obj</c> folders while <c>dotnet test</c> may be using them.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>The hostile note's name: its page is <c>notes/hostile</c>.</summary>
    public const string HostileNote = "hostile";

    /// <summary>What the hostile note's script, image and handler would set, on <c>body</c>, if any of them ran.</summary>
    public const string Marker = "data-pwned";

    private readonly Dictionary<string, Publication> _publications = [];

    public SiteFixture()
    {
        RepositoryRoot = PackageFixture.FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("notegen-site-tests-").FullName;
    }

    public string RepositoryRoot { get; }
    public string Root { get; }

    /// <summary>The trim modes the site is published with: "default" passes none.</summary>
    public static readonly string[] TrimModes = ["default", "full"];

    public static TheoryData<string> EachTrimMode => new(TrimModes);

    public Publication this[string trimMode] => _publications[trimMode];

    public async Task InitializeAsync()
    {
        string hostile = Path.Combine(Root, HostileNote + ".md");
        File.WriteAllText(hostile, """
            ---
            title: Hostile note
            ---

            A script in a paragraph: <script>document.body.dataset.pwned = 'script'</script> and after it.

            <img src="missing.png" onerror="document.body.dataset.pwned = 'img'">

            <span onmouseover="document.body.dataset.pwned = 'hover'">Hover here</span>

            Back to [[amazons_machine_learning_strategy]].
            """);

        foreach (string trimMode in TrimModes)
        {
            string folder = Path.Combine(Root, trimMode);
            string output = Path.Combine(folder, "publish");
            var publish = DotNet.Run(RepositoryRoot, ["publish", "sample/NoteGen.Site/NoteGen.Site.csproj", "-c", "Release",
                "-o", output, "--artifacts-path", Path.Combine(folder, "artifacts"), "-p:NoteGenSiteExtraNotes=" + hostile,
                .. trimMode == "default" ? Array.Empty<string>() : ["-p:TrimMode=" + trimMode]]);
            if (publish.ExitCode != 0)
                throw new InvalidOperationException($"dotnet publish ({trimMode}) failed:\n{publish}");
            _publications[trimMode] = new Publication(publish.Output, await StaticSite.StartAsync(Path.Combine(output, "wwwroot")));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var publication in _publications.Values)
            await publication.Site.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless.
        }
    }

    /// <summary>A publish's build output and the server of its <c>wwwroot</c>.</summary>
    public sealed record Publication(string Output, StaticSite Site);
}

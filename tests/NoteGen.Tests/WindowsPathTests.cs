using Microsoft.CodeAnalysis;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>
/// Most .NET developers build on Windows, where the compiler hands the generator paths like
/// <c>C:\src\app\notes\a.md</c> and MSBuild's <c>ProjectDir</c> ends with a backslash. Note paths, link resolution by
/// path, schema globs and diagnostic locations must come out as on Linux (these tests run on any OS: the generator
/// treats paths as text).
/// </summary>
public class WindowsPathTests
{
    /// <summary>The notes of one vault, under <paramref name="folder"/> (with its own separator).</summary>
    private static (string Path, string Text)[] Vault(string folder, char separator) =>
    [
        (folder + "notes" + separator + "a.md", "---\ntitle: A\n---\n\nSee [[notes/sub/b]], [[b#Part]], [B](sub/b.md) and [[missing]].\n"),
        (folder + "notes" + separator + "sub" + separator + "b.md", "---\ntitle: B\nnumber: 2\n---\n\n## Part\n\nBack to [[a]].\n"),
    ];

    private const string Consumer = """
        [NoteGen.NoteSchema("notes/sub/*.md")]
        public record Numbered(string Title, int Number);

        public static class Probe
        {
            public static string Run() => string.Join(" | ", System.Linq.Enumerable.Select(App.Notes.All, n => n.Path + " " + n.Name + " <- "
                + string.Join(",", System.Linq.Enumerable.Select(n.Backlinks, l => l.Source.Name))))
                + " | " + App.Notes.B.Data.Number + " | " + string.Join(",", System.Linq.Enumerable.Select(App.Notes.A.Links, l => l.Path ?? "-"));
        }
        """;

    [Theory]
    [InlineData(@"C:\src\app\", @"C:\src\app\", '\\')]       // ProjectDir as MSBuild gives it
    [InlineData(@"c:\src\app", @"C:\src\app\", '\\')]        // drive letters of another case, no trailing separator
    [InlineData(@"C:\src\app\", @"C:/src/app/", '/')]        // forward slashes in the files' paths
    [InlineData(@"\\server\share\app\", @"\\server\share\app\", '\\')] // UNC
    public void Paths_links_globs_and_locations_read_as_on_Linux(string projectDir, string folder, char separator)
    {
        var notes = Vault(folder, separator);
        var run = GeneratorHarness.Run(
            notes.Select(n => (AdditionalText)new InMemoryAdditionalText(n.Path, n.Text)), Consumer,
            properties: new Dictionary<string, string> { ["RootNamespace"] = "App", ["ProjectDir"] = projectDir });

        Assert.Equal("notes/a.md a <- b | notes/sub/b.md b <- a,a,a | 2 | notes/sub/b.md,notes/sub/b.md,notes/sub/b.md,-", run.Invoke("Probe"));
        var broken = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("NG0001", broken.Id);
        var span = broken.Location.GetLineSpan();
        Assert.Equal((notes[0].Path, 5, 52), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    [Fact]
    public void A_vault_root_below_the_project_counts_paths_from_it()
    {
        var notes = Vault(@"C:\src\app\", '\\');
        var run = GeneratorHarness.Run(
            notes.Select(n => (AdditionalText)new InMemoryAdditionalText(n.Path, n.Text.Replace("[[notes/sub/b]]", "[[sub/b]]"))), "",
            properties: new Dictionary<string, string> { ["RootNamespace"] = "App", ["ProjectDir"] = @"C:\src\app\", ["NoteGenVaultRoot"] = @"C:\src\app\notes" });

        Assert.Equal("a.md sub/b.md", run.WithNotes(all => string.Join(" ", all.Select(n => n.Path))));
        Assert.Equal("NG0001", Assert.Single(run.GeneratorDiagnostics).Id);
    }
}

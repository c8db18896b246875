using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>The generated source for the seed note, reviewed and kept in <c>Snapshots/</c>.</summary>
public class SnapshotTests
{
    [Fact]
    public void Seed_note()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SeedVault()));

        var file = run.Result.GeneratedSources.Single(s => s.SourceText.ToString().Contains(" AmazonsMachineLearningStrategy = "));
        Snapshot.Verify(file.SourceText.ToString(), "SnapshotTests.Seed_note#" + Path.GetFileNameWithoutExtension(file.HintName));
        Snapshot.Verify(run.Source("Notes.g.cs"), "SnapshotTests.Seed_note#Notes.g");
        Snapshot.Verify(run.Source("Notes.VaultNote.g.cs"), "SnapshotTests.Seed_note#Notes.VaultNote.g");
        // The section classes, one file per hash bucket: all of them, in file order.
        Snapshot.Verify(string.Concat(run.Result.GeneratedSources.Where(s => s.HintName.StartsWith("Notes.Shapes", StringComparison.Ordinal))
            .OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => "// " + s.HintName + "\n" + s.SourceText)), "SnapshotTests.Seed_note#Shapes");
    }

    [Fact]
    public void Seed_note_for_CSharp_7_3_consumers()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SeedVault()), languageVersion: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);

        Snapshot.Verify(run.Source("Notes.g.cs"), "SnapshotTests.Seed_note_for_CSharp_7_3_consumers#Notes.g");
    }

    [Fact]
    public void A_version_bump_changes_no_snapshot()
    {
        string source = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SeedVault())).Source("Notes.g.cs");
        string version = typeof(NoteGen.Generator.NoteGenerator).Assembly.GetName().Version!.ToString();
        Assert.Contains("GeneratedCode(\"NoteGen\", \"" + version + "\")", source);

        Snapshot.Verify(source.Replace(version, "99.1.2.0"), "SnapshotTests.Seed_note#Notes.g");
    }
}

using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>The generated source for the seed note, reviewed and kept in <c>Snapshots/</c>.</summary>
public class SnapshotTests
{
    [Fact]
    public void Seed_note()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SeedVault()));

        var file = run.Result.GeneratedSources.Single(s => s.SourceText.ToString().Contains("class AmazonsMachineLearningStrategyNote "));
        Snapshot.Verify(file.SourceText.ToString(), "SnapshotTests.Seed_note#" + Path.GetFileNameWithoutExtension(file.HintName));
        Snapshot.Verify(run.Source("Notes.g.cs"), "SnapshotTests.Seed_note#Notes.g");
    }

    [Fact]
    public void Seed_note_for_CSharp_7_3_consumers()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SeedVault()), languageVersion: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);

        Snapshot.Verify(run.Source("Notes.g.cs"), "SnapshotTests.Seed_note_for_CSharp_7_3_consumers#Notes.g");
    }
}

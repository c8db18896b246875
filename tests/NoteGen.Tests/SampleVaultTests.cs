using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>The sample vault (sample/notes) through the generator: every generated file and every diagnostic,
/// kept as one reviewed snapshot. NoteGen.Tests.Roslyn48 runs this same test on Roslyn 4.8.</summary>
public class SampleVaultTests
{
    [Fact]
    public void Sample_vault_output()
    {
        var notes = TestNotes.SampleVault();

        var run = GeneratorHarness.Run(GeneratorHarness.Notes(notes));

        var report = new System.Text.StringBuilder();
        report.Append("// Diagnostics:\n");
        foreach (var diagnostic in run.GeneratorDiagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            report.Append($"// {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity} {diagnostic.Id}: {diagnostic.GetMessage()}\n");
        }
        foreach (var source in run.Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            report.Append($"\n// ===== {source.HintName} =====\n").Append(source.SourceText);
        Snapshot.Verify(report.ToString(), "SampleVaultTests.Sample_vault_output");
        // One file per note here, the root class, VaultNote, and the rest the section classes.
        var names = run.Result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(notes.Length, names.Count(n => n.StartsWith("Notes.Notes", StringComparison.Ordinal)));
        Assert.Equal(names.Count - notes.Length - 2, names.Count(n => n.StartsWith("Notes.Shapes", StringComparison.Ordinal)));
        Assert.Contains("Notes.g.cs", names);
        Assert.Contains("Notes.VaultNote.g.cs", names);
    }
}

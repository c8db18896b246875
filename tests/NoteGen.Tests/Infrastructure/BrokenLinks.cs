using Microsoft.CodeAnalysis;

namespace NoteGen.Tests.Infrastructure;

/// <summary>A test vault's hand-checked list of broken links (<c>expected-broken.txt</c>: one <c>ID path(line,column)</c>
/// per line) and what a run reported, in that form.</summary>
internal static class BrokenLinks
{
    public const string FileName = "expected-broken.txt";

    /// <summary>The list of the vault folder <c>TestData/<paramref name="vault"/></c>, ordered.</summary>
    public static IEnumerable<string> Expected(string vault) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", vault, FileName)).Where(line => line.Length > 0).Order(StringComparer.Ordinal);

    /// <summary>Every warning the run reported, in the list's form, ordered.</summary>
    public static IEnumerable<string> Reported(GeneratorRun run) =>
        run.Reported().Where(d => d.Severity == DiagnosticSeverity.Warning)
            .Select(d => $"{d.Id} {d.Path[GeneratorHarness.ProjectDir.Length..]}({d.Line},{d.Column})")
            .Order(StringComparer.Ordinal);
}

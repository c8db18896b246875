using Microsoft.CodeAnalysis;
using NoteGen.Generator;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>NG0020: a project whose NoteGen library is older than the generator gets a compile-time error naming
/// both versions, not an exception when its app runs.</summary>
public class LibraryVersionTests
{
    private static readonly (string, string)[] Vault = [("notes/a.md", "# A\n\nSee [[b]].\n"), ("notes/b.md", "# B\n")];

    [Fact]
    public void A_library_older_than_the_generator_is_an_error_naming_both_versions_and_the_fix()
    {
        var older = RuntimeLibrary.Compile("0.0.1");
        var compilation = GeneratorHarness.CreateCompilation(references: [.. GeneratorHarness.FrameworkReferences.Value, older]);

        GeneratorHarness.CreateDriver(GeneratorHarness.Notes(Vault)).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        var error = Assert.Single(diagnostics, d => d.Id == "NG0020");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        string generator = LibraryVersionCheck.GeneratorVersion.ToString(3);
        Assert.Equal($"The project compiles against NoteGen library 0.0.1, older than the NoteGen generator {generator} that writes its notes; "
            + $"update the NoteGen package reference to {generator} or later", error.GetMessage());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_library_of_the_generator_s_version_or_newer_is_no_error(int minorsAhead)
    {
        var version = LibraryVersionCheck.GeneratorVersion;
        var library = RuntimeLibrary.Compile($"{version.Major}.{version.Minor + minorsAhead}.{version.Build}");
        var compilation = GeneratorHarness.CreateCompilation(references: [.. GeneratorHarness.FrameworkReferences.Value, library]);

        var run = GeneratorRun.From(GeneratorHarness.CreateDriver(GeneratorHarness.Notes(Vault)), compilation);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NG0020");
    }
}

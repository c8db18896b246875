using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        var older = MetadataReference.CreateFromImage(CompileLibrary("0.0.1"));
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
        var library = MetadataReference.CreateFromImage(CompileLibrary($"{version.Major}.{version.Minor + minorsAhead}.{version.Build}"));
        var compilation = GeneratorHarness.CreateCompilation(references: [.. GeneratorHarness.FrameworkReferences.Value, library]);

        var run = GeneratorRun.From(GeneratorHarness.CreateDriver(GeneratorHarness.Notes(Vault)), compilation);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NG0020");
    }

    /// <summary>The runtime library built from this repository's sources with another version number, as an older
    /// or newer NoteGen package would carry it.</summary>
    private static byte[] CompileLibrary(string version, [CallerFilePath] string testFile = "")
    {
        string src = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "..", "..", "src"));
        var options = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET"]);
        var trees = Directory.GetFiles(Path.Combine(src, "NoteGen"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(src, "Shared"), "*.cs"))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
            .Append(CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]", options));
        var compilation = CSharpCompilation.Create("NoteGen", trees, GeneratorHarness.FrameworkReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return GeneratorRun.Emit(compilation);
    }
}

using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NoteGen.Tests.Infrastructure;

/// <summary>The runtime library built from this repository's sources, as another NoteGen package would carry it.</summary>
internal static class RuntimeLibrary
{
    /// <summary>The library with assembly version <paramref name="version"/>: its netstandard2.0 form (no System.Text.Json
    /// converter), or with <paramref name="net8"/> its net8.0 form.</summary>
    public static MetadataReference Compile(string version, bool net8 = false)
    {
        string src = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "..", "src"));
        var options = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: net8 ? ["NET", "NET8_0_OR_GREATER"] : ["NET"]);
        var trees = Directory.GetFiles(Path.Combine(src, "NoteGen"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(src, "Shared"), "*.cs"))
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
            .Append(CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]", options));
        var compilation = CSharpCompilation.Create("NoteGen", trees, GeneratorHarness.FrameworkReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return MetadataReference.CreateFromImage(GeneratorRun.Emit(compilation));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}

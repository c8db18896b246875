using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Generator;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Benchmarks;

/// <summary>What compiling the generated code costs: runs the generator over a synthetic vault, then compiles its
/// output in process (parse, bind, emit), the part of a real build that NoteGen's output adds.</summary>
public static class CompileCost
{
    public static void Run(int n)
    {
        var vault = new SyntheticVault(n, uniqueHeadings: true);
        var notes = vault.Notes.Select(x => (AdditionalText)new InMemoryAdditionalText("/project/" + x.Path, x.Text)).ToArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Append(typeof(NoteGen.Note).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release);

        var watch = Stopwatch.StartNew();
        var driver = CSharpGeneratorDriver.Create([new NoteGenerator().AsSourceGenerator()], notes, parseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "App", ["ProjectDir"] = "/project/" }));
        var result = driver.RunGenerators(CSharpCompilation.Create("Empty")).GetRunResult();
        var sources = result.GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
        long generated = sources.Sum(s => (long)s.Length);
        Console.WriteLine($"  generated: {generated:N0} chars in {sources.Length} files for {vault.TotalCharacters:N0} chars of Markdown ({(double)generated / vault.TotalCharacters:F2} per char)");

        for (int round = 0; round < 2; round++)
        {
            watch.Restart();
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)).ToArray();
            long parse = watch.ElapsedMilliseconds;
            var compilation = CSharpCompilation.Create("Consumer", trees, references, options);
            using var image = new MemoryStream();
            var emit = compilation.Emit(image);
            Console.WriteLine($"  compile: parse {parse} ms, bind+emit {watch.ElapsedMilliseconds - parse} ms, {emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, {image.Length / 1024} KB");
        }
    }
}

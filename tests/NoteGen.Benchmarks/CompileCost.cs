using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Generator;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Benchmarks;

/// <summary>What compiling the generated code costs: runs the generator over a synthetic vault, then compiles its
/// output in process (parse, bind, emit), the part of a real build that NoteGen's output adds, and prints what the
/// compilation holds once emitted.</summary>
public static class CompileCost
{
    /// <param name="payloads">False to compile the code with every payload emptied (<c>"11|0:"</c>): what the fields,
    /// attributes and section classes cost without the content they carry.</param>
    public static void Run(int n, bool payloads)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Append(typeof(NoteGen.Note).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release);

        var sources = Generate(n, parseOptions);
        if (!payloads)
            sources = sources.Select(s => Payload.Replace(s, "\"" + PayloadFormat.Header + "0:\"")).ToArray();
        long held = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"  compiled: {sources.Sum(s => (long)s.Length):N0} chars ({held >> 20} MB held with them)");

        var watch = Stopwatch.StartNew();
        for (int round = 0; round < 2; round++)
        {
            watch.Restart();
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)).ToArray();
            long parse = watch.ElapsedMilliseconds;
            var compilation = CSharpCompilation.Create("Consumer", trees, references, options);
            using var image = new MemoryStream();
            var emit = compilation.Emit(image);
            long elapsed = watch.ElapsedMilliseconds;
            // What the compilation holds once emitted (syntax trees, symbols, bound state), as a compiler keeps it to the end.
            long compiled = GC.GetTotalMemory(forceFullCollection: true) - held;
            GC.KeepAlive(compilation);
            Console.WriteLine($"  compile: parse {parse} ms, bind+emit {elapsed - parse} ms, {emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, {image.Length / 1024} KB; the compilation holds {compiled >> 20} MB");
        }
    }

    /// <summary>A payload literal as the generator writes it: its header, its title (which may hold escapes), then its
    /// deflated body.</summary>
    private static readonly Regex Payload = new("\"" + Regex.Escape(PayloadFormat.Header) + "(?:[^\"\\\\]|\\\\.)*\"");

    /// <summary>The generated sources. The driver is garbage once this returns, as in a standalone compiler, which
    /// drops it after generating (the compiler server keeps it for the next build).</summary>
    private static string[] Generate(int n, CSharpParseOptions parseOptions)
    {
        var vault = new SyntheticVault(n, uniqueHeadings: true);
        var notes = vault.Notes.Select(x => (AdditionalText)new InMemoryAdditionalText("/project/" + x.Path, x.Text)).ToArray();
        var driver = CSharpGeneratorDriver.Create([new NoteGenerator().AsSourceGenerator()], notes, parseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "App", ["ProjectDir"] = "/project/" }));
        var result = driver.RunGenerators(CSharpCompilation.Create("Empty")).GetRunResult();
        var sources = result.GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
        long generated = sources.Sum(s => (long)s.Length);
        Console.WriteLine($"  generated: {generated:N0} chars in {sources.Length} files for {vault.TotalCharacters:N0} chars of Markdown ({(double)generated / vault.TotalCharacters:F2} per char)");
        return sources;
    }
}

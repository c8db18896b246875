using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Generator;

namespace NoteGen.Tests.Infrastructure;

/// <summary>Runs NoteGen over in-memory notes the way the compiler does, compiles the result and can run it.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    /// <summary>The path of the consumer's C# file, where diagnostics about declared schemas point.</summary>
    public const string ConsumerPath = ProjectDir + "Consumer.cs";

    public static readonly IReadOnlyDictionary<string, string> DefaultProperties = new Dictionary<string, string>
    {
        ["RootNamespace"] = "App",
        ["ProjectDir"] = ProjectDir,
    };

    /// <summary>The running runtime's assemblies: no reference-assembly package, so the same harness runs under every
    /// Roslyn version the tests pin (see NoteGen.Tests.Roslyn48).</summary>
    public static readonly Lazy<MetadataReference[]> FrameworkReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>The framework and NoteGen's runtime library.</summary>
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. FrameworkReferences.Value, MetadataReference.CreateFromFile(typeof(Note).Assembly.Location)]);

    /// <summary>The default properties with <paramref name="settings"/> set (MSBuild properties the generator reads).</summary>
    public static Dictionary<string, string> Properties(params (string Key, string Value)[] settings)
    {
        var properties = new Dictionary<string, string>(DefaultProperties);
        foreach (var (key, value) in settings)
            properties[key] = value;
        return properties;
    }

    /// <summary>Notes as (project-relative path, text).</summary>
    public static AdditionalText[] Notes(params (string Path, string Text)[] notes) =>
        notes.Select(n => (AdditionalText)new InMemoryAdditionalText(ProjectDir + n.Path, n.Text)).ToArray();

    /// <summary>A driver as the compiler makes one. <paramref name="trackSteps"/> records every step's inputs and outputs
    /// for the incremental tests; on a 10,000-note vault it made a 7 s run take 90 s, so it is off otherwise.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> notes, LanguageVersion languageVersion = LanguageVersion.Latest,
        IReadOnlyDictionary<string, string>? properties = null, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new NoteGenerator().AsSourceGenerator()],
            notes,
            new CSharpParseOptions(languageVersion),
            new TestOptionsProvider(properties ?? DefaultProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static CSharpCompilation CreateCompilation(string consumer = "", LanguageVersion languageVersion = LanguageVersion.Latest,
        IEnumerable<MetadataReference>? references = null) =>
        CSharpCompilation.Create(
            "Consumer",
            consumer.Length == 0 ? [] : [CSharpSyntaxTree.ParseText(consumer, new CSharpParseOptions(languageVersion), ConsumerPath)],
            references ?? References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    /// <summary>Runs the generator over <paramref name="notes"/> and compiles its output with <paramref name="consumer"/>;
    /// fails unless the generator ran without exception and the compilation has no errors.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> notes, string consumer = "", LanguageVersion languageVersion = LanguageVersion.Latest,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        var driver = CreateDriver(notes, languageVersion, properties);
        return GeneratorRun.From(driver, CreateCompilation(consumer, languageVersion));
    }

    public static GeneratorRun Run(params (string Path, string Text)[] notes) => Run(Notes(notes));
}

/// <summary>The outcome of one generator run over a compilation.</summary>
internal sealed class GeneratorRun
{
    private GeneratorRun(GeneratorDriver driver, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
        Result = driver.GetRunResult().Results.Single();
    }

    private byte[] _image = [];

    public GeneratorDriver Driver { get; }
    public Compilation Output { get; }
    public GeneratorRunResult Result { get; }

    /// <summary>What the generator reported (NG…), sorted by location.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public static GeneratorRun From(GeneratorDriver driver, Compilation input)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var sorted = diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        var run = new GeneratorRun(driver, output, sorted);
        if (run.Result.Exception is { } exception)
            throw new InvalidOperationException("The generator threw.", exception);
        run._image = Emit(output);
        return run;
    }

    /// <summary>The compiled assembly; fails when <paramref name="compilation"/> has errors. Emitting binds everything
    /// once and reports every compile error, so no separate GetDiagnostics pass.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException("Generated code does not compile:\n" + string.Join("\n", errors.Take(20)));
        return image.ToArray();
    }

    public string Source(string hintName) => Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Loads the compiled assembly in a collectible context and calls <c>public static string Run()</c>
    /// of <paramref name="typeName"/>.</summary>
    public string Invoke(string typeName, string method = "Run") =>
        Load(_image, assembly => (string)assembly.GetType(typeName, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!);

    /// <summary>What <paramref name="use"/> makes of the notes of the compiled root class <c>App.Notes</c>, as
    /// <c>Notes.All</c> gives them.</summary>
    public string WithNotes(Func<IReadOnlyList<Note>, string> use) => WithNotes(_image, use);

    /// <inheritdoc cref="WithNotes(Func{IReadOnlyList{Note}, string})"/>
    public static string WithNotes(byte[] image, Func<IReadOnlyList<Note>, string> use) =>
        Load(image, assembly => use((IReadOnlyList<Note>)assembly.GetType("App.Notes", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!));

    /// <summary>Loads <paramref name="image"/> in a collectible context (whose NoteGen is the tests' own) for the
    /// time <paramref name="use"/> runs.</summary>
    private static string Load(byte[] image, Func<Assembly, string> use)
    {
        using var stream = new MemoryStream(image);
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            return use(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }
}

using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Generator;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Benchmarks;

/// <summary>
/// The generator alone, in process, on synthetic vaults of seed-shaped notes: a full first run, and from a warm
/// driver one body edit, one rename (the index changes) and one added note. Raw Markdig parsing of the same text
/// is the floor the full run is compared with.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string ProjectDir = "/project/";

    private SyntheticVault _vault = null!;
    private AdditionalText[] _notes = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _renamed = null!;
    private AdditionalText _added = null!;

    [Params(1_000, 10_000)]
    public int Notes { get; set; }

    [GlobalSetup]
    public void Setup() => Setup(run: true);

    /// <summary>Writes the vault and, when <paramref name="run"/>, runs <see cref="FirstRun"/>.</summary>
    public void Setup(bool run)
    {
        _vault = new SyntheticVault(Notes, uniqueHeadings: true); // worst case: no note shares a section class
        _notes = _vault.Notes.Select(n => (AdditionalText)new InMemoryAdditionalText(ProjectDir + n.Path, n.Text)).ToArray();
        _compilation = CSharpCompilation.Create("Bench");
        if (run)
            FirstRun();
    }

    /// <summary>The first full run, whose driver the edits start from.</summary>
    public void FirstRun()
    {
        _warm = CreateDriver().RunGenerators(_compilation);
        int middle = Notes / 2;
        _edited = new InMemoryAdditionalText(_notes[middle].Path, _vault.Edited(middle));
        _renamed = new InMemoryAdditionalText(_notes[middle].Path.Replace(".md", "_renamed.md"), _vault.Notes[middle].Text);
        _added = new InMemoryAdditionalText(ProjectDir + "notes/added.md", _vault.Notes[middle].Text);
    }

    private GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new NoteGenerator().AsSourceGenerator()], _notes, new CSharpParseOptions(),
        new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "App", ["ProjectDir"] = ProjectDir }));

    [Benchmark(Baseline = true, Description = "Markdig parse (floor)")]
    public int MarkdigFloor()
    {
        int blocks = 0;
        foreach (var (_, text) in _vault.Notes)
            blocks += Markdig.Markdown.Parse(text).Count;
        return blocks;
    }

    [Benchmark(Description = "Full run")]
    public GeneratorDriver FullRun() => CreateDriver().RunGenerators(_compilation);

    [Benchmark(Description = "Edit one note body")]
    public GeneratorDriver EditOneNote() => _warm.ReplaceAdditionalText(_notes[Notes / 2], _edited).RunGenerators(_compilation);

    [Benchmark(Description = "Rename one note")]
    public GeneratorDriver RenameOneNote() => _warm.ReplaceAdditionalText(_notes[Notes / 2], _renamed).RunGenerators(_compilation);

    [Benchmark(Description = "Add one note")]
    public GeneratorDriver AddOneNote() => _warm.AddAdditionalTexts([_added]).RunGenerators(_compilation);
}

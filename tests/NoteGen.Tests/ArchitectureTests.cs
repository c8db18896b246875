using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NoteGen.Tests;

/// <summary>
/// The generator's stages depend one way, as README's "How it works" says: Model and Diagnostics at the bottom, then
/// Parsing and Resolution (which do not use each other), Emitting on top, and the wiring (the root namespace) over
/// all. Checked on the source: every name a file binds to in another stage's namespace must be below its own.
/// </summary>
public class ArchitectureTests
{
    private const string Root = "NoteGen.Generator";

    /// <summary>Each stage and the stages it may use.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Model"] = ["Model", "Diagnostics"],
        ["Diagnostics"] = ["Model", "Diagnostics"],
        ["Parsing"] = ["Model", "Diagnostics", "Parsing"],
        ["Resolution"] = ["Model", "Diagnostics", "Resolution"],
        ["Emitting"] = ["Model", "Diagnostics", "Resolution", "Emitting"],
    };

    [Fact]
    public void Every_stage_uses_only_the_stages_below_it()
    {
        var compilation = GeneratorSources();
        var violations = new List<string>();
        var stages = new HashSet<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                string? stage = StageOf(declaration.Name.ToString());
                if (stage == null || !Allowed.TryGetValue(stage, out var allowed))
                    continue;
                stages.Add(stage);
                foreach (var name in declaration.DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    var symbol = model.GetSymbolInfo(name).Symbol;
                    var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                    string? used = type == null ? null : StageOf(type.ContainingNamespace.ToDisplayString());
                    if (used != null && !allowed.Contains(used))
                        violations.Add($"{Path.GetFileName(tree.FilePath)}({name.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {stage} uses {used} ({type!.Name})");
                }
            }
        }

        Assert.Equal(Allowed.Keys.Order(), stages.Order());
        Assert.Empty(violations.Distinct());
    }

    /// <summary>The stage of a namespace of the generator: its part after <c>NoteGen.Generator.</c>, "" for the root
    /// (the wiring), null outside the generator.</summary>
    private static string? StageOf(string ns) =>
        ns == Root ? "" : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;

    private static CSharpCompilation GeneratorSources([CallerFilePath] string testFile = "")
    {
        string src = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "..", "..", "src"));
        var trees = Directory.GetFiles(Path.Combine(src, "NoteGen.Generator"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(src, "Shared"), "*.cs"))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Intersect(["obj", "bin"]).Any())
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(Compilation).Assembly.Location, typeof(CSharpCompilation).Assembly.Location,
                typeof(Markdig.Markdown).Assembly.Location, typeof(YamlDotNet.Core.Parser).Assembly.Location])
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create("Generator", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }
}

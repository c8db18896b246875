using System.Collections.Immutable;
using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>A small vault of inline notes, parsed and indexed as the generator does, for the resolution tests.</summary>
internal sealed class TestVault
{
    private readonly Dictionary<string, ParsedNote> _notes;

    private TestVault(ParsedNote[] notes, VaultIndex index)
    {
        _notes = notes.ToDictionary(n => n.Path);
        Index = index;
    }

    public VaultIndex Index { get; }

    public ParsedNote this[string path] => _notes[path];

    public static ParsedNote Parse(string path, string text, GeneratorSettings? settings = null) =>
        NoteParser.Parse("/project/" + path, path, text, settings ?? TestSettings.Default, CancellationToken.None);

    /// <summary>Notes given as path and text; a path alone (no text) is an empty note.</summary>
    public static TestVault Of(params (string Path, string Text)[] notes) => Of(notes, [], []);

    public static TestVault Of((string Path, string Text)[] notes, string[] attachments, NoteSchema[] schemas, GeneratorSettings? settings = null)
    {
        settings ??= TestSettings.Default;
        var parsed = notes.Select(n => Parse(n.Path, n.Text, settings)).ToArray();
        var index = VaultIndexBuilder.Build(parsed.Select(NoteKey.Of).ToImmutableArray(), attachments.ToImmutableArray(), settings,
            schemas.ToEquatableArray(), CancellationToken.None);
        return new TestVault(parsed, index);
    }

    /// <summary>Empty notes at these paths.</summary>
    public static TestVault Empty(params string[] paths) => Of(paths.Select(p => (p, "")).ToArray());

    public ResolvedNote Resolve(string path) => NoteResolver.Resolve(_notes[path], Index, CancellationToken.None);

    /// <summary>Resolves the note at <paramref name="path"/> and returns its only link.</summary>
    public ResolvedLink Link(string path) => Assert.Single(Resolve(path).Links);

    /// <summary>The diagnostics resolving the note at <paramref name="path"/> reports, each as its id then its arguments.</summary>
    public string[][] Diagnostics(string path) => Resolve(path).Diagnostics.Select(IdAndArguments).ToArray();

    public static string[] IdAndArguments(DiagnosticInfo diagnostic) => [diagnostic.Id, .. diagnostic.Arguments];
}

/// <summary>Declared schemas as the schema reader would hand them over.</summary>
internal static class TestSchemas
{
    public static readonly TextLocation At = new(10, 5, 2, 1, 2, 6);

    public static NoteSchema Schema(string name, string glob, params SchemaMember[] members) => Schema(name, glob, true, members);

    public static NoteSchema Schema(string name, string glob, bool allowUnknownKeys, params SchemaMember[] members) =>
        new("App." + name, name, glob, allowUnknownKeys, SchemaConstruction.Constructor, members.ToEquatableArray(), "/project/Schemas.cs", At,
            EquatableArray<DiagnosticInfo>.Empty);

    public static EquatableArray<NoteSchema> Schemas(params NoteSchema[] schemas) => schemas.ToEquatableArray();

    public static SchemaMember Member(string name, SchemaScalar scalar, string display, bool required = false, bool list = false,
        string[]? enumNames = null, string? referenced = null) =>
        new(name, display, display, scalar, list ? display : null, required, (enumNames ?? []).ToEquatableArray(), null, referenced);
}

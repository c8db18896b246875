using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NoteGen.Generator.Emitting;
using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Emitting;

/// <summary>Emitter input made from real note text: the parser and the resolver run on small vaults, so the emitter
/// sees what the generator gives it.</summary>
internal static class EmittingVault
{
    public static readonly GeneratorSettings Settings = TestSettings.Default;

    public static ParsedNote Parse(string path, string text, GeneratorSettings? settings = null) =>
        NoteParser.Parse("/project/" + path, path, text, settings ?? Settings, CancellationToken.None);

    /// <summary>The notes (path, text) parsed, indexed with <paramref name="attachments"/> and resolved, in the order given.</summary>
    public static (VaultIndex Index, ResolvedNote[] Notes) Resolve(GeneratorSettings settings, string[] attachments, params (string Path, string Text)[] notes)
    {
        var parsed = notes.Select(n => Parse(n.Path, n.Text, settings)).ToArray();
        var index = VaultIndexBuilder.Build(parsed.Select(NoteKey.Of).ToImmutableArray(), attachments.ToImmutableArray(), settings,
            EquatableArray<NoteSchema>.Empty, CancellationToken.None);
        return (index, parsed.Select(p => NoteResolver.Resolve(p, index, CancellationToken.None)).ToArray());
    }

    public static (VaultIndex Index, ResolvedNote[] Notes) Resolve(params (string Path, string Text)[] notes) => Resolve(Settings, [], notes);

    /// <summary>The first note of a vault of <paramref name="notes"/>, resolved.</summary>
    public static ResolvedNote Note(string text, params (string Path, string Text)[] others) =>
        Resolve([("notes/note.md", text), .. others]).Notes[0];

    /// <summary>The value of a C# string literal as the C# parser reads it; the literal must parse without errors.</summary>
    public static string ValueOf(string literal)
    {
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.True(token.IsKind(SyntaxKind.StringLiteralToken), literal);
        Assert.Equal(literal, token.Text);
        return token.ValueText;
    }

    /// <summary>The note's payload as a C# literal.</summary>
    public static string LiteralOf(ResolvedNote note) => PayloadWriter.Literal(note);

    /// <summary>The note's payload as written, read back from its C# literal.</summary>
    public static string PayloadOf(ResolvedNote note) => ValueOf(LiteralOf(note));
}

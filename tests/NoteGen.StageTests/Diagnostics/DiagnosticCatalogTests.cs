using System.Globalization;
using Microsoft.CodeAnalysis;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.StageTests.Diagnostics;

/// <summary>Every diagnostic NoteGen reports: stable ids, the severity and message the README documents, and a
/// description where the message alone does not explain the rule.</summary>
public class DiagnosticCatalogTests
{
    /// <summary>Id, title, severity, message arguments and the message they give (the README's examples), and a phrase
    /// of the description (null: none).</summary>
    public static readonly TheoryData<string, string, DiagnosticSeverity, string[], string, string?> Catalog = new()
    {
        { "NG0001", "Broken link", DiagnosticSeverity.Warning, ["amazons_bussiness", "; did you mean 'amazons_business'?"],
            "Link target 'amazons_bussiness' does not match any note; did you mean 'amazons_business'?", "file name, path or alias (case-insensitive)" },
        { "NG0002", "Invalid front matter", DiagnosticSeverity.Warning, ["Duplicate key a"],
            "Front matter is not valid YAML: Duplicate key a", "generated without front matter" },
        { "NG0003", "Front matter is not a map", DiagnosticSeverity.Warning, ["list"],
            "Front matter must be a map of 'key: value' lines, but it is a list", null },
        { "NG0004", "Unterminated front matter", DiagnosticSeverity.Warning, [],
            "Front matter starts with '---' but has no closing '---' line", null },
        { "NG0005", "Malformed timestamp", DiagnosticSeverity.Warning, ["01:12:07:00"],
            "Timestamp '01:12:07:00' is not HH:MM:SS or MM:SS (minutes and seconds below 60); it is left out", null },
        { "NG0006", "Link without target", DiagnosticSeverity.Warning, ["[[|alias]]"], "Link '[[|alias]]' has no target", null },
        { "NG0007", "Note could not be processed", DiagnosticSeverity.Warning, ["out of memory"],
            "NoteGen could not process this note (out of memory); it is generated without content", "report it with the file" },
        { "NG0008", "Identifier renamed", DiagnosticSeverity.Info, ["'notes/data_gravity.md'", "DataGravity2", "DataGravity"],
            "'notes/data_gravity.md' is generated as 'DataGravity2' because 'DataGravity' is already taken", null },
        { "NG0009", "Invalid NoteGen setting", DiagnosticSeverity.Warning, ["NoteGenClassName", "class", "is not a valid C# class name", "Notes"],
            "NoteGenClassName 'class' is not a valid C# class name; using 'Notes' instead", "An MSBuild property" },
        { "NG0010", "Heading not found", DiagnosticSeverity.Warning, ["b", "Whats nxt", "; did you mean 'What's next?'?"],
            "Note 'b' has no heading 'Whats nxt'; did you mean 'What's next?'?", "case-insensitive, punctuation ignored" },
        { "NG0011", "Block not found", DiagnosticSeverity.Warning, ["b", "nope"], "Note 'b' has no block '^nope'", "'^id' at the end of a line" },
        { "NG0012", "Attachment not found", DiagnosticSeverity.Warning, ["digram.png", "; did you mean 'diagram.png'?"],
            "Link target 'digram.png' does not match any file listed in AdditionalFiles; did you mean 'diagram.png'?", "at least one such file" },
        { "NG0013", "Front matter types differ", DiagnosticSeverity.Info, ["mixed", "integer in 'notes/a.md', 'notes/c.md'; text in 'notes/b.md'", "text"],
            "Front matter 'mixed' has different types across notes (integer in 'notes/a.md', 'notes/c.md'; text in 'notes/b.md'); it is generated as text",
            "integer and number do" },
        { "NG0014", "Front matter misses a schema member", DiagnosticSeverity.Error, ["videoId", "Episode"],
            "Front matter has no 'videoId', which schema 'Episode' requires", "ignoring case, '-' and '_'" },
        { "NG0015", "Front matter value does not fit the schema", DiagnosticSeverity.Error, ["status", "'Archived'", "Status", "Status: Draft, Published", "Episode"],
            "Front matter 'status' is 'Archived', which does not fit member 'Status' (Status: Draft, Published) of schema 'Episode'", "reads its default" },
        { "NG0016", "Front matter key not in the schema", DiagnosticSeverity.Error, ["ratng", "Episode", "; did you mean 'rating'?"],
            "Front matter 'ratng' is not a member of schema 'Episode'; did you mean 'rating'?", "title, tags and aliases are always allowed" },
        { "NG0017", "Schema cannot be used as declared", DiagnosticSeverity.Warning, ["Page", "member 'Link' has type 'System.Uri?', which front matter cannot hold; it is left out"],
            "Schema 'Page': member 'Link' has type 'System.Uri?', which front matter cannot hold; it is left out", "generated code cannot construct it" },
        { "NG0018", "Schema matches no note", DiagnosticSeverity.Warning, ["Doc", "docs/**/*.md"],
            "Schema 'Doc' matches no note: no note path matches 'docs/**/*.md'", "probably mistyped" },
        { "NG0019", "Note matches several schemas", DiagnosticSeverity.Warning, ["'Page' (notes/*.md), 'Special' (notes/special.md)", "'Page'"],
            "Note matches several schemas ('Page' (notes/*.md), 'Special' (notes/special.md)); it follows 'Page'", "the first by full type name" },
        { "NG0020", "NoteGen library older than the generator", DiagnosticSeverity.Error, ["0.1.0", "0.2.0"],
            "The project compiles against NoteGen library 0.1.0, older than the NoteGen generator 0.2.0 that writes its notes; update the NoteGen package reference to 0.2.0 or later",
            "fail when the app runs" },
    };

    [Theory]
    [MemberData(nameof(Catalog))]
    public void Each_diagnostic_has_its_documented_id_severity_and_message(string id, string title, DiagnosticSeverity severity, string[] arguments,
        string message, string? describedAs)
    {
        var descriptor = NoteGenDiagnostics.ById(id);
        var diagnostic = DiagnosticInfo.Create(descriptor, null, null, arguments).ToDiagnostic();

        Assert.Equal(id, descriptor.Id);
        Assert.Equal(title, descriptor.Title.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(severity, descriptor.DefaultSeverity);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("NoteGen", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
        string description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
        if (describedAs == null)
            Assert.Equal("", description);
        else
            Assert.Contains(describedAs, description);
    }

    [Fact]
    public void Ids_run_from_NG0001_without_gaps_and_an_unknown_id_is_an_error()
    {
        var ids = Catalog.Select(row => (string)row[0]).ToList();

        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => "NG" + i.ToString("D4", CultureInfo.InvariantCulture)), ids);
        Assert.Throws<KeyNotFoundException>(() => NoteGenDiagnostics.ById("NG0" + (ids.Count + 1)));
    }

    [Fact]
    public void A_diagnostic_is_located_in_its_file_with_printable_arguments()
    {
        var diagnostic = DiagnosticInfo.Create(NoteGenDiagnostics.BrokenLink, "/project/notes/a.md", new TextLocation(12, 5, 2, 4, 2, 9), "line\nbreak", "").ToDiagnostic();

        Assert.Equal("Link target 'line\\u000Abreak' does not match any note", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/project/notes/a.md", 2, 4, 2, 9), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character,
            span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal(12, diagnostic.Location.SourceSpan.Start);
    }
}

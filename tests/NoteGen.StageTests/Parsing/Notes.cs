using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;

namespace NoteGen.StageTests.Parsing;

/// <summary>What the parsing tests share: a note parsed from inline text, and a timestamp anchor as notes write it.</summary>
internal static class Notes
{
    public static ParsedNote Parse(string text, string path = "notes/note.md", GeneratorSettings? settings = null) =>
        NoteParser.Parse("/project/" + path, path, text, settings ?? TestSettings.Default, CancellationToken.None);

    public static string Anchor(string t) => $"<a class=\"yt-timestamp\" data-t=\"{t}\">[{t}]</a>";

    /// <summary>The diagnostics as (id, 0-based line, 0-based column, length).</summary>
    public static IEnumerable<(string Id, int Line, int Column, int Length)> Places(this ParsedNote note) =>
        note.Diagnostics.Select(d => (d.Id, d.Location!.Line, d.Location.Column, d.Location.Length));

    /// <summary>The front matter as (key, kind, scalar).</summary>
    public static IEnumerable<(string? Key, YamlValueKind Kind, string? Scalar)> Entries(this ParsedNote note) =>
        note.FrontMatter.Entries.Select(e => (e.Key, e.Value.Kind, e.Value.Scalar));
}

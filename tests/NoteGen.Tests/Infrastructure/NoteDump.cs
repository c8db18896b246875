using System.Globalization;
using System.Text;
using NoteGen.Generator.Emitting;
using NoteGen.Generator.Model;

namespace NoteGen.Tests.Infrastructure;

/// <summary>
/// Everything a vault's notes hold, as text in one fixed layout: from the notes an app reads at run time, or from
/// what the generator parsed and resolved (the writer's input), so the two can be compared line by line.
/// </summary>
internal static class NoteDump
{
    /// <summary>The notes as the runtime library decodes them from generated code.</summary>
    public static string Of(IReadOnlyList<Note> notes)
    {
        var text = new StringBuilder();
        foreach (var note in notes)
        {
            Note(text, note.Path, note.Name, note.Title, Map(note.FrontMatter), note.Tags);
            foreach (var section in note.AllSections)
                Section(text, section.Heading, section.Level, section.Line, section.Parent == null ? -1 : IndexOf(note.AllSections, section.Parent));
            foreach (var t in note.Timestamps)
                Timestamp(text, t.Label, (int)t.Offset.TotalSeconds, t.Url?.ToString(), t.Line, t.Column);
            foreach (var link in note.Links)
                Link(text, KindOf(link.IsEmbed, link.IsMarkdownLink), link.Target, link.BlockId != null ? "^" + link.BlockId : link.Heading, link.Alias,
                    link.Line, link.Column, link.Path, link.Section == null ? -1 : IndexOf(link.Note!.AllSections, link.Section), link.IsBroken, link.Property);
            foreach (var claim in note.Claims)
                Claim(text, claim.Line, claim.Section == null ? -1 : IndexOf(note.AllSections, claim.Section), claim.Links.Select(l => IndexOf(note.Links, l)),
                    claim.Timestamps.Select(t => IndexOf(note.Timestamps, t)), claim.Text, claim.Markdown);
            foreach (var backlink in note.Backlinks)
                Backlink(text, backlink.Source.Path, IndexOf(backlink.Source.Links, backlink));
        }
        return text.ToString();
    }

    /// <summary>The notes as the generator read them, in path order, with the backlinks their resolved links make.</summary>
    public static string Of(IReadOnlyList<ResolvedNote> notes)
    {
        var text = new StringBuilder();
        foreach (var resolved in notes.OrderBy(n => n.Note.Path, StringComparer.Ordinal))
        {
            var note = resolved.Note;
            Note(text, note.Path, note.Name, note.Title, note.FrontMatter.Kind == YamlValueKind.Map ? Value(note.FrontMatter) : "{}", note.Tags);
            foreach (var section in note.Sections)
                Section(text, section.Heading, section.Level, section.Line, section.Parent);
            string? template = PayloadWriter.VideoUrlTemplate(resolved);
            foreach (var t in note.Timestamps)
                Timestamp(text, t.Label, t.Seconds, template == null ? null : new Uri(template.Replace("{seconds}", t.Seconds.ToString(CultureInfo.InvariantCulture))).ToString(),
                    t.Line, t.Column);
            for (int i = 0; i < note.Links.Count; i++)
            {
                var link = note.Links[i];
                var target = resolved.Links[i];
                Link(text, KindOf(link.IsEmbed, link.IsMarkdown), link.Target, link.Subpath == "" ? null : link.Subpath, link.Alias,
                    link.Location.Line + 1, link.Location.Column + 1, target.Path,
                    // The runtime finds a link's section through its note: a file's has none.
                    notes.Any(n => n.Note.Path == target.Path) ? target.Section : -1, target.State == LinkState.Broken, link.Property);
            }
            foreach (var claim in note.Claims)
                Claim(text, claim.Line, claim.Section, Enumerable.Range(claim.FirstLink, claim.LinkCount), Enumerable.Range(claim.FirstTimestamp, claim.TimestampCount),
                    claim.Text, note.Markdown.Substring(claim.MarkdownStart, claim.MarkdownLength));
            foreach (var source in notes.OrderBy(n => n.Note.Path, StringComparer.Ordinal).Where(n => n.Note.Path != note.Path))
                for (int i = 0; i < source.Links.Count; i++)
                    if (source.Links[i].Path == note.Path)
                        Backlink(text, source.Note.Path, i);
        }
        return text.ToString();
    }

    private static void Note(StringBuilder text, string path, string name, string title, string frontMatter, IEnumerable<string> tags) =>
        text.Append("note ").Append(path).Append(" name=").Append(name).Append(" title=").Append(Escape(title)).Append('\n')
            .Append("  front matter ").Append(frontMatter).Append('\n')
            .Append("  tags ").Append(string.Join(", ", tags)).Append('\n');

    private static void Section(StringBuilder text, string heading, int level, int line, int parent) =>
        text.Append("  section ").Append(new string('#', level)).Append(' ').Append(Escape(heading)).Append(" line ").Append(line).Append(" parent ").Append(parent).Append('\n');

    private static void Timestamp(StringBuilder text, string label, int seconds, string? url, int line, int column) =>
        text.Append("  timestamp ").Append(label).Append(' ').Append(seconds).Append("s ").Append(url ?? "-").Append(" at ").Append(line).Append(':').Append(column).Append('\n');

    private static void Link(StringBuilder text, string kind, string target, string? subpath, string? alias, int line, int column, string? path, int section,
        bool broken, string? property) =>
        text.Append("  link ").Append(property == null ? "" : "property " + property + " ").Append(kind).Append(" '").Append(Escape(target)).Append("' #").Append(subpath == null ? "-" : Escape(subpath))
            .Append(" |").Append(alias == null ? "-" : Escape(alias)).Append(" at ").Append(line).Append(':').Append(column)
            .Append(" -> ").Append(path ?? "-").Append(" section ").Append(section).Append(broken ? " broken" : "").Append('\n');

    private static void Claim(StringBuilder text, int line, int section, IEnumerable<int> links, IEnumerable<int> timestamps, string plain, string markdown) =>
        text.Append("  claim line ").Append(line).Append(" section ").Append(section).Append(" links [").Append(string.Join(",", links))
            .Append("] timestamps [").Append(string.Join(",", timestamps)).Append("] ").Append(Escape(plain)).Append('\n')
            .Append("    markdown ").Append(Escape(markdown)).Append('\n');

    private static void Backlink(StringBuilder text, string source, int link) =>
        text.Append("  backlink ").Append(source).Append(" link ").Append(link).Append('\n');

    private static string KindOf(bool embed, bool markdown) => markdown ? (embed ? "image" : "markdown") : (embed ? "embed" : "wiki");

    private static int IndexOf<T>(IReadOnlyList<T> items, T item) where T : class
    {
        for (int i = 0; i < items.Count; i++)
            if (ReferenceEquals(items[i], item))
                return i;
        return -1;
    }

    /// <summary>A front-matter value as the runtime holds it: text, null, lists, maps (keys sorted).</summary>
    private static string Map(object? value) => value switch
    {
        null => "null",
        string scalar => "'" + Escape(scalar) + "'",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Map)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Escape(p.Key) + ": " + Map(p.Value))) + "}",
        _ => throw new InvalidOperationException("Unexpected front-matter value " + value.GetType()),
    };

    /// <summary>A front-matter value as the generator read it, in the same layout (a key given twice: the last wins).</summary>
    private static string Value(YamlValue value) => value.Kind switch
    {
        YamlValueKind.Scalar => "'" + Escape(value.Scalar ?? "") + "'",
        YamlValueKind.List => "[" + string.Join(", ", value.Entries.Select(e => Value(e.Value))) + "]",
        YamlValueKind.Map => "{" + string.Join(", ", value.Entries.GroupBy(e => e.Key ?? "").Select(g => g.Last())
            .OrderBy(e => e.Key ?? "", StringComparer.Ordinal).Select(e => Escape(e.Key ?? "") + ": " + Value(e.Value))) + "}",
        _ => "null",
    };

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r");
}

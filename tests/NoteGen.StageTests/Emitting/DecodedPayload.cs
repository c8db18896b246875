using NoteGen.Generator.Model;

namespace NoteGen.StageTests.Emitting;

/// <summary>A note's payload read with the runtime library's own <c>PayloadReader</c>, token by token as the grammar of
/// <c>PayloadFormat</c> says, into plain values to compare with the model.</summary>
internal sealed record DecodedNote(
    int Format,
    string Title,
    object? FrontMatter,
    string? VideoUrlTemplate,
    string Markdown,
    string? Html,
    List<(HtmlFill Fill, int At, int End, int Index, int Length)> Fills,
    List<(string Heading, int Level, int Line, int Parent, string? Field, string Anchor, int HtmlStart, int HtmlEnd)> Sections,
    List<(string Label, int Seconds, int Line, int Column)> Timestamps,
    List<(string Target, string? Subpath, string? Alias, LinkKind Kind, int Line, int Column, string? Path, int Section, LinkState State, string? Property)> Links,
    List<(int Section, int Line, string Text, int MarkdownStart, int MarkdownLength, int FirstLink, int LinkCount, int FirstTimestamp, int TimestampCount)> Claims,
    List<string> Tags)
{
    public static DecodedNote Read(string payload)
    {
        var r = new PayloadReader(payload);
        int format = r.Format;
        string title = r.ReadString();
        r.InflateRest();
        object? frontMatter = r.ReadValue();
        string? video = r.ReadNullableString();
        string markdown = r.ReadString();
        string? html = r.ReadNullableString();
        var fills = Repeat(ref r, (ref PayloadReader p) =>
        {
            var fill = (HtmlFill)p.ReadInt();
            int at = p.ReadInt();
            int end = fill == HtmlFill.Embed ? p.ReadInt() : at;
            int index = p.ReadInt();
            return (fill, at, end, index, fill == HtmlFill.Copy ? p.ReadInt() : 0);
        });
        var sections = Repeat(ref r, (ref PayloadReader p) =>
            (p.ReadString(), p.ReadInt(), p.ReadInt(), p.ReadInt(), p.ReadNullableString(), p.ReadString(), p.ReadInt(), p.ReadInt()));
        var timestamps = Repeat(ref r, (ref PayloadReader p) => (p.ReadString(), p.ReadInt(), p.ReadInt(), p.ReadInt()));
        var links = Repeat(ref r, (ref PayloadReader p) => (p.ReadString(), p.ReadNullableString(), p.ReadNullableString(), (LinkKind)p.ReadInt(),
            p.ReadInt(), p.ReadInt(), p.ReadNullableString(), p.ReadInt(), (LinkState)p.ReadInt(), p.ReadNullableString()));
        var claims = Repeat(ref r, (ref PayloadReader p) =>
            (p.ReadInt(), p.ReadInt(), p.ReadString(), p.ReadInt(), p.ReadInt(), p.ReadInt(), p.ReadInt(), p.ReadInt(), p.ReadInt()));
        var tags = Repeat(ref r, (ref PayloadReader p) => p.ReadString());
        AssertAtEnd(ref r);
        return new DecodedNote(format, title, frontMatter, video, markdown, html, fills, sections, timestamps, links, claims, tags);
    }

    public delegate T ReadOne<T>(ref PayloadReader reader);

    /// <summary>A count, then that many items.</summary>
    public static List<T> Repeat<T>(ref PayloadReader reader, ReadOne<T> read)
    {
        int count = reader.ReadInt();
        var items = new List<T>(count);
        for (int i = 0; i < count; i++)
            items.Add(read(ref reader));
        return items;
    }

    /// <summary>Nothing follows the last token: reading one more fails.</summary>
    public static void AssertAtEnd(ref PayloadReader reader)
    {
        bool more;
        try
        {
            reader.ReadInt();
            more = true;
        }
        catch (ArgumentException)
        {
            more = false;
        }
        Assert.False(more, "the payload goes on after its last token");
    }
}

/// <summary>The vault's payload, read as <see cref="DecodedNote"/> reads a note's.</summary>
internal sealed record DecodedVault(
    int Format,
    List<(int File, string Field)> ContentFields,
    List<(string Name, string Path, int ContentField, int Position, List<string> Aliases, List<(int Note, int Link)> Backlinks)> Notes)
{
    public static DecodedVault Read(string payload)
    {
        var r = new PayloadReader(payload);
        int format = r.Format;
        r.InflateRest();
        var fields = DecodedNote.Repeat(ref r, (ref PayloadReader p) => (p.ReadInt(), p.ReadString()));
        var notes = DecodedNote.Repeat(ref r, (ref PayloadReader p) => (p.ReadString(), p.ReadString(), p.ReadInt(), p.ReadInt(),
            DecodedNote.Repeat(ref p, (ref PayloadReader q) => q.ReadString()),
            DecodedNote.Repeat(ref p, (ref PayloadReader q) => (q.ReadInt(), q.ReadInt()))));
        DecodedNote.AssertAtEnd(ref r);
        return new DecodedVault(format, fields, notes);
    }
}

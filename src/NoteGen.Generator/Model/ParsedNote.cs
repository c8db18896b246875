namespace NoteGen.Generator.Model
{
    /// <summary>Everything read from one note file; depends on that file's text (and the settings) only.</summary>
    /// <param name="FilePath">The file's full path, for diagnostics.</param>
    /// <param name="Path">The project-relative path with '/' separators.</param>
    /// <param name="Name">The file name without extension: what links match.</param>
    /// <param name="Text">The file's text, as the compiler read it: the same string, so the cached note holds no copy.</param>
    /// <param name="BodyStart">Where the Markdown after the front matter starts in <paramref name="Text"/>; claims and
    /// the HTML's copies are spans of that Markdown.</param>
    /// <param name="Html">The body rendered to HTML, with holes for what resolution decides; null when HTML is off.</param>
    internal sealed record ParsedNote(
        string FilePath,
        string Path,
        string Name,
        string Title,
        YamlValue FrontMatter,
        string Text,
        int BodyStart,
        NoteHtml? Html,
        EquatableArray<ParsedSection> Sections,
        EquatableArray<ParsedTimestamp> Timestamps,
        EquatableArray<ParsedLink> Links,
        EquatableArray<ParsedClaim> Claims,
        EquatableArray<string> Aliases,
        EquatableArray<string> Tags,
        EquatableArray<ParsedBlockId> BlockIds,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>The Markdown after the front matter, copied out of <see cref="Text"/>.</summary>
        public string Markdown => Text.Substring(BodyStart);
    }

    /// <summary>A heading. <paramref name="Parent"/> is the index of the enclosing section, or -1;
    /// <paramref name="Anchor"/> is its HTML id, unique in the note (<see cref="HeadingAnchors"/>).</summary>
    internal sealed record ParsedSection(string Heading, int Level, int Line, int Parent, string Anchor);

    /// <summary>A timestamp anchor; <paramref name="Line"/> and <paramref name="Column"/> are 1-based.</summary>
    internal sealed record ParsedTimestamp(string Label, int Seconds, int Line, int Column);

    /// <summary>A link to a note, a heading, a block or a file. <paramref name="Target"/> is as written (before any
    /// '|'); <paramref name="PathPart"/> and <paramref name="Subpath"/> are its parts before and after the first '#'
    /// (percent-decoded for Markdown links; <paramref name="Subpath"/> is null without '#').
    /// <paramref name="Alias"/> is the text shown instead (a Markdown link's text). <paramref name="Location"/>
    /// covers the whole link. <paramref name="Property"/> is the front-matter key of a link written in a property's
    /// value, null for a link in the body.</summary>
    internal sealed record ParsedLink(string Target, string PathPart, string? Subpath, string? Alias, LinkKind Kind, TextLocation Location,
        string? Property = null)
    {
        public bool IsEmbed => Kind == LinkKind.WikiEmbed || Kind == LinkKind.MarkdownImage;

        public bool IsMarkdown => Kind == LinkKind.MarkdownLink || Kind == LinkKind.MarkdownImage;
    }

    /// <summary>A block id <c>^id</c>; <paramref name="Section"/> is the index of its section, or -1.</summary>
    internal sealed record ParsedBlockId(string Id, int Section, int Line);

    /// <summary>A claim. <paramref name="Section"/> is the index of its innermost section, or -1; its Markdown is
    /// the note's Markdown (<c>ParsedNote.Text</c> from <c>BodyStart</c>)
    /// [MarkdownStart, MarkdownStart + MarkdownLength); its links and timestamps are the
    /// ranges [First, First + Count) of the note's lists.</summary>
    internal sealed record ParsedClaim(
        int Section, int Line, string Text, int MarkdownStart, int MarkdownLength,
        int FirstLink, int LinkCount, int FirstTimestamp, int TimestampCount);
}

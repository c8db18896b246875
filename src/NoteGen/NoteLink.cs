namespace NoteGen
{
    /// <summary>A link in a note: a wiki link <c>[[target#heading|alias]]</c> or embed <c>![[target]]</c>, or a
    /// Markdown link <c>[text](other.md#heading)</c> or image <c>![alt](file.png)</c> to a local file.</summary>
    public sealed class NoteLink
    {
        private readonly NoteVault _vault;
        private readonly int _section;

        internal NoteLink(Note source, NoteVault vault, string target, string? subpath, string? alias, LinkKind kind, int line, int column,
            string? path, int section, LinkState state, string? property)
        {
            Source = source;
            _vault = vault;
            Target = target;
            Alias = alias;
            IsEmbed = kind == LinkKind.WikiEmbed || kind == LinkKind.MarkdownImage;
            IsMarkdownLink = kind == LinkKind.MarkdownLink || kind == LinkKind.MarkdownImage;
            Line = line;
            Column = column;
            Path = path;
            _section = section;
            IsBroken = state == LinkState.Broken;
            Property = property;
            if (subpath != null && subpath.StartsWith("^", System.StringComparison.Ordinal))
                BlockId = subpath.Substring(1);
            else if (!string.IsNullOrEmpty(subpath))
                Heading = subpath;
        }

        /// <summary>The front-matter key whose value holds the link (<c>author: "[[Steph Ango]]"</c>), or <c>null</c> for
        /// a link in the body.</summary>
        public string? Property { get; }

        /// <summary>The note the link is written in.</summary>
        public Note Source { get; }

        /// <summary>The target as written: before <c>|</c> in a wiki link (trimmed), the URL of a Markdown link.</summary>
        public string Target { get; }

        /// <summary>The text shown instead of the target: a wiki link's alias (after <c>|</c>), a Markdown link's text
        /// or an image's alt text; <c>null</c> when there is none.</summary>
        public string? Alias { get; }

        /// <summary>What a reader sees: the alias when there is one, else the target.</summary>
        public string DisplayText => Alias ?? Target;

        /// <summary><c>true</c> for embeds: <c>![[target]]</c> and Markdown images.</summary>
        public bool IsEmbed { get; }

        /// <summary><c>true</c> for Markdown links and images, <c>false</c> for wiki links and embeds.</summary>
        public bool IsMarkdownLink { get; }

        /// <summary>The heading part after <c>#</c> (<c>A#B</c> for nested headings), or <c>null</c>.</summary>
        public string? Heading { get; }

        /// <summary>The block id after <c>#^</c>, without the caret, or <c>null</c>.</summary>
        public string? BlockId { get; }

        /// <summary>1-based line of the link's first character in the note file.</summary>
        public int Line { get; }

        /// <summary>1-based column (UTF-16 character) of the link's first character in the note file.</summary>
        public int Column { get; }

        /// <summary>The vault path of the note or file the link points to, or <c>null</c> when there is none (or the
        /// file could not be checked because the project lists no attachments).</summary>
        public string? Path { get; }

        /// <summary><c>true</c> when the build reported the link as broken: its note or file (NG0001, NG0012),
        /// heading (NG0010) or block (NG0011) does not exist.</summary>
        public bool IsBroken { get; }

        /// <summary>The note the link points to, or <c>null</c> when it points to no note (a missing note or a file).</summary>
        public Note? Note => Path == null ? null : _vault.FindByPath(Path);

        /// <summary>The section the link's heading names, or that holds its block; <c>null</c> when the link points
        /// to the whole note (or to nothing).</summary>
        public Section? Section => _section < 0 ? null : Note?.AllSections[_section];

        /// <inheritdoc />
        public override string ToString()
        {
            if (IsMarkdownLink)
                return (IsEmbed ? "![" : "[") + Alias + "](" + Target + ")";
            return (IsEmbed ? "![[" : "[[") + Target + (Alias == null ? "" : "|" + Alias) + "]]";
        }
    }
}

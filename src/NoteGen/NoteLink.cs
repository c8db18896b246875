using System;

namespace NoteGen
{
    /// <summary>A wiki link <c>[[target]]</c> or <c>[[target|alias]]</c> in a note.</summary>
    public sealed class NoteLink
    {
        private readonly string? _resolvedPath;
        private readonly Func<string, Note?> _findByPath;

        internal NoteLink(string target, string? alias, int line, int column, string? resolvedPath, Func<string, Note?> findByPath)
        {
            Target = target;
            Alias = alias;
            Line = line;
            Column = column;
            _resolvedPath = resolvedPath;
            _findByPath = findByPath;
        }

        /// <summary>The link target as written (the part before <c>|</c>, trimmed).</summary>
        public string Target { get; }

        /// <summary>The text shown instead of the target (the part after <c>|</c>, trimmed), or <c>null</c>.</summary>
        public string? Alias { get; }

        /// <summary>What a reader sees: the alias when there is one, else the target.</summary>
        public string DisplayText => Alias ?? Target;

        /// <summary>1-based line of the link's <c>[[</c> in the note file.</summary>
        public int Line { get; }

        /// <summary>1-based column (UTF-16 character) of the link's <c>[[</c> in the note file.</summary>
        public int Column { get; }

        /// <summary><c>true</c> when the target matches no note; the build reported it as NG0001.</summary>
        public bool IsBroken => _resolvedPath == null;

        /// <summary>The note the link points to, or <c>null</c> when the link is broken.</summary>
        public Note? Note => _resolvedPath == null ? null : _findByPath(_resolvedPath);

        /// <inheritdoc />
        public override string ToString() => Alias == null ? "[[" + Target + "]]" : "[[" + Target + "|" + Alias + "]]";
    }
}

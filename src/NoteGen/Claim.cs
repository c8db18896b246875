using System.Collections.Generic;

namespace NoteGen
{
    /// <summary>The smallest unit of content that can cite a source: a list item, or one sentence of a paragraph.</summary>
    public sealed class Claim
    {
        internal Claim(string text, string markdown, int line, Section? section, IReadOnlyList<NoteLink> links, IReadOnlyList<Timestamp> timestamps)
        {
            Text = text;
            Markdown = markdown;
            Line = line;
            Section = section;
            Links = links;
            Timestamps = timestamps;
        }

        /// <summary>Plain text: markup, link brackets and timestamp anchors removed, link aliases kept as shown,
        /// whitespace collapsed.</summary>
        public string Text { get; }

        /// <summary>The claim's Markdown source, as written in the note.</summary>
        public string Markdown { get; }

        /// <summary>1-based line in the note file where the claim starts.</summary>
        public int Line { get; }

        /// <summary>The innermost section holding the claim, or <c>null</c> for text before the first heading.</summary>
        public Section? Section { get; }

        /// <summary>The wiki links in the claim, in order.</summary>
        public IReadOnlyList<NoteLink> Links { get; }

        /// <summary>The timestamps cited by the claim, in order.</summary>
        public IReadOnlyList<Timestamp> Timestamps { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}

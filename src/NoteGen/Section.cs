using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace NoteGen
{
    /// <summary>A heading and everything under it up to the next heading of the same or higher level. Generated
    /// classes derive from this type to add one field per sub-heading, which the owning note sets when it decodes its
    /// content (so trimming keeps public fields).</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
    public class Section
    {
        private static readonly IReadOnlyList<Claim> NoClaims = new Claim[0];

        /// <summary>Creates an empty section; the owning <see cref="NoteGen.Note"/> fills it in.</summary>
        protected internal Section()
        {
        }

        /// <summary>The heading text as plain text.</summary>
        public string Heading { get; private set; } = "";

        /// <summary>The heading level: 1 for <c>#</c>, 2 for <c>##</c>, …</summary>
        public int Level { get; private set; }

        /// <summary>1-based line of the heading in the note file.</summary>
        public int Line { get; private set; }

        /// <summary>The enclosing section, or <c>null</c> for a top-level section.</summary>
        public Section? Parent { get; private set; }

        /// <summary>The note this section belongs to.</summary>
        public Note Note { get; private set; } = null!;

        /// <summary>The sections directly under this one, in document order.</summary>
        public SectionList Subsections { get; private set; } = null!;

        /// <summary>Every claim in the section, sub-sections included, in document order.</summary>
        public IReadOnlyList<Claim> Claims { get; private set; } = NoClaims;

        /// <summary>The claims between this heading and its first sub-heading.</summary>
        public IReadOnlyList<Claim> OwnClaims { get; private set; } = NoClaims;

        /// <summary>The heading's HTML id in <see cref="NoteGen.Note.Html"/> (lower case words joined by '-', unique in the
        /// note): the URL fragment that <c>[[note#Heading]]</c> links lead to.</summary>
        /// <exception cref="NotSupportedException">The note was compiled by an older NoteGen (payload format 9).</exception>
        public string Anchor => _anchor
            ?? throw new NotSupportedException("The note " + Note.Path + " was compiled by an older NoteGen that did not give headings anchors; rebuild the project with this NoteGen.");

        /// <summary>The section's content as HTML, without its heading: the part of <see cref="NoteGen.Note.Html"/> up to
        /// the next heading of the same or a higher level, sub-sections included.</summary>
        /// <exception cref="InvalidOperationException">The project sets <c>NoteGenHtml</c> to false.</exception>
        public string Html => Note.RenderHtml(_htmlStart, _htmlEnd);

        /// <summary><see cref="Anchor"/>, or null for a note of payload format 9.</summary>
        internal string? KnownAnchor => _anchor;

        private string? _anchor;
        private int _htmlStart;
        private int _htmlEnd;

        internal void Initialize(Note note, string heading, int level, int line, Section? parent, string? anchor, int htmlStart, int htmlEnd)
        {
            _anchor = anchor;
            _htmlStart = htmlStart;
            _htmlEnd = htmlEnd;
            Note = note;
            Heading = heading;
            Level = level;
            Line = line;
            Parent = parent;
        }

        internal void SetContent(SectionList subsections, IReadOnlyList<Claim> claims, IReadOnlyList<Claim> ownClaims)
        {
            Subsections = subsections;
            Claims = claims;
            OwnClaims = ownClaims;
        }

        /// <inheritdoc />
        public override string ToString() => Heading;
    }
}

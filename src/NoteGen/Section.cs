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

        internal void Initialize(Note note, string heading, int level, int line, Section? parent)
        {
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

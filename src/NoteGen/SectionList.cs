using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace NoteGen
{
    /// <summary>Sections at one level of a note, in document order. Generated outline classes derive from this type
    /// to add one field per heading, which the owning note sets when it decodes its content (so trimming keeps public
    /// fields).</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)]
    public class SectionList : IReadOnlyList<Section>
    {
        private IReadOnlyList<Section> _sections = new Section[0];

        /// <summary>Creates an empty list; the owning <see cref="Note"/> fills it in. Public so that generated notes
        /// can create their sections' list (<c>new TSections()</c>).</summary>
        public SectionList()
        {
        }

        /// <summary>The number of sections.</summary>
        public int Count => _sections.Count;

        /// <summary>The section at <paramref name="index"/>.</summary>
        public Section this[int index] => _sections[index];

        internal void SetSections(IReadOnlyList<Section> sections) => _sections = sections;

        /// <inheritdoc />
        public IEnumerator<Section> GetEnumerator() => _sections.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

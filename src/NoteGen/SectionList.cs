using System.Collections;
using System.Collections.Generic;

namespace NoteGen
{
    /// <summary>Sections at one level of a note, in document order. Generated notes derive from this type to add
    /// one property per heading.</summary>
    public class SectionList : IReadOnlyList<Section>
    {
        private IReadOnlyList<Section> _sections = new Section[0];

        /// <summary>Creates an empty list; the owning <see cref="Note"/> fills it in.</summary>
        protected internal SectionList()
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

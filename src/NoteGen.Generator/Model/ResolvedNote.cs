using System.Linq;

namespace NoteGen.Generator.Model
{
    /// <summary>A parsed note placed in its vault: its identifiers and where each of its links points.</summary>
    /// <param name="Links">Per link of <see cref="ParsedNote.Links"/>: where it points.</param>
    internal sealed record ResolvedNote(
        ParsedNote Note,
        NoteEntry Entry,
        GeneratorSettings Settings,
        NoteMembers Members,
        EquatableArray<ResolvedLink> Links,
        EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>Where a link points: the vault path of the note or file (null when there is none), the index of
    /// the section its heading or block lies in (-1 for the whole note), and the HTML anchor of that heading or block
    /// (null for the whole note).</summary>
    internal sealed record ResolvedLink(string? Path, int Section, LinkState State, string? Anchor = null)
    {
        public static readonly ResolvedLink Missing = new ResolvedLink(null, -1, LinkState.Broken);
    }

    /// <summary>The typed sections of a note: the field of each section in its parent's class, and the classes.</summary>
    /// <param name="SectionFields">Per section: its field name in its parent's class (the outline's for top-level
    /// sections).</param>
    /// <param name="OutlineType">The class of the note's <c>Sections</c> (a shape, see <see cref="SectionShape"/>),
    /// or null for a plain <c>NoteGen.SectionList</c>: typed sections are off or the note has no headings.</param>
    /// <param name="Shapes">The classes the note's typed sections use, its outline's included.</param>
    internal sealed record NoteMembers(EquatableArray<string> SectionFields, string? OutlineType, EquatableArray<SectionShape> Shapes)
    {
        public bool HasOutline => OutlineType != null;

        /// <summary>No typed sections: no names, every section a plain one.</summary>
        public static readonly NoteMembers Untyped = new NoteMembers(EquatableArray<string>.Empty, null, EquatableArray<SectionShape>.Empty);
    }

    /// <summary>
    /// A generated class of typed sections: an outline (deriving from <c>NoteGen.SectionList</c>, one field per
    /// top-level heading) or a section with sub-sections (deriving from <c>NoteGen.Section</c>, one field per
    /// sub-heading). Its name is a hash of its fields, so every note with the same headings shares it: the compiler's
    /// cost is per class (about a millisecond each, analyzers included), fields are cheap.
    /// </summary>
    internal sealed record SectionShape(string Name, bool IsOutline, EquatableArray<ShapeField> Fields);

    /// <summary>A field of a <see cref="SectionShape"/>: a sub-section, typed <see cref="Type"/> (another shape) when it
    /// has sub-sections of its own, else a plain <c>NoteGen.Section</c>. Level and heading are for its doc comment.</summary>
    internal readonly record struct ShapeField(string Name, string? Type, int Level, string Heading);

    /// <summary>Where each link of a note points (the vault path, or null): what backlinks are computed from. It
    /// stays equal while edits leave the note's links alone, so the root file is not rewritten.</summary>
    internal sealed record NoteLinkTargets(string Path, EquatableArray<OptionalString> Targets)
    {
        public static NoteLinkTargets Of(ResolvedNote note) =>
            new NoteLinkTargets(note.Note.Path, note.Links.Select(l => new OptionalString(l.Path)).ToEquatableArray());
    }

    /// <summary>A nullable string that <see cref="EquatableArray{T}"/> can hold.</summary>
    internal readonly record struct OptionalString(string? Value);

    /// <summary>A generated source file.</summary>
    internal sealed record GeneratedFile(string HintName, string Source);

    /// <summary>A generated file, if any, and what generating it found to report.</summary>
    internal sealed record GeneratedOutput(GeneratedFile? File, EquatableArray<DiagnosticInfo> Diagnostics);
}

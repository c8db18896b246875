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

    internal enum LinkState
    {
        /// <summary>The target (and its heading or block) exists.</summary>
        Resolved,
        /// <summary>Something is missing; a diagnostic was reported.</summary>
        Broken,
        /// <summary>A file the project lists no attachments to check against.</summary>
        Unchecked,
    }

    /// <summary>Where a link points: the vault path of the note or file (null when there is none), and the index of
    /// the section its heading or block lies in (-1 for the whole note).</summary>
    internal sealed record ResolvedLink(string? Path, int Section, LinkState State)
    {
        public static readonly ResolvedLink Missing = new ResolvedLink(null, -1, LinkState.Broken);
    }

    /// <summary>The member names of a note's generated type.</summary>
    /// <param name="SectionProperties">Per section: its property name in its parent's type.</param>
    /// <param name="SectionTypes">Per section: its own type name when it has sub-sections, else null
    /// (it is a plain <c>NoteGen.Section</c>).</param>
    internal sealed record NoteMembers(
        EquatableArray<string> SectionProperties,
        EquatableArray<OptionalString> SectionTypes)
    {
        /// <summary>Whether the note type has a typed outline: typed sections are on and the note has headings.</summary>
        public bool HasOutline => SectionProperties.Count > 0;

        /// <summary>No typed sections (NoteGenTypedSections=false): no names, every section a plain one.</summary>
        public static NoteMembers Untyped(int sections) =>
            new NoteMembers(EquatableArray<string>.Empty, Enumerable.Repeat(new OptionalString(null), sections).ToEquatableArray());
    }

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

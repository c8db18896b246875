namespace NoteGen.Generator.Model
{
    /// <summary>A parsed note placed in its vault: its identifiers and where each of its links points.</summary>
    /// <param name="LinkPaths">Per link of <see cref="ParsedNote.Links"/>: the path it resolves to, or null when
    /// it is broken.</param>
    internal sealed record ResolvedNote(
        ParsedNote Note,
        NoteEntry Entry,
        GeneratorSettings Settings,
        NoteMembers Members,
        EquatableArray<OptionalString> LinkPaths,
        EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>The member names of a note's generated type.</summary>
    /// <param name="OutlineTypeName">The type of the note's <c>Sections</c> property.</param>
    /// <param name="SectionProperties">Per section: its property name in its parent's type.</param>
    /// <param name="SectionTypes">Per section: its own type name when it has sub-sections, else null
    /// (it is a plain <c>NoteGen.Section</c>).</param>
    internal sealed record NoteMembers(
        string OutlineTypeName,
        EquatableArray<FrontMatterProperty> FrontMatter,
        EquatableArray<string> SectionProperties,
        EquatableArray<OptionalString> SectionTypes);

    /// <summary>A scalar front-matter key exposed as a property.</summary>
    internal sealed record FrontMatterProperty(string Key, string PropertyName, string? Value);

    /// <summary>A nullable string that <see cref="EquatableArray{T}"/> can hold.</summary>
    internal readonly record struct OptionalString(string? Value);

    /// <summary>Generated source: a whole file, or one note's part of the file <paramref name="HintName"/> (parts are
    /// ordered by <paramref name="Key"/>, the note's path).</summary>
    internal sealed record GeneratedFile(string HintName, string Key, string Source);
}

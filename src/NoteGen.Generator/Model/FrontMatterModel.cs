namespace NoteGen.Generator.Model
{
    /// <summary>The type of a front-matter value: a scalar kind, or a list of one.</summary>
    internal readonly record struct FrontMatterType(ScalarKind Kind, bool IsList)
    {
        public static readonly FrontMatterType None = new FrontMatterType(ScalarKind.None, false);
        public static readonly FrontMatterType Object = new FrontMatterType(ScalarKind.Object, false);
    }

    /// <summary>One front-matter key of one note and the type of its value.</summary>
    internal sealed record KeyType(string Key, FrontMatterType Type);

    /// <summary>The keys of one note's front matter with their types: all that type inference needs of a note, so
    /// it stays equal while only the body (or a value of the same type) changes.</summary>
    internal sealed record FrontMatterShape(string FilePath, string Path, EquatableArray<KeyType> Keys);

    /// <summary>A front-matter key exposed as a typed property on every note. <paramref name="Nullable"/> unless
    /// every note has a value for it.</summary>
    internal sealed record FrontMatterMember(string Key, string PropertyName, FrontMatterType Type, bool Nullable);

    /// <summary>The typed front matter of the whole vault: the members of the generated note base class.</summary>
    internal sealed record VaultFrontMatter(GeneratorSettings Settings, EquatableArray<FrontMatterMember> Members, EquatableArray<DiagnosticInfo> Diagnostics);
}

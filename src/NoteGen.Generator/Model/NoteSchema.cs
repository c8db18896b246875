namespace NoteGen.Generator.Model
{
    /// <summary>How the generated code makes an instance of a schema type (its <c>Data</c>).</summary>
    internal enum SchemaConstruction
    {
        /// <summary>It cannot: no accessible primary or parameterless constructor (reported as NG0017).</summary>
        None,
        /// <summary><c>new T(member1, member2, …)</c>: the members are the primary constructor's parameters.</summary>
        Constructor,
        /// <summary><c>new T { Member1 = …, … }</c>: the members are settable properties.</summary>
        Initializer,
    }

    /// <summary>One member of a declared schema.</summary>
    /// <param name="Name">The parameter or property name, as declared.</param>
    /// <param name="Type">Its C# type, fully qualified (with <c>?</c> where the declaration has it).</param>
    /// <param name="TypeDisplay">Its C# type as messages show it (<c>IReadOnlyList&lt;string&gt;</c>).</param>
    /// <param name="EnumNames">An enum member type's names.</param>
    /// <param name="ElementType">For a list member (an array, a list or a list interface): its items' C# type, fully
    /// qualified; null for a single value.</param>
    /// <param name="Default">For a constructor parameter with a default value: that value as C#, else null.</param>
    /// <param name="ReferencedSchema">For a <see cref="SchemaScalar.Reference"/> member: the declared schema the linked
    /// note must follow (its type, fully qualified), or null when any note will do (<c>NoteGen.Note</c>).</param>
    internal sealed record SchemaMember(
        string Name,
        string Type,
        string TypeDisplay,
        SchemaScalar Scalar,
        string? ElementType,
        bool Required,
        EquatableArray<string> EnumNames,
        string? Default,
        string? ReferencedSchema = null)
    {
        public bool IsList => ElementType != null;
    }

    /// <summary>A type marked <c>[NoteSchema(glob)]</c>, as the generator needs it: equatable, no symbols.</summary>
    /// <param name="Type">Its C# name, fully qualified.</param>
    /// <param name="Name">Its simple name: the generated class of its notes is named after it.</param>
    /// <param name="FilePath">The C# file of the attribute, for diagnostics about the schema itself.</param>
    /// <param name="Diagnostics">Problems with the declaration (NG0017).</param>
    internal sealed record NoteSchema(
        string Type,
        string Name,
        string Glob,
        bool AllowUnknownKeys,
        SchemaConstruction Construction,
        EquatableArray<SchemaMember> Members,
        string FilePath,
        TextLocation Location,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
    }
}

using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>Emits <c>VaultNote</c>, the base class of every generated note: one typed property per front-matter
    /// key of the vault, typed as inferred from every note (see <see cref="FrontMatterInference"/>); and
    /// <c>VaultNote&lt;TSections&gt;</c>, the class of the notes that follow no schema.</summary>
    internal static class VaultNoteEmitter
    {
        public static GeneratedFile Emit(VaultFrontMatter frontMatter)
        {
            var settings = frontMatter.Settings;
            string source = SourceFile.Write(settings, w =>
            {
                w.Line("/// <summary>What every note of this vault has: the front matter of all notes, typed as inferred from all of them.</summary>");
                SourceFile.WriteNoteClassAttributes(w, settings);
                w.Open("public abstract class " + VaultIndexBuilder.VaultNoteTypeName + " : global::NoteGen.Note");
                // Vault is made by the first note created, while the root class is initialized.
                SourceFile.WriteNoteBaseConstructor(w, VaultIndexBuilder.VaultNoteTypeName, "base(Vault, file, position)", hides: false);
                foreach (var member in frontMatter.Members)
                {
                    w.Line();
                    w.Line("/// <summary>Front matter <c>" + CSharpText.XmlDoc(member.Key) + "</c>: " + FrontMatterInference.Describe(member.Type)
                        + (member.Nullable ? "; <c>null</c> in notes without it." : ", in every note.") + "</summary>");
                    w.Line("public " + Property(member, settings));
                }
                w.Close();
                SourceFile.WriteTypedNoteClass(w, VaultIndexBuilder.VaultNoteTypeName, settings);
            });
            return new GeneratedFile(settings.ClassName + "." + VaultIndexBuilder.VaultNoteTypeName + ".g.cs", source);
        }

        private static string Property(FrontMatterMember member, GeneratorSettings settings)
        {
            string key = CSharpText.Literal(member.Key);
            var type = member.Type;
            if (type.Kind == ScalarKind.Link)
                return type.IsList
                    ? Reference(member, settings, "global::System.Collections.Generic.IReadOnlyList<global::NoteGen.NoteLink>", "FrontMatterLinks(" + key + ")")
                    : Reference(member, settings, "global::NoteGen.NoteLink", "FrontMatterLink(" + key + ")");
            if (type.IsList)
                return Reference(member, settings, "global::System.Collections.Generic.IReadOnlyList<" + ClrType(type.Kind) + ">", "FrontMatterList<" + ClrType(type.Kind) + ">(" + key + ")");
            if (type.Kind == ScalarKind.String)
                return Reference(member, settings, "string", "FrontMatterString(" + key + ")");
            if (type.Kind == ScalarKind.Object)
                return Reference(member, settings, "object", "FrontMatterValue(" + key + ")");
            // Value types: every note's value was checked at compile time, so a non-nullable one is always there.
            return ClrType(type.Kind) + (member.Nullable ? "?" : "") + " " + member.PropertyName + " => FrontMatter" + type.Kind + "(" + key + ")"
                + (member.Nullable ? "" : ".GetValueOrDefault()") + ";";
        }

        /// <summary>A reference-typed property: annotated nullable, or asserted non-null, where the consumer's C# has
        /// nullable reference types.</summary>
        private static string Reference(FrontMatterMember member, GeneratorSettings settings, string type, string read) =>
            type + (member.Nullable ? SourceFile.Nullable(settings) : "") + " " + member.PropertyName + " => " + read
            + (!member.Nullable && settings.SupportsNullableAnnotations ? "!" : "") + ";";

        private static string ClrType(ScalarKind kind)
        {
            switch (kind)
            {
                case ScalarKind.Boolean: return "bool";
                case ScalarKind.Int64: return "long";
                case ScalarKind.Double: return "double";
                case ScalarKind.DateTime: return "global::System.DateTime";
                case ScalarKind.DateTimeOffset: return "global::System.DateTimeOffset";
                case ScalarKind.Object: return "object";
                default: return "string";
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Emits one class per declared schema, between <c>VaultNote</c> and the notes that follow it (instances of its
    /// <c>&lt;TSections&gt;</c> twin): each
    /// schema member as a typed property (hiding <c>VaultNote</c>'s inferred one of the same name), and <c>Data</c>,
    /// the front matter as an instance of the schema type. The values are read at run time by the rules the build
    /// checked them with, so a note that built without NG0014/NG0015 reads every required member.
    /// </summary>
    internal static class SchemaEmitter
    {
        private const string DataProperty = "Data";

        /// <summary>Members the generated note types and <c>NoteGen.Note</c> already have, plus <c>Data</c>.</summary>
        private static readonly HashSet<string> s_reserved = new HashSet<string>(NoteResolver.ReservedNoteMembers) { DataProperty };

        /// <summary>Schema members that <c>NoteGen.Note</c> already exposes from the same key.</summary>
        private static readonly HashSet<string> s_noteMembers = new HashSet<string>(System.StringComparer.Ordinal) { "title", "tags" };

        /// <summary>The schema classes (no file when the project declares no schema), and NG0008 for members
        /// renamed to stay clear of the note types' own members.</summary>
        public static GeneratedOutput Emit(VaultIndex index, VaultFrontMatter frontMatter)
        {
            if (index.Schemas.Count == 0)
                return new GeneratedOutput(null, EquatableArray<DiagnosticInfo>.Empty);
            var settings = index.Settings;
            var inherited = new HashSet<string>(frontMatter.Members.Select(m => m.PropertyName.TrimStart('@')), System.StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();
            string source = SourceFile.Write(settings, w =>
            {
                foreach (var schema in index.Schemas)
                    WriteClass(w, schema, index.Schemas, settings, inherited, diagnostics);
            });
            return new GeneratedOutput(new GeneratedFile(settings.ClassName + ".Schemas.g.cs", source), diagnostics.ToEquatableArray());
        }

        private static void WriteClass(CodeWriter w, SchemaClass schemaClass, EquatableArray<SchemaClass> schemas, GeneratorSettings settings,
            HashSet<string> inherited, List<DiagnosticInfo> diagnostics)
        {
            var schema = schemaClass.Schema;
            string name = schemaClass.ClassName;
            string nullable = SourceFile.Nullable(settings);
            w.Line("/// <summary>A note following the schema <see cref=\"" + schema.Type.Replace('<', '{').Replace('>', '}') + "\"/> (<c>"
                + CSharpText.XmlDoc(schema.Glob) + "</c>): its front matter as the schema declares it.</summary>");
            SourceFile.WriteNoteClassAttributes(w, settings);
            w.Open("public abstract class " + name + " : " + SourceFile.RootClass(settings) + "." + VaultIndexBuilder.VaultNoteTypeName);
            SourceFile.WriteNoteBaseConstructor(w, name, "base(file, position)", hides: true);

            bool needsDefaults = schema.Construction == SchemaConstruction.Initializer && schema.Members.Any(m => !m.Required);
            if (needsDefaults)
            {
                // Optional properties keep their initializers' values when a note has no value: read from one instance.
                w.Line();
                w.Line("private static readonly " + schema.Type + " s_defaults = new " + schema.Type + " { "
                    + string.Join(", ", schema.Members.Where(m => m.Required).Select(m => Identifiers.Escape(m.Name) + " = " + RequiredFallback(settings))) + " };");
            }

            var scope = new IdentifierScope(s_reserved, name);
            foreach (var member in schema.Members)
            {
                if (s_noteMembers.Contains(SchemaRules.KeyOf(member.Name)))
                    continue;
                string property = scope.Allocate(FrontMatterInference.PropertyName(member.Name), "schema member '" + member.Name + "'", schema.FilePath, schema.Location, diagnostics);
                w.Line();
                w.Line("/// <summary>Schema member <c>" + CSharpText.XmlDoc(member.Name) + "</c> (" + CSharpText.XmlDoc(member.TypeDisplay) + ")"
                    + (member.Required ? ", required" : "") + ".</summary>");
                string type = member.Type, read = Read(member, schema, settings);
                if (member.Scalar == SchemaScalar.Reference)
                    (type, read) = ReadNotes(member, schemas, settings);
                w.Line("public " + (inherited.Contains(property.TrimStart('@')) ? "new " : "") + type + " " + property + " => " + read + ";");
            }

            if (schema.Construction != SchemaConstruction.None)
            {
                var arguments = schema.Members.Select(m => m.Scalar == SchemaScalar.Reference ? ReadData(m, schema, schemas, settings) : Read(m, schema, settings)).ToList();
                string create = schema.Construction == SchemaConstruction.Constructor
                    ? "new " + schema.Type + "(" + string.Join(", ", arguments) + ")"
                    : "new " + schema.Type + " { " + string.Join(", ", schema.Members.Select((m, i) => Identifiers.Escape(m.Name) + " = " + arguments[i])) + " }";
                w.Line();
                w.Line("private object" + nullable + " _data;");
                w.Line();
                w.Line("/// <summary>The note's front matter as an instance of the schema, made on first use (a reference back to a note");
                w.Line("/// whose <c>Data</c> is being made, in a cycle of references, is left out).</summary>");
                w.Line("public " + (inherited.Contains(DataProperty) ? "new " : "") + schema.Type + " " + DataProperty + " => DataOf(ref _data, () => " + create + ");");
            }
            w.Close();
            SourceFile.WriteTypedNoteClass(w, name, settings);
            w.Line();
        }

        /// <summary>The member's value: what the note has, else the parameter's default, the property's initial
        /// value, or (for required members, whose absence the build reported) the type's default.</summary>
        private static string Read(SchemaMember member, NoteSchema schema, GeneratorSettings settings)
        {
            string fallback = Fallback(member, schema, settings);
            // Generic in the member's type (and a list's items), so the runtime converts without reflection.
            return (member.ElementType is string element ? "FrontMatterMemberList<" + member.Type + ", " + element + ">(" : "FrontMatterMember<" + member.Type + ">(")
                + CSharpText.Literal(member.Name) + ", " + fallback + ")";
        }

        private static string Fallback(SchemaMember member, NoteSchema schema, GeneratorSettings settings) =>
            member.Required ? RequiredFallback(settings)
            : member.Default ?? (schema.Construction == SchemaConstruction.Initializer ? "s_defaults." + Identifiers.Escape(member.Name) : "default");

        /// <summary>A reference member as the note exposes it: the linked note (a list of them), typed as the generated
        /// class of the member's schema, or <c>NoteGen.Note</c>. Required ones are asserted present: a missing or
        /// wrong link is an error of the build (NG0014, NG0015).</summary>
        private static (string Type, string Read) ReadNotes(SchemaMember member, EquatableArray<SchemaClass> schemas, GeneratorSettings settings)
        {
            string note = LinkedNoteType(member, schemas, settings);
            string nullable = member.Required ? "" : SourceFile.Nullable(settings);
            string assert = member.Required && settings.SupportsNullableAnnotations ? "!" : "";
            string name = CSharpText.Literal(member.Name);
            return member.IsList
                ? ("global::System.Collections.Generic.IReadOnlyList<" + note + ">" + nullable, "FrontMatterNotes<" + note + ">(" + name + ")" + assert)
                : (note + nullable, "FrontMatterNote<" + note + ">(" + name + ")" + assert);
        }

        /// <summary>A reference member's value in <c>Data</c>: the linked notes' own <c>Data</c> (or the notes, for
        /// <c>NoteGen.Note</c> members), else the fallback.</summary>
        private static string ReadData(SchemaMember member, NoteSchema schema, EquatableArray<SchemaClass> schemas, GeneratorSettings settings)
        {
            string note = LinkedNoteType(member, schemas, settings);
            var target = schemas.FirstOrDefault(s => s.Schema.Type == member.ReferencedSchema);
            string fallback = Fallback(member, schema, settings);
            if (target != null && target.Schema.Construction == SchemaConstruction.None)
                return fallback; // the linked schema has no Data (NG0017)
            string name = CSharpText.Literal(member.Name);
            return member.IsList
                ? "DataList<" + member.Type + ", " + note + ", " + member.ElementType + ">(FrontMatterNotes<" + note + ">(" + name + "), n => n" + (target == null ? "" : ".Data") + ", " + fallback + ")"
                : "(FrontMatterNote<" + note + ">(" + name + ")" + (target == null ? "" : "?.Data") + " ?? " + fallback + ")";
        }

        private static string LinkedNoteType(SchemaMember member, EquatableArray<SchemaClass> schemas, GeneratorSettings settings) =>
            schemas.FirstOrDefault(s => s.Schema.Type == member.ReferencedSchema) is SchemaClass target
                ? SourceFile.RootClass(settings) + "." + target.ClassName
                : "global::NoteGen.Note";

        private static string RequiredFallback(GeneratorSettings settings) => settings.SupportsNullableAnnotations ? "default!" : "default";
    }
}

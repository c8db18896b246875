using System;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>What every generated file shares: the header, the namespace and the root class declaration.</summary>
    internal static class SourceFile
    {
        public static readonly string GeneratedCodeAttribute =
            "[global::System.CodeDom.Compiler.GeneratedCode(\"NoteGen\", \"" + typeof(SourceFile).Assembly.GetName().Version + "\")]";

        /// <summary>Writes the attributes of a generated note class: <see cref="GeneratedCodeAttribute"/>, and the library's
        /// JSON converter when it has one (see <see cref="GeneratorSettings.JsonConverter"/>).</summary>
        public static void WriteNoteClassAttributes(CodeWriter w, GeneratorSettings settings)
        {
            w.Line(GeneratedCodeAttribute);
            if (settings.JsonConverter)
                w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(global::" + GeneratorSettings.JsonConverterType + "))]");
        }

        /// <summary>The root class, fully qualified: <c>global::App.Notes</c>.</summary>
        public static string RootClass(GeneratorSettings settings) =>
            "global::" + (settings.Namespace.Length == 0 ? "" : settings.Namespace + ".") + settings.ClassName;

        /// <summary>A nullable reference type annotation when the consumer's C# has them, else nothing.</summary>
        public static string Nullable(GeneratorSettings settings) => settings.SupportsNullableAnnotations ? "?" : "";

        /// <summary>
        /// Writes the constructor of the generated note base class <paramref name="baseClass"/> (<c>VaultNote</c> or a
        /// schema's), which takes the note's payload (file and position) to <paramref name="baseCall"/>, and
        /// <see cref="VaultIndexBuilder.NoteFactoryName"/>, which the note fields' initializers call; <paramref name="hides"/> when it hides
        /// the factory of a base class that is itself generated.
        /// </summary>
        public static void WriteNoteBaseConstructor(CodeWriter w, string baseClass, string baseCall, bool hides)
        {
            w.Line("internal " + baseClass + "(int file, int position)");
            w.Line("    : " + baseCall);
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Line("/// <summary>A note of this class whose <c>Sections</c> is a <typeparamref name=\"TSections\"/>, with the payload at");
            w.Line("/// <paramref name=\"position\"/> of the content field of generated file <paramref name=\"file\"/>.</summary>");
            w.Line("internal static " + (hides ? "new " : "") + baseClass + "<TSections> " + VaultIndexBuilder.NoteFactoryName + "<TSections>(int file, int position)");
            w.Line("    where TSections : global::NoteGen.SectionList, new()");
            w.Line("    => new " + baseClass + "<TSections>(file, position);");
        }

        /// <summary>
        /// Writes <c>Base&lt;TSections&gt;</c>, the class of the notes that derive from <paramref name="baseClass"/>:
        /// the only thing it adds is <c>Sections</c> typed as the note's outline class, which it creates. One generic
        /// class serves every note, so a note costs the compiler a field with an initializer, not a class with a
        /// constructor and a property.
        /// </summary>
        public static void WriteTypedNoteClass(CodeWriter w, string baseClass, GeneratorSettings settings)
        {
            w.Line();
            w.Line("/// <summary>A note whose <c>Sections</c> has one field per top-level heading.</summary>");
            w.Line("/// <typeparam name=\"TSections\">The note's outline class (in <c>Shapes</c>), or <c>NoteGen.SectionList</c> when it has no typed sections.</typeparam>");
            WriteNoteClassAttributes(w, settings);
            w.Line("public sealed class " + baseClass + "<TSections> : " + baseClass);
            w.Open("    where TSections : global::NoteGen.SectionList, new()");
            w.Line("internal " + baseClass + "(int file, int position)");
            w.Line("    : base(file, position)");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Line("/// <summary>The note's top-level sections, one field per heading.</summary>");
            w.Line("public new TSections Sections => (TSections)base.Sections;");
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line("protected override global::NoteGen.SectionList CreateSections() => new TSections();");
            w.Close();
        }

        /// <summary>A writer for text that <see cref="Write"/> will place inside the root class, indented to match.</summary>
        public static CodeWriter BodyWriter(GeneratorSettings settings) => new CodeWriter(settings.Namespace.Length > 0 ? 2 : 1);

        /// <summary>Writes a file whose body sits inside <c>partial class Root</c>. Exactly one file (the root file)
        /// passes <paramref name="rootAttribute"/> to give the class its accessibility, doc comment and attributes.
        /// <paramref name="annotations"/> is false for files that declare nothing nullable (notes and section
        /// classes): they are compiled without nullable analysis, which costs the compiler a tenth of a large build.
        /// <paramref name="suppressed"/> lists the compiler warnings the file's fields would raise, and why they do not
        /// apply (fields set or read only at run time).</summary>
        public static string Write(GeneratorSettings settings, Action<CodeWriter> body, string? rootAttribute = null, bool annotations = true,
            string? suppressed = null)
        {
            var writer = new CodeWriter();
            writer.Line("// <auto-generated/>");
            if (annotations && settings.SupportsNullableAnnotations)
                writer.Line("#nullable enable");
            if (suppressed != null)
                writer.Line("#pragma warning disable " + suppressed);
            writer.Line();
            if (settings.Namespace.Length > 0)
                writer.Open("namespace " + settings.Namespace);
            if (rootAttribute != null)
            {
                writer.Line("/// <summary>The notes of this project, generated by NoteGen from its Markdown <c>AdditionalFiles</c>.</summary>");
                writer.Line(GeneratedCodeAttribute);
                writer.Line(rootAttribute);
            }
            writer.Open((rootAttribute != null ? "internal " : "") + "static partial class " + settings.ClassName);
            body(writer);
            writer.Close();
            if (settings.Namespace.Length > 0)
                writer.Close();
            return writer.ToString();
        }
    }
}

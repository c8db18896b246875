using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Emits one note: a field of the root class holding a <c>VaultNote&lt;TSections&gt;</c> (or the schema class's),
    /// whose type argument is the note's typed outline (see <see cref="ShapeEmitter"/>), created by its initializer.
    /// Claims, links and timestamps are not members: they travel in one payload string (an argument of the
    /// <c>[NoteContent]</c> attribute that its file shares, see <see cref="NoteFiles.Join"/>) decoded on first use, so
    /// compile time follows the number of notes and distinct section classes, not lines, and text stays out of the
    /// user-string heap.
    /// </summary>
    /// <remarks>
    /// The initializer names the note's payload (its file's content field and its position there), which the runtime
    /// maps to the note's entry in the vault: the generated code creates every note itself, so trimmed and Native AOT
    /// apps need no reflection to make them, and a file's text changes only when its own notes do. The compiler's cost
    /// is per class and per member with a body (a class costs about a millisecond with the SDK's analyzers, a field a
    /// few hundredths, an initializer a few tenths), so a note is a field and nothing else.
    /// </remarks>
    internal static class NoteEmitter
    {
        public static NotePart Emit(ResolvedNote resolved)
        {
            var note = resolved.Note;
            var entry = resolved.Entry;
            // Inside the root class the simple names of its nested classes are unambiguous.
            string sections = resolved.Members.OutlineType is string outline
                ? VaultIndexBuilder.ShapesTypeName + "." + outline
                : "global::NoteGen.SectionList";

            var w = SourceFile.BodyWriter(resolved.Settings);
            w.Line("/// <summary>" + CSharpText.XmlDoc(note.Title) + " (<c>" + CSharpText.XmlDoc(note.Path) + "</c>)</summary>");
            w.Line("public static readonly " + entry.BaseType + "<" + sections + "> " + entry.FieldName + " = "
                + entry.BaseType + "." + VaultIndexBuilder.NoteFactoryName + "<" + sections + ">(");
            // Without the line break: NoteFiles.Join completes the line with the payload's file and position.
            string text = w.ToString();
            return new NotePart(text.Substring(0, text.Length - 1), resolved);
        }
    }
}

using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Emits one note: a field of the root class holding a <c>VaultNote&lt;TSections&gt;</c> (or the schema class's),
    /// whose type argument is the note's typed outline (see <see cref="ShapeEmitter"/>). Claims, links and timestamps
    /// are not members: they travel in one payload string (an argument of the <c>[NoteContent]</c> attribute that
    /// its file shares, see <see cref="NoteFiles.Join"/>) decoded on first use, so compile time follows the number of
    /// notes and distinct section classes, not lines, and text stays out of the user-string heap.
    /// </summary>
    /// <remarks>
    /// The compiler's cost is per class and per member with a body (a class costs about a millisecond with the
    /// SDK's analyzers, a field a few hundredths), so a note is a field and nothing else: no class, constructor or
    /// property of its own, and no initializer (half a millisecond each with the analyzers): the vault creates the
    /// note, as an instance of the field's type, and sets the field when the root class is initialized.
    /// </remarks>
    internal static class NoteEmitter
    {
        public static NotePart Emit(ResolvedNote resolved)
        {
            var note = resolved.Note;
            var entry = resolved.Entry;
            var settings = resolved.Settings;
            // Inside the root class the simple names of its nested classes are unambiguous.
            string type = entry.BaseType + "<" + (resolved.Members.OutlineType is string outline
                ? VaultIndexBuilder.ShapesTypeName + "." + outline
                : "global::NoteGen.SectionList") + ">";

            var w = SourceFile.BodyWriter(settings);
            w.Line("/// <summary>" + CSharpText.XmlDoc(note.Title) + " (<c>" + CSharpText.XmlDoc(note.Path) + "</c>)</summary>");
            w.Line("public static readonly " + type + " " + entry.PropertyName + ";");
            return new NotePart(w.ToString(), resolved);
        }
    }
}

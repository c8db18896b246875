using System.Collections.Generic;
using System.Threading;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Emits one note: a field on the root class and a type deriving from <c>NoteGen.Note</c> with one field per
    /// section. Claims, links and timestamps are not members: they travel in one payload string (a
    /// <c>[NoteContent]</c> attribute argument) decoded on first use, so compile time follows the number of notes and
    /// sections, not lines, and text stays out of the user-string heap.
    /// </summary>
    /// <remarks>
    /// The compiler's cost is per member with a body (about 0.1 ms each, twice that with analyzers), so the shape
    /// has as few as it can: the note's constructor and its typed <c>Sections</c> are the only methods written.
    /// The root holds each note in a <c>static readonly</c> field, and sections are <c>readonly</c> fields that the
    /// runtime sets when the content is decoded; it finds the outline and section classes by name.
    /// </remarks>
    internal static class NoteEmitter
    {
        // Text goes to the content attribute (blob heap), not to string literals (the 16 MB user-string heap, CS8103);
        // only titles short enough to be harmless are also passed as literals, so Title needs no decoding.
        private const int MaxTitleLiteral = 1024;

        public static NotePart Emit(ResolvedNote resolved, CancellationToken cancellationToken)
        {
            var note = resolved.Note;
            var entry = resolved.Entry;
            var settings = resolved.Settings;
            string payload = PayloadWriter.Literal(resolved);

            // Inside the root class the note type's simple name is unambiguous: it is a nested type of that class.
            var w = SourceFile.BodyWriter(settings);
            w.Line("/// <summary>" + CSharpText.XmlDoc(note.Title) + " (<c>" + CSharpText.XmlDoc(note.Path) + "</c>)</summary>");
            w.Line("public static readonly " + entry.TypeName + " " + entry.PropertyName + " = new " + entry.TypeName + "();");
            w.Line();
            w.Line("/// <summary>The note <c>" + CSharpText.XmlDoc(note.Path) + "</c>: " + CSharpText.XmlDoc(note.Title) + "</summary>");
            w.Line(SourceFile.GeneratedCodeAttribute);
            w.Line("[global::NoteGen.NoteContent(" + payload + ")]");
            w.Open("public sealed class " + entry.TypeName + " : " + SourceFile.RootClass(settings) + "." + entry.BaseType);
            w.Line("internal " + entry.TypeName + "()");
            w.Line("    : base(" + CSharpText.Literal(note.Name) + ", " + CSharpText.Literal(note.Path) + ", "
                + (note.Title.Length <= MaxTitleLiteral ? CSharpText.Literal(note.Title) : "null") + ")");
            w.Line("{");
            w.Line("}");

            if (resolved.Members.HasOutline)
                WriteSections(w, resolved, cancellationToken);
            w.Close();
            return new NotePart(NoteFiles.HintNameFor(settings, note.Path), note.Path, w.ToString(), resolved.Members.HasOutline, settings);
        }

        /// <summary>The typed outline and one class per section with sub-sections, all nested in the note type, so
        /// their simple names are unambiguous inside it (the note's identifier scope keeps them apart).</summary>
        private static void WriteSections(CodeWriter w, ResolvedNote resolved, CancellationToken cancellationToken)
        {
            var sections = resolved.Note.Sections;
            var members = resolved.Members;
            string outline = NoteResolver.OutlineTypeName;
            var children = new List<int>[sections.Count + 1];
            for (int i = 0; i < children.Length; i++)
                children[i] = new List<int>();
            for (int i = 0; i < sections.Count; i++)
                children[sections[i].Parent + 1].Add(i);

            w.Line();
            w.Line("/// <summary>The note's top-level sections, one field per heading.</summary>");
            w.Line("public new " + outline + " Sections => (" + outline + ")base.Sections;");

            var firstClaims = new string?[sections.Count];
            foreach (var claim in resolved.Note.Claims)
                if (claim.Section >= 0 && firstClaims[claim.Section] == null)
                    firstClaims[claim.Section] = claim.Text;

            w.Line();
            w.Line("/// <summary>The top-level sections of the note.</summary>");
            w.Open("public sealed class " + outline + " : global::NoteGen.SectionList");
            WriteSectionFields(w, resolved, children[0], firstClaims);
            w.Close();

            for (int i = 0; i < sections.Count; i++)
            {
                if (members.SectionTypes[i].Value == null)
                    continue;
                cancellationToken.ThrowIfCancellationRequested();
                w.Line();
                w.Line("/// <summary>The section " + CSharpText.XmlDoc(sections[i].Heading) + ".</summary>");
                w.Open("public sealed class " + members.SectionTypes[i].Value + " : global::NoteGen.Section");
                WriteSectionFields(w, resolved, children[i + 1], firstClaims);
                w.Close();
            }
        }

        private static void WriteSectionFields(CodeWriter w, ResolvedNote resolved, List<int> sections, string?[] firstClaims)
        {
            var note = resolved.Note;
            for (int position = 0; position < sections.Count; position++)
            {
                int i = sections[position];
                if (position > 0)
                    w.Line();
                w.Line("/// <summary>" + new string('#', note.Sections[i].Level) + " " + CSharpText.XmlDoc(note.Sections[i].Heading)
                    + (firstClaims[i] == null ? "" : " — " + CSharpText.XmlDoc(firstClaims[i]!, 160)) + "</summary>");
                w.Line("public readonly " + (resolved.Members.SectionTypes[i].Value ?? "global::NoteGen.Section") + " "
                    + resolved.Members.SectionProperties[i] + ";");
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Emits one note: a property on the root class and a type deriving from <c>NoteGen.Note</c> with typed
    /// front matter and one property per section. Claims, links and timestamps are not members: they travel in one
    /// payload string (a <c>[NoteContent]</c> attribute argument) decoded on first use, so compile time follows the
    /// number of notes and sections, not lines, and text stays out of the user-string heap.
    /// </summary>
    internal static class NoteEmitter
    {
        // Text goes to the content attribute (blob heap), not to string literals (the 16 MB user-string heap, CS8103);
        // only titles short enough to be harmless are also passed as literals, so Title needs no decoding.
        private const int MaxTitleLiteral = 1024;

        public static GeneratedFile Emit(ResolvedNote resolved, CancellationToken cancellationToken)
        {
            var note = resolved.Note;
            var entry = resolved.Entry;
            var members = resolved.Members;
            var settings = resolved.Settings;
            string type = SourceFile.RootClass(settings) + "." + entry.TypeName;
            string payload = PayloadWriter.Write(resolved);

            string source = SourceFile.Write(settings, w =>
            {
                w.Line("/// <summary>" + CSharpText.XmlDoc(note.Title) + " (<c>" + CSharpText.XmlDoc(note.Path) + "</c>)</summary>");
                w.Line("public static " + type + " " + entry.PropertyName + " => " + type + ".Instance;");
                w.Line();
                w.Line("/// <summary>The note <c>" + CSharpText.XmlDoc(note.Path) + "</c>: " + CSharpText.XmlDoc(note.Title) + "</summary>");
                w.Line(SourceFile.GeneratedCodeAttribute);
                w.Line("[global::NoteGen.NoteContent(" + CSharpText.Literal(payload) + ")]");
                w.Open("public sealed class " + entry.TypeName + " : " + SourceFile.RootClass(settings) + "." + entry.BaseType);
                w.Line("internal static readonly " + type + " Instance = new " + type + "();");
                w.Line();
                w.Line("private " + entry.TypeName + "()");
                w.Line("    : base(" + CSharpText.Literal(note.Name) + ", " + CSharpText.Literal(note.Path) + ", "
                    + (note.Title.Length <= MaxTitleLiteral ? CSharpText.Literal(note.Title) : "null") + ")");
                w.Line("{");
                w.Line("}");

                if (settings.TypedSections)
                    WriteSections(w, resolved, type, cancellationToken);
                w.Close();
            });
            return new GeneratedFile(NoteFiles.HintNameFor(settings, note.Path), note.Path, source);
        }

        private static void WriteSections(CodeWriter w, ResolvedNote resolved, string noteType, CancellationToken cancellationToken)
        {
            var sections = resolved.Note.Sections;
            var members = resolved.Members;
            string outline = noteType + "." + NoteResolver.OutlineTypeName;
            var children = new List<int>[sections.Count + 1];
            for (int i = 0; i < children.Length; i++)
                children[i] = new List<int>();
            for (int i = 0; i < sections.Count; i++)
                children[sections[i].Parent + 1].Add(i);

            w.Line();
            w.Line("/// <summary>The note's top-level sections, one property per heading.</summary>");
            w.Line("public new " + outline + " Sections => (" + outline + ")base.Sections;");
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line("protected override global::NoteGen.SectionList CreateSectionList() => new " + outline + "();");

            var firstClaims = new string?[sections.Count];
            foreach (var claim in resolved.Note.Claims)
                if (claim.Section >= 0 && firstClaims[claim.Section] == null)
                    firstClaims[claim.Section] = claim.Text;

            var typed = Enumerable.Range(0, sections.Count).Where(i => members.SectionTypes[i].Value != null).ToList();
            w.Line();
            w.Line("/// <summary>The top-level sections of the note.</summary>");
            w.Open("public sealed class " + NoteResolver.OutlineTypeName + " : global::NoteGen.SectionList");
            WriteSectionProperties(w, resolved, noteType, children[0], "this", firstClaims);
            w.Close();

            foreach (int i in typed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                w.Line();
                w.Line("/// <summary>The section " + CSharpText.XmlDoc(sections[i].Heading) + ".</summary>");
                w.Open("public sealed class " + members.SectionTypes[i].Value + " : global::NoteGen.Section");
                WriteSectionProperties(w, resolved, noteType, children[i + 1], "Subsections", firstClaims);
                w.Close();
            }
        }

        private static void WriteSectionProperties(CodeWriter w, ResolvedNote resolved, string noteType, List<int> sections, string list, string?[] firstClaims)
        {
            var note = resolved.Note;
            for (int position = 0; position < sections.Count; position++)
            {
                int i = sections[position];
                string? sectionType = resolved.Members.SectionTypes[i].Value;
                string type = sectionType == null ? "global::NoteGen.Section" : noteType + "." + sectionType;
                string access = list + "[" + position + "]";
                if (position > 0)
                    w.Line();
                w.Line("/// <summary>" + new string('#', note.Sections[i].Level) + " " + CSharpText.XmlDoc(note.Sections[i].Heading)
                    + (firstClaims[i] == null ? "" : " — " + CSharpText.XmlDoc(firstClaims[i]!, 160)) + "</summary>");
                w.Line("public " + type + " " + resolved.Members.SectionProperties[i] + " => "
                    + (sectionType == null ? access : "(" + type + ")" + access) + ";");
            }
        }
    }
}

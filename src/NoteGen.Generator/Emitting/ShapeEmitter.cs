using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Emits the typed-section classes of all notes, each once, inside <c>Shapes</c> in the root class: spread over
    /// <see cref="FileCount"/> files by a stable hash of the class name (see <see cref="HashedFiles"/>), so a heading
    /// edit rewrites the few files of the classes it adds, and a body edit none.
    /// </summary>
    /// <remarks>The classes have fields and nothing else: a note sets them when it decodes its content (see the
    /// runtime's <c>SectionFields</c>). A constructor per class that created the sections made a 10,000-note build
    /// with unique headings (40,000 classes) about 45 % slower.</remarks>
    internal static class ShapeEmitter
    {
        public const int FileCount = 256;

        /// <summary>The distinct shapes of all notes, grouped per file, one group per possible file. Each group is its
        /// own pipeline item, so a file whose shapes are unchanged is not written again.</summary>
        public static IEnumerable<ShapeFile> Group(ImmutableArray<EquatableArray<SectionShape>> perNote, GeneratorSettings settings) =>
            HashedFiles.Spread(perNote.SelectMany(shapes => shapes).GroupBy(shape => shape.Name).Select(same => same.First()), shape => HashedFiles.FileOf(shape.Name, FileCount), FileCount)
                .Select((shapes, i) => new ShapeFile(HashedFiles.HintName(settings, "Shapes", i, FileCount),
                    shapes.OrderBy(shape => shape.Name, System.StringComparer.Ordinal).ToEquatableArray(), settings));

        /// <summary>The file's source, or null when no shape falls in it.</summary>
        public static GeneratedFile? Emit(ShapeFile file)
        {
            if (file.Shapes.Count == 0)
                return null;
            string source = SourceFile.Write(file.Settings, w =>
            {
                // The root file declares the class with its doc comment and attributes (see RootEmitter).
                w.Open("static partial class " + VaultIndexBuilder.ShapesTypeName);
                for (int i = 0; i < file.Shapes.Count; i++)
                {
                    var shape = file.Shapes[i];
                    if (i > 0)
                        w.Line();
                    w.Line(shape.IsOutline
                        ? "/// <summary>The top-level sections of a note with these headings.</summary>"
                        : "/// <summary>A section with these sub-sections.</summary>");
                    w.Open("public sealed class " + shape.Name + " : global::NoteGen." + (shape.IsOutline ? "SectionList" : "Section"));
                    for (int f = 0; f < shape.Fields.Count; f++)
                    {
                        var field = shape.Fields[f];
                        if (f > 0)
                            w.Line();
                        w.Line("/// <summary>" + new string('#', field.Level) + " " + CSharpText.XmlDoc(field.Heading) + "</summary>");
                        w.Line("public readonly " + (field.Type ?? "global::NoteGen.Section") + " " + field.Name + ";");
                    }
                    w.Close();
                }
                w.Close();
            }, annotations: false, suppressed: "CS0649 // the section fields are set by NoteGen at run time");
            return new GeneratedFile(file.HintName, source);
        }
    }

    /// <summary>The shapes that make up one generated file.</summary>
    internal sealed record ShapeFile(string HintName, EquatableArray<SectionShape> Shapes, GeneratorSettings Settings);
}

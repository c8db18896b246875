using System.Collections.Generic;
using System.Globalization;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Puts the notes' generated parts into <see cref="FileCount"/> files by a stable hash of their path (see
    /// <see cref="HashedFiles"/>): an edit rewrites one small file, adding a note changes no other note's file.
    /// </summary>
    internal static class NoteFiles
    {
        public const int FileCount = 1024;

        /// <summary>The notes' parts grouped per file, one group per possible file. Each group is its own pipeline
        /// item, so a file whose parts are unchanged (the same cached objects) is not joined again.</summary>
        public static IEnumerable<FileParts> Group(ImmutableArray<NotePart> parts) =>
            HashedFiles.Spread(parts, p => p.File, FileCount).Select((file, i) => new FileParts(i, file.ToEquatableArray()));

        /// <summary>The number of the file that the note at <paramref name="path"/> goes to.</summary>
        public static int FileOf(string path) => HashedFiles.FileOf(path, FileCount);

        /// <summary>The private field of the root class whose <c>[NoteContent]</c> holds the payloads of file
        /// <paramref name="file"/>'s notes. Note fields are PascalCase, so they never start with an underscore and a
        /// letter.</summary>
        public static string ContentField(int file) => "_content" + HashedFiles.Number(file, FileCount);

        /// <summary>Where <see cref="Join"/> puts each note's payload, for notes given by path in ordinal order (the
        /// vault index's order): the file and the position among that file's payloads.</summary>
        public static (int File, int Position)[] PayloadPositions(IReadOnlyList<string> orderedPaths)
        {
            var counts = new int[FileCount];
            var positions = new (int, int)[orderedPaths.Count];
            for (int i = 0; i < positions.Length; i++)
            {
                int file = FileOf(orderedPaths[i]);
                positions[i] = (file, counts[file]++);
            }
            return positions;
        }

        /// <summary>
        /// One file's text, or null when no note falls in it: its notes' fields ordered by path, inside one declaration
        /// of the root class (a partial declaration per note made the compiler merge tens of thousands of them: about
        /// a third more compile time at 10,000 notes), and their payloads, in the same order, as the arguments of one
        /// <c>[NoteContent]</c> on the file's content field. Each note's initializer names its payload by file and
        /// position. A note listed twice in AdditionalFiles (same path) is one note.
        /// </summary>
        /// <remarks>One attribute per file rather than one per note field: measured on 10,000 notes' worth of payloads,
        /// 1,000 attributes of 10 arguments compile in about 3.5 s less compiler time than 10,000 of one. No
        /// <c>#nullable enable</c>: the fields need no annotations, and the compiler's nullable analysis of 10,000
        /// initializers cost about a tenth of a 10,000-note build.</remarks>
        public static GeneratedFile? Join(FileParts file)
        {
            if (file.Parts.Count == 0)
                return null;
            // Path order, one part per path: the order PayloadPositions gives the vault.
            var unique = file.Parts.GroupBy(p => p.Key).Select(g => g.First()).OrderBy(p => p.Key, System.StringComparer.Ordinal).ToList();
            var settings = unique[0].Note.Settings;
            // Deflating is most of the time payloads take, and each note's is its own: the file's notes are written in
            // parallel, into their places in path order.
            var payloads = new string[unique.Count];
            Parallel.For(0, unique.Count, i => payloads[i] = PayloadWriter.Literal(unique[i].Note));
            string source = SourceFile.Write(settings, w =>
            {
                for (int i = 0; i < unique.Count; i++)
                {
                    w.Raw(unique[i].Declaration + file.File.ToString(CultureInfo.InvariantCulture) + ", " + i.ToString(CultureInfo.InvariantCulture) + ");\n");
                    w.Line();
                }
                w.Line("[global::NoteGen.NoteContent(");
                for (int i = 0; i < unique.Count; i++)
                {
                    string payload = payloads[i];
                    string end = i < unique.Count - 1 ? "," : ")]";
                    w.Line(b => b.Append("    ").Append(payload).Append(end));
                }
                w.Line("private static readonly byte " + ContentField(file.File) + ";");
            }, annotations: false, suppressed: "CS0169 // the content field is read by NoteGen at run time");
            return new GeneratedFile(HashedFiles.HintName(settings, "Notes", file.File, FileCount), source);
        }
    }

    /// <summary>One note's field of the root class up to its initializer's arguments (its payload's file and position,
    /// which <see cref="NoteFiles.Join"/> writes), and the note, whose payload Join writes too: a payload is most of a
    /// note's generated text, and keeping each one as a string until its file is joined held the vault's content in
    /// memory twice.</summary>
    internal sealed record NotePart(string Declaration, ResolvedNote Note)
    {
        /// <summary>The note's path: parts are ordered by it, and it picks their file.</summary>
        public string Key => Note.Note.Path;

        /// <summary>The number of the part's file, worked out once here: <see cref="NoteFiles.Group"/> runs on every
        /// edit, and hashing all the vault's paths again each time was a tenth of a one-note edit at 10,000 notes.</summary>
        public int File { get; } = NoteFiles.FileOf(Note.Note.Path);
    }

    /// <summary>The parts that make up generated file number <paramref name="File"/>; its name, its content field's
    /// and its settings follow from the number and the parts, so they are worked out only when it is joined.</summary>
    internal sealed record FileParts(int File, EquatableArray<NotePart> Parts);
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        public static IEnumerable<FileParts> Group(ImmutableArray<NotePart> parts, GeneratorSettings settings) =>
            HashedFiles.Spread(parts, p => p.Key, FileCount)
                .Select((file, i) => new FileParts(HashedFiles.HintName(settings, "Notes", i, FileCount), file.ToEquatableArray(), settings));

        /// <summary>One file's text, or null when no note falls in it: its parts ordered by path, inside one
        /// declaration of the root class (a partial declaration per note made the compiler merge tens of thousands of
        /// them: about a third more compile time at 10,000 notes). A note listed twice in AdditionalFiles (same path)
        /// is one note.</summary>
        public static GeneratedFile? Join(FileParts file)
        {
            if (file.Parts.Count == 0)
                return null;
            var unique = file.Parts.GroupBy(p => p.Key).Select(g => g.First()).OrderBy(p => p.Key, System.StringComparer.Ordinal).ToList();
            string source = SourceFile.Write(file.Settings, w =>
            {
                for (int i = 0; i < unique.Count; i++)
                {
                    if (i > 0)
                        w.Line();
                    w.Raw(unique[i].Body);
                }
            }, runtimeSetFields: true);
            return new GeneratedFile(file.HintName, source);
        }
    }

    /// <summary>One note's members of the root class; parts are ordered by <paramref name="Key"/>, the note's path,
    /// which also picks their file.</summary>
    internal sealed record NotePart(string Key, string Body);

    /// <summary>The parts that make up one generated file.</summary>
    internal sealed record FileParts(string HintName, EquatableArray<NotePart> Parts, GeneratorSettings Settings);
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Puts the notes' generated parts into a bounded number of files. One file per note is what incrementality
    /// would like, but the compiler checks each new hint name against all earlier ones (a linear scan in Roslyn
    /// 4.8–5.0), so 10,000 files cost a quadratic 0.2 s on every run; one file for all would make an edit re-parse
    /// everything. Notes go to one of <see cref="FileCount"/> files by a stable hash of their path: an edit rewrites
    /// one small file, adding a note changes no other note's file.
    /// </summary>
    internal static class NoteFiles
    {
        public const int FileCount = 1024;

        public static string HintNameFor(GeneratorSettings settings, string path) =>
            settings.ClassName + ".Notes" + (StableHash.Of32(path) % FileCount).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

        /// <summary>The notes' parts grouped per file. Each group is its own pipeline item, so a file whose parts
        /// are unchanged (the same cached objects) is not joined again.</summary>
        public static IEnumerable<FileParts> Group(ImmutableArray<NotePart> parts) =>
            parts.GroupBy(p => p.HintName)
                .OrderBy(file => file.Key, System.StringComparer.Ordinal)
                .Select(file => new FileParts(file.Key, file.ToEquatableArray()));

        /// <summary>One file's text: its parts ordered by path, inside one declaration of the root class (a partial
        /// declaration per note made the compiler merge tens of thousands of them: about a third more compile time at
        /// 10,000 notes). A note listed twice in AdditionalFiles (same path) is one note.</summary>
        public static GeneratedFile Join(FileParts file)
        {
            var unique = file.Parts.GroupBy(p => p.Key).Select(g => g.First()).OrderBy(p => p.Key, System.StringComparer.Ordinal).ToList();
            string source = SourceFile.Write(unique[0].Settings, w =>
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

    /// <summary>One note's members of the root class, for the file <paramref name="HintName"/>; parts are ordered by
    /// <paramref name="Key"/>, the note's path.</summary>
    internal sealed record NotePart(string HintName, string Key, string Body, GeneratorSettings Settings);

    /// <summary>The parts that make up one generated file.</summary>
    internal sealed record FileParts(string HintName, EquatableArray<NotePart> Parts);
}

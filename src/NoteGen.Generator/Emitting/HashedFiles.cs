using System;
using System.Collections.Generic;
using System.Globalization;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Emitting
{
    /// <summary>
    /// Spreads generated items over a fixed number of files by a stable hash of a key. One file per item is what
    /// incrementality would like, but the compiler checks each new hint name against all earlier ones (a linear scan
    /// in Roslyn 4.8–5.0), so 10,000 files cost a quadratic 0.2 s on every run; one file for all would make an edit
    /// re-parse everything.
    /// </summary>
    /// <remarks>
    /// Every possible file is a pipeline item, empty ones included, because the generator driver compares each item
    /// with the one at the same position in the last run: if files appeared only when they had items, a new file
    /// would shift every later one and all of them would be written again.
    /// </remarks>
    internal static class HashedFiles
    {
        /// <summary>The items in each of <paramref name="fileCount"/> files, by file number, in input order;
        /// <paramref name="fileOf"/> gives an item's file (<see cref="FileOf"/> of its key).</summary>
        public static List<T>[] Spread<T>(IEnumerable<T> items, Func<T, int> fileOf, int fileCount)
        {
            var files = new List<T>[fileCount];
            for (int i = 0; i < files.Length; i++)
                files[i] = new List<T>();
            foreach (var item in items)
                files[fileOf(item)].Add(item);
            return files;
        }

        /// <summary>The number of the file that an item with <paramref name="key"/> goes to.</summary>
        public static int FileOf(string key, int fileCount) => (int)(StableHash.Of32(key) % (uint)fileCount);

        /// <summary>A file number with as many digits as the largest one has: <c>0042</c>.</summary>
        public static string Number(int file, int fileCount) =>
            file.ToString(new string('0', (fileCount - 1).ToString(CultureInfo.InvariantCulture).Length), CultureInfo.InvariantCulture);

        /// <summary><c>Notes.{kind}0042.g.cs</c>.</summary>
        public static string HintName(GeneratorSettings settings, string kind, int file, int fileCount) =>
            settings.ClassName + "." + kind + Number(file, fileCount) + ".g.cs";
    }
}

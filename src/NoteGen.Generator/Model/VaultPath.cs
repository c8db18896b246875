using System;
using System.Collections.Generic;

namespace NoteGen.Generator.Model
{
    /// <summary>Vault paths ('/' separators): the pieces links, notes and attachments are matched by.</summary>
    internal static class VaultPath
    {
        /// <summary>The last segment: "a/b/c.md" → "c.md".</summary>
        public static string FileName(string path) => path.Substring(path.Replace('\\', '/').LastIndexOf('/') + 1);

        /// <summary>Everything before the last segment: "a/b/c.md" → "a/b"; "" at the root.</summary>
        public static string FolderOf(string path)
        {
            int slash = path.LastIndexOf('/');
            return slash < 0 ? "" : path.Substring(0, slash);
        }

        /// <summary>Whether the path is a note's: it ends in ".md" (any case); every other file is an attachment.</summary>
        public static bool IsNote(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

        /// <summary>The path without a trailing ".md" (any case).</summary>
        public static string WithoutMarkdownExtension(string path) =>
            IsNote(path) ? path.Substring(0, path.Length - 3) : path;

        /// <summary>'/' separators, empty and "." segments dropped, ".." folded ("a/b/../c" → "a/c"). The first
        /// segment (a root: "" of "/x", "C:") is never folded away, so ".." past it stays and matches nothing.</summary>
        public static string Normalize(string path)
        {
            var segments = new List<string>();
            foreach (string segment in path.Replace('\\', '/').Split('/'))
            {
                if (segment == "." || (segment.Length == 0 && segments.Count > 0))
                    continue;
                if (segment == ".." && segments.Count > 1 && segments[segments.Count - 1] != "..")
                    segments.RemoveAt(segments.Count - 1);
                else
                    segments.Add(segment);
            }
            return string.Join("/", segments);
        }
    }
}

using System.Collections.Generic;

namespace NoteGen.Generator.Resolution
{
    internal static class VaultPath
    {
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

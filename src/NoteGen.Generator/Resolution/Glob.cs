namespace NoteGen.Generator.Resolution
{
    /// <summary>The globs of <c>[NoteSchema]</c>, matched against note paths (project-relative, '/' separators),
    /// case-insensitively: <c>*</c> is any run of characters within one folder, <c>?</c> one character other than
    /// '/', and <c>**</c> as a whole path segment any number of folders, none included (<c>notes/**/*.md</c>
    /// matches <c>notes/a.md</c>). A leading <c>./</c> is ignored and '\' counts as '/'.</summary>
    internal static class Glob
    {
        public static bool IsMatch(string pattern, string path)
        {
            pattern = pattern.Replace('\\', '/');
            if (pattern.StartsWith("./", System.StringComparison.Ordinal))
                pattern = pattern.Substring(2);
            return Match(pattern, 0, path, 0);
        }

        private static bool Match(string pattern, int p, string path, int s)
        {
            while (p < pattern.Length)
            {
                char c = pattern[p];
                if (c == '*')
                    return p + 1 < pattern.Length && pattern[p + 1] == '*' ? MatchFolders(pattern, p + 2, path, s) : MatchRun(pattern, p + 1, path, s);
                if (s == path.Length || path[s] == '/' && c == '?')
                    return false;
                if (c != '?' && char.ToLowerInvariant(c) != char.ToLowerInvariant(path[s]))
                    return false;
                p++;
                s++;
            }
            return s == path.Length;
        }

        /// <summary>'*': the rest of the pattern after any run of characters that stays in this folder.</summary>
        private static bool MatchRun(string pattern, int p, string path, int s)
        {
            for (int i = s; i <= path.Length; i++)
            {
                if (Match(pattern, p, path, i))
                    return true;
                if (i < path.Length && path[i] == '/')
                    return false;
            }
            return false;
        }

        /// <summary>'**': with '/' after it, the rest of the pattern at this folder or any folder below; at the end,
        /// anything; elsewhere, any run of characters, '/' included.</summary>
        private static bool MatchFolders(string pattern, int p, string path, int s)
        {
            if (p == pattern.Length)
                return true;
            if (pattern[p] == '/')
            {
                for (int i = s; ; i = path.IndexOf('/', i) + 1)
                {
                    if (Match(pattern, p + 1, path, i))
                        return true;
                    if (path.IndexOf('/', i) < 0)
                        return false;
                }
            }
            for (int i = s; i <= path.Length; i++)
                if (Match(pattern, p, path, i))
                    return true;
            return false;
        }
    }
}

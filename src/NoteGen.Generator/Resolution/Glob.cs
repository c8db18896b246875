namespace NoteGen.Generator.Resolution
{
    /// <summary>The globs of <c>[NoteSchema]</c>, matched against note paths (vault-relative, '/' separators),
    /// case-insensitively: <c>*</c> is any run of characters within one folder, <c>?</c> one character other than
    /// '/', and <c>**</c> as a whole path segment any number of folders, none included (<c>notes/**/*.md</c>
    /// matches <c>notes/a.md</c>); elsewhere <c>**</c> is any run of characters, '/' included. A leading <c>./</c> is
    /// ignored and '\' counts as '/'.</summary>
    /// <remarks>Matching remembers which (pattern, path) positions failed, so a pattern full of stars costs
    /// pattern length × path length, not a number of backtracking paths exponential in the stars.</remarks>
    internal sealed class Glob
    {
        private readonly string _pattern;
        private readonly string _path;
        private readonly bool[,] _failed;

        private Glob(string pattern, string path)
        {
            _pattern = pattern;
            _path = path;
            _failed = new bool[pattern.Length + 1, path.Length + 1];
        }

        public static bool IsMatch(string pattern, string path)
        {
            pattern = pattern.Replace('\\', '/');
            if (pattern.StartsWith("./", System.StringComparison.Ordinal))
                pattern = pattern.Substring(2);
            return new Glob(pattern, path).Match(0, 0);
        }

        private bool Match(int p, int s)
        {
            if (_failed[p, s])
                return false;
            bool matched = MatchUnmemoized(p, s);
            _failed[p, s] = !matched;
            return matched;
        }

        private bool MatchUnmemoized(int p, int s)
        {
            if (p == _pattern.Length)
                return s == _path.Length;
            char c = _pattern[p];
            if (c == '*')
            {
                if (p + 1 < _pattern.Length && _pattern[p + 1] == '*')
                    return MatchFolders(p + 2, s);
                // '*': the rest of the pattern after any run of characters that stays in this folder.
                for (int i = s; i <= _path.Length; i++)
                {
                    if (Match(p + 1, i))
                        return true;
                    if (i < _path.Length && _path[i] == '/')
                        return false;
                }
                return false;
            }
            if (s == _path.Length || (c == '?' && _path[s] == '/'))
                return false;
            if (c != '?' && char.ToLowerInvariant(c) != char.ToLowerInvariant(_path[s]))
                return false;
            return Match(p + 1, s + 1);
        }

        /// <summary>'**': with '/' after it, the rest of the pattern at this folder or any folder below; elsewhere,
        /// any run of characters, '/' included.</summary>
        private bool MatchFolders(int p, int s)
        {
            bool segment = p < _pattern.Length && _pattern[p] == '/';
            for (int i = s; i <= _path.Length; i++)
            {
                if (segment ? (i == s || _path[i - 1] == '/') && Match(p + 1, i) : Match(p, i))
                    return true;
            }
            return false;
        }
    }
}

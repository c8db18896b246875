using System;
using System.Collections.Generic;
using System.Text;

namespace NoteGen.Generator.Resolution
{
    /// <summary>
    /// Finds the closest existing name for a mistyped link target ("did you mean …?"). Names are compared by their
    /// letters and digits, lower-cased, so "Amazon Business" finds "amazon_business"; a suggestion is at most one edit
    /// away for keys of up to four characters, else two (an edit: insert, delete, replace, swap two neighbours).
    /// </summary>
    /// <remarks>Comparing a broken target with every name would cost names × broken links edit distances (billions
    /// on a 10,000-note vault with a few percent broken). Instead every name is indexed under its key and under each
    /// key with one character deleted; a target looks up the same variants of its own key, which reaches every name
    /// within one edit and most within two, at a cost that does not grow with the vault.</remarks>
    internal sealed class NameSuggester
    {
        // Longer keys are indexed without deletions: a typo in a 60-character name is rare, the variants are not.
        private const int MaxIndexedKey = 48;

        private readonly Dictionary<string, List<string>> _names = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        public NameSuggester(IEnumerable<string> names)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string name in names)
            {
                string key = Key(name);
                if (key.Length == 0 || !seen.Add(name))
                    continue;
                Add(key, name);
                if (key.Length <= MaxIndexedKey)
                    for (int i = 0; i < key.Length; i++)
                        Add(key.Remove(i, 1), name);
            }
        }

        /// <summary>The closest name to <paramref name="target"/>, or null when none is close enough.</summary>
        public string? Suggest(string target)
        {
            string key = Key(target);
            if (key.Length == 0)
                return null;
            var candidates = new List<string>();
            Collect(key, candidates);
            for (int i = 0; i < key.Length && key.Length <= MaxIndexedKey; i++)
                Collect(key.Remove(i, 1), candidates);
            return Best(target, candidates);
        }

        /// <summary>The closest of <paramref name="options"/> to <paramref name="target"/>, comparing each one (for
        /// short lists such as a note's headings); null when none is close enough.</summary>
        public static string? Closest(string target, IEnumerable<string> options) => Best(target, options);

        private static string? Best(string target, IEnumerable<string> candidates)
        {
            string key = Key(target);
            int limit = key.Length <= 4 ? 1 : 2;
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                if (string.Equals(candidate, target, StringComparison.OrdinalIgnoreCase))
                    continue;
                int distance = Distance(key, Key(candidate), limit);
                if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }

        private void Collect(string key, List<string> candidates)
        {
            if (_names.TryGetValue(key, out var names))
                candidates.AddRange(names);
        }

        private void Add(string key, string name)
        {
            if (!_names.TryGetValue(key, out var names))
                _names.Add(key, names = new List<string>(1));
            if (names.Count == 0 || !ReferenceEquals(names[names.Count - 1], name))
                names.Add(name);
        }

        /// <summary>Letters and digits only, lower-cased.</summary>
        private static string Key(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (char c in name)
                if (char.IsLetterOrDigit(c))
                    builder.Append(char.ToLowerInvariant(c));
            return builder.ToString();
        }

        /// <summary>Optimal string alignment distance (edits, swaps of neighbours counted as one); any value above
        /// <paramref name="limit"/> means "too far".</summary>
        private static int Distance(string a, string b, int limit)
        {
            if (Math.Abs(a.Length - b.Length) > limit)
                return limit + 1;
            var previous2 = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
                previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMin = current[0];
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        value = Math.Min(value, previous2[j - 2] + 1);
                    current[j] = value;
                    rowMin = Math.Min(rowMin, value);
                }
                if (rowMin > limit)
                    return limit + 1;
                var recycled = previous2;
                previous2 = previous;
                previous = current;
                current = recycled;
            }
            return previous[b.Length];
        }
    }
}

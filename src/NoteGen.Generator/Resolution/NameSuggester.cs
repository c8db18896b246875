using System;
using System.Collections.Generic;
using System.Text;
using NoteGen.Generator.Model;

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
    /// within one edit and most within two, at a cost that does not grow with the vault. The index holds a 64-bit
    /// hash of each variant, not the variant, so building it allocates no string per variant (a quarter of a million
    /// on a 10,000-note vault); a hash collision only adds a candidate, which the distance check still judges.</remarks>
    internal sealed class NameSuggester
    {
        // Longer keys are indexed without deletions: a typo in a 60-character name is rare, the variants are not.
        private const int MaxIndexedKey = 48;

        private readonly List<string> _names = new List<string>();
        // Sorted together: the hash of each indexed variant, and the index in _names of the name it belongs to.
        private readonly ulong[] _variants;
        private readonly int[] _owners;

        public NameSuggester(IEnumerable<string> names)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var variants = new List<ulong>();
            var owners = new List<int>();
            foreach (string name in names)
            {
                string key = Key(name);
                if (key.Length == 0 || !seen.Add(name))
                    continue;
                for (int skip = -1; skip < (key.Length <= MaxIndexedKey ? key.Length : 0); skip++)
                {
                    variants.Add(StableHash.Of64(key, skip));
                    owners.Add(_names.Count);
                }
                _names.Add(name);
            }
            _variants = variants.ToArray();
            _owners = owners.ToArray();
            Array.Sort(_variants, _owners);
        }

        /// <summary>The closest name to <paramref name="target"/>, or null when none is close enough.</summary>
        public string? Suggest(string target)
        {
            string key = Key(target);
            if (key.Length == 0)
                return null;
            var candidates = new List<string>();
            for (int skip = -1; skip < (key.Length <= MaxIndexedKey ? key.Length : 0); skip++)
                Collect(StableHash.Of64(key, skip), candidates);
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

        private void Collect(ulong variant, List<string> candidates)
        {
            int first = Array.BinarySearch(_variants, variant);
            if (first < 0)
                return;
            while (first > 0 && _variants[first - 1] == variant)
                first--;
            for (int i = first; i < _variants.Length && _variants[i] == variant; i++)
                candidates.Add(_names[_owners[i]]);
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

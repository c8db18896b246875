using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>Turns file names, headings and keys into valid C# identifiers.</summary>
    internal static class Identifiers
    {
        /// <summary>
        /// PascalCases <paramref name="text"/>: words are runs of letters and digits, apostrophes vanish inside
        /// words ("Amazon's" → "Amazons"), everything else separates words. A leading digit gets '_', a keyword '@';
        /// text with no letters or digits becomes <paramref name="fallback"/>.
        /// </summary>
        public static string PascalCase(string text, string fallback)
        {
            var builder = new StringBuilder(text.Length);
            bool wordStart = true;
            foreach (char c in text)
            {
                if (c == '\'' || c == '’')
                    continue;
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                bool letterOrDigit = char.IsLetter(c) || category == UnicodeCategory.LetterNumber || category == UnicodeCategory.DecimalDigitNumber;
                bool combining = builder.Length > 0 && !wordStart
                    && (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark);
                if (!letterOrDigit && !combining)
                {
                    wordStart = true;
                    continue;
                }
                builder.Append(wordStart ? char.ToUpperInvariant(c) : c);
                wordStart = false;
            }
            if (builder.Length == 0)
                return fallback;
            if (char.IsDigit(builder[0]))
                builder.Insert(0, '_');
            string identifier = Escape(builder.ToString());
            return SyntaxFacts.IsValidIdentifier(identifier.TrimStart('@')) ? identifier : fallback;
        }

        /// <summary>A declared name as C# code can write it: keywords (and contextual ones, to be safe) get '@'.</summary>
        public static string Escape(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }

    /// <summary>The names already used in one C# declaration space; hands out unique ones by adding a
    /// deterministic number ("Overview", "Overview2", …).</summary>
    internal sealed class IdentifierScope
    {
        /// <summary>Members every generated type inherits from <see cref="object"/>.</summary>
        private static readonly string[] s_objectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

        private readonly HashSet<string> _reserved;
        private readonly string _typeName;
        private readonly HashSet<string> _taken = new HashSet<string>(System.StringComparer.Ordinal);

        /// <param name="reserved">The names the type inherits or declares itself, from <see cref="Reserved"/>:
        /// shared by every scope of that kind, so a scope costs one small set.</param>
        /// <param name="typeName">The declaring type's own name, which no member may take (CS0542).</param>
        public IdentifierScope(HashSet<string> reserved, string typeName)
        {
            _reserved = reserved;
            _typeName = typeName;
        }

        /// <summary>A reserved-name set: <paramref name="names"/> plus the members of <see cref="object"/>.</summary>
        public static HashSet<string> Reserved(params string[] names) =>
            new HashSet<string>(names.Concat(s_objectMembers), System.StringComparer.Ordinal);

        private bool TryTake(string name) => name != _typeName && !_reserved.Contains(name) && _taken.Add(name);

        /// <summary>Like <see cref="Allocate(string)"/>, and reports NG0008 (info) at <paramref name="location"/> when
        /// the name had to change.</summary>
        public string Allocate(string name, string what, string filePath, TextLocation location, List<DiagnosticInfo> diagnostics)
        {
            string allocated = Allocate(name);
            if (allocated != name)
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.IdentifierRenamed, filePath, location, what, allocated, name));
            return allocated;
        }

        /// <summary>Returns <paramref name="name"/>, or it with the lowest free suffix from 2 when taken.</summary>
        public string Allocate(string name)
        {
            string bare = name.TrimStart('@');
            if (TryTake(bare))
                return name;
            for (int suffix = 2; ; suffix++)
            {
                string candidate = bare + suffix.ToString(CultureInfo.InvariantCulture);
                if (TryTake(candidate))
                    return candidate;
            }
        }
    }
}

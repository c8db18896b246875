using System.Collections.Generic;
using System.Text;

namespace NoteGen.Generator.Model
{
    /// <summary>The HTML ids of a note's headings: lower case letters and digits joined by '-' (as GitHub and most
    /// static site tools make them), "section" when nothing is left, and "-1", "-2"… after an id already taken in the
    /// note, so <c>[[note#Heading]]</c> lands on the heading the build resolved it to.</summary>
    internal sealed class HeadingAnchors
    {
        private readonly HashSet<string> _taken = new HashSet<string>(System.StringComparer.Ordinal);

        // Per id, the suffix to try next: a note repeating a heading thousands of times stays linear.
        private readonly Dictionary<string, int> _nextSuffix = new Dictionary<string, int>(System.StringComparer.Ordinal);

        /// <summary>The id of the next heading of the note, in document order.</summary>
        public string Next(string heading)
        {
            string anchor = Slug(heading);
            if (_taken.Add(anchor))
                return anchor;
            _nextSuffix.TryGetValue(anchor, out int n);
            string unique;
            do
                unique = anchor + "-" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            while (!_taken.Add(unique));
            _nextSuffix[anchor] = n;
            return unique;
        }

        private static string Slug(string heading)
        {
            var slug = new StringBuilder(heading.Length);
            bool dash = false;
            foreach (char c in heading)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (dash && slug.Length > 0)
                        slug.Append('-');
                    slug.Append(char.ToLowerInvariant(c));
                    dash = false;
                }
                else if (c == ' ' || c == '-' || c == '_' || c == '\t')
                {
                    dash = true;
                }
            }
            return slug.Length == 0 ? "section" : slug.ToString();
        }
    }
}

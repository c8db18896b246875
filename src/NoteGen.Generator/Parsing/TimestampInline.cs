using System;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NoteGen.Generator.Parsing
{
    /// <summary>A whole <c>&lt;a class="yt-timestamp" data-t="…"&gt;…&lt;/a&gt;</c> anchor.
    /// <see cref="Value"/> is the data-t attribute as written (empty when missing).</summary>
    internal sealed class TimestampInline : LeafInline
    {
        public TimestampInline(string value) => Value = value;

        public string Value { get; }
    }

    /// <summary>Parses a timestamp anchor, tag to closing tag, so its label never reaches a claim's text. Other
    /// HTML is left to Markdig. Anchors may span lines and quote attributes either way.</summary>
    internal sealed class TimestampInlineParser : InlineParser
    {
        // Bounds keep a stray '<a' in a huge paragraph from scanning the rest of it.
        private const int MaxTagLength = 2_000;
        private const int MaxAnchorLength = 4_000;

        // One array for every anchor, not one per call.
        private static readonly char[] ClassSeparators = { ' ', '\t', '\n', '\r' };

        public TimestampInlineParser() => OpeningCharacters = new[] { '<' };

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            string text = slice.Text;
            int start = slice.Start;
            if (start + 2 > slice.End || (text[start + 1] != 'a' && text[start + 1] != 'A') || !char.IsWhiteSpace(text[start + 2]))
                return false;

            int tagEnd = text.IndexOf('>', start, Math.Min(MaxTagLength, slice.End - start + 1));
            if (tagEnd < 0)
                return false;
            string? classes = Attribute(text, start + 2, tagEnd, "class");
            if (classes == null || Array.IndexOf(classes.Split(ClassSeparators), "yt-timestamp") < 0)
                return false;

            int searchFrom = tagEnd + 1;
            int closing = searchFrom > slice.End ? -1
                : text.IndexOf("</a>", searchFrom, Math.Min(MaxAnchorLength, slice.End - searchFrom + 1), StringComparison.OrdinalIgnoreCase);
            if (closing < 0)
                return false;

            int end = closing + "</a>".Length - 1;
            return InlineParsing.Take(processor, ref slice, new TimestampInline(Attribute(text, start + 2, tagEnd, "data-t")?.Trim() ?? ""), start, end);
        }

        /// <summary>The value of attribute <paramref name="name"/> (case-insensitive) among the attributes in
        /// text[from, to): <c>name="v"</c>, <c>name='v'</c> or <c>name=v</c>; null when absent.</summary>
        private static string? Attribute(string text, int from, int to, string name)
        {
            int i = from;
            while (i < to)
            {
                while (i < to && char.IsWhiteSpace(text[i]))
                    i++;
                int nameStart = i;
                while (i < to && !char.IsWhiteSpace(text[i]) && text[i] != '=' && text[i] != '/')
                    i++;
                bool matches = i - nameStart == name.Length && string.Compare(text, nameStart, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;
                while (i < to && char.IsWhiteSpace(text[i]))
                    i++;
                if (i >= to || text[i] != '=')
                {
                    i = Math.Max(i, nameStart + 1); // a bare attribute or a stray character
                    continue;
                }
                i++;
                while (i < to && char.IsWhiteSpace(text[i]))
                    i++;
                int valueStart, valueEnd;
                if (i < to && (text[i] == '"' || text[i] == '\''))
                {
                    char quote = text[i];
                    valueStart = i + 1;
                    valueEnd = text.IndexOf(quote, valueStart, to - valueStart);
                    if (valueEnd < 0)
                        return null; // an unclosed quote: not an attribute list we can read
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < to && !char.IsWhiteSpace(text[i]))
                        i++;
                    valueEnd = i;
                }
                if (matches)
                    return text.Substring(valueStart, valueEnd - valueStart);
            }
            return null;
        }
    }
}

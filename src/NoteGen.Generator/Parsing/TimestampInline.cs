using System;
using System.Text.RegularExpressions;
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

        private static readonly Regex s_class = Attribute("class");
        private static readonly Regex s_dataT = Attribute("data-t");

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
            string tag = text.Substring(start, tagEnd - start);
            var classMatch = s_class.Match(tag);
            if (!classMatch.Success || Array.IndexOf(AttributeValue(classMatch).Split(' ', '\t', '\n', '\r'), "yt-timestamp") < 0)
                return false;

            int searchFrom = tagEnd + 1;
            int closing = searchFrom > slice.End ? -1
                : text.IndexOf("</a>", searchFrom, Math.Min(MaxAnchorLength, slice.End - searchFrom + 1), StringComparison.OrdinalIgnoreCase);
            if (closing < 0)
                return false;

            var dataT = s_dataT.Match(tag);
            int end = closing + "</a>".Length - 1;
            processor.Inline = new TimestampInline(dataT.Success ? AttributeValue(dataT).Trim() : "")
            {
                Span = new SourceSpan(processor.GetSourcePosition(start, out int line, out int column), processor.GetSourcePosition(end)),
                Line = line,
                Column = column,
            };
            slice.Start = end + 1;
            return true;
        }

        private static Regex Attribute(string name) => new Regex(
            @"\s" + Regex.Escape(name) + @"\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""'>]+))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static string AttributeValue(Match match) => match.Groups["v"].Value;
    }
}

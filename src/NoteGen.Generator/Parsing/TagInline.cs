using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NoteGen.Generator.Parsing
{
    /// <summary>An Obsidian tag <c>#tag</c> or nested <c>#area/topic</c>.</summary>
    internal sealed class TagInline : LeafInline
    {
        public TagInline(string tag) => Tag = tag;

        /// <summary>The tag without '#', nested parts kept whole ("area/topic").</summary>
        public string Tag { get; }
    }

    /// <summary>Parses <c>#tag</c> as Obsidian does: after whitespace or at a line start, letters, digits, '_', '-' and
    /// '/', with at least one character that is not a digit ("#42" is not a tag).</summary>
    internal sealed class TagInlineParser : InlineParser
    {
        public TagInlineParser() => OpeningCharacters = new[] { '#' };

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (!InlineParsing.StartsWord(slice))
                return false;
            string text = slice.Text;
            int start = slice.Start;
            int end = start + 1;
            bool hasNonDigit = false;
            while (end <= slice.End && IsTagChar(text[end]))
            {
                hasNonDigit |= !char.IsDigit(text[end]);
                end++;
            }
            if (!hasNonDigit)
                return false;
            return InlineParsing.Take(processor, ref slice, new TagInline(text.Substring(start + 1, end - start - 1)), start, end - 1);
        }

        private static bool IsTagChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '/';
    }
}

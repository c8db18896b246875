using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NoteGen.Generator.Parsing
{
    /// <summary>An Obsidian wiki link <c>[[target|alias]]</c> or embed <c>![[target]]</c>.</summary>
    internal sealed class WikiLinkInline : LeafInline
    {
        public WikiLinkInline(string target, string? alias, bool isEmbed)
        {
            Target = target;
            Alias = alias;
            IsEmbed = isEmbed;
        }

        public string Target { get; }
        public string? Alias { get; }
        public bool IsEmbed { get; }

        /// <summary>What a reader sees in place of the link.</summary>
        public string DisplayText => Alias ?? Target;
    }

    /// <summary>Parses <c>[[…]]</c> on one line, without a nested <c>[[</c>. It runs before Markdig's link parser; code spans and backslash
    /// escapes are parsed where they start, so <c>`[[x]]`</c> and <c>\[[x]]</c> are not links.</summary>
    internal sealed class WikiLinkInlineParser : InlineParser
    {
        public WikiLinkInlineParser() => OpeningCharacters = new[] { '[', '!' };

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            string text = slice.Text;
            int start = slice.Start;
            bool isEmbed = text[start] == '!';
            int open = isEmbed ? start + 1 : start;
            if (open + 1 > slice.End || text[open] != '[' || text[open + 1] != '[')
                return false;

            int close = open + 2;
            while (true)
            {
                if (close + 1 > slice.End)
                    return false;
                char c = text[close];
                if (c == '\n' || c == '\r' || (c == '[' && text[close + 1] == '['))
                    return false; // links stay on one line, and "[[a [[b]]" is text then the link [[b]]
                if (c == ']' && text[close + 1] == ']')
                    break;
                close++;
            }

            SplitTarget(text.Substring(open + 2, close - open - 2), out string target, out string? alias);
            int end = close + 1;
            return InlineParsing.Take(processor, ref slice, new WikiLinkInline(target, alias, isEmbed), start, end);
        }

        /// <summary>Splits at the first '|' (or '\|', the escaped pipe used inside tables).</summary>
        private static void SplitTarget(string content, out string target, out string? alias)
        {
            int pipe = content.IndexOf('|');
            if (pipe < 0)
            {
                target = content.Trim();
                alias = null;
                return;
            }
            int targetEnd = pipe > 0 && content[pipe - 1] == '\\' ? pipe - 1 : pipe;
            target = content.Substring(0, targetEnd).Trim();
            alias = content.Substring(pipe + 1).Trim();
            if (alias.Length == 0)
                alias = null;
        }
    }
}

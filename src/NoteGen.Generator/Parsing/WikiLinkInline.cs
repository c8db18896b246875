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

    /// <summary>Parses <c>[[…]]</c> on one line, without a nested <c>[[</c> (see <see cref="WikiLinkSyntax"/>). It runs
    /// before Markdig's link parser; code spans and backslash escapes are parsed where they start, so <c>`[[x]]`</c>
    /// and <c>\[[x]]</c> are not links.</summary>
    internal sealed class WikiLinkInlineParser : InlineParser
    {
        public WikiLinkInlineParser() => OpeningCharacters = new[] { '[', '!' };

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            string text = slice.Text;
            int start = slice.Start;
            bool isEmbed = text[start] == '!';
            int open = isEmbed ? start + 1 : start;
            int close = WikiLinkSyntax.CloseOf(text, open, slice.End + 1);
            if (close < 0)
                return false;
            WikiLinkSyntax.SplitTarget(text.Substring(open + 2, close - open - 2), out string target, out string? alias);
            return InlineParsing.Take(processor, ref slice, new WikiLinkInline(target, alias, isEmbed), start, close + 1);
        }
    }

    /// <summary>The syntax of a wiki link, wherever it is written: the body (<see cref="WikiLinkInlineParser"/>) or a
    /// front-matter value.</summary>
    internal static class WikiLinkSyntax
    {
        /// <summary>Where the link that opens with <c>[[</c> at <paramref name="open"/> closes: the index of the first
        /// <c>]</c> of <c>]]</c> before <paramref name="end"/>, or -1 when there is no link there. Links stay on one
        /// line, and "[[a [[b]]" is text then the link [[b]].</summary>
        public static int CloseOf(string text, int open, int end)
        {
            if (open + 1 >= end || text[open] != '[' || text[open + 1] != '[')
                return -1;
            for (int close = open + 2; close + 1 < end; close++)
            {
                char c = text[close];
                if (c == '\n' || c == '\r' || (c == '[' && text[close + 1] == '['))
                    return -1;
                if (c == ']' && text[close + 1] == ']')
                    return close;
            }
            return -1;
        }

        /// <summary>Splits a link's content at the first '|' (or '\|', the escaped pipe used inside tables).</summary>
        public static void SplitTarget(string content, out string target, out string? alias)
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

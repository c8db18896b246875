using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NoteGen.Generator.Model;

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
}

using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NoteGen.Generator.Parsing
{
    /// <summary>An Obsidian block id <c>^id</c> at the end of a line: the target of <c>[[note#^id]]</c>. It is not
    /// part of the text a reader sees.</summary>
    internal sealed class BlockIdInline : LeafInline
    {
        public BlockIdInline(string id) => Id = id;

        public string Id { get; }
    }

    /// <summary>Parses <c>^id</c> (letters, digits and '-') after whitespace or at a line start, followed only by
    /// spaces up to the end of the line.</summary>
    internal sealed class BlockIdInlineParser : InlineParser
    {
        public BlockIdInlineParser() => OpeningCharacters = new[] { '^' };

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (!InlineParsing.StartsWord(slice))
                return false;
            string text = slice.Text;
            int start = slice.Start;
            int end = start + 1;
            while (end <= slice.End && (char.IsLetterOrDigit(text[end]) && text[end] < 128 || text[end] == '-'))
                end++;
            if (end == start + 1)
                return false;
            int after = end;
            while (after <= slice.End && (text[after] == ' ' || text[after] == '\t'))
                after++;
            if (after <= slice.End && text[after] != '\n' && text[after] != '\r')
                return false;
            return InlineParsing.Take(processor, ref slice, new BlockIdInline(text.Substring(start + 1, end - start - 1)), start, end - 1);
        }
    }
}

using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NoteGen.Generator.Parsing
{
    /// <summary>What NoteGen's inline parsers share.</summary>
    internal static class InlineParsing
    {
        /// <summary>True at a line start or after whitespace, where Obsidian's <c>#tags</c> and <c>^block-ids</c> may begin.</summary>
        public static bool StartsWord(StringSlice slice)
        {
            char before = slice.PeekCharExtra(-1);
            return before == '\0' || char.IsWhiteSpace(before);
        }

        /// <summary>Makes <paramref name="inline"/> the parsed inline, covering the text from <paramref name="start"/>
        /// to <paramref name="last"/> (inclusive), and moves the slice past it. Returns true, for <c>Match</c>.</summary>
        public static bool Take(InlineProcessor processor, ref StringSlice slice, Inline inline, int start, int last)
        {
            inline.Span = new SourceSpan(processor.GetSourcePosition(start, out int line, out int column), processor.GetSourcePosition(last));
            inline.Line = line;
            inline.Column = column;
            processor.Inline = inline;
            slice.Start = last + 1;
            return true;
        }
    }
}

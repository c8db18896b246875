namespace NoteGen.Generator.Model
{
    /// <summary>The syntax of a wiki link, wherever it is written: the body (the parser's <c>WikiLinkInlineParser</c>) or
    /// a front-matter value.</summary>
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

        /// <summary>Whether <paramref name="text"/> is one wiki link and nothing else (<c>[[Steph Ango]]</c>, spaces
        /// around it aside): a front-matter value that is a link.</summary>
        public static bool IsSingleLink(string text)
        {
            string trimmed = text.Trim();
            return trimmed.StartsWith("[[", System.StringComparison.Ordinal) && CloseOf(trimmed, 0, trimmed.Length) == trimmed.Length - 2;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Parsing
{
    /// <summary>Markdown + YAML → <see cref="ParsedNote"/>. Pure: no Roslyn types, no I/O.</summary>
    internal static class NoteParser
    {
        /// <summary>Markdig with NoteGen's inline parsers (wiki links, timestamps, tags, block ids).</summary>
        internal static readonly MarkdownPipeline Pipeline = CreatePipeline();

        private static readonly HashSet<string> s_abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "e.g", "i.e", "etc", "vs", "cf", "approx", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd",
            "co", "corp", "no", "fig", "vol", "ca",
        };

        // What may close or open a sentence's last word around its terminator ("(e.g." … "end.)").
        private static readonly char[] s_closers = { '"', '\'', '”', '’', ')', ']' };
        private static readonly char[] s_terminators = { '.', '!', '?' };
        private static readonly char[] s_openers = { '(', '"', '\'', '“', '‘' };

        public static ParsedNote Parse(string filePath, string path, string text, GeneratorSettings settings, CancellationToken cancellationToken)
        {
            string name = NameOf(path);
            var diagnostics = new List<DiagnosticInfo>();
            var lines = new LineMap(text);
            var document = Markdown.Parse(text, Pipeline);

            var frontMatter = YamlValue.EmptyMap;
            var linkTexts = new List<PropertyText>();
            int bodyStart = 0;
            if (document.FirstOrDefault() is YamlFrontMatterBlock yamlBlock)
            {
                bodyStart = lines.LineStart(lines.Position(yamlBlock.Span.End).Line + 1);
                int yamlStart = lines.LineStart(lines.Position(yamlBlock.Span.Start).Line + 1);
                int yamlEnd = Math.Max(yamlStart, lines.LineStart(lines.Position(yamlBlock.Span.End).Line));
                frontMatter = FrontMatterReader.Read(text.Substring(yamlStart, yamlEnd - yamlStart), filePath, lines, yamlStart, diagnostics, linkTexts);
            }
            else if (text.StartsWith("---", StringComparison.Ordinal) && (text.Length == 3 || text[3] == '\n' || text[3] == '\r'))
            {
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.UnterminatedFrontMatter, filePath, lines.Location(0, 3)));
            }

            var walker = new Walker(filePath, bodyStart, lines, diagnostics, cancellationToken);
            walker.VisitChildren(document);
            var html = !settings.Html ? null
                : HtmlRendering.Render(document, text, bodyStart, walker.Collector, walker.Sections, walker.SectionAt, settings.RawHtml);
            // After the body's: a claim's links are a range of the body's.
            foreach (var property in linkTexts)
                AddPropertyLinks(text, property, lines, walker.Collector.Links);

            string? title = frontMatter.ScalarOf("title");
            if (string.IsNullOrWhiteSpace(title))
                title = walker.Sections.Select(s => s.Heading).FirstOrDefault(h => h.Length > 0) ?? name;

            var tags = FrontMatterList(frontMatter, splitScalar: true, "tags", "tag").Concat(walker.Collector.Tags)
                .Select(t => t.TrimStart('#'));
            return new ParsedNote(filePath, path, name, title!, frontMatter, text, bodyStart, html,
                walker.Sections.ToEquatableArray(),
                walker.Collector.Timestamps.ToEquatableArray(),
                walker.Collector.Links.ToEquatableArray(),
                walker.Claims.ToEquatableArray(),
                Distinct(FrontMatterList(frontMatter, splitScalar: false, "aliases", "alias")),
                Distinct(tags),
                walker.Collector.BlockIds.ToEquatableArray(),
                diagnostics.ToEquatableArray());
        }

        /// <summary>The wiki links (and embeds) written in a front-matter value, as Obsidian's properties hold them:
        /// <c>author: "[[Steph Ango]]"</c>, <c>related: ["[[a]]", "[[b#Part|b]]"]</c>, or with text around them.</summary>
        private static void AddPropertyLinks(string text, PropertyText property, LineMap lines, List<ParsedLink> links)
        {
            for (int open = property.Start; open + 1 < property.End; open++)
            {
                int close = WikiLinkSyntax.CloseOf(text, open, property.End);
                if (close < 0)
                    continue;
                bool isEmbed = open > property.Start && text[open - 1] == '!';
                WikiLinkSyntax.SplitTarget(text.Substring(open + 2, close - open - 2), out string target, out string? alias);
                InlineCollector.SplitTarget(target, decode: false, out string pathPart, out string? subpath);
                int start = isEmbed ? open - 1 : open;
                links.Add(new ParsedLink(target, pathPart, subpath, alias, isEmbed ? LinkKind.WikiEmbed : LinkKind.WikiLink,
                    lines.Location(start, close + 2), property.Key));
                open = close + 1;
            }
        }

        /// <summary>A note whose text could not be read or parsed: named by its path, with no content.</summary>
        public static ParsedNote Empty(string filePath, string path, string reason)
        {
            string name = NameOf(path);
            return new ParsedNote(filePath, path, name, name, YamlValue.EmptyMap, "", 0, null,
                EquatableArray<ParsedSection>.Empty, EquatableArray<ParsedTimestamp>.Empty, EquatableArray<ParsedLink>.Empty,
                EquatableArray<ParsedClaim>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<ParsedBlockId>.Empty,
                new[] { DiagnosticInfo.Create(NoteGenDiagnostics.UnreadableNote, filePath, TextLocation.FileStart, reason) }.ToEquatableArray());
        }

        /// <summary>The strings under any of <paramref name="keys"/> (Obsidian still reads the singular "alias" and
        /// "tag"): a list's scalar items, or one scalar, which with <paramref name="splitScalar"/> may hold several
        /// separated by commas or spaces.</summary>
        private static IEnumerable<string> FrontMatterList(YamlValue frontMatter, bool splitScalar, params string[] keys)
        {
            foreach (var entry in frontMatter.Entries)
            {
                if (!keys.Any(key => string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase)))
                    continue;
                var value = entry.Value;
                if (value.Kind == YamlValueKind.Scalar)
                {
                    foreach (string item in splitScalar ? value.Scalar!.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries) : new[] { value.Scalar! })
                        yield return item.Trim();
                }
                else if (value.Kind == YamlValueKind.List)
                {
                    foreach (var item in value.Entries)
                        if (item.Value.Kind == YamlValueKind.Scalar)
                            yield return item.Value.Scalar!.Trim();
                }
            }
        }

        /// <summary>The non-empty strings, each once (case-insensitively, as Obsidian compares names and tags), in
        /// order of first appearance.</summary>
        private static EquatableArray<string> Distinct(IEnumerable<string> values) =>
            values.Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToEquatableArray();

        /// <summary>The file name without its extension.</summary>
        public static string NameOf(string path)
        {
            string fileName = VaultPath.FileName(path);
            int dot = fileName.LastIndexOf('.');
            return dot > 0 ? fileName.Substring(0, dot) : fileName;
        }

        private static MarkdownPipeline CreatePipeline()
        {
            var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseTaskLists().UseAutoLinks().UseFootnotes()
                .UsePreciseSourceLocation();
            builder.InlineParsers.Insert(0, new WikiLinkInlineParser());
            builder.InlineParsers.Insert(0, new TimestampInlineParser());
            builder.InlineParsers.Add(new TagInlineParser());
            builder.InlineParsers.Add(new BlockIdInlineParser());
            return builder.Build();
        }

        /// <summary>Walks the blocks in document order, building sections and claims.</summary>
        private sealed class Walker
        {
            private readonly int _bodyStart;
            private readonly LineMap _lines;
            private readonly CancellationToken _cancellationToken;
            private readonly Stack<int> _open = new Stack<int>();
            private readonly ClaimDraft _draft = new ClaimDraft();
            private readonly HeadingAnchors _anchors = new HeadingAnchors();

            public Walker(string filePath, int bodyStart, LineMap lines, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
            {
                _bodyStart = bodyStart;
                _lines = lines;
                _cancellationToken = cancellationToken;
                Collector = new InlineCollector(filePath, lines, diagnostics);
            }

            public InlineCollector Collector { get; }
            public List<ParsedSection> Sections { get; } = new List<ParsedSection>();
            public List<ParsedClaim> Claims { get; } = new List<ParsedClaim>();

            /// <summary>The index of the section whose heading starts at a source offset.</summary>
            public Dictionary<int, int> SectionAt { get; } = new Dictionary<int, int>();

            private int CurrentSection => Sections.Count - 1;

            /// <summary>Visits the blocks of <paramref name="container"/>. The recursion is as deep as the blocks nest, which
            /// Markdig bounds: it refuses a document nested deeper than its MaximumNestingDepth (128), and NoteReader
            /// reports that note as unreadable.</summary>
            public void VisitChildren(ContainerBlock container)
            {
                foreach (var block in container)
                    Visit(block, inTable: container is Table || container is TableRow || container is TableCell);
            }

            private void Visit(Block block, bool inTable)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                switch (block)
                {
                    case YamlFrontMatterBlock _:
                    case CodeBlock _:
                    case HtmlBlock _:
                        return;
                    case HeadingBlock heading:
                        AddSection(heading);
                        return;
                    case ParagraphBlock paragraph when inTable:
                        // Table cells are not claims, but their links and timestamps still count.
                        CollectOnly(paragraph.Inline);
                        return;
                    case ParagraphBlock paragraph:
                        AddSentenceClaims(paragraph.Inline);
                        return;
                    case ListItemBlock item:
                        VisitListItem(item);
                        return;
                    case ContainerBlock container:
                        VisitChildren(container);
                        return;
                }
            }

            private void VisitListItem(ListItemBlock item)
            {
                // A list item is one claim however many sentences it has; blocks after its first paragraph
                // (nested lists, more paragraphs) are visited as usual.
                bool first = true;
                foreach (var child in item)
                {
                    if (first && child is ParagraphBlock paragraph)
                        AddWholeClaim(paragraph.Inline);
                    else
                        Visit(child, inTable: false);
                    first = false;
                }
            }

            private void AddSection(HeadingBlock heading)
            {
                var draft = Begin();
                CollectInto(heading.Inline, draft);
                while (_open.Count > 0 && Sections[_open.Peek()].Level >= heading.Level)
                    _open.Pop();
                int parent = _open.Count > 0 ? _open.Peek() : -1;
                string text = draft.PlainText();
                SectionAt[heading.Span.Start] = Sections.Count;
                Sections.Add(new ParsedSection(text, heading.Level, _lines.Position(heading.Span.Start).Line + 1, parent, _anchors.Next(text)));
                _open.Push(Sections.Count - 1);
                Collector.Section = Sections.Count - 1;
            }

            private void CollectOnly(ContainerInline? inlines) => CollectInto(inlines, Begin());

            private void CollectInto(ContainerInline? inlines, ClaimDraft draft)
            {
                if (inlines != null)
                    Collector.Append(inlines, draft);
            }

            private void AddWholeClaim(ContainerInline? inlines)
            {
                var draft = Begin();
                CollectInto(inlines, draft);
                Finish(draft);
            }

            /// <summary>
            /// Splits a paragraph into sentences. A sentence ends at '.', '!' or '?' (plus closing quotes or
            /// brackets) followed by whitespace, unless the word is an abbreviation or an initial, or what follows
            /// starts in lower case. Timestamp anchors right after the end still cite the sentence before them.
            /// </summary>
            private void AddSentenceClaims(ContainerInline? inlines)
            {
                if (inlines == null)
                    return;
                var draft = Begin();
                bool afterTerminator = false, pending = false, skippedSpace = false;
                for (var inline = inlines.FirstChild; inline != null; inline = inline.NextSibling)
                {
                    switch (inline)
                    {
                        case LiteralInline literal:
                            var content = literal.Content;
                            int toSource = literal.Span.Start - content.Start;
                            for (int i = content.Start; i <= content.End; i++)
                            {
                                char c = content.Text[i];
                                if (pending)
                                {
                                    if (char.IsWhiteSpace(c) || c == ',')
                                    {
                                        skippedSpace = true;
                                        continue;
                                    }
                                    pending = false;
                                    if (!char.IsLower(c))
                                    {
                                        Finish(draft);
                                        draft = Begin();
                                    }
                                    else if (skippedSpace)
                                        draft.Append(' ');
                                }
                                if (afterTerminator && char.IsWhiteSpace(c) && EndsSentence(draft))
                                {
                                    pending = true;
                                    skippedSpace = true;
                                    afterTerminator = false;
                                    continue;
                                }
                                draft.Append(c);
                                if (!char.IsWhiteSpace(c))
                                    draft.Covers(toSource + i, toSource + i + 1);
                                afterTerminator = ".!?".IndexOf(c) >= 0 || (afterTerminator && "\"'”’)]".IndexOf(c) >= 0);
                            }
                            if (afterTerminator && EndsSentence(draft))
                            {
                                pending = true;
                                skippedSpace = false;
                            }
                            afterTerminator = false;
                            break;
                        case TimestampInline _:
                            Collector.Append(inline, draft);
                            break;
                        case LineBreakInline _:
                        case HtmlInline _:
                            if (pending)
                                skippedSpace = true;
                            else
                                Collector.Append(inline, draft);
                            break;
                        default:
                            if (pending)
                            {
                                pending = false;
                                Finish(draft);
                                draft = Begin();
                            }
                            Collector.Append(inline, draft);
                            break;
                    }
                }
                Finish(draft);
            }

            private static bool EndsSentence(ClaimDraft draft)
            {
                string word = draft.LastWord().TrimEnd(s_closers).TrimEnd(s_terminators);
                if (word.Length == 1 && char.IsLetter(word[0]))
                    return false; // an initial: "J. R. R. Tolkien"
                return !s_abbreviations.Contains(word.TrimStart(s_openers));
            }

            // One draft at a time: every claim or heading is finished before the next one begins.
            private ClaimDraft Begin() => _draft.Reset(Collector.Links.Count, Collector.Timestamps.Count);

            private void Finish(ClaimDraft draft)
            {
                string text = draft.PlainText();
                if (text.Length == 0 || draft.Start < 0)
                    return;
                Claims.Add(new ParsedClaim(
                    CurrentSection,
                    _lines.Position(draft.Start).Line + 1,
                    text,
                    draft.Start - _bodyStart, draft.End - draft.Start,
                    draft.FirstLink, Collector.Links.Count - draft.FirstLink,
                    draft.FirstTimestamp, Collector.Timestamps.Count - draft.FirstTimestamp));
            }
        }
    }
}

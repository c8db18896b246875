using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Parsing
{
    /// <summary>
    /// Renders a parsed note's Markdig tree to HTML (Markdig's renderers, with NoteGen's rules on top): links, embeds
    /// and timestamps become holes the emitter fills once links are resolved; headings carry their section's anchor;
    /// Obsidian callouts become <c>div.callout</c>; raw HTML is escaped unless the vault is trusted, and a URL with a
    /// scheme that could run script (<c>javascript:</c>, <c>data:</c>…) is never a link.
    /// </summary>
    internal static class HtmlRendering
    {
        // One renderer per thread, kept between notes: a vault's notes render one after another, and setting up
        // Markdig's renderer (its object renderers, NoteGen's on top, the type-to-renderer map it builds while
        // rendering) for every note was a twentieth of parsing's allocations. None is kept whose HTML builder or
        // hole list grew past PayloadFormat.KeptScratch, since a compiler server lives long.
        [ThreadStatic] private static NoteRenderer? t_renderer;

        /// <param name="sectionAt">The index of the section each heading (by source offset) starts.</param>
        /// <param name="bodyStart">Where the note's Markdown (after the front matter) starts in <paramref name="text"/>.</param>
        public static NoteHtml Render(MarkdownDocument document, string text, int bodyStart, InlineCollector collector, IReadOnlyList<ParsedSection> sections,
            IReadOnlyDictionary<int, int> sectionAt, bool rawHtml)
        {
            var renderer = t_renderer ?? new NoteRenderer();
            t_renderer = null; // a render that throws leaves its half-written state to no other note
            var output = renderer.Restart();
            output.Start(text, bodyStart, collector, sections, sectionAt, rawHtml);
            renderer.Render(document);
            var rendered = new NoteHtml(output.Html.ToString(), output.Holes.ToEquatableArray());
            if (output.Html.Capacity <= PayloadFormat.KeptScratch && output.Holes.Capacity <= PayloadFormat.KeptScratch / 16) // 16 bytes a hole
                t_renderer = renderer;
            return rendered;
        }

        /// <summary>True for a URL a link or image may point to: one without a scheme (relative), or http, https,
        /// mailto or tel. Anything else (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c>) is
        /// shown as text.</summary>
        internal static bool IsSafeUrl(string? url)
        {
            if (url == null)
                return false;
            string trimmed = url.Trim();
            if (InlineCollector.IsLocalUrl(trimmed) || trimmed == "#")
                return true;
            int colon = trimmed.IndexOf(':');
            if (colon < 0)
                return false; // an empty URL ("[text](<>)") links nowhere: its text is shown
            string scheme = trimmed.Substring(0, colon);
            return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase) || scheme.Equals("tel", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Markdig's HTML renderer with NoteGen's rules, writing to its own builder; <see cref="Restart"/> readies
        /// it for another note.</summary>
        private sealed class NoteRenderer : HtmlRenderer
        {
            private readonly Output _output;

            public NoteRenderer()
                : this(new StringBuilder())
            {
            }

            private NoteRenderer(StringBuilder html)
                : base(new StringWriter(html, System.Globalization.CultureInfo.InvariantCulture))
            {
                _output = new Output(html);
                NoteParser.Pipeline.Setup(this);
                ObjectRenderers.Replace<HeadingRenderer>(new Heading(_output));
                ObjectRenderers.Replace<HtmlBlockRenderer>(new RawBlock(_output));
                ObjectRenderers.Replace<HtmlInlineRenderer>(new RawInline(_output));
                ObjectRenderers.Replace<LinkInlineRenderer>(new Link(_output));
                ObjectRenderers.Replace<AutolinkInlineRenderer>(new Autolink());
                ObjectRenderers.Replace<QuoteBlockRenderer>(new Callout(_output));
                ObjectRenderers.Replace<ParagraphRenderer>(new Paragraph());
                ObjectRenderers.Replace<LiteralInlineRenderer>(new Literal(_output));
                ObjectRenderers.Add(new WikiLink(_output));
                ObjectRenderers.Add(new Timestamp(_output));
                ObjectRenderers.Add(new Tag());
                ObjectRenderers.Add(new BlockId());
            }

            /// <summary>Empties the HTML (and Markdig's line and indent state); the returned output, which the renderers
            /// share, is then started on the next note.</summary>
            public Output Restart()
            {
                Reset();
                return _output;
            }
        }

        /// <summary>What the renderers share: the HTML being written, the holes so far and the note being rendered.</summary>
        private sealed class Output
        {
            public Output(StringBuilder html) => Html = html;

            public StringBuilder Html { get; }
            public List<HtmlHole> Holes { get; } = new List<HtmlHole>();
            public string Source { get; private set; } = "";
            public int BodyStart { get; private set; }
            public InlineCollector Collector { get; private set; } = null!;
            public IReadOnlyList<ParsedSection> Sections { get; private set; } = null!;
            public IReadOnlyDictionary<int, int> SectionAt { get; private set; } = null!;
            public bool RawHtml { get; private set; }

            /// <summary>Empties the holes and points the renderers at this note.</summary>
            public void Start(string source, int bodyStart, InlineCollector collector, IReadOnlyList<ParsedSection> sections,
                IReadOnlyDictionary<int, int> sectionAt, bool rawHtml)
            {
                Holes.Clear();
                Source = source;
                BodyStart = bodyStart;
                Collector = collector;
                Sections = sections;
                SectionAt = sectionAt;
                RawHtml = rawHtml;
            }

            public void Hole(HtmlHoleKind kind, int index, int length = 0) => Holes.Add(new HtmlHole(Html.Length, kind, index, length));
        }

        /// <summary>Text: a reference to the Markdown when it is written there as it would be here (nothing to escape)
        /// and long enough for the reference to be shorter than the text.</summary>
        private sealed class Literal : HtmlObjectRenderer<LiteralInline>
        {
            private const int MinimumCopy = 24;
            private readonly Output _output;

            public Literal(Output output) => _output = output;

            protected override void Write(HtmlRenderer renderer, LiteralInline literal)
            {
                var content = literal.Content;
                if (content.Length >= MinimumCopy && ReferenceEquals(content.Text, _output.Source) && content.Start >= _output.BodyStart
                    && content.Text.IndexOfAny(Escaped, content.Start, content.Length) < 0)
                    _output.Hole(HtmlHoleKind.Copy, content.Start - _output.BodyStart, content.Length);
                else
                    renderer.WriteEscape(ref content, false);
            }

            private static readonly char[] Escaped = { '&', '<', '>', '"', '\0' };
        }

        private sealed class Heading : HtmlObjectRenderer<HeadingBlock>
        {
            private readonly Output _output;

            public Heading(Output output) => _output = output;

            protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
            {
                renderer.EnsureLine();
                int section = _output.SectionAt.TryGetValue(heading.Span.Start, out int found) ? found : -1;
                string level = heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (section >= 0)
                    _output.Hole(HtmlHoleKind.HeadingStart, section);
                renderer.Write("<h").Write(level);
                if (section >= 0)
                    renderer.Write(" id=\"").WriteEscape(_output.Sections[section].Anchor).Write("\"");
                renderer.Write(">");
                renderer.WriteLeafInline(heading);
                renderer.Write("</h").Write(level).WriteLine(">");
                if (section >= 0)
                    _output.Hole(HtmlHoleKind.ContentStart, section);
            }
        }

        /// <summary>An HTML block: as text, in a paragraph, unless the vault's HTML is trusted.</summary>
        private sealed class RawBlock : HtmlObjectRenderer<HtmlBlock>
        {
            private readonly Output _output;

            public RawBlock(Output output) => _output = output;

            protected override void Write(HtmlRenderer renderer, HtmlBlock block)
            {
                if (_output.RawHtml)
                {
                    renderer.WriteLeafRawLines(block, true, false);
                    return;
                }
                renderer.EnsureLine();
                renderer.Write("<p class=\"raw-html\">");
                renderer.WriteLeafRawLines(block, true, true);
                renderer.WriteLine("</p>");
            }
        }

        /// <summary>An inline HTML tag: as text unless trusted; <c>&lt;br&gt;</c> (a line break inside a table cell, in
        /// Obsidian's habit) is always a line break.</summary>
        private sealed class RawInline : HtmlObjectRenderer<HtmlInline>
        {
            private static readonly Regex LineBreak = new Regex(@"^<br\s*/?>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            private readonly Output _output;

            public RawInline(Output output) => _output = output;

            protected override void Write(HtmlRenderer renderer, HtmlInline inline)
            {
                string tag = inline.Tag ?? "";
                if (LineBreak.IsMatch(tag))
                    renderer.Write("<br>");
                else if (_output.RawHtml)
                    renderer.Write(tag);
                else
                    renderer.WriteEscape(tag);
            }
        }

        /// <summary>A Markdown link or image: to a vault file, a hole (resolution decides where it goes); elsewhere, an
        /// ordinary link or image when its URL is safe, else its text.</summary>
        private sealed class Link : HtmlObjectRenderer<LinkInline>
        {
            private readonly Output _output;

            public Link(Output output) => _output = output;

            protected override void Write(HtmlRenderer renderer, LinkInline link)
            {
                if (_output.Collector.LinkAt.TryGetValue(link.Span.Start, out int index))
                {
                    if (link.IsImage)
                    {
                        _output.Hole(HtmlHoleKind.Embed, index);
                        return;
                    }
                    _output.Hole(HtmlHoleKind.LinkOpen, index);
                    renderer.WriteChildren(link);
                    _output.Hole(HtmlHoleKind.LinkClose, index);
                    return;
                }
                string? url = link.Url;
                if (!IsSafeUrl(url))
                {
                    renderer.WriteChildren(link);
                    return;
                }
                if (link.IsImage)
                {
                    renderer.Write("<img src=\"").WriteEscapeUrl(url).Write("\" alt=\"").WriteEscape(PlainText(link)).Write("\"");
                    WriteTitle(renderer, link.Title);
                    renderer.Write(">");
                    return;
                }
                renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\"");
                WriteTitle(renderer, link.Title);
                renderer.Write(">");
                renderer.WriteChildren(link);
                renderer.Write("</a>");
            }

            /// <summary>An image's alt text: the words of its description, without markup.</summary>
            private static string PlainText(ContainerInline container)
            {
                var text = new System.Text.StringBuilder();
                for (var child = container.FirstChild; child != null; child = child.NextSibling)
                {
                    if (child is LiteralInline literal)
                        text.Append(literal.Content.ToString());
                    else if (child is CodeInline code)
                        text.Append(code.Content);
                    else if (child is ContainerInline inner)
                        text.Append(PlainText(inner));
                }
                return text.ToString();
            }

            private static void WriteTitle(HtmlRenderer renderer, string? title)
            {
                if (!string.IsNullOrEmpty(title))
                    renderer.Write(" title=\"").WriteEscape(title).Write("\"");
            }
        }

        /// <summary><c>&lt;https://…&gt;</c>: a link when its URL is safe, else text.</summary>
        private sealed class Autolink : HtmlObjectRenderer<AutolinkInline>
        {
            protected override void Write(HtmlRenderer renderer, AutolinkInline autolink)
            {
                string url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                if (IsSafeUrl(url))
                    renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\">").WriteEscape(autolink.Url).Write("</a>");
                else
                    renderer.WriteEscape(autolink.Url);
            }
        }

        /// <summary>A block quote, or an Obsidian callout: <c>&gt; [!type] Title</c> (<c>+</c>/<c>-</c> after the type
        /// fold it in Obsidian) becomes <c>div.callout[data-callout=type]</c> with a title and the rest as content.</summary>
        private sealed class Callout : QuoteBlockRenderer
        {
            private static readonly Regex Marker = new Regex(@"^\[!([A-Za-z0-9_-]+)\][+-]?[ \t]*([^\r\n]*)", RegexOptions.CultureInvariant);
            private readonly Output _output;

            public Callout(Output output) => _output = output;

            protected override void Write(HtmlRenderer renderer, QuoteBlock quote)
            {
                var first = quote.Count > 0 ? quote[0] as ParagraphBlock : null;
                var match = first == null ? null : Marker.Match(_output.Source, first.Span.Start, first.Span.Length);
                if (first == null || match == null || !match.Success || match.Index != first.Span.Start)
                {
                    base.Write(renderer, quote);
                    return;
                }
                string type = match.Groups[1].Value.ToLowerInvariant();
                string title = match.Groups[2].Value.Trim();
                renderer.EnsureLine();
                renderer.Write("<div class=\"callout\" data-callout=\"").WriteEscape(type).WriteLine("\">");
                renderer.Write("<div class=\"callout-title\">")
                    .WriteEscape(title.Length > 0 ? title : char.ToUpperInvariant(type[0]) + type.Substring(1)).WriteLine("</div>");
                renderer.WriteLine("<div class=\"callout-content\">");
                // The marker's line is the title; the rest of its paragraph is the callout's first paragraph.
                int firstLineEnd = match.Index + match.Length;
                var rest = first.Inline?.FirstChild;
                while (rest != null && rest.Span.Start <= firstLineEnd)
                    rest = rest.NextSibling;
                if (rest != null)
                {
                    renderer.Write("<p>");
                    for (; rest != null; rest = rest.NextSibling)
                    {
                        // Markdig's line break renderer writes nothing when it thinks itself last in its container,
                        // which only WriteChildren tells it: written one by one, the lines would run together.
                        if (rest is LineBreakInline lineBreak)
                            renderer.WriteLine(lineBreak.IsHard ? "<br />" : "");
                        else
                            renderer.Write(rest);
                    }
                    renderer.WriteLine("</p>");
                }
                for (int i = 1; i < quote.Count; i++)
                    renderer.Write(quote[i]);
                renderer.EnsureLine();
                renderer.WriteLine("</div>");
                renderer.WriteLine("</div>");
            }
        }

        /// <summary>A paragraph, except that a line holding only an embed (<c>![[note]]</c>, Obsidian's usual way) is the
        /// embed alone: a <c>div.embed</c> may not sit inside a <c>&lt;p&gt;</c>.</summary>
        private sealed class Paragraph : ParagraphRenderer
        {
            protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
            {
                if (paragraph.Inline?.FirstChild is WikiLinkInline { IsEmbed: true } embed && embed.NextSibling == null)
                {
                    renderer.EnsureLine();
                    renderer.WriteLeafInline(paragraph);
                    renderer.WriteLine();
                    return;
                }
                base.Write(renderer, paragraph);
            }
        }

        private sealed class WikiLink : HtmlObjectRenderer<WikiLinkInline>
        {
            private readonly Output _output;

            public WikiLink(Output output) => _output = output;

            protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
            {
                if (!_output.Collector.LinkAt.TryGetValue(link.Span.Start, out int index))
                {
                    renderer.WriteEscape(link.DisplayText);
                    return;
                }
                if (link.IsEmbed)
                {
                    _output.Hole(HtmlHoleKind.Embed, index);
                    return;
                }
                _output.Hole(HtmlHoleKind.LinkOpen, index);
                renderer.WriteEscape(link.DisplayText);
                _output.Hole(HtmlHoleKind.LinkClose, index);
            }
        }

        /// <summary>A timestamp anchor, its label as written; a link once the emitter knows the video.</summary>
        private sealed class Timestamp : HtmlObjectRenderer<TimestampInline>
        {
            private readonly Output _output;

            public Timestamp(Output output) => _output = output;

            protected override void Write(HtmlRenderer renderer, TimestampInline timestamp)
            {
                string source = _output.Source;
                int labelStart = source.IndexOf('>', timestamp.Span.Start) + 1;
                int labelEnd = source.LastIndexOf("</", timestamp.Span.End, StringComparison.Ordinal);
                string label = labelEnd > labelStart ? source.Substring(labelStart, labelEnd - labelStart).Trim() : timestamp.Value;
                if (!_output.Collector.TimestampAt.TryGetValue(timestamp.Span.Start, out int index))
                {
                    renderer.Write("<span class=\"timestamp\">").WriteEscape(label).Write("</span>");
                    return;
                }
                _output.Hole(HtmlHoleKind.TimestampOpen, index);
                renderer.WriteEscape(label);
                _output.Hole(HtmlHoleKind.TimestampClose, index);
            }
        }

        private sealed class Tag : HtmlObjectRenderer<TagInline>
        {
            protected override void Write(HtmlRenderer renderer, TagInline tag) =>
                renderer.Write("<span class=\"tag\">#").WriteEscape(tag.Tag).Write("</span>");
        }

        /// <summary>A block id is not shown; it leaves an anchor, the target of <c>[[note#^id]]</c>.</summary>
        private sealed class BlockId : HtmlObjectRenderer<BlockIdInline>
        {
            protected override void Write(HtmlRenderer renderer, BlockIdInline blockId) =>
                renderer.Write("<span class=\"block-id\" id=\"^").WriteEscape(blockId.Id).Write("\"></span>");
        }
    }
}

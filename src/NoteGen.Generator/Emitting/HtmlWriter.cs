using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Emitting
{
    /// <summary>A note's final HTML: its parsed HTML with every hole filled (see <see cref="NoteHtml"/>).</summary>
    /// <param name="Fills">What the runtime writes into <paramref name="Html"/>, in order (see <see cref="HtmlFill"/>): an
    /// embedded note's or section's HTML over the link written in its place (Index: the link), the timestamps' links
    /// (whose URLs, a third of a cited note's HTML, the runtime makes from the note's video template; Index: the
    /// timestamp), and text copied from the Markdown (Index: where, Length: how much).</param>
    /// <param name="Sections">Per section: the range of its content in <paramref name="Html"/>, heading excluded.</param>
    internal sealed record RenderedHtml(string Html, IReadOnlyList<(HtmlFill Fill, int Start, int End, int Index, int Length)> Fills, IReadOnlyList<(int Start, int End)> Sections);

    /// <summary>Fills a parsed note's HTML holes from what resolution found: a resolved link is <c>&lt;a href&gt;</c>
    /// built from <c>NoteGenLinkUrl</c> (a heading or block as its anchor), a broken one a <c>span.broken-link</c>
    /// with its text; an embedded image is <c>&lt;img&gt;</c> from <c>NoteGenAttachmentUrl</c>, an embedded note or
    /// section a <c>div.embed</c> the runtime fills; a timestamp is a fill too.</summary>
    internal static class HtmlWriter
    {
        private static readonly HashSet<string> ImageExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".webp", ".avif",
        };

        public static RenderedHtml Write(ResolvedNote resolved, NoteHtml parsed)
        {
            var note = resolved.Note;
            var html = new StringBuilder(parsed.Text.Length + parsed.Holes.Count * 32);
            var fills = new List<(HtmlFill, int, int, int, int)>();
            var headingStarts = new int[note.Sections.Count];
            var contentStarts = new int[note.Sections.Count];
            var brokenOpen = new HashSet<int>();
            int copied = 0;
            foreach (var hole in parsed.Holes)
            {
                html.Append(parsed.Text, copied, hole.Offset - copied);
                copied = hole.Offset;
                switch (hole.Kind)
                {
                    case HtmlHoleKind.LinkOpen:
                        string? href = Href(resolved, hole.Index);
                        if (href == null)
                        {
                            brokenOpen.Add(hole.Index);
                            html.Append("<span class=\"broken-link\">");
                        }
                        else
                        {
                            html.Append("<a class=\"internal-link\" href=\"").Append(Escape(href)).Append("\">");
                        }
                        break;
                    case HtmlHoleKind.LinkClose:
                        html.Append(brokenOpen.Contains(hole.Index) ? "</span>" : "</a>");
                        break;
                    case HtmlHoleKind.Embed:
                        WriteEmbed(html, resolved, hole.Index, fills);
                        break;
                    case HtmlHoleKind.TimestampOpen:
                        fills.Add((HtmlFill.TimestampOpen, html.Length, html.Length, hole.Index, 0));
                        break;
                    case HtmlHoleKind.TimestampClose:
                        fills.Add((HtmlFill.TimestampClose, html.Length, html.Length, hole.Index, 0));
                        break;
                    case HtmlHoleKind.Copy:
                        fills.Add((HtmlFill.Copy, html.Length, html.Length, hole.Index, hole.Length));
                        break;
                    case HtmlHoleKind.HeadingStart:
                        headingStarts[hole.Index] = html.Length;
                        break;
                    case HtmlHoleKind.ContentStart:
                        contentStarts[hole.Index] = html.Length;
                        break;
                }
            }
            html.Append(parsed.Text, copied, parsed.Text.Length - copied);

            // A section's content runs to the next heading of the same or a higher level, else to the end.
            var sections = new (int, int)[note.Sections.Count];
            for (int i = 0; i < sections.Length; i++)
            {
                int end = html.Length;
                for (int j = i + 1; j < sections.Length; j++)
                {
                    if (note.Sections[j].Level <= note.Sections[i].Level)
                    {
                        end = headingStarts[j];
                        break;
                    }
                }
                sections[i] = (contentStarts[i], Math.Max(contentStarts[i], end));
            }
            return new RenderedHtml(html.ToString(), fills, sections);
        }

        private static void WriteEmbed(StringBuilder html, ResolvedNote resolved, int index, List<(HtmlFill, int, int, int, int)> fills)
        {
            var link = resolved.Note.Links[index];
            var target = resolved.Links[index];
            string text = link.Alias ?? link.Target;
            if (target.State == LinkState.Broken)
            {
                html.Append("<span class=\"broken-link\">").Append(Escape(text)).Append("</span>");
                return;
            }
            if (target.Path == null || !VaultPath.IsNote(target.Path))
            {
                string url = Escape(AttachmentUrl(resolved.Settings, target.Path ?? link.PathPart));
                if (ImageExtensions.Contains(System.IO.Path.GetExtension(link.PathPart)))
                    html.Append("<img src=\"").Append(url).Append("\" alt=\"").Append(Escape(link.Alias ?? VaultPath.FileName(link.PathPart))).Append("\">");
                else
                    html.Append("<a class=\"attachment\" href=\"").Append(url).Append("\">").Append(Escape(text)).Append("</a>");
                return;
            }
            html.Append("<div class=\"embed\">");
            int start = html.Length;
            html.Append("<a class=\"internal-link\" href=\"").Append(Escape(Href(resolved, index)!)).Append("\">").Append(Escape(text)).Append("</a>");
            // A block is a part of a paragraph the runtime does not hold on its own: it stays a link.
            if (target.Anchor == null || !target.Anchor.StartsWith("^", StringComparison.Ordinal))
                fills.Add((HtmlFill.Embed, start, html.Length, index, 0));
            html.Append("</div>");
        }

        /// <summary>Where link <paramref name="index"/> goes, or null when it is broken.</summary>
        private static string? Href(ResolvedNote resolved, int index)
        {
            var target = resolved.Links[index];
            if (target.State == LinkState.Broken)
                return null;
            var settings = resolved.Settings;
            if (target.Path == null || !VaultPath.IsNote(target.Path))
                return AttachmentUrl(settings, target.Path ?? resolved.Note.Links[index].PathPart);
            string path = VaultPath.WithoutMarkdownExtension(target.Path);
            string url = settings.LinkUrlTemplate
                .Replace("{name}", Uri.EscapeDataString(VaultPath.FileName(path)))
                .Replace("{path}", EscapePath(path));
            return target.Anchor == null ? url : url + "#" + Uri.EscapeDataString(target.Anchor);
        }

        private static string AttachmentUrl(GeneratorSettings settings, string path) => settings.AttachmentUrlTemplate.Replace("{path}", EscapePath(path));

        /// <summary>Each segment of a vault path URL-escaped, the '/' between them kept.</summary>
        private static string EscapePath(string path) => string.Join("/", path.Split('/').Select(Uri.EscapeDataString));

        /// <summary>Text as HTML text or a double-quoted attribute value.</summary>
        private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
    }
}

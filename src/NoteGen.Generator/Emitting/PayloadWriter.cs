using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Emitting
{
    /// <summary>Writes a note's content in the compact text format of <see cref="PayloadFormat"/> (the grammar is
    /// there, shared with the runtime library's reader), as a C# string literal: the header and the note's title
    /// escaped as they are, the rest deflated into base64, which needs no escape (or, with deflating off, escaped as
    /// it is, in format 10).</summary>
    internal static class PayloadWriter
    {
        [ThreadStatic] private static StringBuilder? t_body;

        /// <summary>Appends the note's payload, as a string literal, to <paramref name="builder"/> and returns it.</summary>
        public static StringBuilder AppendLiteral(StringBuilder builder, ResolvedNote resolved)
        {
            var title = new StringBuilder();
            WriteString(title, resolved.Note.Title);
            return AppendLiteral(builder, resolved.Settings, title.ToString(), Body(resolved));
        }

        /// <summary>The note's payload as a string literal, on its own: what a generated file's content attribute
        /// lists, one argument per note.</summary>
        public static string Literal(ResolvedNote resolved) => AppendLiteral(new StringBuilder(), resolved).ToString();

        /// <summary>A payload's literal: its header and <paramref name="clear"/> (a note's title; nothing for the
        /// vault's), then <paramref name="body"/>, deflated unless the project turned deflating off.</summary>
        private static StringBuilder AppendLiteral(StringBuilder builder, GeneratorSettings settings, string clear, string body)
        {
            bool deflate = settings.DeflatePayloads;
            builder.Append('"');
            CSharpText.AppendLiteralContent(builder, (deflate ? PayloadFormat.Header : PayloadFormat.PlainHeader) + clear + (deflate ? "" : body));
            if (deflate)
                builder.Append(PayloadFormat.Deflate(body));
            return builder.Append('"');
        }

        /// <summary>All of a note's payload after its title: what is deflated.</summary>
        private static string Body(ResolvedNote resolved)
        {
            var note = resolved.Note;
            // One builder per thread, kept at its largest: a body is written, copied out and deflated, note after note.
            var builder = (t_body ??= new StringBuilder()).Clear();
            WriteValue(builder, note.FrontMatter);
            WriteNullableString(builder, VideoUrlTemplate(resolved));

            WriteString(builder, note.Text, note.BodyStart, note.Text.Length - note.BodyStart);
            var html = note.Html == null ? null : HtmlWriter.Write(resolved, note.Html);
            WriteNullableString(builder, html?.Html);
            WriteInt(builder, html?.Fills.Count ?? 0);
            foreach (var (fill, start, end, index, length) in html?.Fills ?? Array.Empty<(HtmlFill, int, int, int, int)>())
            {
                WriteInt(builder, (int)fill);
                WriteInt(builder, start);
                if (fill == HtmlFill.Embed)
                    WriteInt(builder, end);
                WriteInt(builder, index);
                if (fill == HtmlFill.Copy)
                    WriteInt(builder, length);
            }

            WriteInt(builder, note.Sections.Count);
            for (int i = 0; i < note.Sections.Count; i++)
            {
                var section = note.Sections[i];
                WriteString(builder, section.Heading);
                WriteInt(builder, section.Level);
                WriteInt(builder, section.Line);
                WriteInt(builder, section.Parent);
                WriteNullableString(builder, resolved.Members.HasOutline ? resolved.Members.SectionFields[i] : null);
                WriteString(builder, section.Anchor);
                WriteInt(builder, html?.Sections[i].Start ?? 0);
                WriteInt(builder, html?.Sections[i].End ?? 0);
            }

            WriteInt(builder, note.Timestamps.Count);
            foreach (var timestamp in note.Timestamps)
            {
                WriteString(builder, timestamp.Label);
                WriteInt(builder, timestamp.Seconds);
                WriteInt(builder, timestamp.Line);
                WriteInt(builder, timestamp.Column);
            }

            WriteInt(builder, note.Links.Count);
            for (int i = 0; i < note.Links.Count; i++)
            {
                var link = note.Links[i];
                var target = resolved.Links[i];
                WriteString(builder, link.Target);
                WriteNullableString(builder, link.Subpath);
                WriteNullableString(builder, link.Alias);
                WriteInt(builder, (int)link.Kind);
                WriteInt(builder, link.Location.Line + 1);
                WriteInt(builder, link.Location.Column + 1);
                WriteNullableString(builder, target.Path);
                WriteInt(builder, target.Section);
                WriteInt(builder, (int)target.State);
                WriteNullableString(builder, link.Property);
            }

            WriteInt(builder, note.Claims.Count);
            foreach (var claim in note.Claims)
            {
                WriteInt(builder, claim.Section);
                WriteInt(builder, claim.Line);
                WriteString(builder, claim.Text);
                WriteInt(builder, claim.MarkdownStart);
                WriteInt(builder, claim.MarkdownLength);
                WriteInt(builder, claim.FirstLink);
                WriteInt(builder, claim.LinkCount);
                WriteInt(builder, claim.FirstTimestamp);
                WriteInt(builder, claim.TimestampCount);
            }

            WriteInt(builder, note.Tags.Count);
            foreach (string tag in note.Tags)
                WriteString(builder, tag);
            string body = builder.ToString();
            if (builder.Capacity > PayloadFormat.KeptScratch)
                t_body = null; // a compiler server lives long: keep no huge note's builder
            return body;
        }

        /// <summary>The vault's own content: the content fields that hold the notes' payloads (see
        /// <see cref="NoteFiles.Join"/>), by file number and name, then per note, in index order, its name and path,
        /// where its payload is (content field and position, which its generated field passes when it is created), its
        /// aliases and the links that point to it from other notes (as note index and link index).</summary>
        public static string VaultLiteral(VaultIndex index, IEnumerable<NoteLinkTargets> linkTargets, CancellationToken cancellationToken)
        {
            var backlinks = new List<(int Note, int Link)>[index.Notes.Count];
            for (int i = 0; i < backlinks.Length; i++)
                backlinks[i] = new List<(int, int)>();
            // A file listed twice is one note: count its links once.
            foreach (var source in linkTargets.GroupBy(t => t.Path).Select(g => g.First()))
            {
                int from = index.IndexOf(source.Path);
                for (int link = 0; link < source.Targets.Count && from >= 0; link++)
                {
                    string? path = source.Targets[link].Value;
                    int to = path == null ? -1 : index.IndexOf(path);
                    if (to >= 0 && to != from)
                        backlinks[to].Add((from, link));
                }
            }

            var positions = NoteFiles.PayloadPositions(index.Notes.Select(n => n.Path).ToList());
            var files = positions.Select(p => p.File).Distinct().OrderBy(f => f).ToList();
            var fileIndex = files.Select((file, i) => (file, i)).ToDictionary(x => x.file, x => x.i);

            var builder = new StringBuilder();
            WriteInt(builder, files.Count);
            foreach (int file in files)
            {
                WriteInt(builder, file);
                WriteString(builder, NoteFiles.ContentField(file));
            }
            WriteInt(builder, backlinks.Length);
            for (int i = 0; i < backlinks.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteString(builder, index.Notes[i].Name);
                WriteString(builder, index.Notes[i].Path);
                WriteInt(builder, fileIndex[positions[i].File]);
                WriteInt(builder, positions[i].Position);
                WriteInt(builder, index.Anchors[i].Aliases.Count);
                foreach (string alias in index.Anchors[i].Aliases)
                    WriteString(builder, alias);
                WriteInt(builder, backlinks[i].Count);
                foreach (var (note, link) in backlinks[i].OrderBy(b => b.Note).ThenBy(b => b.Link))
                {
                    WriteInt(builder, note);
                    WriteInt(builder, link);
                }
            }
            return AppendLiteral(new StringBuilder(), index.Settings, "", builder.ToString()).ToString();
        }

        /// <summary>The settings' template with the note's video id filled in, leaving {seconds} for run time;
        /// null when the note has no <c>videoId</c>.</summary>
        internal static string? VideoUrlTemplate(ResolvedNote resolved)
        {
            string? videoId = resolved.Note.FrontMatter.ScalarOf("videoId");
            if (string.IsNullOrWhiteSpace(videoId))
                return null;
            return resolved.Settings.VideoUrlTemplate.Replace("{videoId}", Uri.EscapeDataString(videoId!.Trim()));
        }

        private static void WriteValue(StringBuilder builder, YamlValue value)
        {
            switch (value.Kind)
            {
                case YamlValueKind.Scalar:
                    builder.Append(PayloadFormat.ScalarValue);
                    WriteString(builder, value.Scalar ?? "");
                    return;
                case YamlValueKind.List:
                    builder.Append(PayloadFormat.ListValue);
                    WriteInt(builder, value.Entries.Count);
                    foreach (var entry in value.Entries)
                        WriteValue(builder, entry.Value);
                    return;
                case YamlValueKind.Map:
                    builder.Append(PayloadFormat.MapValue);
                    WriteInt(builder, value.Entries.Count);
                    foreach (var entry in value.Entries)
                    {
                        WriteString(builder, entry.Key ?? "");
                        WriteValue(builder, entry.Value);
                    }
                    return;
                default:
                    builder.Append(PayloadFormat.NullValue);
                    return;
            }
        }

        private static void WriteInt(StringBuilder builder, int value)
        {
            WriteDigits(builder, value);
            builder.Append(PayloadFormat.IntEnd);
        }

        /// <summary>A string: its UTF-16 length, ':', then its text.</summary>
        private static void WriteString(StringBuilder builder, string value) => WriteString(builder, value, 0, value.Length);

        /// <summary>The string that is <paramref name="length"/> characters of <paramref name="text"/> from
        /// <paramref name="start"/>, written without copying them out first.</summary>
        private static void WriteString(StringBuilder builder, string text, int start, int length)
        {
            WriteDigits(builder, length);
            builder.Append(PayloadFormat.LengthEnd).Append(text, start, length);
        }

        /// <summary>Digits, invariantly and without a temporary string (a note has hundreds of numbers).</summary>
        private static void WriteDigits(StringBuilder builder, int value)
        {
            if (value < 0)
            {
                builder.Append('-');
                value = -value; // payload numbers are counts, positions and -1: never int.MinValue
            }
            int divisor = 1;
            while (value / divisor >= 10)
                divisor *= 10;
            for (; divisor > 0; divisor /= 10)
                builder.Append((char)('0' + value / divisor % 10));
        }

        private static void WriteNullableString(StringBuilder builder, string? value)
        {
            if (value == null)
                builder.Append(PayloadFormat.NullString);
            else
                WriteString(builder, value);
        }
    }
}

#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NoteGen
{
    /// <summary>
    /// Writes a <see cref="Note"/> with System.Text.Json as one self-contained document: sections nest (so
    /// <see cref="Section.Parent"/> and <see cref="Section.Note"/> are where a section sits), links name the notes they
    /// come from and lead to by path (<see cref="NoteLink.Source"/>, <see cref="NoteLink.Note"/>), and each claim
    /// appears once, under its innermost section:
    /// <code>
    /// { "name", "path", "title", "frontMatter": { key: text, list or map }, "tags": [ … ],
    ///   "claims": [ the claims before the first heading ],
    ///   "sections": [ { "heading", "level", "line", "claims": [ the section's own ], "subsections": [ … ] } ],
    ///   "links": [ { "target", "alias", "heading", "blockId", "isEmbed", "isMarkdownLink", "property", "line", "column",
    ///                "path", "isBroken" } ],
    ///   "backlinks": [ { "source" (the linking note's path), "heading", "blockId", "property", "line", "column" } ] }
    /// </code>
    /// A claim is <c>{ "text", "markdown", "line", "timestamps": [ { "label", "seconds", "url" } ], "links": [ indexes
    /// into the note's "links" ] }</c>. Names are camelCase whatever the options' naming policy; every key is written,
    /// <c>null</c> included. The options' encoder and indentation apply.
    /// </summary>
    /// <remarks>
    /// <see cref="Note"/> carries this converter, and so do the note classes NoteGen generates (System.Text.Json looks
    /// for the attribute on the exact type), so <c>JsonSerializer.Serialize(note)</c> and a source-generated context
    /// with <c>[JsonSerializable(typeof(Note))]</c> both write this document, reflection-free (trimmed and Native AOT
    /// apps included). Only writing is supported: notes are compiled from Markdown, not read from JSON.
    /// </remarks>
    public sealed class NoteJsonConverter : JsonConverter<Note>
    {
        /// <summary>Every note type: <see cref="Note"/> and the classes generated from it.</summary>
        public override bool CanConvert(Type typeToConvert) => typeof(Note).IsAssignableFrom(typeToConvert);

        /// <summary>Throws <see cref="NotSupportedException"/>: notes are written to JSON, never read from it.</summary>
        public override Note Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("NoteGen writes notes to JSON but does not read them: notes are compiled from the vault's Markdown. "
                + "Deserialize the JSON into a type of your own instead.");

        /// <summary>Writes <paramref name="value"/> as the document described on <see cref="NoteJsonConverter"/>.</summary>
        public override void Write(Utf8JsonWriter writer, Note value, JsonSerializerOptions options)
        {
            var links = value.Links;
            var linkIndexes = new Dictionary<NoteLink, int>(links.Count);
            for (int i = 0; i < links.Count; i++)
                linkIndexes.Add(links[i], i);

            writer.WriteStartObject();
            writer.WriteString("name", value.Name);
            writer.WriteString("path", value.Path);
            writer.WriteString("title", value.Title);
            writer.WritePropertyName("frontMatter");
            WriteValue(writer, value.FrontMatter);
            writer.WriteStartArray("tags");
            foreach (string tag in value.Tags)
                writer.WriteStringValue(tag);
            writer.WriteEndArray();
            writer.WriteStartArray("claims");
            foreach (var claim in value.Claims)
            {
                // Claims are in document order: the ones before the first heading come first.
                if (claim.Section != null)
                    break;
                WriteClaim(writer, claim, linkIndexes);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("sections");
            foreach (var section in value.Sections)
                WriteSection(writer, section, linkIndexes);
            writer.WriteEndArray();
            writer.WriteStartArray("links");
            foreach (var link in links)
                WriteLink(writer, link);
            writer.WriteEndArray();
            writer.WriteStartArray("backlinks");
            foreach (var backlink in value.Backlinks)
                WriteBacklink(writer, backlink);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteSection(Utf8JsonWriter writer, Section section, Dictionary<NoteLink, int> linkIndexes)
        {
            writer.WriteStartObject();
            writer.WriteString("heading", section.Heading);
            writer.WriteString("anchor", section.KnownAnchor);
            writer.WriteNumber("level", section.Level);
            writer.WriteNumber("line", section.Line);
            writer.WriteStartArray("claims");
            foreach (var claim in section.OwnClaims)
                WriteClaim(writer, claim, linkIndexes);
            writer.WriteEndArray();
            writer.WriteStartArray("subsections");
            foreach (var subsection in section.Subsections)
                WriteSection(writer, subsection, linkIndexes);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteClaim(Utf8JsonWriter writer, Claim claim, Dictionary<NoteLink, int> linkIndexes)
        {
            writer.WriteStartObject();
            writer.WriteString("text", claim.Text);
            writer.WriteString("markdown", claim.Markdown);
            writer.WriteNumber("line", claim.Line);
            writer.WriteStartArray("timestamps");
            foreach (var timestamp in claim.Timestamps)
            {
                writer.WriteStartObject();
                writer.WriteString("label", timestamp.Label);
                writer.WriteNumber("seconds", (long)timestamp.Offset.TotalSeconds);
                writer.WriteString("url", timestamp.Url?.AbsoluteUri);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("links");
            foreach (var link in claim.Links)
                writer.WriteNumberValue(linkIndexes[link]);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteLink(Utf8JsonWriter writer, NoteLink link)
        {
            writer.WriteStartObject();
            writer.WriteString("target", link.Target);
            writer.WriteString("alias", link.Alias);
            writer.WriteString("heading", link.Heading);
            writer.WriteString("blockId", link.BlockId);
            writer.WriteBoolean("isEmbed", link.IsEmbed);
            writer.WriteBoolean("isMarkdownLink", link.IsMarkdownLink);
            writer.WriteString("property", link.Property);
            writer.WriteNumber("line", link.Line);
            writer.WriteNumber("column", link.Column);
            writer.WriteString("path", link.Path);
            writer.WriteBoolean("isBroken", link.IsBroken);
            writer.WriteEndObject();
        }

        /// <summary>A link in another note to this one: where it is written, and which part of this note it names.</summary>
        private static void WriteBacklink(Utf8JsonWriter writer, NoteLink backlink)
        {
            writer.WriteStartObject();
            writer.WriteString("source", backlink.Source.Path);
            writer.WriteString("heading", backlink.Heading);
            writer.WriteString("blockId", backlink.BlockId);
            writer.WriteString("property", backlink.Property);
            writer.WriteNumber("line", backlink.Line);
            writer.WriteNumber("column", backlink.Column);
            writer.WriteEndObject();
        }

        /// <summary>A front-matter value as <see cref="Note.FrontMatter"/> holds it: text, <c>null</c>, a list or a map.</summary>
        private static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case IReadOnlyDictionary<string, object?> map:
                    writer.WriteStartObject();
                    foreach (var pair in map)
                    {
                        writer.WritePropertyName(pair.Key);
                        WriteValue(writer, pair.Value);
                    }
                    writer.WriteEndObject();
                    break;
                case IReadOnlyList<object?> list:
                    writer.WriteStartArray();
                    foreach (object? item in list)
                        WriteValue(writer, item);
                    writer.WriteEndArray();
                    break;
                default: // null, the only other value YAML gives
                    writer.WriteNullValue();
                    break;
            }
        }
    }
}
#endif

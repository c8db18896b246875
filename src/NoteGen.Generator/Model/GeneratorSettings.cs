namespace NoteGen.Generator.Model
{
    /// <summary>The project settings the generator reads once per compilation (equatable, so unchanged settings
    /// keep every step cached).</summary>
    /// <param name="VaultRoot">Note paths are relative to this folder (NoteGenVaultRoot, else the project
    /// folder); null when MSBuild passed neither.</param>
    /// <param name="Namespace">The namespace of the root class; empty for the global namespace.</param>
    /// <param name="ClassName">The root class name.</param>
    /// <param name="VideoUrlTemplate">A URL with {videoId} and {seconds} placeholders.</param>
    /// <param name="SupportsNullableAnnotations">The consumer's C# has nullable reference types (8+).</param>
    /// <param name="TypedSections">Whether notes' sections get a field per heading (NoteGenTypedSections, default
    /// true); without, sections are reached through the untyped <c>Sections</c> list and no section class is generated.</param>
    /// <param name="Html">Whether note bodies are rendered to HTML (NoteGenHtml, default true).</param>
    /// <param name="RawHtml">Whether raw HTML in notes passes through to that HTML (NoteGenRawHtml, default false:
    /// it is escaped and shown as text).</param>
    /// <param name="LinkUrlTemplate">The URL of a note in rendered HTML, with {name} and/or {path} (NoteGenLinkUrl).</param>
    /// <param name="AttachmentUrlTemplate">The URL of an attachment in rendered HTML, with {path} (NoteGenAttachmentUrl).</param>
    /// <param name="DeflatePayloads">Whether payloads are deflated (format 11) or written out (format 10)
    /// (NoteGenDeflatePayloads; default true, except for browser apps, <c>RuntimeIdentifier</c> <c>browser-wasm</c>,
    /// whose assemblies travel Brotli-compressed: Brotli over the whole assembly shrinks plain payloads more than
    /// deflate does one note at a time, and cannot shrink deflated ones).</param>
    /// <param name="JsonConverter">The referenced NoteGen library has <c>NoteGen.NoteJsonConverter</c> (its net8.0
    /// build): the generated note classes carry it as their <c>[JsonConverter]</c>, since System.Text.Json looks for the
    /// attribute on the exact type and not on <c>NoteGen.Note</c>.</param>
    /// <param name="Diagnostics">Settings that could not be used as given (NG0009).</param>
    internal sealed record GeneratorSettings(
        string? VaultRoot,
        string Namespace,
        string ClassName,
        string VideoUrlTemplate,
        bool SupportsNullableAnnotations,
        bool TypedSections,
        bool Html,
        bool RawHtml,
        string LinkUrlTemplate,
        string AttachmentUrlTemplate,
        bool DeflatePayloads,
        bool JsonConverter,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string DefaultClassName = "Notes";
        public const string DefaultVideoUrlTemplate = "https://www.youtube.com/watch?v={videoId}&t={seconds}s";
        public const string DefaultLinkUrlTemplate = "notes/{name}";
        public const string DefaultAttachmentUrlTemplate = "{path}";

        /// <summary>The runtime library's System.Text.Json converter, in its net8.0 build only.</summary>
        public const string JsonConverterType = "NoteGen.NoteJsonConverter";
    }
}

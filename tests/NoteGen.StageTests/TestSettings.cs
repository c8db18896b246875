using NoteGen.Generator.Model;

namespace NoteGen.StageTests;

/// <summary>What the generator reads when a project sets nothing (root namespace App), for the stage tests that run a
/// stage without a driver; and the parsed-note helpers they share.</summary>
internal static class TestSettings
{
    public static readonly GeneratorSettings Default = new(null, "App", "Notes", GeneratorSettings.DefaultVideoUrlTemplate, true, true,
        true, false, GeneratorSettings.DefaultLinkUrlTemplate, GeneratorSettings.DefaultAttachmentUrlTemplate, true, true, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>A claim's Markdown, the span of its note's Markdown it covers.</summary>
    public static string MarkdownOf(this ParsedNote note, ParsedClaim claim) => note.Markdown.Substring(claim.MarkdownStart, claim.MarkdownLength);
}

using System.Runtime.CompilerServices;

namespace NoteGen.StageTests.Runtime;

/// <summary>The golden vault of the current payload format (tests/NoteGen.Tests/Payloads/format-10): its generated
/// code is compiled into this project (namespace App), and its notes' Markdown is read from disk to derive what the
/// runtime must give back.</summary>
internal static class GoldenVault
{
    public static string Folder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "NoteGen.Tests", "Payloads", "format-10"));

    /// <summary>The note file's text after its front matter (the line after the closing <c>---</c> onwards).</summary>
    public static string MarkdownOf(string path)
    {
        string text = File.ReadAllText(Path.Combine(Folder(), path)).ReplaceLineEndings("\n");
        int close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return text.Substring(close + "\n---\n".Length);
    }

    /// <summary>The YouTube URL of a video at a second, as the vault's default template makes it.</summary>
    public static string VideoAt(string videoId, int seconds) => $"https://www.youtube.com/watch?v={videoId}&t={seconds}s";
}

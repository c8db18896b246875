using System.Reflection;
using System.Runtime.CompilerServices;

namespace NoteGen.StageTests.Runtime;

/// <summary>The golden vault of payload format 10 (tests/NoteGen.Tests/Payloads/format-10), the last whose payloads are
/// written out in full (format 11's deflate all but a note's title; see Format11Tests): its generated
/// code is compiled into this project (namespace App), and its notes' Markdown is read from disk to derive what the
/// runtime must give back.</summary>
internal static class GoldenVault
{
    /// <summary>The test collection of the tests on the golden vault: they run one at a time (see <see cref="GoldenVaultTests"/>).</summary>
    public const string Collection = "golden vault";

    /// <summary>Makes the golden vault drop what it decoded, as a hot reload does, so its notes decode again when next used.</summary>
    public static void DecodeAfresh()
    {
        object vault = typeof(App.Notes).GetProperty("Vault", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        typeof(NoteVault).GetMethod("DropDecodedContent", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(vault, null);
    }

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

/// <summary>
/// A test on the golden vault, which starts from notes not yet decoded. The generated notes are static and decode once
/// per process, so otherwise only the first test to read a note would run the decoder: a mutation run (which reuses
/// the test process across mutants) would then miss every later test's checks of what was decoded. The tests share
/// one collection, so no test reads a note while another drops it.
/// </summary>
public abstract class GoldenVaultTests
{
    protected GoldenVaultTests() => GoldenVault.DecodeAfresh();
}

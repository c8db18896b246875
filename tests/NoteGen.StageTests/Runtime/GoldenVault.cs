using System.Text.RegularExpressions;
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

    /// <summary>The payloads of a golden folder's code, each changed by <paramref name="payloadOf"/>, served by a
    /// <see cref="TestVault"/> with notes of the golden vault's shapes.</summary>
    internal static (TestVault Vault, TestNote<App.Notes.Shapes.Outline_c3eafb1a17afc2c6> Ep2, TestNote<App.Notes.Shapes.Outline_5ef5ef3b6bc6f4f7> Ep1, TestNote Hub) Served(
        string folder, Func<string, string> payloadOf)
    {
        string rootPayload = "";
        var fields = new List<(string, string[])>();
        foreach (string file in Directory.GetFiles(folder, "Notes*.cs"))
            foreach (Match m in Regex.Matches(File.ReadAllText(file), @"NoteContent\(\s*""((?:[^""\\]|\\.)*)""\)\]\s*(?:internal static partial class Notes|private static readonly byte (_content\d+);)"))
            {
                string payload = payloadOf(Regex.Unescape(m.Groups[1].Value));
                if (m.Groups[2].Success)
                    fields.Add((m.Groups[2].Value, new[] { payload }));
                else
                    rootPayload = payload;
            }
        Assert.Equal(3, fields.Count);
        var vault = new TestVault(rootPayload, fields.ToArray());
        // The generated fields of formats 9 and 10: Hub = (241, 0), Ep1 = (569, 0), Ep2 = (898, 0).
        var hub = new TestNote(vault.Vault, 241, 0);
        var ep1 = new TestNote<App.Notes.Shapes.Outline_5ef5ef3b6bc6f4f7>(vault.Vault, 569, 0);
        var ep2 = new TestNote<App.Notes.Shapes.Outline_c3eafb1a17afc2c6>(vault.Vault, 898, 0);
        return (vault, ep2, ep1, hub);
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

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NoteGen.Generator.Emitting;

namespace NoteGen.Tests.Infrastructure;

/// <summary>
/// Snapshot files in Verify's layout: <c>Snapshots/{Class}.{Method}#{hint}.verified.cs</c> beside the test. A
/// mismatch writes <c>*.received.cs</c> next to it and fails with a unified diff. To accept, review the diff and
/// copy received over verified, or run the tests with NOTEGEN_ACCEPT_SNAPSHOTS=1 (refused under CI). NoteGen's
/// version in <c>[GeneratedCode]</c> is scrubbed, so a version bump changes no snapshot. Deflated payloads are shown
/// inflated (see <see cref="Readable"/>), so a snapshot shows what a note's payload holds; every snapshot of code is
/// checked to pack back to exactly the code the generator wrote.
/// </summary>
internal static class Snapshot
{
    private static readonly Regex GeneratorVersion = new(@"GeneratedCode\(""NoteGen"", ""[^""]*""\)");

    /// <param name="folder">The folder beside the test file that holds the snapshot: <c>Snapshots</c> unless given.</param>
    /// <param name="extension">The snapshot file's extension: generated code unless given.</param>
    public static void Verify(string actual, string name, string folder = "Snapshots", string extension = ".cs", [CallerFilePath] string testFile = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(testFile)!, folder);
        string verifiedPath = Path.Combine(directory, name + ".verified" + extension);
        string receivedPath = Path.Combine(directory, name + ".received" + extension);
        actual = GeneratorVersion.Replace(actual.Replace("\r\n", "\n"), @"GeneratedCode(""NoteGen"", ""{version}"")");
        if (extension == ".cs")
        {
            string readable = Readable(actual);
            Assert.Equal(actual, Packed(readable));
            actual = readable;
        }
        string? expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual);
        bool accept = Environment.GetEnvironmentVariable("NOTEGEN_ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") == null;
        if (accept)
        {
            File.Move(receivedPath, verifiedPath, overwrite: true);
            return;
        }
        Assert.Fail(expected == null
            ? $"No snapshot yet. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)}."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs (received file written):\n{UnifiedDiff(expected, actual)}");
    }

    /// <summary>Marks the inflated part of a payload in <see cref="Readable"/> code.</summary>
    private const string DeflatedMark = "/*deflated*/";

    /// <summary>
    /// <paramref name="code"/> with each payload of the current format written out: its deflated part (all after the
    /// header and, in a note's, the title) becomes a second literal, inflated and escaped as the generator escapes text,
    /// added to the first and marked <c>/*deflated*/</c>:
    /// <c>"11|5:Title" + /*deflated*/ "m2,5:title…"</c>. Review reads it; <see cref="Packed"/> turns it back.
    /// </summary>
    public static string Readable(string code)
    {
        var payloads = CSharpSyntaxTree.ParseText(code).GetRoot().DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText.StartsWith(PayloadFormat.Header, StringComparison.Ordinal));
        var builder = new StringBuilder(code);
        foreach (var token in payloads.Reverse())
        {
            string value = token.ValueText;
            int start = PayloadFormat.Header.Length;
            var title = Regex.Match(value[start..], "^([0-9]+):");
            if (title.Success) // a note's payload; base64 has no ':'
                start += title.Length + int.Parse(title.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            string deflated = value[start..];
            string readable = token.Text[..^(deflated.Length + 1)] + "\" + " + DeflatedMark + " " + CSharpText.Literal(PayloadFormat.Inflate(value, start));
            builder.Remove(token.SpanStart, token.Span.Length).Insert(token.SpanStart, readable);
        }
        return builder.ToString();
    }

    /// <summary>The code that <see cref="Readable"/> made <paramref name="code"/> from: each marked sum is one literal
    /// again, its second part deflated as the generator deflates it.</summary>
    public static string Packed(string code)
    {
        var sums = CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes().OfType<BinaryExpressionSyntax>()
            .Where(b => b.Left is LiteralExpressionSyntax && b.Right is LiteralExpressionSyntax
                && code[b.Left.Span.End..b.Right.SpanStart] == " + " + DeflatedMark + " ");
        var builder = new StringBuilder(code);
        foreach (var sum in sums.Reverse())
        {
            string clear = ((LiteralExpressionSyntax)sum.Left).Token.Text;
            string packed = clear[..^1] + PayloadFormat.Deflate(((LiteralExpressionSyntax)sum.Right).Token.ValueText) + "\"";
            builder.Remove(sum.SpanStart, sum.Span.Length).Insert(sum.SpanStart, packed);
        }
        return builder.ToString();
    }

    /// <summary>A unified diff of two texts, by lines (LCS), with three lines of context.</summary>
    internal static string UnifiedDiff(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var lines = new List<(char Kind, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) lines.Add(('+', b[y++]));
            else lines.Add(('-', a[x++]));
        }

        var output = new StringBuilder("--- verified\n+++ received\n");
        for (int i = 0; i < lines.Count; i++)
        {
            bool near = false;
            for (int k = Math.Max(0, i - 3); k <= Math.Min(lines.Count - 1, i + 3) && !near; k++)
                near = lines[k].Kind != ' ';
            if (near)
                output.Append(lines[i].Kind).Append(lines[i].Text).Append('\n');
        }
        return output.ToString();
    }
}

using NoteGen.Generator.Diagnostics;

namespace NoteGen.StageTests.Diagnostics;

/// <summary>Note text in a diagnostic message: every character visible, and long text cut.</summary>
public class DiagnosticTextTests
{
    [Theory]
    [InlineData("plain text, é and ü", "plain text, é and ü")]
    [InlineData("line\nbreak\r", "line\\u000Abreak\\u000D")]
    [InlineData("tab\there", "tab\\u0009here")]
    [InlineData("del\u007F", "del\\u007F")]
    [InlineData("zero\u200Bwidth", "zero\\u200Bwidth")]
    [InlineData("rtl\u202Eoverride", "rtl\\u202Eoverride")]
    [InlineData("line\u2028separator\u2029", "line\\u2028separator\\u2029")]
    [InlineData("emoji 😀 stays", "emoji 😀 stays")]
    [InlineData("", "")]
    public void Control_format_and_line_breaking_characters_and_lone_surrogates_are_escaped(string text, string printable)
    {
        Assert.Equal(printable, DiagnosticText.Printable(text));
    }

    [Fact]
    public void Lone_surrogates_are_escaped()
    {
        // Built in code: an attribute argument cannot hold a lone surrogate.
        Assert.Equal("lone \\uD83D high", DiagnosticText.Printable("lone \uD83D high"));
        Assert.Equal("lone \\uDE00 low", DiagnosticText.Printable("lone \uDE00 low"));
        Assert.Equal("ends high \\uD83D", DiagnosticText.Printable("ends high \uD83D"));
        Assert.Equal("low then high \\uDE00\\uD83D", DiagnosticText.Printable("low then high \uDE00\uD83D"));
    }

    [Theory]
    [InlineData(119, 119)]
    [InlineData(120, 120)]
    [InlineData(121, 120)]
    [InlineData(5000, 120)]
    public void Text_is_cut_after_120_characters_with_an_ellipsis(int length, int kept)
    {
        string text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i % 26)));

        Assert.Equal(text[..kept] + (kept < length ? "…" : ""), DiagnosticText.Printable(text));
    }

    [Fact]
    public void An_escape_counts_with_its_full_length_and_a_surrogate_pair_is_never_split()
    {
        string a119 = new('a', 119);

        Assert.Equal(a119 + "\\u000A…", DiagnosticText.Printable(a119 + "\nmore"));
        Assert.Equal(a119 + "\\u000A", DiagnosticText.Printable(a119 + "\n"));
        Assert.Equal(a119 + "😀…", DiagnosticText.Printable(a119 + "😀x"));
    }
}

using NoteGen.Generator.Emitting;

namespace NoteGen.StageTests.Emitting;

/// <summary>Note text made C#: string literals and <c>///</c> comment text.</summary>
public class CSharpTextTests
{
    [Theory]
    [InlineData("plain text, 1 + 2 = 3 ~", "\"plain text, 1 + 2 = 3 ~\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData(@"C:\dir\file", "\"C:\\\\dir\\\\file\"")]
    [InlineData("a\nb\rc\td\0e", "\"a\\nb\\rc\\td\\0e\"")]
    [InlineData("bell\u0007 esc\u001B del\u007F", "\"bell\\u0007 esc\\u001B del\\u007F\"")]
    [InlineData("next\u0085line\u2028para\u2029end", "\"next\\u0085line\\u2028para\\u2029end\"")]
    [InlineData("zero\u200Bwidth bom\uFEFF", "\"zero\\u200Bwidth bom\\uFEFF\"")]
    [InlineData("comment */ end", "\"comment */ end\"")]
    [InlineData("día 日本 😀 ok", "\"día 日本 😀 ok\"")]
    [InlineData("", "\"\"")]
    public void Literals_escape_quotes_backslashes_line_breaks_controls_format_characters_and_lone_surrogates_and_keep_the_rest(string value, string expected)
    {
        string literal = CSharpText.Literal(value);

        Assert.Equal(expected, literal);
        Assert.Equal(value, EmittingVault.ValueOf(literal));
    }

    [Fact]
    public void Lone_surrogates_are_escaped_and_pairs_kept()
    {
        // Not theory data: xUnit's serialization would replace lone surrogates.
        Assert.Equal("\"lone \\uD83D high\"", CSharpText.Literal("lone \uD83D high"));
        Assert.Equal("\"lone \\uDE00 low\"", CSharpText.Literal("lone \uDE00 low"));
        Assert.Equal("\"ends high \\uD83D\"", CSharpText.Literal("ends high \uD83D"));
        Assert.Equal("\"\\uDE00\\uD83D\"", CSharpText.Literal("\uDE00\uD83D"));
        Assert.Equal("lone   surrogate", CSharpText.XmlDoc("lone \uD83D surrogate"));
        Assert.Equal("ends", CSharpText.XmlDoc("ends \uD83D"));
    }

    [Fact]
    public void A_null_string_is_the_null_literal()
    {
        Assert.Equal("null", CSharpText.Literal(null));
    }

    [Fact]
    public void Every_UTF16_code_unit_reads_back_from_its_literal_as_itself()
    {
        // Every char on its own (lone surrogates included) and between printable text, so runs are cut right.
        var all = Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray();
        foreach (var chunk in all.Chunk(4096))
        {
            string value = string.Concat(chunk.Select(c => "x" + c));
            Assert.Equal(value, EmittingVault.ValueOf(CSharpText.Literal(value)));
        }
    }

    [Fact]
    public void Literal_content_is_appended_to_what_the_builder_holds()
    {
        var builder = new System.Text.StringBuilder("\"head ");
        CSharpText.AppendLiteralContent(builder, "a\"b\nc");
        Assert.Equal("\"head a\\\"b\\nc", builder.ToString());
    }

    [Theory]
    [InlineData("Fish & <chips>", "Fish &amp; &lt;chips&gt;")]
    [InlineData("line one\nline two\r\nthree\u2028four\u2029five\u0085six\ttab", "line one line two  three four five six tab")]
    [InlineData("  padded\n", "padded")]
    [InlineData("emoji 😀 and */ and \"quotes\"", "emoji 😀 and */ and \"quotes\"")]
    public void Doc_comment_text_is_XML_escaped_on_one_line_and_trimmed(string value, string expected)
    {
        Assert.Equal(expected, CSharpText.XmlDoc(value));
    }

    [Theory]
    [InlineData("abcdef", 5, "abcde…")]
    [InlineData("abcde", 5, "abcde")]
    [InlineData("abcd", 5, "abcd")]
    [InlineData("abc😀def", 4, "abc😀…")]
    [InlineData("ab&cd", 4, "ab&amp;…")]
    public void Doc_comment_text_is_cut_at_the_length_with_an_ellipsis_only_when_something_is_left_out(string value, int maxLength, string expected)
    {
        Assert.Equal(expected, CSharpText.XmlDoc(value, maxLength));
    }

    [Fact]
    public void Doc_comment_text_is_cut_at_200_characters_by_default()
    {
        Assert.Equal(new string('x', 200), CSharpText.XmlDoc(new string('x', 200)));
        Assert.Equal(new string('x', 200) + "…", CSharpText.XmlDoc(new string('x', 201)));
    }
}

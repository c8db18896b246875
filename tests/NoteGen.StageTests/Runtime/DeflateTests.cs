using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace NoteGen.StageTests.Runtime;

/// <summary>The deflated part of a payload (PayloadFormat.Deflate, written by the generator, and Inflate, read by the
/// runtime; one file in src/Shared compiled into both).</summary>
public class DeflateTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII, \"quotes\", \\ and \n lines")]
    [InlineData("two bytes: é ß Ω ߿")]
    [InlineData("three bytes: ࠀ € 中 \uFFFF \u2028")]
    [InlineData("four bytes: 😀 𐍈 \U0010FFFF")]
    public void Text_comes_back_as_it_was_and_is_standard_deflate_of_UTF8(string text)
    {
        string deflated = PayloadFormat.Deflate(text);

        Assert.Equal(text, PayloadFormat.Inflate("xx" + deflated, 2));
        using var inflater = new DeflateStream(new MemoryStream(Convert.FromBase64String(deflated)), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        inflater.CopyTo(bytes);
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes.ToArray());
    }

    [Fact]
    public void Unpaired_surrogates_survive()
    {
        // Not theory data: xUnit's serialization would replace lone surrogates.
        foreach (string text in new[] { "\uD83D", "a\uDE00b", "\uDE00\uD83D", "end \uD83D", "\uD83D\uD83D\uDE00" })
            Assert.Equal(text, PayloadFormat.Inflate(PayloadFormat.Deflate(text), 0));
    }

    [Fact]
    public void Long_text_crosses_the_encoding_buffer_whole()
    {
        // Several buffers' worth, with characters of every length straddling each buffer's end.
        string text = string.Concat(Enumerable.Range(0, 20000).Select(i => (i % 4) switch { 0 => "a", 1 => "é", 2 => "中", _ => "😀" }));
        string deflated = PayloadFormat.Deflate(text);

        Assert.Equal(text, PayloadFormat.Inflate(deflated, 0));
        Assert.True(deflated.Length < text.Length / 10, "repetitive text deflates");
    }

    [Fact]
    public void A_huge_payload_leaves_no_buffer_behind_and_a_usual_one_keeps_it()
    {
        // A compiler server runs for hours: the per-thread output buffer is reused, but not kept at a huge note's size.
        var kept = typeof(PayloadFormat).GetField("t_deflated", BindingFlags.NonPublic | BindingFlags.Static)!;
        var random = new Random(7);
        string huge = new(Enumerable.Range(0, 2 * PayloadFormat.KeptScratch).Select(_ => (char)random.Next(0x20, 0x7F)).ToArray());

        Assert.Equal(huge, PayloadFormat.Inflate(PayloadFormat.Deflate(huge), 0));
        Assert.Null(kept.GetValue(null));
        PayloadFormat.Deflate("usual");
        Assert.NotNull(kept.GetValue(null));
    }
}

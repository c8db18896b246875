using System.Text.Json;
using System.Text.RegularExpressions;

namespace NoteGen.StageTests.Runtime;

/// <summary>
/// Format 11 is format 10 with all but a note's title (and the vault's header) deflated: the golden vault's format-10
/// payloads, deflated as the generator deflates them, must give the same notes as the compiled golden vault.
/// </summary>
[Collection(GoldenVault.Collection)]
public class Format11Tests : GoldenVaultTests
{
    /// <summary>A format-10 payload as format 11: the same tokens, those after the title (or the header) deflated.</summary>
    private static string AsFormat11(string payload)
    {
        var clear = Regex.Match(payload, "^10\\|(?:([0-9]+):)?");
        int end = clear.Length + (clear.Groups[1].Success ? int.Parse(clear.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
        return "11|" + payload[3..end] + PayloadFormat.Deflate(payload[end..]);
    }

    [Fact]
    public void Deflated_payloads_give_the_notes_the_golden_vault_gives()
    {
        var (vault, ep2, ep1, hub) = GoldenVault.Served(GoldenVault.Folder(), AsFormat11);
        Assert.StartsWith("11|", vault.Root.Payloads[0]);
        Assert.DoesNotContain("hub.md", vault.Root.Payloads[0]);

        var golden = new Note[] { App.Notes.Ep2, App.Notes.Ep1, App.Notes.Hub };
        Assert.Equal(golden.Select(n => (n.Name, n.Path)), vault.Vault.Notes.Select(n => (n.Name, n.Path)));
        foreach (var (note, expected) in new Note[] { ep2, ep1, hub }.Zip(golden))
        {
            Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(note));
            Assert.Equal(expected.Html, note.Html);
            Assert.Equal(expected.Markdown, note.Markdown);
        }
        Assert.Equal("Capacity", ep1.Sections.Chips.Foundries.Capacity.Heading);
        Assert.Equal(App.Notes.Hub.Backlinks.Select(l => (l.Source.Name, l.Target)), hub.Backlinks.Select(l => (l.Source.Name, l.Target)));
    }

    [Fact]
    public void A_title_is_read_without_inflating_the_rest()
    {
        // The deflated part is not base64: reading the title must not touch it, reading the claims must.
        string payload = new NotePayload { Format = 11, Title = "Kept" }.ToString();
        Assert.StartsWith("11|4:Kept", payload);
        var vault = TestVault.Of(11, new TestEntry("n.md", "11|4:Kept*not base64*"));
        Assert.Equal("Kept", vault.Notes[0].Title);
        Assert.Throws<FormatException>(() => vault.Notes[0].Claims);
        Assert.Empty(TestVault.Of(11, new TestEntry("n.md", payload)).Notes[0].Claims);
    }
}

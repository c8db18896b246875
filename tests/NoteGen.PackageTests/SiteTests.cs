using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace NoteGen.PackageTests;

/// <summary>
/// The sample site (<c>sample/NoteGen.Site</c>, Blazor WebAssembly) published in Release, served as static files and
/// loaded in headless Chromium; assertions are on the DOM Blazor rendered, for each trim mode it was published with.
/// </summary>
[Trait("Category", "Slow")]
public class SiteTests(SiteFixture fixture, ITestOutputHelper output) : IClassFixture<SiteFixture>
{
    private const string SeedNote = "amazons_machine_learning_strategy";

    private static readonly Regex TrimOrAotWarning = new(@"\b(IL[23]\d{3})\b");

    [Theory]
    [MemberData(nameof(SiteFixture.EachTrimMode), MemberType = typeof(SiteFixture))]
    public void Publishing_prints_no_trim_or_AOT_warning(string trimMode)
    {
        string publish = fixture[trimMode].Output;
        Assert.Contains("NoteGen.Site -> ", publish);
        Assert.Empty(TrimOrAotWarning.Matches(publish).Select(m => m.Value).Distinct());
    }

    [Theory]
    [MemberData(nameof(SiteFixture.EachTrimMode), MemberType = typeof(SiteFixture))]
    public void The_index_lists_every_note_with_its_video_tags_and_claims_and_links_to_its_page(string trimMode)
    {
        var page = Load(trimMode, "");

        var rows = page.QuerySelectorAll("table.notes tbody tr").ToDictionary(row => row.QuerySelector("td a")!.GetAttribute("href")!);
        var expected = Directory.GetFiles(Path.Combine(fixture.RepositoryRoot, "sample", "notes"), "*.md")
            .Select(file => (Href: "notes/" + Path.GetFileNameWithoutExtension(file), Title: TitleOf(File.ReadAllText(file))))
            .Append((Href: "notes/" + SiteFixture.HostileNote, Title: "Hostile note"))
            .ToList();
        Assert.Equal(expected.Select(note => note.Href).Order(), rows.Keys.Order());
        foreach (var (href, title) in expected)
            Assert.Equal(title, rows[href].QuerySelector("td a")!.TextContent);

        var seed = rows["notes/" + SeedNote].Children.Select(cell => cell.InnerHtml).ToList();
        Assert.Contains("href=\"https://www.youtube.com/watch?v=ifA0ZRiOmx0\"", seed[1]);
        Assert.Equal("16", seed[3]);
        var podcast = rows["notes/acquiredfm"].QuerySelectorAll("a.tag").Select(a => (a.GetAttribute("href"), a.TextContent));
        Assert.Equal([("tags/podcast", "#podcast"), ("tags/business-history", "#business-history")], podcast);
    }

    [Theory]
    [MemberData(nameof(SiteFixture.EachTrimMode), MemberType = typeof(SiteFixture))]
    public void A_note_page_shows_its_headings_body_timestamps_links_outline_and_backlinks(string trimMode)
    {
        var page = Load(trimMode, "notes/" + SeedNote);

        Assert.Equal("Amazons machine learning strategy", page.Title);
        Assert.Equal("Amazons machine learning strategy", page.QuerySelector("article h1")!.TextContent);
        var body = page.QuerySelector("article .body")!;
        Assert.Equal(
            [("H2", "Amazon's ML Offerings"), ("H2", "Strategic Approach to Machine Learning"),
             ("H3", "Data Gravity as a Key Advantage"), ("H3", "Comparison of Amazons ML capabilities with Googles")],
            body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (h.TagName, h.TextContent.Trim())));
        Assert.Contains("Running ML near the data is paramount", body.TextContent);
        Assert.Contains("https://www.youtube.com/watch?v=ifA0ZRiOmx0&t=68s", body.QuerySelectorAll("a.timestamp").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://www.youtube.com/watch?v=ifA0ZRiOmx0", page.QuerySelector("article .meta a.video")!.GetAttribute("href"));

        // Links to the other notes' pages, in the form the site's router serves.
        var linked = body.QuerySelectorAll("a[href^='notes/']").Select(a => a.GetAttribute("href")).Distinct().Order();
        Assert.Equal(
            ["notes/acquiredfm", "notes/amazons_business_strategies_and_innovations", "notes/amazons_cloudhosted_ml_services",
             "notes/amazons_transition_to_a_technology_company", "notes/awss_approach_to_cloud_computing_and_technology_strategy"],
            linked);

        // The outline names every heading and links to an element of the body with that id.
        var outline = page.QuerySelectorAll("nav.outline a").ToList();
        Assert.Equal(body.QuerySelectorAll("h2, h3").Select(h => h.TextContent.Trim()), outline.Select(a => a.TextContent));
        foreach (var link in outline)
        {
            string href = link.GetAttribute("href")!;
            Assert.StartsWith("notes/" + SeedNote + "#", href);
            string id = Uri.UnescapeDataString(href[(href.IndexOf('#') + 1)..]);
            Assert.Equal(link.TextContent, body.QuerySelectorAll("[id]").Single(e => e.Id == id).TextContent.Trim());
        }

        Assert.Equal(
            ["notes/acquiredfm", "notes/amazons_business_strategies_and_innovations", "notes/amazons_cloudhosted_ml_services",
             "notes/awss_approach_to_cloud_computing_and_technology_strategy", "notes/" + SiteFixture.HostileNote],
            page.QuerySelectorAll(".backlinks li > a").Select(a => a.GetAttribute("href")).Order());
    }

    [Theory]
    [MemberData(nameof(SiteFixture.EachTrimMode), MemberType = typeof(SiteFixture))]
    public void A_tag_page_lists_the_notes_with_that_tag(string trimMode)
    {
        var page = Load(trimMode, "tags/podcast");

        Assert.Equal(["notes/acquiredfm"], page.QuerySelectorAll("table.notes tbody tr td:first-child a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(SiteFixture.EachTrimMode), MemberType = typeof(SiteFixture))]
    public void Raw_HTML_in_a_note_shows_as_text_and_nothing_it_holds_runs(string trimMode)
    {
        var page = Load(trimMode, "notes/" + SiteFixture.HostileNote);

        // Nothing ran (the image's onerror would have, had it been an element) and no element was made of the markup.
        Assert.False(page.Body!.HasAttribute(SiteFixture.Marker), page.Body.OuterHtml);
        var body = page.QuerySelector("article .body")!;
        Assert.Empty(body.QuerySelectorAll("script, img, [onerror], [onmouseover]").Select(e => e.OuterHtml));
        // The markup is there as text.
        Assert.Contains("<script>document.body.dataset.pwned = 'script'</script>", body.TextContent);
        Assert.Contains("<img src=\"missing.png\" onerror=", body.TextContent);
        Assert.Contains("<span onmouseover=", body.TextContent);
        // The page still works: its link back to the seed note is there.
        Assert.NotNull(body.QuerySelector($"a[href='notes/{SeedNote}']"));
    }

    [Fact]
    public void A_screenshot_of_a_note_page_is_saved()
    {
        const string page = "notes/" + SeedNote;
        Load("full", page); // renders, with no error
        string path = Path.Combine(fixture.RepositoryRoot, "TestResults", "site-note-page.png");
        Chromium.Screenshot(new Uri(fixture["full"].Site.Address, page), path);

        byte[] png = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        output.WriteLine($"Screenshot: {path} ({png.Length:N0} bytes)");
    }

    /// <summary>The page at <paramref name="path"/> (relative to the site's root) as Chromium rendered it.</summary>
    private IDocument Load(string trimMode, string path)
    {
        var url = new Uri(fixture[trimMode].Site.Address, path);
        string dom;
        IDocument document;
        // On a busy machine Chromium's virtual time can run out before WebAssembly has started (seen once in about
        // thirty loads); a page that never renders fails all three loads.
        for (int attempt = 1; ; attempt++)
        {
            dom = Chromium.DumpDom(url);
            document = new HtmlParser().ParseDocument(dom);
            if (document.QuerySelector("#app h1") != null || attempt == 3)
                break;
            output.WriteLine($"{url} not rendered yet (load {attempt}); loading it again.");
        }
        // Rendered by Blazor, not the "Loading…" placeholder of index.html, and with no error shown.
        Assert.True(document.QuerySelector("#app h1") != null, dom);
        Assert.True(document.GetElementById("blazor-error-ui")!.GetAttribute("style") is null, dom);
        return document;
    }

    private static string TitleOf(string note) => Regex.Match(note, "^title: (.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();
}

using NoteGen.Generator.Emitting;
using NoteGen.Generator.Model;

namespace NoteGen.StageTests.Emitting;

/// <summary>The holes of a note's parsed HTML filled from what resolution found.</summary>
public class HtmlWriterTests
{
    private const string Other = "# Other\n\n## Part two\n\nBody ^blk\n";

    private static RenderedHtml Render(string text, GeneratorSettings? settings = null, string[]? attachments = null, string otherPath = "notes/Other note.md")
    {
        var note = EmittingVault.Resolve(settings ?? EmittingVault.Settings, attachments ?? [], ("notes/note.md", text), (otherPath, Other)).Notes[0];
        return HtmlWriter.Write(note, note.Note.Html!);
    }

    [Fact]
    public void A_resolved_link_is_an_anchor_to_the_link_URL_with_the_escaped_note_name_and_the_heading_anchor()
    {
        string html = Render("See [[Other note|the other]] and [[Other note#Part two]].\n").Html;

        Assert.Equal("<p>See <a class=\"internal-link\" href=\"notes/Other%20note\">the other</a> and "
            + "<a class=\"internal-link\" href=\"notes/Other%20note#part-two\">Other note#Part two</a>.</p>\n", html);
    }

    [Fact]
    public void A_broken_link_is_a_span_with_its_text_and_closes_as_a_span()
    {
        string html = Render("See [[missing|gone]] then [[Other note]].\n").Html;

        Assert.Equal("<p>See <span class=\"broken-link\">gone</span> then <a class=\"internal-link\" href=\"notes/Other%20note\">Other note</a>.</p>\n", html);
    }

    [Fact]
    public void Link_URLs_follow_the_projects_templates_with_each_path_segment_escaped_and_are_HTML_escaped()
    {
        var settings = EmittingVault.Settings with { LinkUrlTemplate = "/wiki/{path}?n={name}&x=\"1\"", AttachmentUrlTemplate = "/files/{path}?v=1&w" };

        string html = Render("[[Other note#Part two]] [[doc 1.pdf]] ![[my pic.png]]\n", settings, ["a b/doc 1.pdf", "img/my pic.png"], "my notes/Other note.md").Html;

        Assert.Contains("<a class=\"internal-link\" href=\"/wiki/my%20notes/Other%20note?n=Other%20note&amp;x=&quot;1&quot;#part-two\">", html);
        Assert.Contains("<a class=\"internal-link\" href=\"/files/a%20b/doc%201.pdf?v=1&amp;w\">doc 1.pdf</a>", html);
        Assert.Contains("<img src=\"/files/img/my%20pic.png?v=1&amp;w\" alt=\"my pic.png\">", html);
    }

    [Fact]
    public void Embedded_images_are_img_tags_other_files_attachment_links_and_missing_ones_broken_spans()
    {
        string html = Render("![[my pic.png]] ![[my pic.png|Alt \"x\" <y>]] ![[sub/Photo.JPG]] ![[doc.pdf|The <doc>]] ![[nope.png]]\n",
            attachments: ["img/my pic.png", "doc.pdf", "sub/Photo.JPG"]).Html;

        Assert.Equal("<p><img src=\"img/my%20pic.png\" alt=\"my pic.png\"> <img src=\"img/my%20pic.png\" alt=\"Alt &quot;x&quot; &lt;y&gt;\"> "
            + "<img src=\"sub/Photo.JPG\" alt=\"Photo.JPG\"> <a class=\"attachment\" href=\"doc.pdf\">The &lt;doc&gt;</a> "
            + "<span class=\"broken-link\">nope.png</span></p>\n", html);
    }

    [Theory]
    [InlineData("a.png")] [InlineData("a.jpg")] [InlineData("a.jpeg")] [InlineData("a.gif")] [InlineData("a.bmp")]
    [InlineData("a.svg")] [InlineData("a.webp")] [InlineData("a.avif")] [InlineData("a.PNG")]
    public void Every_image_extension_embeds_as_an_image(string file)
    {
        Assert.Contains("<img src=\"" + file + "\" alt=\"" + file + "\">", Render("![[" + file + "]]\n").Html);
    }

    [Fact]
    public void Unchecked_attachments_use_the_path_as_written()
    {
        // No attachments listed: nothing to check against, so the link's own path is the URL.
        string html = Render("![[some dir/x y.pdf]] [[x.txt]]\n").Html;

        Assert.Equal("<p><a class=\"attachment\" href=\"some%20dir/x%20y.pdf\">some dir/x y.pdf</a> <a class=\"internal-link\" href=\"x.txt\">x.txt</a></p>\n", html);
    }

    [Fact]
    public void An_embedded_note_is_a_link_in_an_embed_div_that_the_runtime_replaces_but_an_embedded_block_stays_a_link()
    {
        var rendered = Render("Start.\n\n![[Other note]]\n\n![[Other note#Part two|Two]]\n\n![[Other note#^blk]]\n");

        const string note = "<a class=\"internal-link\" href=\"notes/Other%20note\">Other note</a>";
        const string section = "<a class=\"internal-link\" href=\"notes/Other%20note#part-two\">Two</a>";
        Assert.Equal("<p>Start.</p>\n<div class=\"embed\">" + note + "</div>\n<div class=\"embed\">" + section + "</div>\n"
            + "<div class=\"embed\"><a class=\"internal-link\" href=\"notes/Other%20note#%5Eblk\">Other note#^blk</a></div>\n", rendered.Html);
        int first = rendered.Html.IndexOf(note, StringComparison.Ordinal), second = rendered.Html.IndexOf(section, StringComparison.Ordinal);
        Assert.Equal([(HtmlFill.Embed, first, first + note.Length, 0, 0), (HtmlFill.Embed, second, second + section.Length, 1, 0)], rendered.Fills);
    }

    [Fact]
    public void A_broken_embed_is_a_span_and_no_fill()
    {
        var rendered = Render("![[Missing note|Shown]]\n");

        Assert.Equal("<span class=\"broken-link\">Shown</span>\n", rendered.Html);
        Assert.Empty(rendered.Fills);
    }

    [Fact]
    public void Timestamps_and_copied_text_are_fills_at_their_place_in_the_final_HTML()
    {
        const string copied = "A plain sentence long enough to be copied";
        var rendered = Render("[[Other note]] at <a class=\"yt-timestamp\" data-t=\"00:10\">[00:10]</a>.\n\n" + copied + "\n");

        string html = rendered.Html;
        int open = html.IndexOf("[00:10]", StringComparison.Ordinal);
        int copyAt = html.IndexOf("<p>", open, StringComparison.Ordinal) + 3;
        Assert.Equal([(HtmlFill.TimestampOpen, open, open, 0, 0), (HtmlFill.TimestampClose, open + 7, open + 7, 0, 0),
            (HtmlFill.Copy, copyAt, copyAt, 0, copied.Length)], rendered.Fills.Select(f => f.Fill == HtmlFill.Copy ? (f.Fill, f.Start, f.End, 0, f.Length) : f));
        var copy = rendered.Fills[2];
        Assert.Equal(copied, EmittingVault.Resolve(("notes/note.md", "[[Other note]] at <a class=\"yt-timestamp\" data-t=\"00:10\">[00:10]</a>.\n\n" + copied + "\n"), ("notes/Other note.md", Other))
            .Notes[0].Note.Markdown.Substring(copy.Index, copy.Length));
    }

    [Fact]
    public void A_sections_content_runs_from_after_its_heading_to_the_next_heading_of_its_level_or_higher()
    {
        var rendered = Render("Intro [[Other note]].\n\n## A\n\nIn A.\n\n### B\n\nIn B [[missing]].\n\n## C\n\nIn C.\n\n# D\n\nIn D.\n");

        string html = rendered.Html;
        int After(string heading) => html.IndexOf(heading, StringComparison.Ordinal) + heading.Length + 1;
        int At(string heading) => html.IndexOf(heading, StringComparison.Ordinal);
        Assert.Equal([(After("<h2 id=\"a\">A</h2>"), At("<h2 id=\"c\">")), (After("<h3 id=\"b\">B</h3>"), At("<h2 id=\"c\">")),
            (After("<h2 id=\"c\">C</h2>"), At("<h1 id=\"d\">")), (After("<h1 id=\"d\">D</h1>"), html.Length)], rendered.Sections);
        Assert.Equal("<p>In B <span class=\"broken-link\">missing</span>.</p>\n", html[After("<h3 id=\"b\">B</h3>")..At("<h2 id=\"c\">")]);
    }
}

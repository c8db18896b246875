using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using static NoteGen.StageTests.Parsing.Notes;

namespace NoteGen.StageTests.Parsing;

/// <summary>YAML front matter: values as YAML reads them, where keys and errors are, links in properties, the limits.</summary>
public class FrontMatterTests
{
    private static ParsedNote WithFrontMatter(string yaml) => Parse("---\n" + yaml + "\n---\nBody.\n");

    [Fact]
    public void Keys_are_located_where_they_are_written()
    {
        var simple = Parse("---\ntitle: Hello world\nvideo_id-2: abc123\n---\nBody.\n");
        var yaml = Parse("---\nlist: [x]\nname: v\n---\nBody.\n");

        Assert.Equal([("title", YamlValueKind.Scalar, "Hello world"), ("video_id-2", YamlValueKind.Scalar, "abc123")], simple.Entries());
        Assert.Equal(
            [new TextLocation(4, 5, 1, 0, 1, 5), new TextLocation(23, 10, 2, 0, 2, 10)],
            simple.FrontMatter.Entries.Select(e => e.KeyLocation));
        Assert.Equal(new TextLocation(14, 4, 2, 0, 2, 4), yaml.FrontMatter.Entries[1].KeyLocation);
        Assert.Equal("Body.\n", simple.Markdown);
    }

    [Theory]
    [InlineData("k: 'single quoted'", "Scalar", "single quoted", true)]
    [InlineData("k: 'it''s'", "Scalar", "it's", true)]
    [InlineData("k: \"double\"", "Scalar", "double", true)]
    [InlineData("k: ''", "Scalar", "", true)]
    [InlineData("k: 42", "Scalar", "42", false)]
    [InlineData("k: plain # a comment", "Scalar", "plain", false)]
    [InlineData("k: trailing   ", "Scalar", "trailing", false)]
    [InlineData("k: &name anchored", "Scalar", "anchored", false)]
    [InlineData("k: !custom tagged", "Scalar", "tagged", false)]
    [InlineData("k: |\n  two\n  lines", "Scalar", "two\nlines\n", true)]
    [InlineData("k: >\n  folded\n  text", "Scalar", "folded text\n", true)]
    [InlineData("k: ~", "Null", null, false)]
    [InlineData("k: null", "Null", null, false)]
    [InlineData("k: NULL", "Null", null, false)]
    [InlineData("k: 'null'", "Scalar", "null", true)]
    [InlineData("k:", "Null", null, false)]
    [InlineData("k: ", "Null", null, false)]
    [InlineData("k: #not a value", "Null", null, false)]
    [InlineData("k:  two spaces", "Scalar", "two spaces", false)]
    [InlineData("k: a\u007Fb", "Scalar", "a\u007Fb", false)]
    [InlineData("'k': v", "Scalar", "v", false)]
    [InlineData("k: [a, b]", "List", null, false)]
    [InlineData("k: {a: 1}", "Map", null, false)]
    public void A_value_is_what_YAML_reads_not_the_text_as_written(string yaml, string kind, string? scalar, bool quoted)
    {
        var note = WithFrontMatter(yaml);

        var value = Assert.Single(note.FrontMatter.Entries).Value;
        Assert.Equal((kind, scalar, quoted), (value.Kind.ToString(), value.Scalar, value.Quoted));
        Assert.Empty(note.Diagnostics);
    }

    [Fact]
    public void Lists_and_maps_keep_their_items_in_order()
    {
        var value = Assert.Single(WithFrontMatter("k: [a, 'b', ~, [c], {d: e}]").FrontMatter.Entries).Value;

        Assert.Equal([YamlValueKind.Scalar, YamlValueKind.Scalar, YamlValueKind.Null, YamlValueKind.List, YamlValueKind.Map],
            value.Entries.Select(e => e.Value.Kind));
        Assert.Equal(["a", "b"], value.Entries.Take(2).Select(e => e.Value.Scalar));
        Assert.All(value.Entries, e => Assert.Null(e.Key));
        Assert.Equal("c", value.Entries[3].Value.Entries.Single().Value.Scalar);
        var map = value.Entries[4].Value.Entries.Single();
        Assert.Equal(("d", "e"), (map.Key, map.Value.Scalar));
    }

    [Theory]
    [InlineData("title: Hello world\nvideoId: ifA0ZRiOmx0", true)]
    [InlineData("az: 1\nAZ: 2\nk09: x\n_k-y: a:b\nn: a#b", true)] // key characters at the ends of their ranges; ':' and '#' inside a value
    [InlineData("title: a\r\nname: b\r\n", true)]
    [InlineData("title: a\n\nname: b", true)]
    [InlineData("n: ~\nm: null\nk: NULL", true)]
    [InlineData("up: see [[hub]] and [[ep1|one]]\nname: no link", true)]
    [InlineData("videoId: -x8Y_abc\nn: -1\nu: -_\nz: -Z", true)] // a dash before a letter, digit or '_' starts no list
    [InlineData("k: -", false)]
    [InlineData("k: --x", false)]
    [InlineData("k: -.5", false)]
    [InlineData("k: tab\tinside", false)]
    [InlineData("k: a\u007Fb", false)]
    [InlineData("k: a\u2028b", false)]
    [InlineData("k: a\u2029b", false)]
    [InlineData("k: a\uFEFFb", false)]
    [InlineData("k: a\uD83D\uDE00b", false)]
    [InlineData("k: trailing ", false)]
    [InlineData("k: x:", false)]
    [InlineData("k: a #comment", false)]
    [InlineData("k: 'quoted'", false)]
    [InlineData("k: ", false)]
    [InlineData("k:", false)]
    [InlineData("k:v", false)]
    [InlineData(": v", false)]
    [InlineData("1k: v", false)]
    [InlineData("k.x: v", false)]
    [InlineData("two words: v", false)]
    [InlineData("k: a\nk: b", false)]
    [InlineData("k: a\n  nested: b", false)]
    public void The_usual_front_matter_takes_the_fast_path_which_reads_it_as_YamlDotNet_does(string yaml, bool fast)
    {
        string text = "---\n" + yaml + "\n---\nBody.\n";
        var lines = new LineMap(text);
        var fastLinks = new List<PropertyText>();
        var links = new List<PropertyText>();
        var diagnostics = new List<DiagnosticInfo>();

        bool taken = FrontMatterReader.TryReadSimple(yaml, lines, 4, fastLinks, out var fastValue);
        var value = FrontMatterReader.ReadWithYamlDotNet(yaml, "notes/note.md", lines, 4, diagnostics, links);

        Assert.Equal(fast, taken);
        if (fast)
        {
            Assert.Equal(value, fastValue);
            Assert.Equal(links, fastLinks);
        }
        else
            Assert.Empty(fastLinks);
        Assert.Equal(value, Parse(text).FrontMatter);
    }

    [Theory]
    [InlineData("k: x: y", 1)]
    [InlineData("k: x:", 1)]
    [InlineData("k: - a", 1)]
    [InlineData("k: @x", 1)]
    [InlineData("k: `x", 1)]
    [InlineData("a: 1\na: 2", 2)]
    [InlineData("ok: 1\nk: [unclosed", 2)]
    [InlineData("k: a\u0085b", 1)]
    [InlineData("k: *undefined", 1)]
    public void Text_that_is_not_valid_YAML_is_reported_on_its_line_and_read_as_no_front_matter(string yaml, int line)
    {
        var note = WithFrontMatter(yaml);

        Assert.Equal(("NG0002", line), note.Places().Select(p => (p.Id, p.Line)).Single());
        Assert.Empty(note.FrontMatter.Entries);
        Assert.Equal(["Body."], note.Claims.Select(c => c.Text));
    }

    [Fact]
    public void An_error_found_only_at_the_end_of_the_YAML_points_at_the_start_of_its_last_line()
    {
        var note = Parse("---\ntitle: ok\nbad: [unclosed\n\n---\nBody.\n");

        var location = Assert.Single(note.Diagnostics).Location;
        Assert.Equal(new TextLocation(14, 0, 2, 0, 2, 0), location);
        Assert.DoesNotContain('\n', note.Diagnostics[0].Arguments[0]);
    }

    [Theory]
    [InlineData("- a\n- b", 3, "list")]
    [InlineData("just a scalar", 13, "scalar")]
    [InlineData("'quoted'", 8, "scalar")]
    [InlineData("- a: v", 6, "list")]
    [InlineData("a #b: v", 7, "scalar")]
    [InlineData("\n- a", 0, "list")]
    public void Front_matter_that_is_not_a_map_is_reported_on_its_first_line(string yaml, int firstLineLength, string what)
    {
        var note = WithFrontMatter(yaml);

        var diagnostic = Assert.Single(note.Diagnostics);
        Assert.Equal(("NG0003", new TextLocation(4, firstLineLength, 1, 0, 1, firstLineLength), what),
            (diagnostic.Id, diagnostic.Location, diagnostic.Arguments.Single()));
        Assert.Empty(note.FrontMatter.Entries);
    }

    [Theory]
    [InlineData("---\n~\n---\nBody.\n")]
    [InlineData("---\nnull\n---\nBody.\n")]
    [InlineData("---\n# only a comment\n---\nBody.\n")]
    [InlineData("---\n\n\n---\nBody.\n")]
    [InlineData("---\n#c: v\n---\nBody.\n")]
    public void Empty_or_null_front_matter_is_an_empty_map_and_no_error(string text)
    {
        var note = Parse(text);

        Assert.Equal(YamlValueKind.Map, note.FrontMatter.Kind);
        Assert.Empty(note.FrontMatter.Entries);
        Assert.Empty(note.Diagnostics);
        Assert.Equal("Body.\n", note.Markdown);
    }

    [Fact]
    public void Wiki_links_in_property_values_are_links_of_their_property_after_the_body_links()
    {
        var note = Parse("---\nauthor: \"[[Steph Ango]]\"\nrelated: [\"[[a]]\", \"[[b#Part|b]]\"]\nsee: text ![[img.png]] and [[c]]\n---\nBody [[d]].\n");

        Assert.Equal(
            [
                ("d", "d", null, null, LinkKind.WikiLink, null, 5, 5, 5),
                ("Steph Ango", "Steph Ango", null, null, LinkKind.WikiLink, "author", 1, 9, 14),
                ("a", "a", null, null, LinkKind.WikiLink, "related", 2, 11, 5),
                ("b#Part", "b", "Part", "b", LinkKind.WikiLink, "related", 2, 20, 12),
                ("img.png", "img.png", null, null, LinkKind.WikiEmbed, "see", 3, 10, 12),
                ("c", "c", null, null, LinkKind.WikiLink, "see", 3, 27, 5),
            ],
            note.Links.Select(l => (l.Target, l.PathPart, l.Subpath, l.Alias, l.Kind, l.Property, l.Location.Line, l.Location.Column, l.Location.Length)));
        Assert.Equal((0, 1), (note.Claims.Single().FirstLink, note.Claims.Single().LinkCount));
    }

    [Fact]
    public void A_plain_property_value_holds_links_too_but_an_unquoted_link_alone_is_a_YAML_list()
    {
        var plain = Parse("---\nsee: also [[x]] and [[y%20z]]\nembed: ![[z]]\n---\n");
        var unquoted = Parse("---\nup: [[Parent]]\n---\n");

        Assert.Equal([("x", "x", "see", 1, 10), ("y%20z", "y%20z", "see", 1, 20)], // a wiki link's target is not URL-decoded
            plain.Links.Select(l => (l.Target, l.PathPart, l.Property, l.Location.Line, l.Location.Column)));
        Assert.Empty(unquoted.Links);
        var up = Assert.Single(unquoted.FrontMatter.Entries).Value;
        Assert.Equal("Parent", up.Entries.Single().Value.Entries.Single().Value.Scalar);
    }

    [Fact]
    public void Aliases_and_tags_come_from_either_key_spelling_each_once_ignoring_case()
    {
        var note = Parse("---\naliases: [One, one, '  Two ', '', [nested], ~]\nAlias: Big Name\ntags: a,b c\nTag: ['#a', '#e']\n---\nText #d and #B.\n");

        Assert.Equal(["One", "Two", "Big Name"], note.Aliases);
        Assert.Equal(["a", "b", "c", "e", "d"], note.Tags);
    }

    [Fact]
    public void A_tag_property_of_only_hashes_or_spaces_adds_no_tag()
    {
        var note = Parse("---\ntags: ['#', ' ', '##']\n---\nText.\n");

        Assert.Empty(note.Tags);
    }

    [Theory]
    [InlineData("---\ntitle: '  '\n---\n# Heading\n", "Heading")]
    [InlineData("---\ntitle: ~\n---\n# Heading\n", "Heading")]
    [InlineData("---\ntitle: [a]\n---\n# Heading\n", "Heading")]
    [InlineData("#\n\n## Second\n", "Second")]
    [InlineData("Text.\n", "note")]
    public void Title_is_the_title_property_else_the_first_heading_with_text_else_the_file_name(string text, string title) =>
        Assert.Equal(title, Parse(text).Title);

    [Fact]
    public void Aliases_expanding_beyond_ten_thousand_values_are_cut_and_reported_keeping_every_key()
    {
        string Ten(string item) => "[" + string.Join(", ", Enumerable.Repeat(item, 10)) + "]";
        var note = WithFrontMatter($"a: &a {Ten("x")}\nb: &b {Ten("*a")}\nc: &c {Ten("*b")}\nd: &d {Ten("*c")}\ne: {Ten("*d")}\nf: last");

        var diagnostic = Assert.Single(note.Diagnostics);
        Assert.Equal(("NG0002", new TextLocation(4, 36, 1, 0, 1, 36)), (diagnostic.Id, diagnostic.Location));
        Assert.Equal(["a", "b", "c", "d", "e", "f"], note.FrontMatter.Entries.Select(e => e.Key));
        Assert.Equal([YamlValueKind.Null, YamlValueKind.Null], note.FrontMatter.Entries.Skip(4).Select(e => e.Value.Kind));
        Assert.Equal(10, note.FrontMatter.Entries[2].Value.Entries.Count);
    }

    [Theory]
    [InlineData(9_998, false)]
    [InlineData(9_999, true)]
    public void Ten_thousand_values_counting_the_root_are_read_and_one_more_is_cut(int items, bool cut)
    {
        var note = WithFrontMatter("k: [" + string.Join(", ", Enumerable.Repeat("x", items)) + "]");

        var list = Assert.Single(note.FrontMatter.Entries).Value;
        Assert.Equal(items, list.Entries.Count);
        Assert.Equal(cut ? YamlValueKind.Null : YamlValueKind.Scalar, list.Entries[items - 1].Value.Kind);
        Assert.Equal(cut ? ["NG0002"] : [], note.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData(63, false)]
    [InlineData(64, true)]
    public void Values_nested_sixty_four_levels_below_the_root_are_read_and_deeper_ones_are_cut(int lists, bool cut)
    {
        var note = WithFrontMatter("k: " + new string('[', lists) + "x" + new string(']', lists));

        var value = Assert.Single(note.FrontMatter.Entries).Value;
        for (int i = 0; i < lists; i++)
            value = Assert.Single(value.Entries).Value;
        Assert.Equal(cut ? (YamlValueKind.Null, null) : (YamlValueKind.Scalar, "x"), (value.Kind, value.Scalar));
        Assert.Equal(cut ? ["NG0002"] : [], note.Diagnostics.Select(d => d.Id));
    }
}

using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;
using static NoteGen.StageTests.Resolution.TestSchemas;

namespace NoteGen.StageTests.Resolution;

/// <summary>A note's front matter checked against the schema its path matches (README "Schemas").</summary>
public class SchemaTests
{
    private static readonly NoteSchema Episode = Schema("Episode", "notes/episodes/**/*.md", false,
        Member("VideoId", SchemaScalar.String, "string", required: true),
        Member("Number", SchemaScalar.Int32, "int", required: true),
        Member("Status", SchemaScalar.Enum, "Status", enumNames: ["Draft", "Published"]),
        Member("Guests", SchemaScalar.Int32, "IReadOnlyList<int>", list: true),
        Member("Rating", SchemaScalar.Double, "double"),
        Member("Extra", SchemaScalar.Object, "object"),
        Member("Host", SchemaScalar.Reference, "Person", referenced: "App.Person"),
        Member("Source", SchemaScalar.Reference, "Note"));

    private static string[][] Check(string frontMatter, params NoteSchema[] schemas) =>
        SchemaValidator.Validate(TestVault.Parse("notes/episodes/e1.md", "---\n" + frontMatter + "---\nBody.\n"), (schemas.Length == 0 ? [Episode] : schemas).ToEquatableArray())
            .Select(TestVault.IdAndArguments).ToArray();

    private const string Valid = "videoId: abc\nnumber: 3\n";

    [Fact]
    public void A_note_with_every_required_key_and_fitting_values_has_no_errors()
    {
        Assert.Empty(Check(Valid + "status: draft\nguests: [1, 2]\nrating: 4\nextra: {a: 1}\nhost: \"[[Ann]]\"\ntitle: T\nTags: [x]\ntag: z\naliases: [y]\nAlias: w\n"));
    }

    [Fact]
    public void A_missing_required_key_is_NG0014_at_the_note_start_or_at_the_key_without_value()
    {
        var note = TestVault.Parse("notes/episodes/e1.md", "---\nrating: 1\nnumber:\n---\n");
        var diagnostics = SchemaValidator.Validate(note, Schemas(Episode));

        Assert.Equal(
        [
            new DiagnosticInfo("NG0014", "/project/notes/episodes/e1.md", TextLocation.FileStart, new[] { "videoId", "Episode" }.ToEquatableArray()),
            new DiagnosticInfo("NG0014", "/project/notes/episodes/e1.md", note.FrontMatter.Entries[1].KeyLocation, new[] { "number", "Episode" }.ToEquatableArray()),
        ], diagnostics);
        Assert.Equal(2, diagnostics[1].Location!.Line);
    }

    [Theory]
    [InlineData("number: two", "number", "'two'", "Number", "int")]
    [InlineData("number: 3000000000", "number", "'3000000000'", "Number", "int")]
    [InlineData("number: [1, 2]", "number", "a list", "Number", "int")]
    [InlineData("number: {a: 1}", "number", "a map", "Number", "int")]
    [InlineData("status: Archived", "status", "'Archived'", "Status", "Status: Draft, Published")]
    [InlineData("guests: [1, x]", "guests", "a list holding 'x'", "Guests", "IReadOnlyList<int>")]
    [InlineData("guests: [1, [2]]", "guests", "a list holding a list", "Guests", "IReadOnlyList<int>")]
    [InlineData("guests: [{a: 1}]", "guests", "a list holding a map", "Guests", "IReadOnlyList<int>")]
    [InlineData("guests: x", "guests", "'x'", "Guests", "IReadOnlyList<int>")]
    [InlineData("rating: high", "rating", "'high'", "Rating", "double")]
    [InlineData("host: Ann", "host", "'Ann'", "Host", "Person: a link to a note following its schema")]
    [InlineData("source: Ann", "source", "'Ann'", "Source", "Note: a link to a note")]
    [InlineData("video_id: [a]", "video_id", "a list", "VideoId", "string")]
    public void A_value_that_does_not_fit_is_NG0015_naming_key_value_member_and_expected_type(
        string line, string key, string value, string member, string expected)
    {
        // The valid front matter with this key's line replaced.
        var lines = Valid.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !SchemaRules.KeyMatches(l[..l.IndexOf(':')], key)).Append(line);

        Assert.Equal(["NG0015", key, value, member, expected, "Episode"], Assert.Single(Check(string.Join("\n", lines) + "\n")));
    }

    [Theory]
    [InlineData("guests: 4")]
    [InlineData("guests: []")]
    [InlineData("number: \"42\"")]
    [InlineData("status: PUBLISHED")]
    [InlineData("extra: [1, {a: 2}]")]
    [InlineData("rating:")]
    [InlineData("Video-Id: abc")]
    public void Single_values_fit_lists_quotes_do_not_matter_enums_ignore_case_and_object_takes_anything(string line)
    {
        Assert.Empty(Check("videoId: abc\nnumber: 3\n" + line + "\n"));
    }

    [Theory]
    [InlineData("ratng: 3", "ratng", "; did you mean 'rating'?")]
    [InlineData("color: red", "color", "")]
    public void With_unknown_keys_not_allowed_a_key_no_member_reads_is_NG0016_with_the_closest_member(string line, string key, string suggestion)
    {
        Assert.Equal(["NG0016", key, "Episode", suggestion], Assert.Single(Check(Valid + line + "\n")));
    }

    [Fact]
    public void A_value_that_does_not_fit_and_an_unknown_key_are_reported_at_their_key()
    {
        var note = TestVault.Parse("notes/episodes/e1.md", "---\nvideoId: abc\nnumber: two\nratng: 3\n---\n");

        Assert.Equal([("NG0015", note.FrontMatter.Entries[1].KeyLocation, 2), ("NG0016", note.FrontMatter.Entries[2].KeyLocation, 3)],
            SchemaValidator.Validate(note, Schemas(Episode)).Select(d => (d.Id, d.Location, d.Location!.Line)));
    }

    [Fact]
    public void Unknown_keys_are_fine_when_the_schema_allows_them()
    {
        Assert.Empty(Check("color: red\n", Schema("Loose", "**/*.md", Member("Rating", SchemaScalar.Double, "double"))));
    }

    [Fact]
    public void A_note_matching_several_schemas_is_NG0019_and_follows_the_first()
    {
        var strict = Schema("Strict", "notes/**", Member("Rating", SchemaScalar.Double, "double", required: true));

        Assert.Equal(
        [
            ["NG0019", "'Episode' (notes/episodes/**/*.md), 'Strict' (notes/**)", "'Episode'"],
            ["NG0014", "videoId", "Episode"],
        ], Check("number: 3\n", Episode, strict));
    }

    [Fact]
    public void A_note_no_schema_matches_is_not_checked()
    {
        Assert.Empty(Check("anything: [1]\n", Schema("Other", "other/*.md", Member("Rating", SchemaScalar.Double, "double", required: true))));
    }

    [Fact]
    public void Front_matter_that_could_not_be_read_is_not_checked_against_the_schema()
    {
        var strict = Schema("Strict", "notes/**", Member("Rating", SchemaScalar.Double, "double", required: true));
        var note = TestVault.Parse("notes/episodes/e1.md", "---\na: [\n---\n");

        Assert.Empty(SchemaValidator.Validate(note, Schemas(Episode)));
        Assert.Equal(["NG0019"], SchemaValidator.Validate(note, Schemas(Episode, strict)).Select(d => d.Id));
        Assert.Empty(SchemaValidator.Validate(TestVault.Parse("notes/episodes/e1.md", "---\n- a\n---\n"), Schemas(Episode)));
        Assert.Empty(SchemaValidator.Validate(TestVault.Parse("notes/episodes/e1.md", "---\nrating: x\n"), Schemas(Episode)));
    }

    [Fact]
    public void Schemas_a_path_matches_are_listed_in_declaration_order()
    {
        Assert.Equal([0, 2], SchemaValidator.Matching("notes/a.md", Schemas(Schema("A", "notes/*"), Schema("B", "x/*"), Schema("C", "**/a.md"))));
    }

    private static readonly NoteSchema Person = Schema("Person", "people/*.md");

    private static TestVault References(string frontMatter) => TestVault.Of(
        [("notes/episodes/e1.md", "---\n" + Valid + frontMatter + "---\n"), ("people/Ann.md", ""), ("other/Bob.md", "")], [], [Episode, Person]);

    [Theory]
    [InlineData("host: \"[[Ann]]\"\nsource: \"[[Bob]]\"\n")]
    [InlineData("host: \"[[Ann#Missing]]\"\n")]
    public void A_reference_to_a_note_following_the_members_schema_fits(string frontMatter)
    {
        Assert.DoesNotContain(References(frontMatter).Diagnostics("notes/episodes/e1.md"), d => d[0] == "NG0015");
    }

    [Theory]
    [InlineData("host: \"[[Bob]]\"\n", "host", "a link to 'Bob', a note not following schema 'Person'", "Host", "Person: a link to a note following its schema")]
    [InlineData("host: \"[[Nobody]]\"\n", "host", "a link to no note", "Host", "Person: a link to a note following its schema")]
    [InlineData("source: \"[[Nobody]]\"\n", "source", "a link to no note", "Source", "Note: a link to a note")]
    public void A_reference_to_no_note_or_to_a_note_of_another_schema_is_NG0015_at_the_link(
        string frontMatter, string key, string problem, string member, string expected)
    {
        var vault = References(frontMatter);
        var diagnostic = Assert.Single(vault.Resolve("notes/episodes/e1.md").Diagnostics, d => d.Id == "NG0015");

        Assert.Equal([key, problem, member, expected, "Episode"], diagnostic.Arguments);
        Assert.Equal(vault["notes/episodes/e1.md"].Links.Single().Location, diagnostic.Location);
    }

    [Fact]
    public void A_reference_to_an_attachment_is_a_link_to_no_note()
    {
        var vault = TestVault.Of([("notes/episodes/e1.md", "---\n" + Valid + "source: \"[[cover.png]]\"\n---\n")], ["cover.png"], [Episode]);

        Assert.Equal(["source", "a link to no note", "Source", "Note: a link to a note", "Episode"],
            Assert.Single(vault.Resolve("notes/episodes/e1.md").Diagnostics).Arguments);
    }

    [Fact]
    public void Links_in_the_body_or_under_other_keys_are_not_references()
    {
        var vault = TestVault.Of([("notes/episodes/e1.md", "---\n" + Valid + "extra: \"[[Nobody]]\"\n---\n[[Nobody]]\n"), ("other/x.md", "")], [], [Episode]);

        Assert.Equal(["NG0001", "NG0001"], vault.Diagnostics("notes/episodes/e1.md").Select(d => d[0]));
        Assert.Equal(["NG0001"], TestVault.Of(("other/x.md", "---\nhost: \"[[Nobody]]\"\n---\n")).Diagnostics("other/x.md").Select(d => d[0]));
    }
}

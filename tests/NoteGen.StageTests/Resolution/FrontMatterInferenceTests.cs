using System.Collections.Immutable;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>One type per front-matter key across the vault (README "Front matter types").</summary>
public class FrontMatterInferenceTests
{
    private static FrontMatterShape ShapeOf(string path, string frontMatter) =>
        FrontMatterInference.Shape(TestVault.Parse(path, "---\n" + frontMatter + "---\n"));

    private static VaultFrontMatter Infer(params (string Path, string FrontMatter)[] notes) =>
        FrontMatterInference.Infer(notes.Select(n => ShapeOf(n.Path, n.FrontMatter)).ToImmutableArray(), TestSettings.Default, CancellationToken.None);

    private static FrontMatterType Type(string kind, bool list) => new(Enum.Parse<ScalarKind>(kind), list);

    private static FrontMatterMember Single(params string[] frontMatters) =>
        Assert.Single(Infer(frontMatters.Select((f, i) => ("n" + i + ".md", f)).ToArray()).Members);

    [Theory]
    [InlineData("k: true", "Boolean", false)]
    [InlineData("k: 42", "Int64", false)]
    [InlineData("k: 2.5", "Double", false)]
    [InlineData("k: 2024-01-02", "DateTime", false)]
    [InlineData("k: 2024-01-02T10:00:00+02:00", "DateTimeOffset", false)]
    [InlineData("k: plain words", "String", false)]
    [InlineData("k: \"42\"", "String", false)]
    [InlineData("k: \"[[Steph Ango]]\"", "Link", false)]
    [InlineData("k: [1, 2]", "Int64", true)]
    [InlineData("k: [1, 2.5]", "Double", true)]
    [InlineData("k: [1, {a: 1}]", "Object", true)]
    [InlineData("k: [1, [2]]", "Object", true)]
    [InlineData("k: [1, null]", "Int64", true)]
    [InlineData("k: {a: 1}", "Object", false)]
    [InlineData("k:", "None", false)]
    [InlineData("k: []", "None", true)]
    public void A_value_has_the_type_YAML_and_ISO_8601_give_it_and_quoted_text_stays_text(string frontMatter, string kind, bool list)
    {
        Assert.Equal(new KeyType("k", Type(kind, list)), Assert.Single(ShapeOf("a.md", frontMatter + "\n").Keys));
    }

    [Fact]
    public void Title_and_tags_are_left_to_Note_and_keys_keep_their_order()
    {
        Assert.Equal(["b", "a", "aliases"], ShapeOf("a.md", "title: T\nb: 1\nTags: [x]\ntag: y\na: 2\naliases: [z]\n").Keys.Select(k => k.Key));
    }

    [Theory]
    [InlineData("k: 1", "k: 2.5", "Double", false)]
    [InlineData("k: 2.5", "k: 1", "Double", false)]
    [InlineData("k: 2024-01-02", "k: 2024-01-02T10:00:00Z", "DateTimeOffset", false)]
    [InlineData("k: 2024-01-02T10:00:00Z", "k: 2024-01-02", "DateTimeOffset", false)]
    [InlineData("k: a", "k: [b, c]", "String", true)]
    [InlineData("k: [1]", "k: 2.5", "Double", true)]
    [InlineData("k: 1", "k:", "Int64", false)]
    [InlineData("k:", "k: 1", "Int64", false)]
    [InlineData("k: []", "k: [1]", "Int64", true)]
    [InlineData("k: [1]", "k: []", "Int64", true)]
    [InlineData("k:", "k:", "String", false)]
    [InlineData("k: []", "k:", "String", true)]
    public void Integers_widen_to_numbers_dates_to_dates_with_offset_and_a_single_value_to_a_list(string first, string second, string kind, bool list)
    {
        var member = Single(first + "\n", second + "\n");

        Assert.Equal(Type(kind, list), member.Type);
    }

    [Theory]
    [InlineData("k: 1", "k: true", "k: x", "String", false, "integer in 'n0.md'; boolean in 'n1.md'; text in 'n2.md'", "text", "n2.md")]
    [InlineData("k: 1", "k: 2", "k: x", "String", false, "integer in 'n0.md', 'n1.md'; text in 'n2.md'", "text", "n2.md")]
    [InlineData("k: x", "k: 1", "k: 2", "String", false, "integer in 'n1.md', 'n2.md'; text in 'n0.md'", "text", "n0.md")]
    [InlineData("k: {a: 1}", "k: 1", "k:", "Object", false, "map or mixed value in 'n0.md'; integer in 'n1.md'", "map or mixed value", "n1.md")]
    [InlineData("k: [1]", "k: [a]", "k: []", "String", true, "list of integer in 'n0.md'; list of text in 'n1.md'", "list of text", "n1.md")]
    [InlineData("k: [1]", "k: [{a: 1}]", "k: [2]", "Object", true, "list of integer in 'n0.md', 'n2.md'; list of mixed value in 'n1.md'", "list of mixed value", "n1.md")]
    public void Types_that_do_not_widen_fall_back_to_text_or_the_raw_value_with_NG0013_at_the_rarest_type(
        string a, string b, string c, string kind, bool list, string kinds, string result, string at)
    {
        var vault = Infer(("n0.md", a + "\n"), ("n1.md", b + "\n"), ("n2.md", c + "\n"));

        Assert.Equal(Type(kind, list), Assert.Single(vault.Members).Type);
        Assert.Equal(new DiagnosticInfo("NG0013", "/project/" + at, TextLocation.FileStart, new[] { "k", kinds, result }.ToEquatableArray()),
            Assert.Single(vault.Diagnostics));
    }

    [Theory]
    [InlineData("k: x", "k:")]
    [InlineData("k: [x]", "k: []")]
    [InlineData("k: 1", "k: 2.5")]
    public void Null_and_empty_values_and_widening_are_no_conflict(string a, string b)
    {
        Assert.Empty(Infer(("n0.md", a + "\n"), ("n1.md", b + "\n")).Diagnostics);
    }

    [Fact]
    public void A_conflict_names_three_notes_of_a_type_and_counts_the_rest()
    {
        var vault = Infer(Enumerable.Range(0, 5).Select(i => ("n" + i + ".md", "k: " + i + "\n")).Append(("x.md", "k: text\n")).ToArray());

        Assert.Equal("integer in 'n0.md', 'n1.md', 'n2.md' and 2 more; text in 'x.md'", Assert.Single(vault.Diagnostics).Arguments[1]);
    }

    [Fact]
    public void A_property_is_nullable_unless_every_note_has_a_value_and_an_empty_list_is_a_value()
    {
        var vault = Infer(("a.md", "all: 1\nsome: x\nlist: []\nnulls:\n"), ("b.md", "all: 2\nlist: [a]\nnulls: 3\n"), ("c.md", "all: 3\nlist: []\nnulls: 4\n"));

        Assert.Equal([("all", false), ("some", true), ("list", false), ("nulls", true)], vault.Members.Select(m => (m.Key, m.Nullable)));
    }

    [Fact]
    public void Keys_come_in_order_of_first_appearance_by_note_path_and_each_note_counts_once()
    {
        var shapes = new[] { ShapeOf("c.md", "z: 3\n"), ShapeOf("b.md", "y: 1\nz: 2\n"), ShapeOf("a.md", "x: 1\nz: 2\n"), ShapeOf("a.md", "w: 1\n") };
        var vault = FrontMatterInference.Infer(shapes.ToImmutableArray(), TestSettings.Default, CancellationToken.None);

        Assert.Equal(["x", "z", "y"], vault.Members.Select(m => m.Key));
        Assert.Equal([true, false, true], vault.Members.Select(m => m.Nullable));
        Assert.Equal(TestSettings.Default, vault.Settings);
    }

    [Fact]
    public void Keys_named_like_Note_members_get_a_number_with_NG0008_at_the_first_note_that_has_them()
    {
        var vault = Infer(("a.md", "video-id: x\n"), ("b.md", "name: x\ncreate: y\n123: z\n\"--\": w\n"));

        Assert.Equal(["VideoId", "Name2", "Create2", "_123", "Value"], vault.Members.Select(m => m.PropertyName));
        Assert.Equal(
        [
            new DiagnosticInfo("NG0008", "/project/b.md", TextLocation.FileStart, new[] { "front matter key 'name'", "Name2", "Name" }.ToEquatableArray()),
            new DiagnosticInfo("NG0008", "/project/b.md", TextLocation.FileStart, new[] { "front matter key 'create'", "Create2", "Create" }.ToEquatableArray()),
        ], vault.Diagnostics);
    }

    [Fact]
    public void A_key_named_like_the_note_class_itself_is_renamed()
    {
        Assert.Equal("VaultNote2", Single("vault note: 1\n").PropertyName);
    }

    [Theory]
    [InlineData("Boolean", false, "boolean")]
    [InlineData("Int64", false, "integer")]
    [InlineData("Double", false, "number")]
    [InlineData("DateTime", false, "date")]
    [InlineData("DateTimeOffset", true, "list of date with offset")]
    [InlineData("Object", false, "map or mixed value")]
    [InlineData("Object", true, "list of mixed value")]
    [InlineData("Link", false, "link")]
    [InlineData("String", true, "list of text")]
    public void Types_are_described_in_plain_words(string kind, bool list, string description)
    {
        Assert.Equal(description, FrontMatterInference.Describe(Type(kind, list)));
    }

    [Fact]
    public void Inference_stops_when_the_build_is_cancelled()
    {
        Assert.ThrowsAny<OperationCanceledException>(() =>
            FrontMatterInference.Infer([ShapeOf("a.md", "k: 1\n")], TestSettings.Default, new CancellationToken(true)));
    }
}

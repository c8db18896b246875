namespace NoteGen.StageTests.Runtime;

/// <summary>The typed front-matter readers that generated properties and schemas use, on a hand-written note whose
/// front matter has every kind of value.</summary>
public class FrontMatterTests
{
    private enum Mood { Calm, Loud }

    private static readonly (string, object?)[] s_frontMatter =
    [
        ("flag", "true"), ("shout", "TRUE"), ("maybe", "yes"), ("ratio", "4.5"), ("count", "7"), ("big", "3000000000"),
        ("when", "2024-03-05T10:30:00+02:00"), ("day", "2024-03-05"), ("moment", "2024-03-05T10:30"), ("nothing", null),
        ("place", new (string, object?)[] { ("city", "Lyon"), ("zip", null) }), ("mixed", new object?[] { "1", null, "x", "2" }),
        ("nested", new object?[] { new object?[] { "a" } }), ("mood", "LOUD"), ("moodNumber", "1"), ("video_id", "abc"),
        ("guests", new object?[] { "Ada", "Grace" }), ("author", "[[b]]"), ("co_authors", new object?[] { "[[b]]", "[[gone]]", "[[a]]" }),
    ];

    private static readonly Lazy<(TestNote A, TestNote B)> s_notes = new(() =>
    {
        var a = new NotePayload
        {
            Title = "A", FrontMatter = s_frontMatter,
            Links = [("b", null, null, 0, 1, 1, "b.md", -1, 0, null), NotePayload.PropertyLink("author", "b", "b.md"), NotePayload.PropertyLink("co_authors", "b", "b.md"),
                NotePayload.PropertyLink("co_authors", "gone", null), NotePayload.PropertyLink("co_authors", "a", "a.md")],
        };
        var vault = TestVault.Of(new TestEntry("a.md", a.ToString()), new TestEntry("b.md", new NotePayload { Title = "B" }.ToString()));
        return ((TestNote)vault.Notes[0], (TestNote)vault.Notes[1]);
    });

    private static TestNote A => s_notes.Value.A;

    [Fact]
    public void Booleans_are_true_or_false_in_lower_title_or_upper_case_only()
    {
        Assert.True(A.Boolean("flag"));
        Assert.True(A.Boolean("shout"));
        Assert.Null(A.Boolean("maybe"));
        Assert.Null(A.Boolean("count"));
    }

    [Fact]
    public void Integers_are_whole_numbers_and_doubles_take_integers_too()
    {
        Assert.Equal(7L, A.Int64("count"));
        Assert.Equal(3000000000L, A.Int64("big"));
        Assert.Null(A.Int64("ratio"));
        Assert.Equal(4.5, A.Double("ratio"));
        Assert.Equal(7.0, A.Double("count"));
        Assert.Null(A.Double("flag"));
    }

    [Fact]
    public void Dates_without_offset_are_DateTimes_and_with_offset_DateTimeOffsets_plain_ones_at_offset_zero()
    {
        Assert.Equal(new DateTime(2024, 3, 5), A.DateTime("day"));
        Assert.Equal(new DateTime(2024, 3, 5, 10, 30, 0), A.DateTime("moment"));
        Assert.Null(A.DateTime("when"));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 30, 0, TimeSpan.FromHours(2)), A.DateTimeOffset("when"));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), A.DateTimeOffset("day"));
        Assert.Null(A.DateTimeOffset("count"));
    }

    [Fact]
    public void A_missing_key_a_null_value_and_a_map_or_list_read_as_no_scalar()
    {
        Assert.Null(A.String("absent"));
        Assert.Null(A.Value("absent"));
        Assert.True(A.FrontMatter.ContainsKey("nothing"));
        Assert.Null(A.Value("nothing"));
        Assert.Null(A.String("nothing"));
        Assert.Null(A.String("place"));
        Assert.Null(A.String("guests"));
        Assert.Null(A.Int64("absent"));
        Assert.Equal("abc", A.String("video_id"));
    }

    [Fact]
    public void A_map_value_reads_as_a_read_only_dictionary_of_its_keys()
    {
        var place = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(A.Value("place"));
        Assert.Equal("Lyon", place["city"]);
        Assert.True(place.ContainsKey("zip"));
        Assert.Null(place["zip"]);
        Assert.Null(A.List<string>("place"));
    }

    [Fact]
    public void A_list_leaves_out_null_items_and_items_that_do_not_fit()
    {
        Assert.Equal(new[] { 1L, 2L }, A.List<long>("mixed"));
        Assert.Equal(new object[] { "1", "x", "2" }, A.List<object>("mixed"));
        Assert.Empty(A.List<string>("nested")!);
        Assert.Null(A.List<string>("absent"));
        Assert.Equal(new[] { "abc" }, A.List<string>("video_id"));
    }

    [Fact]
    public void A_schema_member_matches_its_key_ignoring_case_dashes_and_underscores()
    {
        Assert.Equal("abc", A.Member<string>("VideoId", "fallback"));
        Assert.Equal("abc", A.Member<string>("video-ID", "fallback"));
        Assert.Equal("fallback", A.Member<string>("Video", "fallback"));
    }

    [Fact]
    public void A_schema_member_that_does_not_fit_its_type_gets_the_fallback()
    {
        Assert.Equal(7, A.Member("Count", -1));
        Assert.Equal(-1, A.Member("Big", -1)); // more than an int holds
        Assert.Equal(3000000000L, A.Member("Big", -1L));
        Assert.Equal(-1, A.Member("Ratio", -1));
        Assert.Equal(4.5m, A.Member("Ratio", 0m));
        Assert.Equal(4.5f, A.Member("Ratio", 0f));
        Assert.Equal(4.5, A.Member("Ratio", 0.0));
        Assert.True(A.Member("Flag", false));
        Assert.Equal(7, A.Member<int?>("Count", null));
        Assert.Null(A.Member<int?>("Nothing", null));
        Assert.Equal(new DateTime(2024, 3, 5), A.Member("Day", default(DateTime)));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 30, 0, TimeSpan.FromHours(2)), A.Member("When", default(DateTimeOffset)));
        Assert.Equal(new DateOnly(2024, 3, 5), A.Member("Day", default(DateOnly)));
        Assert.Equal(default, A.Member("Moment", default(DateOnly))); // a date and time is no plain date
        Assert.Same(A.Value("place"), A.Member<object?>("Place", null));
        Assert.Equal(Guid.Empty, A.Member("Count", Guid.Empty)); // not a schema type
        Assert.Equal("fallback", A.Member("Guests", "fallback")); // a list is no scalar
        Assert.Null(A.Int64("mixed"));
    }

    [Fact]
    public void An_enum_member_reads_a_name_ignoring_case_but_no_number()
    {
        Assert.Equal(Mood.Loud, A.Member("Mood", Mood.Calm));
        Assert.Equal(Mood.Calm, A.Member("MoodNumber", Mood.Calm));
        Assert.Equal(Mood.Loud, A.Member<Mood?>("Mood", null));
    }

    [Fact]
    public void A_list_member_is_the_list_type_the_schema_declares()
    {
        Assert.Equal(new[] { "Ada", "Grace" }, Assert.IsType<string[]>(A.MemberList<string[], string>("Guests", null!)));
        Assert.Equal(new[] { "Ada", "Grace" }, Assert.IsType<List<string>>(A.MemberList<List<string>, string>("Guests", null!)));
        var readOnly = A.MemberList<IReadOnlyList<string>, string>("Guests", null!);
        Assert.Equal(new[] { "Ada", "Grace" }, readOnly);
        Assert.False(readOnly is List<string> || readOnly is string[]);
        Assert.Null(A.MemberList<string[]?, string>("Absent", null));
        Assert.Equal(new[] { 1L, 2L }, A.MemberList<long[], long>("Mixed", null!));
    }

    [Fact]
    public void A_front_matter_link_is_the_link_written_in_that_keys_value()
    {
        Assert.Same(A.Links[1], A.Link("author")); // A.Links[0] is a link in the body
        Assert.Null(A.Link("absent"));
        Assert.Equal(new[] { A.Links[2], A.Links[3], A.Links[4] }, A.LinksOf("co_authors"));
        Assert.Empty(A.LinksOf("count")!); // a key whose value holds no link
        Assert.Null(A.LinksOf("absent"));
    }

    [Fact]
    public void A_reference_member_is_the_note_its_link_leads_to_and_a_broken_one_is_left_out()
    {
        Assert.Same(s_notes.Value.B, A.MemberNote<TestNote>("Author"));
        Assert.Null(A.MemberNote<TestNote>("Count"));
        Assert.Equal(new[] { s_notes.Value.B, A }, A.MemberNotes<TestNote>("CoAuthors"));
        Assert.Empty(A.MemberNotes<TestNote>("Count")!);
        Assert.Null(A.MemberNotes<TestNote>("Absent"));
    }

    [Fact]
    public void Json_writes_front_matter_maps_lists_and_nulls_as_yaml_gave_them()
    {
        var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize<Note>(A)).RootElement.GetProperty("frontMatter");
        Assert.Equal("Lyon", json.GetProperty("place").GetProperty("city").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("place").GetProperty("zip").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("nothing").ValueKind);
        Assert.Equal(new[] { "1", null, "x", "2" }, json.GetProperty("mixed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("a", json.GetProperty("nested")[0][0].GetString());
    }
}

using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using static NoteGen.StageTests.Parsing.Notes;

namespace NoteGen.StageTests.Parsing;

/// <summary>Timestamp anchors: which anchors are timestamps, what their data-t is worth, where they are.</summary>
public class TimestampTests
{
    [Theory]
    [InlineData("0:00", 0)]
    [InlineData("0:59", 59)]
    [InlineData("9:59", 599)]
    [InlineData("10:00", 600)]
    [InlineData("59:59", 3599)]
    [InlineData("00:00:00", 0)]
    [InlineData("1:02:03", 3723)]
    [InlineData("01:02:03", 3723)]
    [InlineData("0:59:59", 3599)]
    [InlineData("12345:00:01", 44_442_001)]
    [InlineData("99999:59:59", 359_999_999)]
    [InlineData("60:00", -1)]
    [InlineData("1:60", -1)]
    [InlineData("1:5", -1)]
    [InlineData("1:005", -1)]
    [InlineData("123:45", -1)]
    [InlineData(":00", -1)]
    [InlineData("1:2:03", -1)]
    [InlineData("1:002:03", -1)]
    [InlineData("1:60:00", -1)]
    [InlineData("1:00:60", -1)]
    [InlineData(":00:00", -1)]
    [InlineData("123456:00:00", -1)]
    [InlineData("1:2:3:4", -1)]
    [InlineData("5", -1)]
    [InlineData("", -1)]
    [InlineData("a:00", -1)]
    [InlineData("1:0a", -1)]
    [InlineData("1:0/", -1)]
    [InlineData("-1:00", -1)]
    [InlineData(" 1:00", -1)]
    public void Data_t_is_hours_minutes_seconds_or_minutes_seconds_with_two_digit_parts_below_sixty(string value, int seconds) =>
        Assert.Equal(seconds, InlineCollector.Seconds(value));

    [Theory]
    [InlineData("<A CLASS=\"yt-timestamp\" DATA-T=\"00:05\">x</A>", "00:05")]
    [InlineData("<a class=\"note yt-timestamp\" data-t=00:07>x</a>", "00:07")]
    [InlineData("<a class = \"yt-timestamp\" data-t = ' 00:08 '>x</a>", "00:08")]
    [InlineData("<a hidden class=yt-timestamp data-t=\"00:09\">x</a>", "00:09")]
    [InlineData("<a data-time=\"00:01\" tdata-t=\"00:02\" class=\"yt-timestamp\" data-t=\"00:10\">x</a>", "00:10")]
    [InlineData("<a\tclass=\"yt-timestamp\"\tdata-t=\"00:11\">x</a>", "00:11")]
    [InlineData("<a / class=\"yt-timestamp\" data-t=\"00:12\" />x</a>", "00:12")]
    [InlineData("<a class=\"other\ryt-timestamp\" data-t=\"00:13\">x</a>", "00:13")]
    [InlineData("<a class=\"yt-timestamp\"data-t=\"00:14\">x</a>", "00:14")] // no space after a quoted value, as HTML allows
    [InlineData("<a class=\"yt-timestamps\" data-t=\"00:05\">x</a>", null)]
    [InlineData("<a class=\"other\" data-t=\"00:05\">x</a>", null)]
    [InlineData("<a data-t=\"00:05\">x</a>", null)]
    [InlineData("<a class='yt-timestamp data-t=\"00:05\">x</a>", null)]
    [InlineData("<ab class=\"yt-timestamp\" data-t=\"00:05\">x</ab>", null)]
    [InlineData("<b class=\"yt-timestamp\" data-t=\"00:05\">x</a>", null)]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"00:05\">x", null)]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"00:05\"", null)]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"00:05\">", null)]
    [InlineData("<a", null)]
    public void An_anchor_is_a_timestamp_when_its_class_list_has_yt_timestamp_and_it_is_closed(string anchor, string? label)
    {
        var note = Parse("Text " + anchor + "\n");

        Assert.Equal(label == null ? [] : [label], note.Timestamps.Select(t => t.Label));
        Assert.Empty(note.Diagnostics);
    }

    [Theory]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"00:01\">[00:01]</a> opens the note.", "opens the note.", "00:01")]
    [InlineData("The note ends in <", "The note ends in <", null)]
    [InlineData("The note ends in <a", "The note ends in <a", null)]
    public void An_anchor_is_read_at_the_very_start_of_the_text_and_a_tag_cut_by_its_end_is_text(string text, string claim, string? label)
    {
        var note = Parse(text);

        Assert.Equal(label == null ? [] : [label], note.Timestamps.Select(t => t.Label));
        Assert.Equal(claim, note.Claims.Single().Text);
        Assert.Empty(note.Diagnostics);
    }

    [Fact]
    public void A_timestamp_anchor_without_data_t_is_malformed_with_an_empty_value()
    {
        var note = Parse("Text <a class=\"yt-timestamp\">[?]</a>.\n");

        var diagnostic = Assert.Single(note.Diagnostics);
        Assert.Equal(("NG0005", new TextLocation(5, 31, 0, 5, 0, 36), ""), (diagnostic.Id, diagnostic.Location, diagnostic.Arguments.Single()));
        Assert.Equal("Text.", note.Claims.Single().Text);
    }

    [Fact]
    public void Timestamps_are_placed_at_their_anchor_one_based_even_across_lines()
    {
        var note = Parse($"# H\n\nFirst {Anchor("00:01")} and\n  {Anchor("1:00:00")}, then <a\nclass=\"yt-timestamp\" data-t=\"02:00\">x</a>.\n");

        Assert.Equal([("00:01", 1, 3, 7), ("1:00:00", 3600, 4, 3), ("02:00", 120, 4, 64)],
            note.Timestamps.Select(t => (t.Label, t.Seconds, t.Line, t.Column)));
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void An_opening_tag_longer_than_two_thousand_characters_is_not_read(int tagLength, bool read)
    {
        const string head = "<a class=\"yt-timestamp\" title=\"", tail = "\" data-t=\"00:01\">";
        string tag = head + new string('x', tagLength - head.Length - tail.Length) + tail;

        Assert.Equal(read ? ["00:01"] : [], Parse("Text " + tag + "[00:01]</a>\n").Timestamps.Select(t => t.Label));
    }

    [Theory]
    [InlineData(3_996, true)]
    [InlineData(3_997, false)]
    public void A_closing_tag_more_than_four_thousand_characters_after_the_opening_one_is_not_looked_for(int labelLength, bool read)
    {
        string anchor = "<a class=\"yt-timestamp\" data-t=\"00:01\">" + new string('x', labelLength) + "</a>";

        Assert.Equal(read ? ["00:01"] : [], Parse("Text " + anchor + "\n").Timestamps.Select(t => t.Label));
    }
}

using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>"Did you mean …?": the closest name by letters and digits, within one edit for short names and two for longer.</summary>
public class SuggestionTests
{
    private static readonly string Long48 = new string('a', 24) + new string('b', 24);
    private static readonly string Long60 = new string('c', 30) + new string('d', 30);

    // One per test (not static), so each test runs the constructor: a mutation run credits a constructor mutant to
    // the tests that ran it.
    private readonly NameSuggester _names = new(
        ["amazons_business", "Rust", "Card", "Cart", "abcdxy", "abcdef", "Security and privacy", "!!!", "RUST", Long48, Long60]);

    [Theory]
    [InlineData("amazons_bussiness", "amazons_business")]
    [InlineData("Amazons Business!", "amazons_business")]
    [InlineData("Rst", "Rust")]
    [InlineData("Rsut", "Rust")]
    [InlineData("Rsu", null)]
    [InlineData("Carx", "Card")]
    [InlineData("abcdex", "abcdef")]
    [InlineData("Securty and privacyx", "Security and privacy")]
    [InlineData("Securty and prvcy", null)]
    [InlineData("Xmazons business", "amazons_business")]
    [InlineData("a", null)] // names with no letters or digits ("!!!") are not indexed: an empty key is never close
    [InlineData("rust", null)]
    [InlineData("???", null)]
    [InlineData("Nothing close", null)]
    public void The_closest_name_within_the_edit_limit_is_suggested_and_ties_go_to_ordinal_order(string target, string? expected)
    {
        Assert.Equal(expected, _names.Suggest(target));
    }

    [Fact]
    public void Names_up_to_48_letters_are_found_despite_a_typo_and_longer_ones_only_when_their_letters_match()
    {
        Assert.Equal(Long48, _names.Suggest("x" + Long48[1..]));
        Assert.Equal(Long48, _names.Suggest(Long48[1..]));
        Assert.Equal(Long60, _names.Suggest(Long60.ToUpperInvariant() + "!"));
        Assert.Null(_names.Suggest("x" + Long60[1..]));
        Assert.Null(_names.Suggest(Long60[1..]));
        Assert.Null(_names.Suggest(Long60 + "x"));
    }

    [Theory]
    [InlineData("Whats nxt", "What's next?")]
    [InlineData("Setpu", "Setup")]
    [InlineData("Stup", "Setup")]
    [InlineData("Sx", null)]
    [InlineData("Ab", "Ac")]
    [InlineData("Intro duction", null)]
    [InlineData("setup", null)]
    [InlineData("Acxy", null)] // four letters: one edit at most
    [InlineData("Setupxy", "Setup")] // two insertions
    [InlineData("Hwtansext", null)] // three swapped neighbours: three edits
    [InlineData("xyz", null)]
    public void Among_a_short_list_every_option_is_compared(string target, string? expected)
    {
        Assert.Equal(expected, NameSuggester.Closest(target, ["Setup", "What's next?", "Ad", "Ac", "Introduction to it"]));
    }

    [Fact]
    public void An_option_two_edits_from_a_one_letter_target_is_too_far()
    {
        Assert.Null(NameSuggester.Closest("A", ["Xy"]));
        Assert.Equal("Ax", NameSuggester.Closest("A", ["Xy", "Ax"]));
    }

    [Fact]
    public void Of_options_equally_close_the_first_in_ordinal_order_wins_whatever_the_list_order()
    {
        Assert.Equal("Ac", NameSuggester.Closest("Ab", ["Ac", "Ad"]));
        Assert.Equal("Ac", NameSuggester.Closest("Ab", ["Ad", "Ac"]));
        Assert.Equal("Abcdx", NameSuggester.Closest("Abcde", ["Abxye", "Abcdx"])); // the closer one, though later
    }
}

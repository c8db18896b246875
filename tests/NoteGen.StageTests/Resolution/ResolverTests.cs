using System.Collections.Immutable;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>Link resolution and identifier assignment on small vaults.</summary>
public class ResolverTests
{
    private static readonly GeneratorSettings Settings = TestSettings.Default;

    private static VaultIndex Index(params string[] paths) => VaultIndexBuilder.Build(
        paths.Select(p => new NoteKey("/project/" + p, p, p[(p.LastIndexOf('/') + 1)..^3], NoteAnchors.None)).ToImmutableArray(), [], Settings, EquatableArray<NoteSchema>.Empty, CancellationToken.None);

    [Theory]
    [InlineData("work/meeting.md", "Security and privacy", "work/Security and privacy.md")]
    [InlineData("home/todo.md", "Security and privacy", "home/Security and privacy.md")]
    [InlineData("top.md", "security AND privacy", "home/Security and privacy.md")]
    [InlineData("top.md", "work/Security and privacy", "work/Security and privacy.md")]
    [InlineData("top.md", "work/Security and privacy.md", "work/Security and privacy.md")]
    [InlineData("work/deep/x.md", "Security and privacy", "home/Security and privacy.md")]
    [InlineData("top.md", "nope", null)]
    [InlineData("top.md", "other/Security and privacy", null)]
    public void Links_resolve_by_name_then_own_folder_then_shortest_path(string from, string target, string? expected)
    {
        var index = Index("home/Security and privacy.md", "work/Security and privacy.md", "top.md", "work/meeting.md", "home/todo.md", "work/deep/x.md");

        Assert.Equal(expected, LinkResolver.ResolveNote(index, from, target));
    }

    [Fact]
    public void Notes_are_ordered_by_path_and_named_deterministically_whatever_the_input_order()
    {
        string[] paths = ["notes/b.md", "notes/2nd take.md", "notes/data-gravity.md", "notes/data_gravity.md", "notes/All.md", "notes/Notes.md", "notes/class.md"];
        var forward = Index(paths);
        var backward = Index(paths.Reverse().ToArray());

        Assert.Equal(forward, backward);
        Assert.Equal(
        [
            ("notes/2nd take.md", "_2ndTake"),
            ("notes/All.md", "All2"),
            ("notes/Notes.md", "Notes2"),
            ("notes/b.md", "B"),
            ("notes/class.md", "Class"),
            ("notes/data-gravity.md", "DataGravity"),
            ("notes/data_gravity.md", "DataGravity2"),
        ], forward.Notes.Select(n => (n.Path, n.FieldName)));
    }

    [Theory]
    [InlineData("Amazon's ML Offerings", "AmazonsMLOfferings")]
    [InlineData("Data Gravity as a Key Advantage", "DataGravityAsAKeyAdvantage")]
    [InlineData("amazons_machine_learning_strategy", "AmazonsMachineLearningStrategy")]
    [InlineData("2nd act", "_2ndAct")]
    [InlineData("🚀 Launch — día 1", "LaunchDía1")]
    [InlineData("   ", "Fallback")]
    [InlineData("\"quoted\" */ </summary> #line", "QuotedSummaryLine")]
    public void Identifiers_are_PascalCased_and_valid(string text, string expected)
    {
        Assert.Equal(expected, Identifiers.PascalCase(text, "Fallback"));
    }
}

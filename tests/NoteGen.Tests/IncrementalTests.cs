using Microsoft.CodeAnalysis;
using NoteGen.Generator;
using NoteGen.Generator.Emitting;
using NoteGen.Tests.Infrastructure;
using static NoteGen.Tests.Infrastructure.StepReasons;

namespace NoteGen.Tests;

/// <summary>Editing one note re-runs that note's steps only; the rest of the vault stays cached.</summary>
public class IncrementalTests
{
    private static readonly (string Path, string Text)[] Vault =
    [
        ("notes/a.md", "---\ntitle: A\nvideoId: aaa\n---\nLinks to [[b]] <a class=\"yt-timestamp\" data-t=\"00:01\">[00:01]</a>.\n\n## Section\n- Item.\n"),
        ("notes/b.md", "---\ntitle: B\n---\nLinks to [[c]] and [[a]].\n"),
        ("notes/c.md", "# C\nText.\n"),
        ("notes/d.md", "# D\nMore text [[missing]].\n"),
    ];

    private static (GeneratorRun First, GeneratorRun Second) RunTwice(Func<GeneratorDriver, AdditionalText[], GeneratorDriver> change)
    {
        var notes = GeneratorHarness.Notes(Vault);
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorRun.From(GeneratorHarness.CreateDriver(notes, trackSteps: true), compilation);
        var second = GeneratorRun.From(change(first.Driver, notes), compilation.Clone());
        return (first, second);
    }

    [Fact]
    public void Editing_one_note_body_reparses_and_reemits_that_note_only()
    {
        var (_, second) = RunTwice((driver, notes) => driver.ReplaceAdditionalText(notes[2],
            new InMemoryAdditionalText(notes[2].Path, "# C\nText, edited, with a new claim. And a second one.\n")));

        Assert.Equal(1, Count(second, TrackingNames.Parse, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Parse, IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.Index));
        Assert.Equal(1, Count(second, TrackingNames.Resolve, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Resolve, IncrementalStepRunReason.Cached));
        Assert.Equal(1, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Cached));
        Assert.Equal(1, Count(second, TrackingNames.Files, IncrementalStepRunReason.Modified));
        Assert.Equal(Reasons(second, TrackingNames.Files).Count - 1, Count(second, TrackingNames.Files, IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.Root));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.FrontMatter));
        // Same headings, same section classes: no shape file is written again.
        Assert.Equal(1, Count(second, TrackingNames.NoteShapes, IncrementalStepRunReason.Unchanged));
        Assert.NotEmpty(Reasons(second, TrackingNames.ShapeFiles));
        Assert.All(Reasons(second, TrackingNames.ShapeFiles), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Editing_a_heading_reresolves_the_vault_but_reemits_only_that_note()
    {
        // Headings are link anchors, so the index changes and every note's links are checked again; only the
        // edited note's model differs, so only it is emitted again.
        var (_, second) = RunTwice((driver, notes) => driver.ReplaceAdditionalText(notes[2],
            new InMemoryAdditionalText(notes[2].Path, "# C renamed\nText.\n")));

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.Index));
        Assert.Equal(1, Count(second, TrackingNames.Resolve, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Resolve, IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.FrontMatter));
        // The note's outline class is a new one; the other notes' shape files stay as they were.
        Assert.Equal(1, Count(second, TrackingNames.NoteShapes, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.NoteShapes, IncrementalStepRunReason.Cached));
        Assert.Equal(2, Count(second, TrackingNames.ShapeFiles, IncrementalStepRunReason.Modified));
        Assert.Equal(ShapeEmitter.FileCount - 2, Count(second, TrackingNames.ShapeFiles, IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_a_property_link_reparses_and_reresolves_that_note_only_and_rewrites_the_backlinks()
    {
        (string, string)[] vault =
        [
            ("notes/a.md", "# A\n"),
            ("notes/b.md", "---\nrelated: \"[[a]]\"\n---\nText.\n"),
            ("notes/c.md", "---\nrelated: \"[[a]]\"\n---\n# C\n"),
            ("notes/d.md", "# D\n"),
        ];
        var notes = GeneratorHarness.Notes(vault);
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorRun.From(GeneratorHarness.CreateDriver(notes, trackSteps: true), compilation);

        var second = GeneratorRun.From(first.Driver.ReplaceAdditionalText(notes[1],
            new InMemoryAdditionalText(notes[1].Path, "---\nrelated: \"[[d]]\"\n---\nText.\n")), compilation.Clone());

        Assert.Equal(1, Count(second, TrackingNames.Parse, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Parse, IncrementalStepRunReason.Cached));
        // Property links are not anchors and the key is still a link: the index and the typed front matter stay.
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.Index));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.FrontMatter));
        Assert.Equal(1, Count(second, TrackingNames.Resolve, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Resolve, IncrementalStepRunReason.Cached));
        Assert.Equal(1, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.Root));
        Assert.Equal("a:c d:b", second.WithNotes(all => string.Join(" ", all.Where(n => n.Backlinks.Count > 0)
            .Select(n => n.Name + ":" + string.Join(",", n.Backlinks.Select(l => l.Source.Name))))));
    }

    [Fact]
    public void Adding_a_link_rewrites_the_root_backlinks_but_no_other_note()
    {
        var (_, second) = RunTwice((driver, notes) => driver.ReplaceAdditionalText(notes[2],
            new InMemoryAdditionalText(notes[2].Path, "# C\nText about [[a]].\n")));

        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.Index));
        Assert.Equal(1, Count(second, TrackingNames.LinkTargets, IncrementalStepRunReason.Modified));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.Root));
        Assert.Equal(1, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Changing_a_front_matter_value_but_not_its_type_keeps_VaultNote()
    {
        var (_, second) = RunTwice((driver, notes) => driver.ReplaceAdditionalText(notes[0],
            new InMemoryAdditionalText(notes[0].Path, Vault[0].Text.Replace("videoId: aaa", "videoId: bbb"))));

        Assert.Equal(1, Count(second, TrackingNames.FrontMatterShapes, IncrementalStepRunReason.Unchanged));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.FrontMatter));
        Assert.Equal(1, Count(second, TrackingNames.Emit, IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Editing_nothing_keeps_every_step_cached()
    {
        var (_, second) = RunTwice((driver, _) => driver);

        foreach (string step in new[] { TrackingNames.QueueParse, TrackingNames.Parse, TrackingNames.Resolve, TrackingNames.Emit, TrackingNames.Index, TrackingNames.Root, TrackingNames.FrontMatter, TrackingNames.NoteShapes, TrackingNames.ShapeFiles })
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Saving_a_note_without_changing_its_text_leaves_its_output_unchanged()
    {
        // A new file object (an editor's save), so the note is parsed again, but its model is equal: nothing downstream
        // runs. Any change to the text is a change of content now that Note.Markdown holds the text as written.
        var (_, second) = RunTwice((driver, notes) => driver.ReplaceAdditionalText(notes[2],
            new InMemoryAdditionalText(notes[2].Path, "# C\nText.\n")));

        Assert.Equal(1, Count(second, TrackingNames.Parse, IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(second, TrackingNames.Emit), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Adding_a_note_parses_only_the_new_note_and_rebuilds_the_index()
    {
        var (first, second) = RunTwice((driver, _) => driver.AddAdditionalTexts(
            [new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "notes/missing.md", "# Now it exists\n")]));

        Assert.Equal(1, Count(second, TrackingNames.Parse, IncrementalStepRunReason.New));
        Assert.Equal(4, Count(second, TrackingNames.Parse, IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(second, TrackingNames.Index));
        Assert.Contains(first.GeneratorDiagnostics, d => d.Id == "NG0001");
        Assert.DoesNotContain(second.GeneratorDiagnostics, d => d.Id == "NG0001");
    }
}

using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>Typed sections: a field per heading in its parent's class, and classes shared by notes with the same headings.</summary>
public class SectionShapeTests
{
    private static (NoteMembers Members, List<DiagnosticInfo> Diagnostics) Name(string text, string path = "a.md")
    {
        var diagnostics = new List<DiagnosticInfo>();
        return (SectionShapes.Name(TestVault.Parse(path, text), diagnostics), diagnostics);
    }

    private static SectionShape Shape(NoteMembers members, string? name) => Assert.Single(members.Shapes, s => s.Name == name);

    [Fact]
    public void A_note_without_headings_has_no_typed_sections()
    {
        var (members, diagnostics) = Name("Just text.\n");

        Assert.Equal(NoteMembers.Untyped, members);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Each_heading_is_a_field_of_its_parents_class_typed_by_its_own_sub_headings()
    {
        var (members, diagnostics) = Name("# Intro\n## Setup\n### Install\n## Usage\n# Other\n");

        Assert.Equal(["Intro", "Setup", "Install", "Usage", "Other"], members.SectionFields);
        var outline = Shape(members, members.OutlineType);
        Assert.True(outline.IsOutline);
        Assert.StartsWith("Outline_", outline.Name);
        var intro = outline.Fields[0];
        Assert.Equal(new ShapeField("Other", null, 1, "Other"), outline.Fields[1]);
        var introShape = Shape(members, intro.Type);
        Assert.False(introShape.IsOutline);
        Assert.StartsWith("Section_", introShape.Name);
        var setupShape = Shape(members, introShape.Fields[0].Type);
        Assert.Equal([new ShapeField("Install", null, 3, "Install")], setupShape.Fields);
        Assert.Equal(new ShapeField("Usage", null, 2, "Usage"), introShape.Fields[1]);
        Assert.Equal(3, members.Shapes.Count);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Headings_that_clash_in_one_class_are_numbered_with_NG0008_at_the_heading_and_other_classes_are_unaffected()
    {
        var (members, diagnostics) = Name("# Setup\n## Setup\n## Set-up\n# Setup\n## Count\n# Count\n## Parent\n# Parent\n");

        Assert.Equal(["Setup", "Setup", "SetUp", "Setup2", "Count", "Count2", "Parent2", "Parent"], members.SectionFields);
        Assert.Equal(
        [
            new DiagnosticInfo("NG0008", "/project/a.md", new TextLocation(0, 0, 3, 0, 3, 0), new[] { "heading 'Setup'", "Setup2", "Setup" }.ToEquatableArray()),
            new DiagnosticInfo("NG0008", "/project/a.md", new TextLocation(0, 0, 5, 0, 5, 0), new[] { "heading 'Count'", "Count2", "Count" }.ToEquatableArray()),
            new DiagnosticInfo("NG0008", "/project/a.md", new TextLocation(0, 0, 6, 0, 6, 0), new[] { "heading 'Parent'", "Parent2", "Parent" }.ToEquatableArray()),
        ], diagnostics);
    }

    [Fact]
    public void Notes_with_the_same_headings_share_their_classes()
    {
        var a = Name("# Intro\n## Setup\n# Other\n## Setup\n", "a.md").Members;
        var b = Name("Text first.\n\n# Intro\nBody.\n## Setup\n# Other\n## Setup\n", "folder/b.md").Members;

        Assert.Equal(a.OutlineType, b.OutlineType);
        Assert.Equal(a.Shapes, b.Shapes);
        Assert.Equal(2, a.Shapes.Count); // Intro and Other hold the same fields: one class
    }

    [Theory]
    [InlineData("# Intro\n## Setup\n# Other\n## Setup\n", "# Intro\n## Setup\n# Other\n## Set up\n")]
    [InlineData("# Intro\n## Setup\n", "# Intro\n### Setup\n")]
    [InlineData("# Intro\n## Setup\n", "# Intro\n## Set-up\n")]
    [InlineData("# Intro\n## Setup\n", "# Intro\n## Setup\n### Step\n")]
    [InlineData("# Intro\n", "## Intro\n")]
    public void Notes_whose_headings_differ_in_name_level_text_or_nesting_get_different_classes(string first, string second)
    {
        Assert.NotEqual(Name(first).Members.OutlineType, Name(second).Members.OutlineType);
    }
}

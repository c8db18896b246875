using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>Schema globs against note paths.</summary>
public class GlobTests
{
    [Theory]
    [InlineData("notes/*.md", "notes/a.md", true)]
    [InlineData("notes/*.md", "Notes/A.MD", true)]
    [InlineData("notes/*.md", "notes/x/a.md", false)]
    [InlineData("notes/*", "notes/", true)]
    [InlineData("*", "a/b", false)]
    [InlineData("*.md", "a.md", true)]
    [InlineData("notes/**/*.md", "notes/a.md", true)]
    [InlineData("notes/**/*.md", "notes/x/y/a.md", true)]
    [InlineData("notes/**/*.md", "other/a.md", false)]
    [InlineData("**/a.md", "a.md", true)]
    [InlineData("**/a.md", "x/y/a.md", true)]
    [InlineData("**/a.md", "xa.md", false)]
    [InlineData("notes/**", "notes/x/y.md", true)]
    [InlineData("**.md", "a/b.md", true)]
    [InlineData("notes/a**.md", "notes/ab/c.md", true)]
    [InlineData("notes/?.md", "notes/a.md", true)]
    [InlineData("notes/?.md", "notes/ab.md", false)]
    [InlineData("notes?a.md", "notes/a.md", false)]
    [InlineData("./notes/*.md", "notes/a.md", true)]
    [InlineData("notes\\*.md", "notes/a.md", true)]
    [InlineData("a.md", "a.md.bak", false)]
    [InlineData("a.md", "a.m", false)]
    [InlineData("a.md", "b.md", false)]
    [InlineData("*a*a*a*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", false)]
    public void Star_stays_in_a_folder_double_star_spans_folders_and_question_mark_is_one_character(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, Glob.IsMatch(pattern, path));
    }
}

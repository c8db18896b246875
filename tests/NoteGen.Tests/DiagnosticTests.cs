using Microsoft.CodeAnalysis;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>What the build prints: ID, severity, message and the exact place in the .md file.</summary>
public class DiagnosticTests
{
    [Fact]
    public void A_link_to_no_note_is_NG0001_at_the_links_brackets()
    {
        var run = GeneratorHarness.Run(
            ("notes/a.md", "---\ntitle: A\n---\nIntro [[b]] fine.\n\n## Part\nSee [[B|the b]] and [[amazons_bussiness]] and [[Missing Note | alias]].\n"),
            ("notes/b.md", "# B\n"));

        Assert.Equal(
        [
            ("NG0001", DiagnosticSeverity.Warning, "Link target 'amazons_bussiness' does not match any note", "/project/notes/a.md", 7, 21),
            ("NG0001", DiagnosticSeverity.Warning, "Link target 'Missing Note' does not match any note", "/project/notes/a.md", 7, 47),
        ], run.Reported());
    }

    [Fact]
    public void A_link_without_target_is_NG0006()
    {
        var run = GeneratorHarness.Run(("notes/a.md", "Empty [[]] and [[|alias]].\n"));

        Assert.Equal(
        [
            ("NG0006", DiagnosticSeverity.Warning, "Link '[[]]' has no target", "/project/notes/a.md", 1, 7),
            ("NG0006", DiagnosticSeverity.Warning, "Link '[[|alias]]' has no target", "/project/notes/a.md", 1, 16),
        ], run.Reported());
    }

    [Fact]
    public void Parse_problems_are_reported_with_their_own_ids_and_the_note_is_still_generated()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(
                ("notes/bad_yaml.md", "---\ntitle: [unclosed\n---\nStill here.\n"),
                ("notes/bad_time.md", "Claim <a class=\"yt-timestamp\" data-t=\"1:02:03:04\">[x]</a>.\n")),
            "public static class Probe { public static string Run() => App.Notes.BadYaml.Claims[0].Text + \"|\" + App.Notes.BadTime.Claims[0].Text; }");

        var reported = run.Reported().ToList();
        Assert.Equal(["NG0005", "NG0002"], reported.Select(d => d.Id));
        Assert.Equal(("/project/notes/bad_time.md", 1, 7), (reported[0].Path, reported[0].Line, reported[0].Column));
        Assert.Equal("Timestamp '1:02:03:04' is not HH:MM:SS or MM:SS (minutes and seconds below 60); it is left out", reported[0].Message);
        Assert.Equal(("/project/notes/bad_yaml.md", 2), (reported[1].Path, reported[1].Line));
        Assert.Equal("Front matter is not valid YAML: While parsing a flow sequence, did not find expected ',' or ']'.", reported[1].Message);
        Assert.Equal("Still here.|Claim.", run.Invoke("Probe"));
    }

    [Fact]
    public void Renamed_identifiers_are_reported_as_info()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(
                ("notes/data-gravity.md", "## Claims\n## Claims\n"),
                ("notes/data_gravity.md", "Text.\n")),
            "public static class Probe { public static string Run() => App.Notes.DataGravity.Sections.Claims2.Heading + App.Notes.DataGravity2.Name; }");

        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains("'notes/data_gravity.md' is generated as 'DataGravity2' because 'DataGravity' is already taken",
            run.GeneratorDiagnostics.Select(d => d.GetMessage()));
        Assert.Equal("Claimsdata_gravity", run.Invoke("Probe"));
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace NoteGen.PackageTests;

/// <summary>
/// Live editing: a console app built from the packed package runs under <c>dotnet watch</c> and prints a note every
/// quarter second (its title, first claim and a front-matter value read through a declared schema's <c>Data</c>, each
/// cached once decoded); the test rewrites the note, and the new text must reach the same process, by hot reload
/// (the generator's new payloads applied in place, the decoded content dropped by NoteGen's metadata update handler),
/// not by a restart.
/// </summary>
[Trait("Category", "Slow")]
[Collection(PackageCollection.Name)]
public class LiveEditTests(PackageFixture fixture, ITestOutputHelper log)
{
    // The app stops by itself after a few minutes, should the test fail to stop it.
    private const string ProgramPrintingTheNote = """
        var until = System.DateTime.UtcNow.AddMinutes(4);
        while (System.DateTime.UtcNow < until)
        {
            var note = App.Notes.Live;
            System.Console.WriteLine($"process {System.Environment.ProcessId}: {note.Title} / {note.Claims[0].Text} / {note.Data.Status}");
            System.Threading.Thread.Sleep(250);
        }

        [NoteGen.NoteSchema("notes/live.md")]
        record Page(string Status);
        """;

    private static string Note(string title, string claim, string status) => $"---\ntitle: {title}\nstatus: {status}\n---\n\n* {claim}\n";

    [Fact]
    public void Under_dotnet_watch_an_edit_to_a_note_reaches_the_running_app_by_hot_reload()
    {
        string app = fixture.CreateProject("live", [
            ("live.csproj", ConsumerTests.Project(ConsumerTests.ConsoleApp)),
            ("Program.cs", ProgramPrintingTheNote),
            ("notes/live.md", Note("Original title", "The original claim.", "draft"))]);
        // Verbose: the log names each metadata update handler as it is called.
        var start = DotNet.StartInfo("dotnet", app, "watch", "--non-interactive", "--verbose", "run");
        start.Environment["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1";
        using var watch = new Process { StartInfo = start };
        var output = new List<string>();
        watch.OutputDataReceived += (_, e) => { lock (output) output.Add(e.Data ?? ""); };
        watch.ErrorDataReceived += (_, e) => { lock (output) output.Add(e.Data ?? ""); };
        watch.Start();
        watch.BeginOutputReadLine();
        watch.BeginErrorReadLine();
        try
        {
            var clock = Stopwatch.StartNew();
            var before = WaitFor(output, new Regex(@"^process (\d+): Original title / The original claim\. / draft$"), TimeSpan.FromMinutes(3));
            // An edit made before dotnet watch watches the files would go unseen.
            WaitFor(output, new Regex(@"^dotnet watch : Waiting for changes$"), TimeSpan.FromMinutes(1));
            log.WriteLine($"original text printed and files watched after {clock.Elapsed.TotalSeconds:F1} s");

            File.WriteAllText(Path.Combine(app, "notes", "live.md"), Note("Edited title", "The edited claim.", "final"));
            clock.Restart();
            var after = WaitFor(output, new Regex(@"^process (\d+): Edited title / The edited claim\. / final$"), TimeSpan.FromSeconds(60));
            log.WriteLine($"edited text printed {clock.Elapsed.TotalSeconds:F1} s after the edit");

            string text = Text(output);
            Assert.True(before.Groups[1].Value == after.Groups[1].Value, "The app was restarted, not updated:\n" + text);
            Assert.True(text.Contains("NoteGen.HotReload.ClearCache"), "NoteGen's metadata update handler was not called:\n" + text);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            watch.WaitForExit();
        }
    }

    /// <summary>The first line of <paramref name="output"/> that matches <paramref name="line"/>, waiting for it as long
    /// as <paramref name="timeout"/>.</summary>
    private static Match WaitFor(List<string> output, Regex line, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            lock (output)
                foreach (string printed in output)
                    if (line.Match(printed) is { Success: true } match)
                        return match;
            if (deadline.Elapsed > timeout)
                Assert.Fail($"No line matched {line} within {timeout.TotalSeconds} s:\n" + Text(output));
            Thread.Sleep(100);
        }
    }

    private static string Text(List<string> output)
    {
        lock (output)
            return string.Join('\n', output);
    }
}

using System.Globalization;
using System.Text;

namespace NoteGen.Tests.Infrastructure;

/// <summary>
/// Writes vaults of seed-shaped notes (about 3 KB each: front matter, a "From:" link, an intro paragraph, sections
/// and sub-sections with bullet and sentence claims, wiki links with aliases, timestamp anchors), deterministic for
/// a given seed. A set fraction of links is broken; notes are spread over a few sub-folders. Used by the scale tests
/// and the benchmarks.
/// </summary>
/// <remarks>
/// By default headings repeat across notes (eight outlines in all, like a vault written from templates), so notes
/// share their typed-section classes. With <c>uniqueHeadings</c> every note's headings are its own, as in the seed:
/// the worst case for the compiler, one outline class and one class per section with sub-sections per note.
/// </remarks>
public sealed class SyntheticVault
{
    private static readonly string[] Subjects = ["Amazon", "Google", "Nvidia", "Microsoft", "Apple", "TSMC", "Netflix", "Costco"];
    private static readonly string[] Topics = ["machine learning", "data gravity", "cloud pricing", "supply chains", "platform strategy", "developer tools", "retail margins", "chip design"];
    private static readonly string[] Verbs = ["invested heavily in", "changed its approach to", "built an advantage in", "struggled with", "bet early on", "reorganised around"];
    private static readonly string[] Endings = ["over the following decade", "before its rivals noticed", "despite internal resistance", "at a significant cost", "to lock in customers"];

    private readonly bool _uniqueHeadings;

    public SyntheticVault(int notes, int seed = 42, double brokenLinkFraction = 0.02, int folders = 8, bool uniqueHeadings = false)
    {
        _uniqueHeadings = uniqueHeadings;
        var random = new Random(seed);
        Names = Enumerable.Range(0, notes).Select(i => $"{Topics[i % Topics.Length].Replace(' ', '_')}_{Subjects[i / Topics.Length % Subjects.Length].ToLowerInvariant()}_{i}").ToArray();
        Notes = Enumerable.Range(0, notes)
            .Select(i => ($"notes/folder{i % folders}/{Names[i]}.md", Note(i, random, brokenLinkFraction)))
            .ToArray();
    }

    /// <summary>The note file names, without extension.</summary>
    public string[] Names { get; }

    /// <summary>(project-relative path, text) per note.</summary>
    public (string Path, string Text)[] Notes { get; }

    public int TotalCharacters => Notes.Sum(n => n.Text.Length);

    /// <summary>Writes the notes under <paramref name="directory"/>.</summary>
    public void WriteTo(string directory)
    {
        foreach (var (path, text) in Notes)
        {
            string file = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
    }

    /// <summary>The body of note <paramref name="index"/> with one sentence changed: an edit that keeps every name.</summary>
    public string Edited(int index) => Notes[index].Text.Replace("From: ", "From (edited): ");

    private string Note(int index, Random random, double brokenLinkFraction)
    {
        var text = new StringBuilder();
        int second = 0;
        string Link()
        {
            string target = random.NextDouble() < brokenLinkFraction ? "missing_note_" + random.Next(1000) : Names[random.Next(Names.Length)];
            return random.Next(2) == 0 ? $"[[{target}]]" : $"[[{target} | {Subjects[random.Next(Subjects.Length)]}]]";
        }
        string Anchor()
        {
            second += 1 + random.Next(40);
            string label = TimeSpan.FromSeconds(second).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
            return $"<a class=\"yt-timestamp\" data-t=\"{label}\">[{label}]</a>";
        }
        string Sentence() =>
            $"{Subjects[random.Next(Subjects.Length)]} {Verbs[random.Next(Verbs.Length)]} {Topics[random.Next(Topics.Length)]}"
            + (random.Next(3) == 0 ? $" with {Link()}" : "") + $" {Endings[random.Next(Endings.Length)]} {Anchor()}.";

        string title = $"{Subjects[index / Topics.Length % Subjects.Length]} and {Topics[index % Topics.Length]} {index}";
        text.Append("---\ntitle: ").Append(title).Append("\nvideoId: ").Append(VideoId(random)).Append("\n---\n\n");
        text.Append("From: [[").Append(Names[0]).Append("]] <br/>\n\n");
        text.Append(Sentence()).Append(' ').Append(Sentence()).Append("\n\n");
        string ofNote = _uniqueHeadings ? " (note " + index + ")" : "";
        for (int section = 0; section < 3; section++)
        {
            text.Append("## ").Append(Topics[(index + section) % Topics.Length]).Append(" in practice ").Append(section).Append(ofNote).Append("\n\n");
            text.Append(Subjects[random.Next(Subjects.Length)]).Append(" has several examples of this:\n");
            for (int item = 0; item < 4; item++)
                text.Append("*   ").Append(Sentence()).Append('\n');
            text.Append('\n');
            text.Append("### Why it mattered ").Append(section).Append(ofNote).Append("\n\n");
            text.Append(Sentence()).Append(' ').Append(Sentence()).Append(' ').Append(Sentence()).Append("\n\n");
        }
        return text.ToString();
    }

    private static string VideoId(Random random)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return new string(Enumerable.Range(0, 11).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}

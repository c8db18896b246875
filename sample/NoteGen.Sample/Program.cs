using NoteGen;
using NoteGen.Sample;

// Typed access: every name below is generated from sample/notes/*.md and checked by the compiler.
var strategy = Notes.AmazonsMachineLearningStrategy;
var dataGravity = strategy.Sections.StrategicApproachToMachineLearning.DataGravityAsAKeyAdvantage;
Console.WriteLine($"{strategy.Title} (video {strategy.VideoId})");
Console.WriteLine($"  \"{dataGravity.Heading}\" opens with: {dataGravity.Claims[0].Text}");
Console.WriteLine($"  cited at {dataGravity.Claims[0].Timestamps[0].Offset} → {dataGravity.Claims[0].Timestamps[0].Url}");
Console.WriteLine();

// Every note, walked generically. Video notes follow the VideoNote schema (VideoNote.cs), checked at build time.
foreach (Notes.VaultNote note in Notes.All)
{
    Console.WriteLine(new string('=', 80));
    string video = note is Notes.VideoNote videoNote ? $" [video {videoNote.VideoId}]" : "";
    Console.WriteLine($"{note.Title}{video}  ({note.Path})");
    if (note.Tags.Count > 0)
        Console.WriteLine($"  tags: {string.Join(", ", note.Tags)}");
    if (note.Backlinks.Count > 0)
        Console.WriteLine($"  linked from: {string.Join(", ", note.Backlinks.Select(l => l.Source.Name).Distinct())}");
    foreach (Claim claim in note.Claims.Where(c => c.Section is null))
        PrintClaim(claim, "  ");
    foreach (Section section in note.Sections)
        PrintSection(section, "  ");

    foreach (NoteLink link in note.Links.Where(l => l.IsBroken))
        Console.WriteLine($"  ! broken link {link} at line {link.Line}, column {link.Column}");
}

static void PrintSection(Section section, string indent)
{
    Console.WriteLine($"{indent}{new string('#', section.Level)} {section.Heading}");
    foreach (Claim claim in section.OwnClaims)
        PrintClaim(claim, indent + "  ");
    foreach (Section subsection in section.Subsections)
        PrintSection(subsection, indent + "  ");
}

static void PrintClaim(Claim claim, string indent)
{
    Console.WriteLine($"{indent}- {claim.Text}");
    foreach (Timestamp timestamp in claim.Timestamps)
        Console.WriteLine($"{indent}    [{timestamp.Label}] {timestamp.Url?.ToString() ?? "(no video)"}");
}

// Prints everything NoteGen gives this vault, in a fixed order and the invariant culture, so that the output of
// `dotnet run`, a trimmed publish and a Native AOT publish can be compared byte for byte.
using System.Globalization;
using System.Linq;
using System.Text.Json;
using App;
using NoteGen;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

foreach (var note in Notes.All)
{
    Console.WriteLine($"# {note.Path} name={note.Name} title={note.Title}");
    Console.WriteLine("  front matter: " + string.Join("; ", note.FrontMatter.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Show(p.Value))));
    Console.WriteLine("  featured: " + Join(note.Featured?.Select(l => l.DisplayText + ">" + l.Note?.Name + "#" + l.Section?.Heading)));
    Console.WriteLine($"  typed: rating={note.Rating} scores=[{Join(note.Scores)}] aired=[{Join(note.Aired?.Select(d => d.ToString("yyyy-MM-dd")))}] updated={note.Updated:yyyy-MM-ddTHH:mm} videoId={note.VideoId}");
    if (note is Notes.Episode episode)
    {
        var data = episode.Data;
        Console.WriteLine($"  episode: {data.Title} #{data.Number} {data.Status} published={data.Published:yyyy-MM-dd} guests=[{Join(data.Guests)}] video={episode.VideoId} previous={episode.Previous?.Name ?? "-"}/{data.Previous?.Title ?? "-"}");
    }
    Console.WriteLine("  tags: " + Join(note.Tags));
    foreach (var section in note.AllSections)
        Console.WriteLine($"  {new string('#', section.Level)} {section.Heading} #{section.Anchor} (line {section.Line}, parent {section.Parent?.Heading ?? "-"}, {section.Claims.Count} claims)");
    foreach (var claim in note.Claims)
    {
        Console.WriteLine($"  - [{claim.Line}] {claim.Text} <{claim.Section?.Heading ?? "-"}>");
        foreach (var t in claim.Timestamps)
            Console.WriteLine($"      {t.Label} = {t.Offset} {t.Url} ({t.Line}:{t.Column})");
    }
    foreach (var link in note.Links)
        Console.WriteLine($"  link {link} -> {link.Path ?? "-"} note={link.Note?.Name ?? "-"} heading={link.Heading ?? "-"} block={link.BlockId ?? "-"} section={link.Section?.Heading ?? "-"} broken={link.IsBroken} embed={link.IsEmbed} markdown={link.IsMarkdownLink} property={link.Property ?? "-"} ({link.Line}:{link.Column})");
    foreach (var backlink in note.Backlinks)
        Console.WriteLine($"  backlink from {backlink.Source.Name} line {backlink.Line}{(backlink.Property == null ? "" : " property " + backlink.Property)}");
}

// Typed navigation, three levels deep, and lookups.
var deep = Notes.Ep1.Sections.Chips.Foundries.Capacity;
Console.WriteLine($"typed: {deep.Heading} / {deep.Parent!.Heading} / {deep.Parent.Parent!.Heading}: {deep.Claims[0].Text} {deep.Claims[0].Timestamps[0].Url}");
Console.WriteLine($"typed: {Notes.Ep2.Sections.Outlook.OwnClaims.Count} claims under {Notes.Ep2.Sections.Outlook.Heading}");
Console.WriteLine("html: " + Notes.Ep1.Sections.Chips.Html.Replace("\n", "\\n"));
Console.WriteLine("html: " + Notes.Ep1.Html.Length + " chars, " + Notes.Hub.Html.Length + " chars");
Console.WriteLine("json: " + JsonSerializer.Serialize(Notes.Hub, NoteJsonContext.Default.Note));
Console.WriteLine($"find: Start page -> {Notes.Find("Start page")?.Path}, ep2 -> {Notes.Find("ep2")?.Title}, notes/episodes/season-1/ep1.md -> {Notes.Find("notes/episodes/season-1/ep1.md")?.Name}, nothing -> {Notes.Find("nothing")?.Name ?? "null"}");

static string Join<T>(IEnumerable<T>? items) => items == null ? "null" : string.Join(", ", items);

static string Show(object? value) => value switch
{
    null => "null",
    string text => text,
    IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Show)) + "]",
    IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => p.Key + ": " + Show(p.Value))) + "}",
    _ => "?" + value,
};

namespace NoteGen.Site;

/// <summary>The site's addresses, relative to <c>&lt;base href="/"&gt;</c>. A note's is <c>notes/{name}</c>, the form
/// <see cref="Note.Html"/> links notes with (<c>NoteGenLinkUrl</c>'s default), so links in note bodies and the site's
/// own links reach the same page.</summary>
internal static class SiteUrls
{
    public static string Note(Note note) => "notes/" + Uri.EscapeDataString(note.Name);

    /// <summary>The section's heading on its note's page (Blazor scrolls to the anchor).</summary>
    public static string Section(Section section) => Note(section.Note) + "#" + Uri.EscapeDataString(section.Anchor);

    /// <summary>A tag's page; a nested tag (<c>a/b</c>) keeps its slash, which the page's catch-all route takes.</summary>
    public static string Tag(string tag) => "tags/" + string.Join("/", tag.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The note's video (a note following the vault's <c>VideoNote</c> schema), or <c>null</c>.</summary>
    public static string? Video(Note note) =>
        note is Notes.VideoNote video ? "https://www.youtube.com/watch?v=" + Uri.EscapeDataString(video.VideoId) : null;
}

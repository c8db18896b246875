namespace NoteGen.Generator.Model
{
    /// <summary>
    /// A note's body rendered to HTML at parse time, with holes where what goes depends on the vault: links (whose
    /// targets resolution finds), embeds, timestamps (whose URL needs the settings' video template) and the section
    /// boundaries (whose offsets move once the holes are filled). <see cref="Emitting"/> fills them in order.
    /// </summary>
    /// <param name="Text">The HTML between the holes; every hole's offset is a position in it.</param>
    /// <param name="Holes">The holes in document order (offsets ascending).</param>
    internal sealed record NoteHtml(string Text, EquatableArray<HtmlHole> Holes);

    /// <summary>A place in <see cref="NoteHtml.Text"/> where the emitter writes something. <paramref name="Index"/>
    /// is a link's, a timestamp's or a section's index in the parsed note, by <paramref name="Kind"/>; for
    /// <see cref="HtmlHoleKind.Copy"/>, an offset in the note's Markdown and <paramref name="Length"/> characters.</summary>
    internal readonly record struct HtmlHole(int Offset, HtmlHoleKind Kind, int Index, int Length = 0);

    internal enum HtmlHoleKind
    {
        /// <summary>Opens a link: <c>&lt;a href&gt;</c>, or a broken link's <c>&lt;span&gt;</c>.</summary>
        LinkOpen,
        /// <summary>Closes what <see cref="LinkOpen"/> opened.</summary>
        LinkClose,
        /// <summary>A whole embed: an image, a note or section shown in place, or a link to a file.</summary>
        Embed,
        /// <summary>Opens a timestamp: a link to the video at that second.</summary>
        TimestampOpen,
        /// <summary>Closes what <see cref="TimestampOpen"/> opened.</summary>
        TimestampClose,
        /// <summary>Where a section's heading element starts: the end of the sections it closes.</summary>
        HeadingStart,
        /// <summary>Where a section's content starts, right after its heading element.</summary>
        ContentStart,
        /// <summary>Text that is the note's Markdown as written (nothing in it to escape): the payload carries the
        /// Markdown already, so the HTML refers to it rather than holding it twice.</summary>
        Copy,
    }
}

using NoteGen;

namespace NoteGen.Sample;

/// <summary>What every video note must have. A video note without <c>videoId</c> fails the build (NG0014), and its
/// generated type derives from <c>Notes.VideoNote</c>, where <c>VideoId</c> is a non-null <c>string</c>.</summary>
[NoteSchema("notes/*_*.md")]
public record VideoNote(string Title, string VideoId);

using System;

namespace NoteGen
{
    /// <summary>A moment of the note's video cited by a claim, written as
    /// <c>&lt;a class="yt-timestamp" data-t="00:01:08"&gt;[00:01:08]&lt;/a&gt;</c>.</summary>
    public sealed class Timestamp
    {
        internal Timestamp(string label, TimeSpan offset, Uri? url, int line, int column)
        {
            Label = label;
            Offset = offset;
            Url = url;
            Line = line;
            Column = column;
        }

        /// <summary>The offset as written in the note, e.g. <c>"00:01:08"</c> or <c>"12:34"</c>.</summary>
        public string Label { get; }

        /// <summary>The offset into the video.</summary>
        public TimeSpan Offset { get; }

        /// <summary>The video at this second, when the note has a <c>videoId</c>; otherwise <c>null</c>.</summary>
        public Uri? Url { get; }

        /// <summary>1-based line of the anchor in the note file.</summary>
        public int Line { get; }

        /// <summary>1-based column (UTF-16 character) of the anchor in the note file.</summary>
        public int Column { get; }

        /// <inheritdoc />
        public override string ToString() => Label;
    }
}

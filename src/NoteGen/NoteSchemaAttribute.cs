using System;

namespace NoteGen
{
    /// <summary>
    /// Declares the front matter that the notes matching <see cref="Glob"/> must have. Put it on a record, class or
    /// struct of your own. Its members are read from its primary-constructor parameters (for example
    /// <c>record VideoNote(string Title, string VideoId)</c>). Without such parameters, its public settable
    /// properties are used. Keys match member names ignoring case, <c>-</c> and <c>_</c>, so
    /// <c>VideoId</c> reads <c>videoId</c>, <c>video_id</c> or <c>video-id</c>.
    /// </summary>
    /// <remarks>
    /// At build time, NoteGen checks every matching note. A required key that is missing is an NG0014 error, a value
    /// of the wrong type is NG0015, and a key the schema does not declare is NG0016 (reported only when
    /// <see cref="AllowUnknownKeys"/> is <c>false</c>). A member is required unless it is nullable, has a default value
    /// or an initializer, or is a reference type in code without nullable annotations. Properties marked
    /// <c>required</c> are always required. The generated note types of matching notes derive from a generated class
    /// named after the schema, which exposes each member as a typed property, and <c>Data</c> as an instance of the
    /// schema.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
    public sealed class NoteSchemaAttribute : Attribute
    {
        /// <param name="glob">The notes it applies to, as a path relative to the project directory with <c>/</c>
        /// separators: <c>*</c> matches within one folder, <c>**</c> any number of folders and <c>?</c> one
        /// character, case-insensitively (<c>notes/episodes/**/*.md</c>).</param>
        public NoteSchemaAttribute(string glob) => Glob = glob;

        /// <summary>The notes the schema applies to.</summary>
        public string Glob { get; }

        /// <summary>Whether notes may have front-matter keys the schema does not declare (default <c>true</c>).
        /// NoteGen's own keys (<c>title</c>, <c>tags</c>, <c>aliases</c>) are always allowed.</summary>
        public bool AllowUnknownKeys { get; set; } = true;
    }
}

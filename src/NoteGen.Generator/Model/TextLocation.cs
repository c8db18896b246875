using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NoteGen.Generator.Model
{
    /// <summary>Where something is in a note file: a character span plus its 0-based line/column range. Stands in
    /// for <see cref="Location"/>, which is not equatable and must not be cached in pipeline models.</summary>
    internal sealed record TextLocation(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
    {
        /// <summary>The start of the file: for problems that belong to the whole note.</summary>
        public static readonly TextLocation FileStart = new TextLocation(0, 0, 0, 0, 0, 0);

        public Location ToLocation(string filePath) => Location.Create(
            filePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
    }
}

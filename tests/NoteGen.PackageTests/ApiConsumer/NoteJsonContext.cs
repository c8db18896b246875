using System.Text.Json.Serialization;
using NoteGen;

namespace App;

/// <summary>Notes as JSON without reflection, as a trimmed or Native AOT app (where reflection-based JSON is off)
/// serializes them.</summary>
[JsonSerializable(typeof(Note))]
internal sealed partial class NoteJsonContext : JsonSerializerContext
{
}

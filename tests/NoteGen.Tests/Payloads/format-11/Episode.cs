using System;
using System.Collections.Generic;
using NoteGen;

namespace App;

public enum Status { Draft, Published }

[NoteSchema("notes/episodes/**/*.md")]
public record Episode(string Title, string VideoId, int Number, Status Status, DateTime? Published = null, IReadOnlyList<string>? Guests = null,
    Episode? Previous = null);

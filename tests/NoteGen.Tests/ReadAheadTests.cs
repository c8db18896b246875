using NoteGen.Generator;
using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;

namespace NoteGen.Tests;

/// <summary>The parse steps' read-ahead: whatever thread reads a queued note, each note taken is the one its read gives.</summary>
public class ReadAheadTests
{
    private static ParsedNote Note(int i) => NoteParser.Empty("/project/n" + i + ".md", "n" + i + ".md", "test");

    [Fact]
    public void Notes_taken_in_any_order_are_each_their_own_read()
    {
        var queued = Enumerable.Range(0, 500).Select(i => ReadAhead.Queue(() => Note(i))).ToList();

        for (int i = queued.Count - 1; i >= 0; i--) // backwards: most are read by the time they are asked for
            Assert.Equal(Note(i), ReadAhead.Take(queued[i], default));
        for (int i = 0; i < queued.Count; i++)
            Assert.Equal(Note(i), ReadAhead.Take(queued[i], default));
    }

    [Fact]
    public void A_cancelled_read_throws_when_taken_and_the_reads_queued_after_it_are_not_lost()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var failing = ReadAhead.Queue(() => { cancelled.Token.ThrowIfCancellationRequested(); return Note(0); });
        var after = Enumerable.Range(1, 50).Select(i => ReadAhead.Queue(() => Note(i))).ToList();

        Assert.ThrowsAny<OperationCanceledException>(() => ReadAhead.Take(failing, default));
        for (int i = 0; i < after.Count; i++)
            Assert.Equal(Note(i + 1), ReadAhead.Take(after[i], default));
    }

    [Fact]
    public void Taking_a_note_in_a_cancelled_run_throws_without_reading_what_is_queued()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        int taker = Environment.CurrentManagedThreadId, readByTaker = 0;
        bool taking = false;
        var queued = Enumerable.Range(0, 2_000).Select(i => ReadAhead.Queue(() =>
        {
            if (Volatile.Read(ref taking) && Environment.CurrentManagedThreadId == taker)
                Interlocked.Increment(ref readByTaker);
            return Note(i);
        })).ToList();

        Volatile.Write(ref taking, true);
        Assert.ThrowsAny<OperationCanceledException>(() => ReadAhead.Take(queued[^1], cancelled.Token));
        Volatile.Write(ref taking, false);

        Assert.Equal(0, readByTaker); // a cancelled run's step leaves the queue to the workers
        for (int i = 0; i < queued.Count; i++)
            Assert.Equal(Note(i), ReadAhead.Take(queued[i], default));
    }
}

using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using NoteGen.Generator.Model;

namespace NoteGen.Generator
{
    /// <summary>
    /// Reads notes ahead of the step that needs them, on up to one thread per core but one. The driver runs a step's
    /// items one after another, so the first parse step only queues each note here and the second, which asks for them
    /// in order, finds most already parsed (<see cref="NoteGenerator"/>'s ParseNotes).
    /// </summary>
    /// <remarks>
    /// A queued note is a <see cref="Lazy{T}"/>: whoever asks first parses it and anyone else waits for that parse, so the
    /// step that asks never depends on a worker, and a note no worker took yet is parsed on the asking thread.
    /// The workers are threads of their own, not the thread pool's: a vault's thousands of notes queued on the pool would
    /// wait ahead of everything else the process queues there (a compiler server's other builds, the timer that cancels
    /// a run). A worker leaves when the queue is empty.
    /// </remarks>
    internal static class ReadAhead
    {
        private static readonly ConcurrentQueue<Lazy<ParsedNote>> s_queued = new ConcurrentQueue<Lazy<ParsedNote>>();
#pragma warning disable RS1035 // the ban is on settings read from the environment; the number of cores is none
        private static readonly int s_maxWorkers = Math.Max(1, Environment.ProcessorCount - 1);
#pragma warning restore RS1035
        private static int s_workers;

        /// <summary>The note <paramref name="read"/> gives, read now by a worker when one is free, else when asked for.</summary>
        public static Lazy<ParsedNote> Queue(Func<ParsedNote> read)
        {
            var note = new Lazy<ParsedNote>(read, LazyThreadSafetyMode.ExecutionAndPublication);
            s_queued.Enqueue(note);
            if (TryAddWorker())
                Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return note;
        }

        /// <summary>The note <see cref="Queue"/> returned, parsed. While a worker is still parsing it, this thread parses
        /// the notes queued after it, rather than wait; once the run is cancelled it stops at once, leaving the queue to
        /// the workers (each queued read then ends at its first check of the same token).</summary>
        public static ParsedNote Take(Lazy<ParsedNote> note, CancellationToken cancellationToken)
        {
            while (!note.IsValueCreated && !cancellationToken.IsCancellationRequested && s_queued.TryDequeue(out var next))
                Read(next);
            cancellationToken.ThrowIfCancellationRequested();
            return note.Value;
        }

        private static bool TryAddWorker()
        {
            int workers = Volatile.Read(ref s_workers);
            while (workers < s_maxWorkers)
            {
                int seen = Interlocked.CompareExchange(ref s_workers, workers + 1, workers);
                if (seen == workers)
                    return true;
                workers = seen;
            }
            return false;
        }

        private static void Read(Lazy<ParsedNote> note)
        {
            try
            {
                _ = note.Value;
            }
            catch (Exception)
            {
                // A cancelled run (the reader turns every other failure into a diagnostic): the Lazy keeps the
                // exception for the step that asks for the note, if any does, and the worker goes on.
            }
        }

        private static void Work()
        {
            do
            {
                while (s_queued.TryDequeue(out var note))
                    Read(note);
                Interlocked.Decrement(ref s_workers);
                // A note queued after the last dequeue, while every worker was still counted, started none: stay for it.
            } while (!s_queued.IsEmpty && TryAddWorker());
        }
    }
}

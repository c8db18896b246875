#if NET
using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(NoteGen.HotReload))]

namespace NoteGen
{
    /// <summary>
    /// Live editing under <c>dotnet watch</c> (or another hot reload host). An edit to a note re-runs the generator,
    /// and hot reload applies the new payloads to the running app: they are arguments of the root class's
    /// <see cref="NoteContentAttribute"/>s, whose changes the runtime applies in place. Notes decode their payloads
    /// once and keep the result, so after each update this handler, which the hot reload agent calls, makes every
    /// vault drop what it decoded; the notes are decoded again, from the new payloads, when next used.
    /// </summary>
    /// <remarks>Hot reload exists on .NET 6 and later only, hence the .NET build only. Without it (an app run
    /// normally, trimmed or Native AOT) no vault is tracked, and trimming removes the handler.</remarks>
    internal static class HotReload
    {
        private static readonly List<WeakReference<NoteVault>> s_vaults = new List<WeakReference<NoteVault>>();

        /// <summary>Tracks <paramref name="vault"/>, when hot reload can update this app, until it is collected.</summary>
        internal static void Track(NoteVault vault)
        {
            if (!MetadataUpdater.IsSupported)
                return;
            lock (s_vaults)
                s_vaults.Add(new WeakReference<NoteVault>(vault));
        }

        /// <summary>Called by the hot reload agent after an update, before <c>UpdateApplication</c> handlers (which
        /// may read notes). Every vault is reloaded: <paramref name="updatedTypes"/> names the root class when a
        /// note changed, but a change elsewhere (a schema record) can change what a note's <c>Data</c> holds.</summary>
        internal static void ClearCache(Type[]? updatedTypes)
        {
            var vaults = new List<NoteVault>();
            lock (s_vaults)
            {
                s_vaults.RemoveAll(reference => !reference.TryGetTarget(out _));
                foreach (var reference in s_vaults)
                    if (reference.TryGetTarget(out var vault))
                        vaults.Add(vault);
            }
            foreach (var vault in vaults)
                vault.DropDecodedContent();
        }
    }
}
#endif

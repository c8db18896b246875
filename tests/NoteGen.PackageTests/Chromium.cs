using System.Diagnostics;

namespace NoteGen.PackageTests;

/// <summary>
/// Debian's headless <c>chromium</c> (<c>.ci/run</c> installs it). Each call is a fresh browser with its own profile.
/// <c>--virtual-time-budget</c> lets the page run, WebAssembly start-up and rendering included, until it has been idle
/// for that much virtual time, so what comes back is the page as Blazor rendered it.
/// </summary>
internal static class Chromium
{
    private const string Program = "chromium";

    /// <summary>The DOM of <paramref name="url"/> once the page has settled, serialized as HTML.</summary>
    public static string DumpDom(Uri url) => Run(url, "--dump-dom");

    /// <summary>Saves a PNG of <paramref name="url"/>, rendered in a 1200×1600 window, to <paramref name="path"/>.</summary>
    public static void Screenshot(Uri url, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        Run(url, "--screenshot=" + path, "--window-size=1200,1600", "--hide-scrollbars");
        if (!File.Exists(path))
            throw new InvalidOperationException($"{Program} wrote no screenshot of {url} to {path}.");
    }

    private static string Run(Uri url, params string[] what)
    {
        string profile = Directory.CreateTempSubdirectory("notegen-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
            foreach (string argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=15000", .. what, url.ToString()])
                start.ArgumentList.Add(argument);

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Program} took more than 2 minutes on {url}.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{Program} exited with code {process.ExitCode} on {url}:\n{stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}

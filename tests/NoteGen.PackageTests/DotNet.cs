using System.Diagnostics;

namespace NoteGen.PackageTests;

/// <summary>Runs the <c>dotnet</c> CLI, or a program it built, and captures what it prints.</summary>
internal static class DotNet
{
    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Output}";
    }

    public static Result Run(string workingDirectory, params string[] arguments) => Start("dotnet", workingDirectory, arguments);

    /// <summary>Runs <paramref name="program"/> (a published app) in its own folder.</summary>
    public static Result Execute(string program) => Start(program, Path.GetDirectoryName(program)!);

    private static Result Start(string fileName, string workingDirectory, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(fileName, workingDirectory, arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} took more than 5 minutes.");
        }
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>How to start <paramref name="fileName"/> with its output redirected, for a caller that reads it as it
    /// comes (a long-running <c>dotnet watch</c>).</summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        // Plain, parseable output, and no telemetry or first-run banners in it.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        return start;
    }
}

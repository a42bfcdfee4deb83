using System.Diagnostics;

namespace PeaceTalks.Cli.Tests;

/// <summary>Runs the real command-line program (the built peacetalks.dll) as a separate process.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

public static class CliRun
{
    public static async Task<CliResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "peacetalks.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hang, not a measure of speed: a loaded 2-core CI machine can take minutes to start and import.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(6));
        return new CliResult(process.ExitCode, await output, await error);
    }

    public static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate) && Directory.GetFiles(candidate, "000_*.txt").Length > 0)
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found");
    }
}

using System.Diagnostics;

namespace PeaceTalks.Cli.Tests;

/// <summary>Runs the real command-line program (the built peacetalks.dll) as a separate process.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

public static class CliRun
{
    public static Task<CliResult> RunAsync(params string[] arguments) => RunAsync(arguments, null);

    /// <summary>
    /// Runs the program and reads its peak resident memory (the kernel's high-water mark, VmHWM) until it exits.
    /// The mark only rises, so the last reading, taken within a few milliseconds of the exit, is the process's peak
    /// but for what it allocated in those milliseconds.
    /// </summary>
    public static async Task<(CliResult Result, long PeakBytes)> RunMeasuredAsync(params string[] arguments)
    {
        long peak = 0;
        var result = await RunAsync(arguments, async (process, exited) =>
        {
            while (!exited.IsCompleted)
            {
                try
                {
                    var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                    if (line is not null)
                    {
                        peak = Math.Max(peak, long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024);
                    }
                }
                catch (IOException)
                {
                    // Gone between the check and the read: the last reading stands.
                }

                await Task.WhenAny(exited, Task.Delay(10));
            }
        });
        Assert.True(peak > 0, "no memory reading of the program (is /proc mounted?)");
        return (result, peak);
    }

    private static async Task<CliResult> RunAsync(string[] arguments, Func<Process, Task, Task>? watch)
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
        var exited = process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(6));
        if (watch is not null)
        {
            await watch(process, exited);
        }

        await exited;
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

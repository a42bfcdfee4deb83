using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PeaceTalks.Web.Startup;

/// <summary>
/// Asks this instance for the timeline's first page whenever a new import version appears (and once after
/// start), so that the output cache holds it before a reader comes. Counting a large corpus for the unfiltered
/// view takes seconds (tens of seconds at a million events): without this, the first reader after every import
/// waits for it; readers who come while it is being warmed wait on the same computation (the output cache lets
/// one request fill an entry), not on a computation each. Pages are cached whatever host name they were asked
/// by (<see cref="ImportVersionCache"/>), so the page asked for on the loopback address is the readers' page.
/// Each instance warms its own cache: no shared state. Needs a TCP address to call itself on (Kestrel); under a
/// test server, or on a Unix socket only, it does nothing.
/// </summary>
public sealed partial class CacheWarmer(
    IServer server,
    IServiceScopeFactory scopes,
    ImportVersion importVersion,
    IHostApplicationLifetime lifetime,
    ILogger<CacheWarmer> logger) : BackgroundService
{
    /// <summary>The pages warmed: the landing page, the one view every reader opens first.</summary>
    public static readonly string[] Paths = ["/"];

    /// <summary>
    /// Each page is cached once per encoding sent (<see cref="Compression"/>), so each is warmed: a browser asks for
    /// Brotli, older clients for gzip, scripts for neither. The page is counted once; the others reuse its counts.
    /// </summary>
    public static readonly string[] Encodings = ["br", "gzip", "identity"];

    /// <summary>How often the import version is compared with the one last warmed.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>After a failure the next try waits twice as long as the last, up to this.</summary>
    public static readonly TimeSpan LongestBackOff = TimeSpan.FromMinutes(5);

    private int warmedVersion = -1;

    /// <summary>The import version whose pages are in the cache; -1 before the first warm-up.</summary>
    public int WarmedVersion => Volatile.Read(ref warmedVersion);

    /// <summary>
    /// An address to call this instance on, from those the server listens on: plain HTTP first, a wildcard host
    /// ("+", "*", "0.0.0.0", "[::]") as the loopback address; null when there is none (a Unix socket, a pipe).
    /// </summary>
    public static Uri? SelfAddress(IEnumerable<string> addresses)
    {
        var tcp = addresses
            .Select(a => a.Replace("://+:", "://localhost:", StringComparison.Ordinal).Replace("://*:", "://localhost:", StringComparison.Ordinal))
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Where(u => u.Scheme is "http" or "https" && u.Port > 0 && !u.Host.StartsWith("unix", StringComparison.OrdinalIgnoreCase) && !u.Host.StartsWith("pipe", StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => u.Scheme == "http" ? 0 : 1)
            .FirstOrDefault();
        if (tcp is null)
        {
            return null;
        }

        var self = new UriBuilder(tcp) { Path = "/" };
        self.Host = self.Host switch
        {
            "0.0.0.0" => "127.0.0.1",
            "[::]" or "::" => "[::1]",
            _ => self.Host,
        };
        return self.Uri;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        var address = SelfAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        if (address is null)
        {
            return;
        }

        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var wait = Interval;
        var reported = -1;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int version;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    version = await importVersion.CurrentAsync(scope.ServiceProvider, stoppingToken);
                }

                if (version != WarmedVersion)
                {
                    try
                    {
                        await WarmAsync(client, version, stoppingToken);
                        wait = Interval;
                    }
                    catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                    {
                        // A failed warm-up costs only the next reader's wait. It is tried again later, less often
                        // each time, so a page that cannot be had is not recomputed every two seconds forever.
                        if (reported != version)
                        {
                            WarmUpFailed(logger, version, e.Message);
                            reported = version;
                        }

                        wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestBackOff.Ticks));
                    }
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database away for a moment: asked again on the next tick. Nothing may escape, since an
                // exception leaving a background service stops the host.
                VersionUnknown(logger, e.Message);
            }

            await Task.Delay(wait, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task WarmAsync(HttpClient client, int version, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        foreach (var path in Paths)
        {
            foreach (var encoding in Encodings)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
                request.Headers.AcceptEncoding.ParseAdd(encoding);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                response.EnsureSuccessStatusCode();
            }
        }

        Volatile.Write(ref warmedVersion, version);
        Warmed(logger, version, clock.ElapsedMilliseconds);
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetResult());
        await started.Task;
        return !stoppingToken.IsCancellationRequested;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timeline cache warmed for import version {Version} in {Milliseconds} ms")]
    private static partial void Warmed(ILogger logger, int version, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timeline cache warm-up for import version {Version} failed, tried again later: {Problem}")]
    private static partial void WarmUpFailed(ILogger logger, int version, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timeline cache warmer could not read the import version, tried again shortly: {Problem}")]
    private static partial void VersionUnknown(ILogger logger, string problem);
}

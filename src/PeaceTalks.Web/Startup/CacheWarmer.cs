using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PeaceTalks.Web.Startup;

/// <summary>
/// Asks this instance for the timeline's first page whenever a new import version appears (and once after
/// start), so that the output cache holds it before a reader comes. Counting a large corpus for the unfiltered
/// view takes seconds (tens of seconds at a million events): without this, the first reader after every import
/// waits for it; readers who come while it is being warmed wait on the same computation (the output cache lets
/// one request fill an entry), not on a computation each. Each instance warms its own cache: no shared state.
/// Needs a real listening address (Kestrel); under a test server with none, it does nothing.
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

    /// <summary>How often the import version is compared with the one last warmed.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private int warmedVersion = -1;

    /// <summary>The import version whose pages are in the cache; -1 before the first warm-up.</summary>
    public int WarmedVersion => Volatile.Read(ref warmedVersion);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken) || BaseAddress() is not { } address)
        {
            return;
        }

        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        using var timer = new PeriodicTimer(Interval);
        do
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
                    await WarmAsync(client, version, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed warm-up (the database away for a moment, say) costs only the next reader's wait, and it is
                // tried again on the next tick; it must never stop the host, which an escaping exception would.
                WarmUpFailed(logger, e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task WarmAsync(HttpClient client, int version, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        foreach (var path in Paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
            response.EnsureSuccessStatusCode();
        }

        Volatile.Write(ref warmedVersion, version);
        Warmed(logger, version, clock.ElapsedMilliseconds);
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        using var onStopping = stoppingToken.Register(started.SetResult);
        await started.Task;
        return !stoppingToken.IsCancellationRequested;
    }

    /// <summary>An address of this instance to call itself on, preferring plain HTTP; a wildcard host becomes loopback.</summary>
    private Uri? BaseAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        // Kestrel reports what it was given: "http://+:80", "http://*:80", "http://0.0.0.0:80", "http://[::]:80".
        var wildcard = chosen.Replace("://+:", "://localhost:", StringComparison.Ordinal).Replace("://*:", "://localhost:", StringComparison.Ordinal);
        var uri = new UriBuilder(wildcard);
        uri.Host = uri.Host switch
        {
            "0.0.0.0" => "127.0.0.1",
            "[::]" or "::" => "[::1]",
            _ => uri.Host,
        };

        return uri.Uri;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timeline cache warmed for import version {Version} in {Milliseconds} ms")]
    private static partial void Warmed(ILogger logger, int version, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timeline cache warm-up failed, tried again shortly: {Problem}")]
    private static partial void WarmUpFailed(ILogger logger, string problem);
}

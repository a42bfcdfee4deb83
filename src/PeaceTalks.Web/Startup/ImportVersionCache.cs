using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Startup;

/// <summary>
/// Pages and API answers are cached per URL and per import version (the latest import run stored in
/// the database): an import anywhere makes every instance answer afresh, with no state to share.
/// </summary>
public static class ImportVersionCache
{
    /// <summary>The output cache keyed by import version, and its warmer (<see cref="CacheWarmer"/>).</summary>
    public static IServiceCollection AddImportVersionCache(this IServiceCollection services) =>
        services.AddSingleton<ImportVersion>()
            .AddSingleton<CacheWarmer>()
            .AddHostedService(provider => provider.GetRequiredService<CacheWarmer>())
            .AddOutputCache(options =>
            {
                // Documents are named by their file names, which differ by case alone ("Report.txt", "report.txt"):
                // /sources/Report.txt is not /sources/report.txt.
                options.UseCaseSensitivePaths = true;
                options.AddBasePolicy(policy => policy
                .With(context => !context.HttpContext.Request.Path.StartsWithSegments("/healthz"))
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery("*")
                // Pages are the same whatever name the instance was reached by, so the page the warmer asked for on
                // 127.0.0.1 is the one a reader gets through a domain or a proxy. Exports alone write absolute links
                // (Api/Exports.cs), so they are kept apart by scheme and host.
                .SetVaryByHost(false)
                // One entry per encoding sent (Compression.cs): the compressed answer is what is cached.
                .VaryByValue(context => new KeyValuePair<string, string>("encoding", Compression.EncodingFor(context)))
                .VaryByValue(async (context, cancellationToken) =>
                {
                    var version = await context.RequestServices.GetRequiredService<ImportVersion>().CurrentAsync(context.RequestServices, cancellationToken);
                    var request = context.Request;
                    // The raw Host, as the export reads it: HostString's own text maps names to IDN, which throws on some a client may send.
                    var site = request.Path.StartsWithSegments("/export") ? $" {request.Scheme}://{request.Host.Value}" : "";
                    return new KeyValuePair<string, string>("import", version.ToString(CultureInfo.InvariantCulture) + site);
                }));
            });
}

/// <summary>
/// The latest import's id, read from the database at most once per <see cref="Freshness"/> in each
/// instance. Asking the database on every request cost a third of the cached page's throughput; a
/// second's delay before a new import shows is what a reader cannot tell from the import's own time.
/// </summary>
public sealed class ImportVersion
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private (int Version, DateTimeOffset ReadAt) last = (0, DateTimeOffset.MinValue);

    public ValueTask<int> CurrentAsync(IServiceProvider requestServices, CancellationToken cancellationToken) =>
        CurrentAsync(requestServices.GetRequiredService<PeaceTalksDbContext>(), cancellationToken);

    public async ValueTask<int> CurrentAsync(PeaceTalksDbContext db, CancellationToken cancellationToken)
    {
        var known = last;
        if (DateTimeOffset.UtcNow - known.ReadAt < Freshness)
        {
            return known.Version;
        }

        var version = await db.ImportRuns.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
        last = (version, DateTimeOffset.UtcNow);
        return version;
    }
}

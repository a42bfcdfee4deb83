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
    public static IServiceCollection AddImportVersionCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddBasePolicy(policy => policy
            .With(context => !context.HttpContext.Request.Path.StartsWithSegments("/healthz"))
            .Expire(TimeSpan.FromHours(1))
            .SetVaryByQuery("*")
            .VaryByValue(async (context, cancellationToken) =>
            {
                var db = context.RequestServices.GetRequiredService<PeaceTalksDbContext>();
                var version = await db.ImportRuns.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
                return new KeyValuePair<string, string>("import", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            })));
}

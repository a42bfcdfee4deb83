using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace PeaceTalks.Web.Startup;

/// <summary>
/// Brotli or gzip for a client that asks, inside the output cache: the cache stores the compressed answer, so a
/// cached page is compressed once per encoding, not on every request. That takes the cache outside: a middleware
/// stores what the ones after it write, so with compression before the cache, the cache held the plain page and
/// every hit was compressed again (the order the ASP.NET Core maintainers give for caching compressed answers,
/// dotnet/AspNetCore.Docs#20819; CompressionTests checks it). The output cache does not
/// vary by Accept-Encoding on its own (dotnet/aspnetcore#45998), so <see cref="ImportVersionCache"/> keys each
/// entry by the encoding this middleware will choose (<see cref="EncodingFor"/>): "gzip, deflate, br, zstd" and
/// "br" share one entry.
/// </summary>
public static class Compression
{
    /// <summary>What the app sends besides the defaults (HTML, JSON, CSS, JavaScript): the exports and API errors.</summary>
    public static readonly string[] ExtraMimeTypes = ["text/csv", "text/calendar", "application/problem+json"];

    public static IServiceCollection AddPeaceTalksCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
            {
                // BREACH reads a secret out of a compressed HTTPS body by reflecting a guess beside it. These pages hold
                // none: no cookies, no sign-in, no antiforgery tokens (every form is a GET), only public text.
                options.EnableForHttps = true;
                options.Providers.Add<BrotliCompressionProvider>();
                options.Providers.Add<GzipCompressionProvider>();
                options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. ExtraMimeTypes];
            })
            // Optimal is Brotli's quality 4 (the landing page in 18.6 KB, about 10 ms); Fastest, quality 1, sent 16 % more,
            // and SmallestSize, quality 11, takes a second, too long for the answers that are not cached.
            .Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal)
            .Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);

    /// <summary>
    /// Compression inside the output cache, and <c>Vary: Accept-Encoding</c> on every answer that passes through it,
    /// compressed or not: the middleware itself says so only when the request had an Accept-Encoding
    /// (dotnet/aspnetcore#48008), and a shared cache that stored an identity answer without it would serve that to
    /// clients that asked for Brotli, or a Brotli answer to one that cannot read it.
    /// </summary>
    public static IApplicationBuilder UseCompressionInsideOutputCache(this IApplicationBuilder app) =>
        app.UseResponseCompression().Use(VaryByEncoding);

    /// <summary>
    /// The static files (site.css, site.js) compressed for a client that asks, with the same <c>Vary</c>. They are served
    /// before the output cache, so compression after it never saw them. This compression stands outside the cache too,
    /// and leaves what comes back already compressed alone (the middleware compresses no answer that has a
    /// Content-Encoding): a cached page is still compressed once, by <see cref="UseCompressionInsideOutputCache"/>.
    /// </summary>
    public static IApplicationBuilder UseCompressedStaticFiles(this IApplicationBuilder app) =>
        app.UseResponseCompression().Use(VaryByEncoding).UseStaticFiles();

    private static async Task VaryByEncoding(HttpContext context, Func<Task> next)
    {
        var vary = context.Response.Headers.Vary;
        if (!vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Headers.Vary = Microsoft.Extensions.Primitives.StringValues.Concat(vary, HeaderNames.AcceptEncoding);
        }

        await next();
    }

    /// <summary>The encoding the compression middleware will answer this request in: "br", "gzip" or "identity".</summary>
    public static string EncodingFor(HttpContext context) =>
        context.RequestServices.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(context)?.EncodingName ?? "identity";
}

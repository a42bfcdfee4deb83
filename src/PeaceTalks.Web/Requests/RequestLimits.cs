using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace PeaceTalks.Web.Requests;

/// <summary>
/// What a request may ask of a read-only site, settled before any page runs.
/// <list type="bullet">
/// <item>Methods: GET and HEAD. Anything else is a 405 naming them (<c>Allow</c>): a Razor page asked with TRACE rendered
/// with no handler and failed (500), other methods got an empty 400. OPTIONS is answered with the same <c>Allow</c>.</item>
/// <item>HEAD is a GET whose body is not sent: the minimal API and the exports map GET only, and answered HEAD with 404.</item>
/// <item>The query string: at most <see cref="MaxParameters"/> parameters of at most <see cref="MaxValueLength"/>
/// characters each. Every filter value is carried on in every facet link, so an 8 KB query string of repeated values
/// made a 4 MB page; the rest is left out and the page says so (<see cref="Note"/>).</item>
/// </list>
/// </summary>
public static class RequestLimits
{
    public const int MaxParameters = 24;

    public const int MaxValueLength = 256;

    public const string Allowed = "GET, HEAD";

    private const string NoteKey = "PeaceTalks.RequestLimits.Note";

    /// <summary>What was left out of this request's query string, to be shown on the page; null when nothing was.</summary>
    public static string? Note(HttpContext context) => context.Items[NoteKey] as string;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsOptions(request.Method))
        {
            context.Response.Headers.Allow = Allowed;
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.Headers.Allow = Allowed;
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"{StatusCodes.Status405MethodNotAllowed} Method Not Allowed: this site is read-only; ask with {Allowed}.\n");
            return;
        }

        Bound(context);
        if (!HttpMethods.IsHead(request.Method))
        {
            await next();
            return;
        }

        var body = context.Response.Body;
        request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next();
        }
        finally
        {
            request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    });

    private static void Bound(HttpContext context)
    {
        var query = context.Request.Query;
        var count = query.Sum(p => Math.Max(1, p.Value.Count));
        var tooLong = query.Any(p => p.Value.Any(v => v?.Length > MaxValueLength));
        if (count <= MaxParameters && !tooLong)
        {
            return;
        }

        var kept = new QueryBuilder();
        var keptCount = 0;
        var left = 0;
        var cut = 0;
        foreach (var (key, values) in query)
        {
            foreach (var value in values.Count == 0 ? new StringValues("") : values)
            {
                if (keptCount >= MaxParameters)
                {
                    left++;
                    continue;
                }

                var text = value ?? "";
                if (text.Length > MaxValueLength)
                {
                    cut++;
                    text = text[..MaxValueLength];
                }

                kept.Add(key, text);
                keptCount++;
            }
        }

        context.Request.QueryString = kept.ToQueryString();
        context.Items[NoteKey] = string.Join(" ", new[]
        {
            left > 0 ? $"The address held more than {MaxParameters} parameters: the {left} after the first {MaxParameters} were left out." : null,
            cut > 0 ? $"{cut} value(s) longer than {MaxValueLength} characters were cut to {MaxValueLength}." : null,
        }.Where(s => s is not null));
    }
}

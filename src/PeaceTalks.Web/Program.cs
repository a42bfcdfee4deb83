using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Api;
using PeaceTalks.Web.Pages.Shared;
using PeaceTalks.Web.Pages.Timeline;
using PeaceTalks.Web.Requests;
using PeaceTalks.Web.Startup;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

var store = StoreOptions.From(
    builder.Configuration["Database:Provider"],
    builder.Configuration.GetConnectionString("PeaceTalks"),
    builder.Environment.ContentRootPath);
builder.Services.AddPeaceTalksStore(store);
builder.Services.AddRazorPages();
builder.Services.AddImportVersionCache();
builder.Services.AddPeaceTalksCompression();
builder.Services.AddSingleton<TimelineSummaryCache>();
builder.Services.AddScoped(provider => new TimelineQuery(provider.GetRequiredService<PeaceTalksDbContext>())
{
    SummaryCache = provider.GetRequiredService<TimelineSummaryCache>(),
});
builder.Services.AddScoped<SiteFooter>();
builder.Services.AddSingleton<SeedStatus>();
builder.Services.AddOpenApi();

// The API's errors are RFC 9457 problem details (application/problem+json), which a client reads without knowing our pages.
builder.Services.AddProblemDetails();

// Values a reader typed can come back in API messages: they are escaped like everything else.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Default);

var app = builder.Build();
try
{
    await SeedImport.RunAsync(app.Services, app.Configuration, app.Environment, app.Logger);
}
catch (SqliteException e)
{
    // A file that is not a PeaceTalks database is never overwritten: the app stops and says why.
    Log.Fatal("The database {Database} cannot be used: {Problem}. Point ConnectionStrings:PeaceTalks at a PeaceTalks database or a new file.",
        store.Describe(), e.Message);
    await Log.CloseAndFlushAsync();
    return 1;
}

// Outside the exception handler, so each request is logged with the status the reader got: a failure as the
// 500 of the error page (the handler logs the exception once), and a reader who left before the answer, whose
// query was cancelled, as the handler's 499 at Information, not as an error with the cancelled query's stack.
app.UseSerilogRequestLogging(options =>
{
    // The query string is the view (the timeline's filters): it belongs in the request's log line.
    options.MessageTemplate = "HTTP {RequestMethod} {RequestPath}{QueryString} responded {StatusCode} in {Elapsed:0.0000} ms";
    options.EnrichDiagnosticContext = (context, http) => context.Set("QueryString", http.Request.QueryString.Value ?? "");
});

// An error under /api is answered as problem details, whatever the client's Accept says (a browser's asks for HTML
// first): a client of the API reads JSON, never the HTML error page. Each API handler sits inside the pages' one, so it
// answers first.
static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
static Task Problem(HttpContext context) => Results.Problem(statusCode: context.Response.StatusCode).ExecuteAsync(context);
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Problem }));
}

// Everything the app serves is its own: no inline script or style, no framing, no sniffing.
app.Use(async (context, next) =>
{
    var headers = context.Response.Headers;
    headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    headers.XContentTypeOptions = "nosniff";
    headers["Referrer-Policy"] = "no-referrer";
    headers.XFrameOptions = "DENY";
    await next();
});

app.UseRequestLimits();
app.UseCompressedStaticFiles();
app.UseOutputCache();
// After the cache, so that the cache keeps the compressed bytes (Startup/Compression.cs).
app.UseCompressionInsideOutputCache();
app.UseRouting();
app.UseStatusCodePagesWithReExecute("/not-found");

// Inside the pages' handler, so an API error has its problem details before that handler would re-execute it as HTML
// (it leaves a response alone once it has a content type).
app.UseWhen(IsApi, api => api.UseStatusCodePages(context => Problem(context.HttpContext)));
app.MapRazorPages();
app.MapApi();
app.MapExports();
app.MapOpenApi();
// Degraded is still 200: the app serves what its database holds; the body says which seed it could not import.
app.MapGet("/healthz", async (PeaceTalksDbContext db, SeedStatus seeds) =>
    !(await db.Database.CanConnectAsync() && await db.Documents.AnyAsync())
        ? Results.Text($"not ready: the database holds no documents{(seeds.Problem is { } refused ? $"; the seeds were not imported: {refused}" : "")}", statusCode: StatusCodes.Status503ServiceUnavailable)
        : seeds.Problem is { } problem
            ? Results.Text($"degraded: the seeds were not imported: {problem}")
            : Results.Text("ready"));

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

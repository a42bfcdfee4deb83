using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Startup;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

var connectionString = PeaceTalksDatabase.SqliteConnectionString(
    builder.Configuration.GetConnectionString("PeaceTalks") ?? PeaceTalksDatabase.DefaultFileName,
    builder.Environment.ContentRootPath);
builder.Services.AddDbContext<PeaceTalksDbContext>(options => options.UseStore(connectionString));
builder.Services.AddRazorPages();

var app = builder.Build();
await SeedImport.RunAsync(app.Services, app.Configuration, app.Environment, app.Logger);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseRouting();
app.MapRazorPages();
app.MapGet("/healthz", async (PeaceTalksDbContext db) =>
    await db.Database.CanConnectAsync() && await db.Documents.AnyAsync() ? Results.Ok("ready") : Results.StatusCode(503));

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

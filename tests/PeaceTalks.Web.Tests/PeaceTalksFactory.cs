using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Web.Tests;

/// <summary>The real app over its own SQLite file, which it creates and fills from seeds/ on start.</summary>
public class PeaceTalksFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"peacetalks-web-{Guid.NewGuid():N}.db");

    /// <summary>Whether a database file was there before the app started (it should not be: the app creates it).</summary>
    public bool DatabaseExistedBeforeStart { get; private set; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        DatabaseExistedBeforeStart = File.Exists(DatabasePath);
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:PeaceTalks", DatabasePath);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        PeaceTalksDatabase.Release();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}

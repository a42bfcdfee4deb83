using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using PeaceTalks.Tests;

namespace PeaceTalks.Web.Tests;

/// <summary>
/// The real app over its own store (a SQLite file, or a PostgreSQL database when the tests run against a
/// server: <see cref="TestStore"/>), which it creates and fills from seeds/ on start.
/// </summary>
public class PeaceTalksFactory : WebApplicationFactory<Program>
{
    public TestStore Store { get; } = TestStore.Create("web");

    /// <summary>Whether the database was there before the app started (it should not be: the app creates it).</summary>
    public bool DatabaseExistedBeforeStart { get; private set; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        DatabaseExistedBeforeStart = Store.Exists();
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Store.ProviderName);
        builder.UseSetting("ConnectionStrings:PeaceTalks", Store.Location);
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Store.Dispose();
    }
}

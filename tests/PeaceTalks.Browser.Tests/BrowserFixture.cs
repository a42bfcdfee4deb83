using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using PeaceTalks.Tests;

namespace PeaceTalks.Browser.Tests;

/// <summary>
/// The real app on a free 127.0.0.1 port (Kestrel, its own store imported from seeds/: a SQLite file, or a PostgreSQL
/// database when the tests run against a server, <see cref="TestStore"/>) and
/// Debian's Chromium driven by Playwright. A missing Chromium fails the tests; it never skips them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly AppFactory factory = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Run ./test.sh, which installs it (apt-get install -y chromium), or install it by hand.");
        }

        factory.UseKestrel(0);
        factory.StartServer();
        BaseAddress = factory.CreateClient().BaseAddress!;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            AcceptDownloads = true,
        });
        // The suite runs beside the other test projects on two cores: waits get room, not retries.
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = false });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }

    public void Dispose() => factory.Dispose();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeaceTalks.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }

    private sealed class AppFactory : WebApplicationFactory<Program>
    {
        private readonly TestStore store = TestStore.Create("browser");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", store.ProviderName);
            builder.UseSetting("ConnectionStrings:PeaceTalks", store.Location);
            builder.UseEnvironment("Production");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            store.Dispose();
        }
    }
}

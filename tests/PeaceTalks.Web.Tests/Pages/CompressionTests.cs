using System.IO.Compression;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalks.Web.Startup;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// Answers are compressed for a client that asks, and the output cache keeps the compressed bytes: a cached page is
/// compressed once. Over a real Kestrel port, so that what is measured is what a client receives on the wire, with
/// a client that does not decompress.
/// </summary>
public sealed class CompressionTests(CompressionTests.CountingFactory factory) : IClassFixture<CompressionTests.CountingFactory>
{
    /// <summary>The bound for the landing page on the seeds, as Brotli on the wire.</summary>
    private const int LandingPageBound = 60_000;

    /// <summary>The app over Kestrel, its Brotli provider counting the bodies it compresses.</summary>
    public sealed class CountingFactory : PeaceTalksFactory
    {
        public CountingBrotli Brotli { get; } = new();

        public CountingFactory()
        {
            UseKestrel(0);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Configure<ResponseCompressionOptions>(options =>
            {
                options.Providers.Clear();
                options.Providers.Add(Brotli);
                options.Providers.Add<GzipCompressionProvider>();
            }));
        }
    }

    public sealed class CountingBrotli : ICompressionProvider
    {
        private readonly BrotliCompressionProvider inner = new(Microsoft.Extensions.Options.Options.Create(new BrotliCompressionProviderOptions { Level = CompressionLevel.Optimal }));
        private int streams;

        public int Streams => Volatile.Read(ref streams);

        public string EncodingName => inner.EncodingName;

        public bool SupportsFlush => inner.SupportsFlush;

        public Stream CreateStream(Stream outputStream)
        {
            Interlocked.Increment(ref streams);
            return inner.CreateStream(outputStream);
        }
    }

    [Fact]
    public async Task A_client_that_asks_for_Brotli_gets_the_same_page_in_Brotli_under_60_KB()
    {
        using var client = factory.CreateClient();
        var plain = await GetAsync(client, "/", null);
        var brotli = await GetAsync(client, "/", "br");

        Assert.Empty(plain.Encoding);
        Assert.Equal(["br"], brotli.Encoding);
        Assert.True(brotli.Body.Length < LandingPageBound, $"{brotli.Body.Length:N0} bytes of Brotli, {plain.Body.Length:N0} plain");
        Assert.Equal(plain.Body, Decode(brotli.Body, "br"));
    }

    [Fact]
    public async Task A_client_that_does_not_ask_gets_the_page_as_it_is_marked_as_varying_by_encoding()
    {
        using var client = factory.CreateClient();
        foreach (var url in new[] { "/", "/api/events", "/proposals/compare" })
        {
            var plain = await GetAsync(client, url, null);
            Assert.Empty(plain.Encoding);
            Assert.Equal(["Accept-Encoding"], plain.Vary);
            Assert.NotEqual(0x1f, plain.Body[0]);
        }
    }

    [Theory]
    [InlineData("/api/events", "gzip")]
    [InlineData("/api/events", "br")]
    [InlineData("/export/events.csv", "br")]
    [InlineData("/export/events.timeline.json", "gzip")]
    [InlineData("/events/93", "gzip, deflate, br, zstd")]
    public async Task Pages_API_answers_and_exports_are_compressed_in_the_encoding_asked_for(string url, string accept)
    {
        using var client = factory.CreateClient();
        var plain = await GetAsync(client, url, null);
        var compressed = await GetAsync(client, url, accept);
        var encoding = Assert.Single(compressed.Encoding);
        Assert.Equal(accept.Contains("br", StringComparison.Ordinal) ? "br" : "gzip", encoding);
        Assert.Equal(["Accept-Encoding"], compressed.Vary);
        Assert.True(compressed.Body.Length < plain.Body.Length);
        Assert.Equal(plain.Body, Decode(compressed.Body, encoding));
    }

    [Theory]
    [InlineData("/css/site.css", "br", "br")]
    [InlineData("/css/site.css", "gzip", "gzip")]
    [InlineData("/js/site.js", "gzip, deflate, br, zstd", "br")]
    public async Task Static_files_are_compressed_for_a_client_that_asks_and_plain_for_one_that_does_not(string url, string accept, string expected)
    {
        using var client = factory.CreateClient();
        var plain = await GetAsync(client, url, null);
        var compressed = await GetAsync(client, url, accept);

        Assert.Empty(plain.Encoding);
        Assert.Equal(["Accept-Encoding"], plain.Vary);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "src/PeaceTalks.Web/wwwroot", url.TrimStart('/'))), plain.Body);
        Assert.Equal([expected], compressed.Encoding);
        Assert.Equal(["Accept-Encoding"], compressed.Vary);
        Assert.True(compressed.Body.Length < plain.Body.Length, $"{compressed.Body.Length:N0} bytes compressed, {plain.Body.Length:N0} plain");
        Assert.Equal(plain.Body, Decode(compressed.Body, expected));
    }

    [Fact]
    public async Task The_second_answer_comes_compressed_from_the_cache_without_compressing_again()
    {
        using var client = factory.CreateClient();
        var warmer = factory.Services.GetRequiredService<CacheWarmer>();
        for (var waited = 0; warmer.WarmedVersion <= 0 && waited < 600; waited++)
        {
            await Task.Delay(100);
        }

        // A view nobody warmed, so its first answer is computed and compressed here.
        const string url = "/?kind=meeting";
        var before = factory.Brotli.Streams;
        var first = await GetAsync(client, url, "br");
        var second = await GetAsync(client, url, "gzip, br");

        Assert.Null(first.Age);
        Assert.NotNull(second.Age);
        Assert.Equal(["br"], second.Encoding);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(1, factory.Brotli.Streams - before);

        // Another encoding is another entry, computed once too, and not the Brotli bytes.
        var gzip = await GetAsync(client, url, "gzip");
        Assert.Equal(["gzip"], gzip.Encoding);
        Assert.Equal(Decode(first.Body, "br"), Decode(gzip.Body, "gzip"));
        Assert.Equal(1, factory.Brotli.Streams - before);
    }

    private sealed record Answer(byte[] Body, string[] Encoding, string[] Vary, TimeSpan? Age);

    private static async Task<Answer> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return new Answer(
            await response.Content.ReadAsByteArrayAsync(),
            [.. response.Content.Headers.ContentEncoding],
            [.. response.Headers.Vary],
            response.Headers.Age);
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}

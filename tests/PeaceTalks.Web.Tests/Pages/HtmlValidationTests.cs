using System.Diagnostics;
using System.Text.Json;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>The HTML of every page type conforms to the standard, as html-validate (npm, installed by ./test.sh) checks it.</summary>
public class HtmlValidationTests(PeaceTalksFactory factory) : IClassFixture<PeaceTalksFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?party=Turkey&year=2022")]
    [InlineData("/?year=abc")]
    [InlineData("/?undated=1")]
    [InlineData("/?undated=1&party=Russia&year=2022")]
    [InlineData("/events/1")]
    [InlineData("/sources")]
    [InlineData("/sources/000_d0e1863d5fa5877d.txt?highlight=1")]
    [InlineData("/sources/002_ac80af98cba62472.txt")]
    [InlineData("/parties")]
    [InlineData("/parties/turkey")]
    [InlineData("/rounds")]
    [InlineData("/rounds/first-round")]
    [InlineData("/proposals")]
    [InlineData("/proposals/first")]
    [InlineData("/proposals/compare")]
    [InlineData("/imports")]
    [InlineData("/imports/1")]
    [InlineData("/no/such/page")]
    public async Task Each_page_type_is_valid_html(string url)
    {
        var client = factory.CreateClient();
        if (url == "/proposals/first")
        {
            var list = await Html.GetAsync(client, "/proposals");
            url = list.QuerySelector("table a[href^='/proposals/']")!.GetAttribute("href")!;
        }

        var html = await (await client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();
        var file = Path.Combine(Path.GetTempPath(), $"peacetalks-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);
        try
        {
            var problems = await ValidateAsync(file);
            Assert.True(problems.Count == 0, $"{url}:\n{string.Join("\n", problems)}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<List<string>> ValidateAsync(string file)
    {
        var tools = Path.Combine(Repository.Root, "tests", "tools");
        var validator = Path.Combine(tools, "node_modules", "html-validate", "bin", "html-validate.mjs");
        if (!File.Exists(validator))
        {
            throw new InvalidOperationException($"html-validate is not installed in {tools}: run ./test.sh (it runs npm ci there).");
        }

        // The report goes to a file: node cuts a long report written to a pipe short when the validator exits
        // with its error code, and a page with many problems would read as broken JSON, not as its problems.
        var reportFile = file + ".report.json";
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tools };
        foreach (var argument in new[] { validator, "--config", ".htmlvalidate.json", "--formatter", $"json={reportFile}", file })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        if (!File.Exists(reportFile) || new FileInfo(reportFile).Length == 0)
        {
            throw new InvalidOperationException($"html-validate gave no report (exit {process.ExitCode}): {error}");
        }

        var json = await File.ReadAllTextAsync(reportFile);
        File.Delete(reportFile);
        using var report = JsonDocument.Parse(json);
        return report.RootElement.EnumerateArray()
            .SelectMany(result => result.GetProperty("messages").EnumerateArray())
            .Select(m => $"{m.GetProperty("line").GetInt32()}:{m.GetProperty("column").GetInt32()} {m.GetProperty("ruleId").GetString()}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Http;

namespace PeaceTalks.Web.Tests.Pages;

/// <summary>
/// What each export promises the tool it is opened in, read by that format's own parser: CSV for spreadsheets (byte-order
/// mark, CRLF, no formulas), iCalendar spans as long as the date is known, TimelineJS without nulls or markup.
/// </summary>
public class ExportFormatTests(AwkwardTextFactory factory) : IClassFixture<AwkwardTextFactory>
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    [Fact]
    public async Task The_csv_export_starts_with_a_byte_order_mark_and_ends_every_record_with_crlf()
    {
        var bytes = await factory.CreateClient().GetByteArrayAsync(new Uri("/export/events.csv", UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split("\r\n").Length - 1, text.Count(c => c == '\n'));
        Assert.Contains("Mevlüt Çavuşoğlu", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_read_as_text()
    {
        using var stream = await factory.CreateClient().GetStreamAsync(new Uri("/export/events.csv", UriKind.Relative));
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Select(r => (IDictionary<string, object>)r).ToList();
        var titles = rows.Select(r => (string)r["Title"]).ToList();

        // The title drops the parenthesis (Headline); the sentence keeps it, and both are neutralised.
        Assert.Contains(titles, t => t.StartsWith("'=HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(rows, r => ((string)r["Summary"]).StartsWith("'=HYPERLINK(\"http", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("'-1", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("'+38", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("'@Minsk", StringComparison.Ordinal));
        var cells = rows.SelectMany(r => r.Values.Cast<string>()).ToList();
        Assert.DoesNotContain(cells, c => c.Length > 0 && FormulaStarts.Contains(c[0]));
        Assert.Contains(titles, t => t == "Russia and Ukraine signed a gas agreement in Moscow before Mevlüt Çavuşoğlu");
    }

    [Theory]
    [InlineData("met in Minsk", "2022-03-03", "2022-03-04", "3 March 2022")]
    [InlineData("exchanged prisoners", "2024-01-01", "2024-02-01", "January 2024")]
    [InlineData("signed a gas agreement", "2009-01-01", "2010-01-01", "2009")]
    public async Task A_calendar_event_spans_the_day_month_or_year_its_date_is_known_to(string title, string first, string after, string written)
    {
        var text = await factory.CreateClient().GetStringAsync(new Uri("/export/events.ics", UriKind.Relative));
        var calendar = Ical.Net.Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events, e => e.Summary!.Contains(title, StringComparison.Ordinal));
        Assert.False(e.DtStart!.HasTime, "an all-day event");
        Assert.Equal(DateOnly.Parse(first, CultureInfo.InvariantCulture), e.DtStart.Date);
        Assert.Equal(DateOnly.Parse(after, CultureInfo.InvariantCulture), e.DtEnd!.Date);
        Assert.Contains($"Date as written: {written}", e.Description, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{first.Replace("-", "", StringComparison.Ordinal)}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("exa mple")]
    [InlineData("[::1")]
    [InlineData("bücher.example")]
    public async Task A_calendar_asked_for_with_an_empty_or_unparsable_host_has_relative_links_instead_of_failing(string host)
    {
        // The test client always names a valid host; the request is handed to the app as the server would, with the Host given.
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/export/events.ics";
            c.Request.Host = new HostString(host);
        });
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body);
        var calendar = Ical.Net.Calendar.Load(await reader.ReadToEndAsync())!;
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.Contains("Source: ", e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_timelinejs_export_writes_no_null_and_encodes_headlines_like_texts()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/export/events.timeline.json", UriKind.Relative)));
        Assert.Empty(Nulls(json.RootElement, "$"));
        var headlines = json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("text").GetProperty("headline").GetString()).ToList();
        // The title's markup is gone (Headline); what is left of '<' and '&' is encoded as in the text.
        Assert.Contains("Russia and Ukraine exchanged prisoners near Gomel on the border", headlines);
        Assert.Contains("Russia &amp; Ukraine agreed a 5&lt;10 km buffer at the border", headlines);
        Assert.DoesNotContain(headlines, h => h!.Contains('<', StringComparison.Ordinal));
    }

    private static IEnumerable<string> Nulls(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Null => [path],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Nulls(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => Nulls(e, $"{path}[{i}]")),
        _ => [],
    };
}

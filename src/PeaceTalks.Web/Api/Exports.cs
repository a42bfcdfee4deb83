using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using CsvHelper.Configuration;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Mvc;
using PeaceTalks.Web.Pages;
using PeaceTalks.Web.Pages.Timeline;

namespace PeaceTalks.Web.Api;

/// <summary>
/// One exported event: what a reader needs to cite it elsewhere, with the links back to its source. An undated statement
/// has no <see cref="DateStart"/> (an empty CSV cell, null in JSON) and the precision "undated".
/// </summary>
public sealed record ExportRow(
    int Id, string? DateStart, string? DateEnd, string Precision, string DateText, string DateFrom, bool AsOf, string Kind, string Title, string Summary,
    string Parties, string? Round, string Document, string EventUrl, string SourceUrl);

/// <summary>
/// The current (filtered) view of the timeline, whole, as CSV, JSON, iCalendar or TimelineJS3 JSON:
/// the same filters as <c>/</c>, so a view can be taken elsewhere exactly as it is seen. The undated statements the
/// filters select follow the dated events in CSV and JSON; a calendar and TimelineJS place everything at a date, so
/// they leave them out and say how many.
/// </summary>
public static class Exports
{
    private static readonly string[] Formats = ["csv", "json", "ics", "timeline.json"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    // TimelineJS 3.9.11 reads every field it finds: "end_date": null stops it with "Cannot read properties of null
    // (reading 'year')", so a field without a value is left out rather than written as null.
    private static readonly JsonSerializerOptions TimelineJson = new(Json) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    // CSV is opened in spreadsheets: Excel on Windows reads a file without a byte-order mark in the reader's ANSI code
    // page ("Çavuşoğlu" garbled), and RFC 4180 ends each record with CRLF.
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly CsvConfiguration SpreadsheetCsv = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",

        // Titles and summaries are source sentences: one beginning with =, +, -, @, a tab or a carriage return is a
        // formula to a spreadsheet (=HYPERLINK(…) sends a click elsewhere, =cmd|… runs on old Excel). OWASP's "CSV
        // Injection" advice, which CsvHelper's Escape follows: such a cell gets a leading single quote, read as text.
        InjectionOptions = InjectionOptions.Escape,
    };

    public static void MapExports(this WebApplication app)
    {
        app.MapGet("/export/events.{format}", async (string format, [FromQuery(Name = "party")] string[]? party, string? year, string? month, string? kind, string? round,
            string? topic, string? q, string? undated, HttpContext http, TimelineQuery query, CancellationToken cancellationToken) =>
        {
            if (!Formats.Contains(format))
            {
                return Results.NotFound();
            }

            var filter = new TimelineFilter { Party = party ?? [], Year = year, Month = month, Kind = kind, Round = round, Topic = topic, Q = q, Undated = undated };
            var result = await query.RunAsync(filter, cancellationToken, TimelineParts.Rows, allPages: true, withUndated: true);
            if (result.OverExportLimit)
            {
                return Results.Problem(
                    title: "Too many events to export",
                    detail: $"This view holds {result.Total.ToString("N0", CultureInfo.InvariantCulture)} events; an export holds at most {query.ExportLimit.ToString("N0", CultureInfo.InvariantCulture)}. " +
                        "Narrow the view with a filter (a year, a party, a kind) and export each part, or export the whole database with the command-line tool (peacetalks export).",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var site = Site(http.Request);
            var rows = result.Rows.Select(e => new ExportRow(
                e.Id, EventDates.Iso(e.DateStart), e.DateEnd is { } end ? EventDates.Iso(end) : null, e.Precision, e.DateText, e.DateFrom, e.AsOf, e.Kind, e.Title, e.Summary,
                string.Join("; ", e.Parties.Where(p => p.TookPart).Select(p => p.Name)), e.Round, e.Document,
                $"{site}/events/{e.Id}", $"{site}/sources/{Uri.EscapeDataString(e.Document)}?highlight={e.Id}#p-{e.PassageOrder}")).ToList();
            return format switch
            {
                "csv" => Results.Bytes([.. Utf8WithMark.GetPreamble(), .. Utf8WithMark.GetBytes(Csv(rows))], "text/csv; charset=utf-8"),
                "json" => Results.Text(JsonSerializer.Serialize(rows, Json), "application/json; charset=utf-8", Encoding.UTF8),
                "ics" => Results.Text(Calendar(rows, site.Length > 0), "text/calendar; charset=utf-8", Encoding.UTF8),
                "timeline.json" => Results.Text(JsonSerializer.Serialize(TimelineJs(rows, result.Rows), TimelineJson), "application/json; charset=utf-8", Encoding.UTF8),
                _ => Results.NotFound(),
            };
        }).WithName("ExportEvents").WithSummary(
            "The timeline's current view, whole, as events.csv, events.json, events.ics or events.timeline.json (TimelineJS3); " +
            "CSV and JSON hold the undated statements after the dated events, the calendar and TimelineJS leave them out.");
    }

    /// <summary>
    /// Where the links of an export point: the site the reader asked. A request may name no host ("Host:" empty, which
    /// HTTP/1.0 and a URI without authority allow) or one no URL can hold; its links are then relative, never a 500.
    /// </summary>
    private static string Site(HttpRequest request) =>
        request.Host.HasValue && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}/", UriKind.Absolute, out var site) && site.Host.Length > 0
            ? site.GetLeftPart(UriPartial.Authority)
            : "";

    private static string Csv(List<ExportRow> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, SpreadsheetCsv);
        csv.WriteRecords(rows);
        return writer.ToString();
    }

    /// <summary>What a calendar or TimelineJS says of the undated statements of the view it leaves out.</summary>
    public static string UndatedLeftOut(int count) =>
        $"{count} undated statement(s) of this view are left out: the text gives no date for them, and here every item needs one. " +
        "The CSV and JSON exports of the same view hold them.";

    private static string Calendar(List<ExportRow> rows, bool absoluteLinks)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//PeaceTalks//Timeline export//EN" };

        // A calendar event needs a day: an undated statement is left out, and the calendar's description says how many.
        var undated = rows.Count(r => r.DateStart is null);
        if (undated > 0)
        {
            calendar.AddProperty("X-WR-CALDESC", UndatedLeftOut(undated));
            calendar.AddProperty("X-PEACETALKS-UNDATED-LEFT-OUT", undated.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var row in rows.Where(r => r.DateStart is not null))
        {
            var (first, after) = AllDaySpan(
                DateOnly.ParseExact(row.DateStart!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.DateEnd is { } end ? DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                row.Precision);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"event-{row.Id}@peacetalks",
                Summary = row.Title,
                Description = $"{row.Summary}\n\nDate as written: {row.DateText} ({row.Precision})\nSource: {row.SourceUrl}",
                DtStart = new CalDateTime(first.Year, first.Month, first.Day),
                DtEnd = new CalDateTime(after.Year, after.Month, after.Day),
                Url = absoluteLinks ? new Uri(row.EventUrl) : null,
                Categories = [row.Kind],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// The all-day span of an event, its first day and the day after its last (DTEND is exclusive, RFC 5545 3.6.1). A date
    /// known only to the month or year covers that month or year: put on its first day alone, "January 2024" would read
    /// as 1 January in every calendar. A run of months or years ends with the month or year of its end.
    /// </summary>
    public static (DateOnly First, DateOnly After) AllDaySpan(DateOnly start, DateOnly? end, string precision)
    {
        var last = end ?? start;
        return precision switch
        {
            "month" => (new DateOnly(start.Year, start.Month, 1), MonthAfter(last)),
            "year" => (new DateOnly(start.Year, 1, 1), YearsAfter(last, 1)),
            "decade" => (new DateOnly(start.Year, 1, 1), YearsAfter(last, end is null ? 10 : 1)),
            "century" => (new DateOnly(start.Year, 1, 1), YearsAfter(last, end is null ? 100 : 1)),
            _ => (start, last < DateOnly.MaxValue ? last.AddDays(1) : last),
        };

        static DateOnly MonthAfter(DateOnly date) => date.Year < 9999 || date.Month < 12 ? new DateOnly(date.Year, date.Month, 1).AddMonths(1) : DateOnly.MaxValue;

        static DateOnly YearsAfter(DateOnly date, int years) => date.Year + years <= 9999 ? new DateOnly(date.Year + years, 1, 1) : DateOnly.MaxValue;
    }

    /// <summary>The TimelineJS3 JSON format: a date is given only to the precision the source has.</summary>
    private static object TimelineJs(List<ExportRow> rows, IReadOnlyList<TimelineRow> events) => new
    {
        title = new
        {
            text = new
            {
                headline = "Russia–Ukraine peace negotiations",
                text = "Exported from PeaceTalks; every event links to its source passage." +
                    (events.Count(e => e.DateStart is null) is > 0 and var undated ? " " + UndatedLeftOut(undated) : ""),
            },
        },
        // TimelineJS places every slide at a date: an undated statement has no place on it.
        events = rows.Zip(events).Where(pair => pair.Second.DateStart is not null).Select(pair => new
        {
            unique_id = $"e-{pair.First.Id}",
            start_date = TimelineDate(pair.Second.DateStart!.Value, pair.Second.Precision),
            end_date = pair.Second.DateEnd is { } end ? TimelineDate(end, pair.Second.Precision) : null,
            display_date = pair.Second.Display,
            group = pair.First.Kind,
            text = new
            {
                // TimelineJS renders headline as HTML, like text: a title is source words, never markup.
                headline = System.Net.WebUtility.HtmlEncode(pair.First.Title),
                text = $"{System.Net.WebUtility.HtmlEncode(pair.First.Summary)} <a href=\"{System.Net.WebUtility.HtmlEncode(pair.First.SourceUrl)}\">Source</a>",
            },
        }),
    };

    private static object TimelineDate(DateOnly date, string precision) => precision switch
    {
        "year" => new { year = date.Year.ToString(CultureInfo.InvariantCulture) },
        "month" or "part" => new { year = date.Year.ToString(CultureInfo.InvariantCulture), month = date.Month.ToString(CultureInfo.InvariantCulture) },
        _ => (object)new { year = date.Year.ToString(CultureInfo.InvariantCulture), month = date.Month.ToString(CultureInfo.InvariantCulture), day = date.Day.ToString(CultureInfo.InvariantCulture) },
    };
}

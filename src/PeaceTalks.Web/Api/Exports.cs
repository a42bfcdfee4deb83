using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
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

            var site = $"{http.Request.Scheme}://{http.Request.Host}";
            var rows = result.Rows.Select(e => new ExportRow(
                e.Id, EventDates.Iso(e.DateStart), e.DateEnd is { } end ? EventDates.Iso(end) : null, e.Precision, e.DateText, e.DateFrom, e.AsOf, e.Kind, e.Title, e.Summary,
                string.Join("; ", e.Parties.Where(p => p.TookPart).Select(p => p.Name)), e.Round, e.Document,
                $"{site}/events/{e.Id}", $"{site}/sources/{Uri.EscapeDataString(e.Document)}?highlight={e.Id}#p-{e.PassageOrder}")).ToList();
            return format switch
            {
                "csv" => Results.Text(Csv(rows), "text/csv; charset=utf-8", Encoding.UTF8),
                "json" => Results.Text(JsonSerializer.Serialize(rows, Json), "application/json; charset=utf-8", Encoding.UTF8),
                "ics" => Results.Text(Calendar(rows), "text/calendar; charset=utf-8", Encoding.UTF8),
                "timeline.json" => Results.Text(JsonSerializer.Serialize(TimelineJs(rows, result.Rows), Json), "application/json; charset=utf-8", Encoding.UTF8),
                _ => Results.NotFound(),
            };
        }).WithName("ExportEvents").WithSummary(
            "The timeline's current view, whole, as events.csv, events.json, events.ics or events.timeline.json (TimelineJS3); " +
            "CSV and JSON hold the undated statements after the dated events, the calendar and TimelineJS leave them out.");
    }

    private static string Csv(List<ExportRow> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteRecords(rows);
        return writer.ToString();
    }

    /// <summary>What a calendar or TimelineJS says of the undated statements of the view it leaves out.</summary>
    public static string UndatedLeftOut(int count) =>
        $"{count} undated statement(s) of this view are left out: the text gives no date for them, and here every item needs one. " +
        "The CSV and JSON exports of the same view hold them.";

    private static string Calendar(List<ExportRow> rows)
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
            var start = DateOnly.ParseExact(row.DateStart!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var last = row.DateEnd is { } end ? DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture) : start;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"event-{row.Id}@peacetalks",
                Summary = row.Title,
                Description = $"{row.Summary}\n\nDate as written: {row.DateText} ({row.Precision})\nSource: {row.SourceUrl}",
                DtStart = new CalDateTime(start.Year, start.Month, start.Day),
                DtEnd = new CalDateTime(last.AddDays(1).Year, last.AddDays(1).Month, last.AddDays(1).Day),
                Url = new Uri(row.EventUrl),
                Categories = [row.Kind],
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
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
                headline = pair.First.Title,
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

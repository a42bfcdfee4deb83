using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage;
using PeaceTalks.Web.Pages;
using PeaceTalks.Web.Pages.Events;
using PeaceTalks.Web.Pages.Parties;
using PeaceTalks.Web.Pages.Proposals;
using PeaceTalks.Web.Pages.Timeline;
using PeaceTalks.Web.Requests;

namespace PeaceTalks.Web.Api;

public sealed record ApiEventList(int Total, int Page, int PageCount, IReadOnlyList<ApiEvent> Events, IReadOnlyList<string> Messages);

/// <param name="DateStart">Null for an undated statement (precision "undated"): the text gives no date for it.</param>
/// <param name="DateFrom">Where the date was found: sentence, relative, paragraph, label, heading, framing, or none.</param>
/// <param name="AsOf">The claim is reported as of the date ("As of October 2023, …").</param>
public sealed record ApiEvent(
    int Id, string? DateStart, string? DateEnd, string Precision, string DateText, string Display, string Kind, string Title, string Summary,
    IReadOnlyList<string> Parties, string? Round, string Document, int Passage, string Url, string SourceUrl, IReadOnlyList<PartyChip> PartyRoles,
    string DateFrom, bool AsOf);

public sealed record ApiEventDetail(
    int Id, string? DateStart, string? DateEnd, string Precision, string DateText, string Kind, string Title, string Summary,
    IReadOnlyList<PartyChip> Parties, IReadOnlyList<string> People, IReadOnlyList<string> Topics, string? Round,
    string Document, int Passage, string Section, int SourceStart, int SourceEnd, string Quote, string SourceUrl,
    string DateFrom, bool AsOf);

/// <summary>The JSON mirror of the pages, built on the pages' own queries.</summary>
public static class ApiEndpoints
{
    public static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/events", async ([FromQuery(Name = "party")] string[]? party, string? year, string? month, string? kind, string? round, string? topic, string? q, string? page,
            string? undated, TimelineQuery query, HttpContext http, CancellationToken cancellationToken) =>
        {
            var filter = new TimelineFilter { Party = party ?? [], Year = year, Month = month, Kind = kind, Round = round, Topic = topic, Q = q, Page = page, Undated = undated };
            var result = await query.RunAsync(filter, cancellationToken, TimelineParts.Rows, withUndated: true);

            // The page shows a reader what it left out and goes on; a program asked for exactly this selection, and an
            // answer without the filter it asked for would pass for the right one.
            if (result.Refused.Count > 0)
            {
                return Results.ValidationProblem(
                    result.Refused.ToDictionary(), title: "Some filter values cannot be used",
                    detail: string.Join(" ", (RequestLimits.Note(http) is { } cut ? [cut] : Array.Empty<string>()).Concat(result.Refused.Values.SelectMany(m => m))));
            }

            return Results.Ok(new ApiEventList(result.Total, result.Page, result.PageCount,
                result.Rows.Select(e => new ApiEvent(e.Id, EventDates.Iso(e.DateStart), e.DateEnd is { } end ? EventDates.Iso(end) : null, e.Precision, e.DateText, e.Display,
                    e.Kind, e.Title, e.Summary, e.Parties.Where(p => p.TookPart).Select(p => p.Name).ToList(), e.Round, e.Document, e.PassageOrder,
                    $"/events/{e.Id}", $"/sources/{Uri.EscapeDataString(e.Document)}?highlight={e.Id}#p-{e.PassageOrder}", e.Parties, e.DateFrom, e.AsOf)).ToList(),
                RequestLimits.Note(http) is { } trimmed ? [trimmed, .. result.Messages] : result.Messages));
        }).WithName("ListEvents").Produces<ApiEventList>().ProducesValidationProblem().WithSummary(
            "Events in date order, then the undated ones (dateStart null, precision \"undated\"), with the timeline's filters (party, year, month, kind, round, topic, q, page); " +
            "undated=1 lists the undated ones alone, and a year or month selects none of them.");

        api.MapGet("/events/{id:int}", async Task<Results<Ok<ApiEventDetail>, ProblemHttpResult>> (int id, PeaceTalksDbContext db, CancellationToken cancellationToken) =>
        {
            var e = await db.Events.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new ApiEventDetail(e.Id, "", null, e.Precision, e.DateText, e.Kind, e.Title, e.Summary,
                    e.Parties.OrderBy(p => p.Party!.Name).Select(p => new PartyChip(p.Party!.Name, p.Party.Slug, p.Role)).ToList(),
                    e.People.OrderBy(p => p.Name).Select(p => p.Name).ToList(),
                    e.Topics.OrderBy(t => t.Slug).Select(t => t.Slug).ToList(),
                    e.Round == null ? null : e.Round.Name, e.Document!.FileName, e.Passage!.Order,
                    e.Passage.Section == null ? "" : e.Passage.Section.Path, e.SourceStart, e.SourceEnd, e.Quote, "", e.DateFrom, e.AsOf))
                .AsSplitQuery()
                .FirstOrDefaultAsync(cancellationToken);
            if (e is null)
            {
                return await RemovedEvents.FindAsync(db, id, cancellationToken) is { } removed
                    ? Gone(removed)
                    : TypedResults.Problem(title: "No such event", detail: $"No event has the id {id}.", statusCode: StatusCodes.Status404NotFound);
            }

            var dates = await db.Events.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.DateStart, x.DateEnd }).FirstAsync(cancellationToken);
            return TypedResults.Ok(e with
            {
                DateStart = EventDates.Iso(dates.DateStart),
                DateEnd = dates.DateEnd is { } end ? EventDates.Iso(end) : null,
                SourceUrl = $"/sources/{Uri.EscapeDataString(e.Document)}?highlight={e.Id}#p-{e.Passage}",
            });
        }).WithName("GetEvent").WithSummary("One event with its parties, people, topics and the exact source span it came from.");

        api.MapGet("/parties", (PeaceTalksDbContext db, CancellationToken cancellationToken) => PartyQueries.WithEventsAsync(db, cancellationToken))
            .WithName("ListParties").WithSummary("Parties with the number of events they take part in.");

        api.MapGet("/proposals", (PeaceTalksDbContext db, CancellationToken cancellationToken) => ProposalQueries.AllAsync(db, cancellationToken))
            .WithName("ListProposals").WithSummary("Proposals with their points in order.");
    }

    /// <summary>
    /// An event a re-import removed answers as the page does: 410 Gone, what it said, and the surviving event nearest to it,
    /// so that a client holding the old id can follow it (<c>nearest</c>, <c>nearestUrl</c>) rather than guess.
    /// </summary>
    private static ProblemHttpResult Gone(RemovedEvent removed)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["eventTitle"] = removed.Title,
            ["document"] = removed.Document,
            ["removedAt"] = removed.RemovedAt,
            ["importRun"] = $"/imports/{removed.ImportRun}",
            ["nearest"] = removed.Nearest is { } n ? $"/api/events/{n.Id}" : null,
            ["nearestUrl"] = removed.Nearest is { } m ? $"/events/{m.Id}" : null,
        };
        var detail = removed.Nearest is { } nearest
            ? $"Event {removed.Id} was removed by a re-import of {removed.Document}: its words are no longer in the source. The nearest surviving event is {nearest.Id}."
            : $"Event {removed.Id} was removed by a re-import of {removed.Document}: its words are no longer in the source.";
        return TypedResults.Problem(title: "Event removed", detail: detail, statusCode: StatusCodes.Status410Gone, extensions: extensions);
    }
}

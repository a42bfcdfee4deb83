using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace PeaceTalks.Core.Storage;

/// <summary>The whole model as one JSON document: documents, events, proposals and positions, each with its quote.</summary>
public static class JsonExport
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<ExportDocument> BuildAsync(PeaceTalksDbContext db, CancellationToken cancellationToken = default)
    {
        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.FileName)
            .Select(d => new ExportedDocument(d.FileName, d.Title, d.Format, d.Sha256, d.Url, d.PublishedOn))
            .ToListAsync(cancellationToken);

        var events = await db.Events.AsNoTracking()
            .OrderBy(e => e.DateStart == null).ThenBy(e => e.DateStart).ThenBy(e => e.Id)
            .Select(e => new ExportedEvent(
                e.Id,
                e.Document!.FileName,
                e.DateStart,
                e.DateEnd,
                e.Precision,
                e.DateText,
                e.DateFrom,
                e.AsOf,
                e.Title,
                e.Kind,
                e.Round == null ? null : e.Round.Name,
                e.Parties.OrderBy(p => p.Party!.Name).Select(p => p.Party!.Name).ToList(),
                e.People.OrderBy(p => p.Name).Select(p => p.Name).ToList(),
                e.Topics.OrderBy(t => t.Slug).Select(t => t.Slug).ToList(),
                e.Passage!.Section == null ? "" : e.Passage.Section.Path,
                e.SourceStart,
                e.SourceEnd,
                e.Quote))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var proposals = await db.Proposals.AsNoTracking()
            .OrderBy(p => p.DateStart).ThenBy(p => p.Id)
            .Select(p => new ExportedProposal(
                p.Name,
                p.Document!.FileName,
                p.Proposers.OrderBy(x => x.Name).Select(x => x.Name).ToList(),
                p.DateStart,
                p.Points.OrderBy(x => x.Order).Select(x => x.Text).ToList(),
                p.SourceStart,
                p.SourceEnd,
                p.Quote))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var positions = await db.Positions.AsNoTracking()
            .OrderBy(p => p.DateStart).ThenBy(p => p.Id)
            .Select(p => new ExportedPosition(p.Party!.Name, p.Document!.FileName, p.Topic!.Slug, p.Stance, p.DateStart, p.SourceStart, p.SourceEnd, p.Quote))
            .ToListAsync(cancellationToken);

        return new ExportDocument(documents, events, proposals, positions);
    }

    public static async Task WriteAsync(PeaceTalksDbContext db, Stream output, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(output, await BuildAsync(db, cancellationToken), Options, cancellationToken);
}

public sealed record ExportDocument(
    IReadOnlyList<ExportedDocument> Documents,
    IReadOnlyList<ExportedEvent> Events,
    IReadOnlyList<ExportedProposal> Proposals,
    IReadOnlyList<ExportedPosition> Positions);

public sealed record ExportedDocument(string FileName, string Title, string Format, string Sha256, string? Url, DateOnly? PublishedOn);

public sealed record ExportedEvent(
    int Id,
    string Document,
    DateOnly? DateStart,
    DateOnly? DateEnd,
    string Precision,
    string DateText,
    string DateFrom,
    bool AsOf,
    string Title,
    string Kind,
    string? Round,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Topics,
    string Section,
    int SourceStart,
    int SourceEnd,
    string Quote);

public sealed record ExportedProposal(
    string Name,
    string Document,
    IReadOnlyList<string> Proposers,
    DateOnly? DateStart,
    IReadOnlyList<string> Points,
    int SourceStart,
    int SourceEnd,
    string Quote);

public sealed record ExportedPosition(
    string Party,
    string Document,
    string Topic,
    string Stance,
    DateOnly? DateStart,
    int SourceStart,
    int SourceEnd,
    string Quote);

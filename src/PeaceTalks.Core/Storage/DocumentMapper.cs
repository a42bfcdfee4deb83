using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Segmenting;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage;

public sealed record MappedDocument(
    SourceDocument Document,
    List<Event> Events,
    List<Round> Rounds,
    List<Proposal> Proposals,
    List<Position> Positions);

/// <summary>Maps the pure stages' records to entities; quotes are cut from the raw text at their offsets.</summary>
public static class DocumentMapper
{
    public static MappedDocument Map(SegmentedDocument document, ExtractionResult extraction, ReferenceCatalog catalog, DateTimeOffset now)
    {
        var raw = document.Source.Raw;
        var entity = new SourceDocument
        {
            FileName = document.Source.FileName,
            Title = document.Title,
            Format = document.Format.ToString(),
            Sha256 = document.Source.Sha256,
            ImportedAt = now,
            RawText = raw,
            Url = document.Info.Url,
            Subject = document.Info.Subject,
            PublishedOn = document.OwnDate?.Date,
            OwnDateMeaning = document.OwnDate?.Meaning,
            Description = document.Info.Description,
            AnswerMarkdown = document.Info.Markdown,
            Related = [.. document.Info.RelatedArticles.Select(r => new RelatedLink { Title = r.Title, Url = r.Url, Subject = r.Subject })],
        };

        var sections = new List<Section>();
        foreach (var span in document.Sections)
        {
            sections.Add(new Section
            {
                Document = entity,
                Order = span.Index,
                Heading = span.Heading,
                Level = span.Level,
                Parent = span.ParentIndex is { } p ? sections[p] : null,
                Path = string.Join(" > ", document.PathOf(span.Index).Select(s => s.Heading)),
                Line = span.Line,
                SourceStart = span.RawStart,
                SourceEnd = span.RawEnd,
            });
        }

        var passages = document.Passages.Select(p => new Passage
        {
            Document = entity,
            Section = p.SectionIndex is { } s ? sections[s] : null,
            Order = p.Index,
            Text = p.Text.Text,
            Label = p.Label?.Text,
            Line = p.Line,
            SourceStart = p.RawStart,
            SourceEnd = p.RawEnd,
        }).ToList();
        entity.Sections = sections;
        entity.Passages = passages;

        var rounds = extraction.Rounds
            .OrderBy(r => r.DateStart ?? DateOnly.MaxValue)
            .Select((r, order) => (r.Index, Entity: new Round
            {
                Document = entity,
                Name = r.Name,
                Slug = catalog.RoundSlug(r.Name),
                Order = order + 1,
                DateStart = r.DateStart,
                DateEnd = r.DateEnd,
                Precision = r.Precision?.ToString().ToLowerInvariant(),
                Place = r.Place,
                Format = r.Format,
            }))
            .ToDictionary(r => r.Index, r => r.Entity);

        var events = extraction.Events.Select(e => new Event
        {
            Document = entity,
            Passage = passages[e.Span.PassageIndex],
            DateStart = e.DateStart,
            DateEnd = e.DateEnd,
            Precision = e.Precision?.ToString().ToLowerInvariant() ?? "undated",
            DateText = e.DateText,
            DateFrom = e.DateFrom.ToString().ToLowerInvariant(),
            AsOf = e.AsOf,
            Title = e.Title,
            Summary = e.Summary,
            Kind = e.Kind.ToString().ToLowerInvariant(),
            Round = e.RoundIndex is { } r && rounds.TryGetValue(r, out var round) ? round : null,
            PassageStart = e.Span.CleanStart,
            PassageLength = e.Span.CleanLength,
            SourceStart = e.Span.RawStart,
            SourceEnd = e.Span.RawEnd,
            Quote = raw[e.Span.RawStart..e.Span.RawEnd],
            Parties = e.Parties
                .Select(p => (Party: catalog.Party(p.Party), p.Role))
                .Where(p => p.Party is not null)
                .Select(p => new EventParty { Party = p.Party, Role = p.Role.ToString().ToLowerInvariant() })
                .ToList(),
            People = e.People.Select(catalog.Person).OfType<Person>().ToList(),
            Topics = e.Topics.Select(catalog.Topic).OfType<Topic>().ToList(),
        }).ToList();

        var proposals = extraction.Proposals.Select(p => new Proposal
        {
            Document = entity,
            Name = p.Name,
            Slug = catalog.ProposalSlug(p.Name),
            Proposers = p.Proposers.Select(catalog.Party).OfType<Party>().Distinct().ToList(),
            DateStart = p.DateStart,
            Precision = p.Precision?.ToString().ToLowerInvariant(),
            Passage = passages[p.Span.PassageIndex],
            SourceStart = p.Span.RawStart,
            SourceEnd = p.Span.RawEnd,
            Quote = raw[p.Span.RawStart..p.Span.RawEnd],
            Points = p.Points.Select(point => new ProposalPoint
            {
                Order = point.Order,
                Text = point.Text,
                Passage = passages[point.Span.PassageIndex],
                SourceStart = point.Span.RawStart,
                SourceEnd = point.Span.RawEnd,
                Quote = raw[point.Span.RawStart..point.Span.RawEnd],
                Topics = point.Topics.Select(catalog.Topic).OfType<Topic>().ToList(),
            }).ToList(),
        }).ToList();

        var positions = extraction.Positions
            .Select(p => (Position: p, Party: catalog.Party(p.Party), Topic: catalog.Topic(p.Topic)))
            .Where(p => p.Party is not null && p.Topic is not null)
            .Select(p => new Position
            {
                Document = entity,
                Party = p.Party,
                Topic = p.Topic,
                Stance = p.Position.Stance,
                DateStart = p.Position.DateStart,
                Passage = passages[p.Position.Span.PassageIndex],
                SourceStart = p.Position.Span.RawStart,
                SourceEnd = p.Position.Span.RawEnd,
                Quote = raw[p.Position.Span.RawStart..p.Position.Span.RawEnd],
            })
            .ToList();

        return new MappedDocument(entity, events, [.. rounds.Values], proposals, positions);
    }
}

namespace PeaceTalks.Core.Storage.Entities;

/// <summary>
/// One import that changed the data: when, which documents it wrote and what it did to their events. The latest Id is
/// the data's version (for cache invalidation), so an import that changes nothing leaves no run.
/// </summary>
public class ImportRun
{
    public int Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public required string Summary { get; set; }

    /// <summary>Events that are new (in a new document, or words of a changed one no earlier import held).</summary>
    public int EventsAdded { get; set; }

    /// <summary>Events of a re-imported document whose words are gone: their links answer 410.</summary>
    public int EventsRemoved { get; set; }

    /// <summary>Events whose words stayed (so did their ids) but whose date, title, summary or kind did not.</summary>
    public int EventsChanged { get; set; }

    /// <summary>Events of re-imported documents kept as they were, with their ids.</summary>
    public int EventsKept { get; set; }

    public List<ImportRunDocument> Documents { get; set; } = [];

    public List<EventChange> Changes { get; set; } = [];
}

/// <summary>A document an import wrote, where it came from, and whether it was new, updated or replaced.</summary>
public class ImportRunDocument
{
    public int Id { get; set; }

    public int ImportRunId { get; set; }

    public required string FileName { get; set; }

    /// <summary>Where the file was read from (<see cref="SourceDocument.Origin"/>).</summary>
    public required string Origin { get; set; }

    /// <summary>new, updated (a new version from where it came from before) or replaced (<c>--replace</c>: another file's).</summary>
    public required string Outcome { get; set; }

    /// <summary>Where the replaced document had come from, when <see cref="Outcome"/> is replaced.</summary>
    public string? ReplacedOrigin { get; set; }
}

/// <summary>
/// What one import did to one event: added, removed or changed. Kept after the event is gone, so that an old link to
/// it can say when it went and point to <see cref="NearestEventId"/>; there is no key to <see cref="Event"/> for that reason.
/// </summary>
public class EventChange
{
    public int Id { get; set; }

    public int ImportRunId { get; set; }

    public ImportRun? ImportRun { get; set; }

    public int EventId { get; set; }

    /// <summary>added, removed or changed.</summary>
    public required string Change { get; set; }

    public required string FileName { get; set; }

    /// <summary>The passage it was told in (its anchor in the document at the time).</summary>
    public int PassageOrder { get; set; }

    public required string Title { get; set; }

    /// <summary>For a removed event, the words it was taken from; for a changed one, what changed ("date: Mar 2022 → 3 Mar 2022").</summary>
    public string? Detail { get; set; }

    /// <summary>For a removed event, the surviving event of its document told nearest to it (its passage first).</summary>
    public int? NearestEventId { get; set; }
}

namespace PeaceTalks.Core.Storage.Entities;

/// <summary>One import that changed the data; the latest Id is the data's version (for cache invalidation).</summary>
public class ImportRun
{
    public int Id { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public required string Summary { get; set; }
}

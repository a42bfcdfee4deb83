namespace PeaceTalks.Core.Storage;

/// <summary>What an import does when a file read from another place has the name of a stored document.</summary>
public enum ClaimedName
{
    /// <summary>Stop the import, naming both files: two files of one name are not taken for versions of one document.</summary>
    Refuse,

    /// <summary>The CLI's <c>--replace</c>: the new file replaces the stored document, and the import says so.</summary>
    Replace,

    /// <summary>The app's seeds: a document updated from elsewhere since is newer than the seed, and is kept.</summary>
    KeepStored,
}

public sealed record ImportOptions
{
    public ClaimedName Claimed { get; init; } = ClaimedName.Refuse;

    /// <summary>
    /// Stored as each document's origin, as <c>{OriginFolder}/{name}</c>, instead of the file's full path: the app's
    /// <c>seeds</c>, which are the seeds wherever the app runs from.
    /// </summary>
    public string? OriginFolder { get; init; }

    /// <summary>Told as the import goes (documents read, events found, writing), for a terminal that would otherwise wait in silence.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }

    /// <summary>
    /// Rows (documents, passages, events) written per save. Each save leaves the change tracker, which costs
    /// kilobytes per row it holds: a document larger than this is written in parts, so what an import holds for the
    /// database is bounded by this, not by the size of its largest document.
    /// </summary>
    public int SaveBatchRows { get; init; } = 5_000;

    /// <summary>The app's start-up seeds: imported where the database has never seen them, never over a later update.</summary>
    public static ImportOptions Seeds { get; } = new() { Claimed = ClaimedName.KeepStored, OriginFolder = "seeds" };
}

/// <summary>How far an import is: <see cref="Stage"/> is <c>reading</c> (one report per document), <c>writing</c> or <c>comparing</c>.</summary>
public sealed record ImportProgress(string Stage, int Documents, int Total, int Events);

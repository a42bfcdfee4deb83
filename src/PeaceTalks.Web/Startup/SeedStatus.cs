using PeaceTalks.Core.Documents;

namespace PeaceTalks.Web.Startup;

/// <summary>
/// What became of the seeds on start. A seed that could not be imported does not stop the app (it serves what its
/// database holds), but it is not forgotten either: <c>/healthz</c> answers "degraded" and names it, so a deploy that
/// shipped a broken file is seen without reading the log.
/// </summary>
public sealed class SeedStatus
{
    /// <summary>The import's one-line error (<c>file:line: what was wrong</c>), when the seeds were refused.</summary>
    public string? Problem { get; private set; }

    /// <summary>Named by the file's name alone: a health answer is public, the server's folders are not.</summary>
    public void Rejected(ImportException e) =>
        Problem = PrintableText.Escape($"{Path.GetFileName(e.File)}{(e.Line is { } line ? $":{line}" : "")}: {e.Problem}");
}

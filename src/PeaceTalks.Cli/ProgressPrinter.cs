using System.Globalization;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Cli;

/// <summary>
/// Shows an import's progress on standard error, so that a long import is not silent: on a terminal one line
/// rewritten in place; when the output is redirected (a log, CI), plain lines, one each tenth of the documents and
/// one per stage, so a log stays short. Reported synchronously (not through <see cref="Progress{T}"/>, which posts
/// to the thread pool and can print out of order or after the summary).
/// </summary>
public sealed class ProgressPrinter(TextWriter error, bool redirected) : IProgress<ImportProgress>
{
    private string stage = "";
    private int lastTenth = -1;
    private bool lineOpen;

    public void Report(ImportProgress value)
    {
        var text = value.Stage switch
        {
            "reading" => string.Create(CultureInfo.InvariantCulture, $"read {value.Documents:N0} of {value.Total:N0} documents, {value.Events:N0} events found"),
            "writing" => string.Create(CultureInfo.InvariantCulture, $"writing {value.Documents:N0} documents and {value.Events:N0} events to the database…"),
            _ => "comparing the events with other documents' accounts of the same happenings…",
        };
        var changed = value.Stage != stage;
        stage = value.Stage;
        if (!redirected)
        {
            error.Write($"\r{text}\u001b[K");
            lineOpen = true;
            return;
        }

        var tenth = value.Total == 0 ? 10 : value.Documents * 10 / value.Total;
        if (changed || tenth != lastTenth)
        {
            lastTenth = tenth;
            error.WriteLine(text);
        }
    }

    /// <summary>Ends the rewritten line, so what is printed next starts on a line of its own.</summary>
    public void Done()
    {
        if (lineOpen)
        {
            error.WriteLine();
            lineOpen = false;
        }
    }
}

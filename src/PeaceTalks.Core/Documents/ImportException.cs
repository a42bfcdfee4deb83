namespace PeaceTalks.Core.Documents;

/// <summary>
/// A document that cannot be imported. The message always names the file, the line where there is
/// one, what was wrong and what to do, because the person reading it has only the message.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException(string file, int? line, string problem, string? advice = null)
        : base(Format(file, line, problem, advice))
    {
        File = file;
        Line = line;
        Problem = problem;
        Advice = advice;
    }

    public ImportException()
    {
        File = "";
        Problem = "";
    }

    public ImportException(string message) : base(message)
    {
        File = "";
        Problem = message;
    }

    public ImportException(string message, Exception innerException) : base(message, innerException)
    {
        File = "";
        Problem = message;
    }

    public string File { get; }

    public int? Line { get; }

    public string Problem { get; }

    public string? Advice { get; }

    private static string Format(string file, int? line, string problem, string? advice)
    {
        // One line, whatever the file's name or the quoted text hold.
        var where = line is { } l ? $"{file}:{l}" : file;
        return PrintableText.Escape(advice is null ? $"{where}: {problem}" : $"{where}: {problem} {advice}");
    }
}

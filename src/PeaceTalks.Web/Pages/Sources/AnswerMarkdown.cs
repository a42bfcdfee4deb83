using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PeaceTalks.Core.Cleaning;

namespace PeaceTalks.Web.Pages.Sources;

/// <summary>
/// A Q&amp;A page's Markdown answer as HTML for our pages. The answer is another site's text, so its links are held
/// to a policy before it is shown: only http(s) and relative links are kept (a <c>javascript:</c>, <c>vbscript:</c>,
/// <c>data:</c> or any other scheme's link keeps its text and loses its target); a link to another site is marked
/// (class <c>external</c>, a visible "(external)", <c>rel="noopener noreferrer nofollow"</c>); and no image is
/// loaded: an image becomes a marked link to it, or its alt text when its address is not allowed, so that reading a
/// source never asks a third party for anything.
/// </summary>
public static class AnswerMarkdown
{
    public const string ExternalRel = "noopener noreferrer nofollow";

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, MarkdownCleaner.Pipeline);
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            if (Classify(image.Url) is LinkKind.Refused)
            {
                Unwrap(image);
                continue;
            }

            var link = new LinkInline(image.Url ?? "", image.Title ?? "");
            link.AppendChild(new LiteralInline("image: "));
            while (image.FirstChild is { } child)
            {
                child.Remove();
                link.AppendChild(child);
            }

            image.ReplaceBy(link);
            if (Classify(link.Url) is LinkKind.External)
            {
                MarkExternal(link);
            }
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            switch (Classify(link.Url))
            {
                case LinkKind.Refused:
                    Unwrap(link);
                    break;
                case LinkKind.External when link.GetAttributes().Classes?.Contains("external") != true:
                    MarkExternal(link);
                    break;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            switch (autolink.IsEmail ? LinkKind.Refused : Classify(autolink.Url))
            {
                case LinkKind.Refused:
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                case LinkKind.External:
                    var link = new LinkInline(autolink.Url, "");
                    link.AppendChild(new LiteralInline(autolink.Url));
                    autolink.ReplaceBy(link);
                    MarkExternal(link);
                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownCleaner.Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private enum LinkKind
    {
        Relative,
        External,
        Refused,
    }

    private static LinkKind Classify(string? url)
    {
        // Browsers drop tabs and newlines anywhere in an address and controls and spaces around it ("java\tscript:"),
        // and read a backslash as a slash ("/\evil.example" is another host): the address is judged as they read it.
        var seen = new string((url ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim().Replace('\\', '/');
        if (seen.StartsWith("//", StringComparison.Ordinal))
        {
            return LinkKind.External;
        }

        var colon = seen.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? seen[..colon] : null;
        if (scheme is null || !scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || !char.IsAsciiLetter(scheme[0]))
        {
            // No scheme before the first '/', '?' or '#': a path of this site.
            return LinkKind.Relative;
        }

        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            ? LinkKind.External
            : LinkKind.Refused;
    }

    private static void MarkExternal(LinkInline link)
    {
        var attributes = link.GetAttributes();
        attributes.AddClass("external");
        attributes.AddPropertyIfNotExist("rel", ExternalRel);
        link.AppendChild(new HtmlInline("<span class=\"external-mark\"> (external)</span>"));
    }

    /// <summary>A link's text without the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}

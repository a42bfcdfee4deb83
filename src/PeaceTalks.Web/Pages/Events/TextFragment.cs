using System.Text;

namespace PeaceTalks.Web.Pages.Events;

/// <summary>
/// A link to the exact words on the live page: a W3C Text Fragment (<c>#:~:text=</c>), which a browser that knows it
/// scrolls to and marks, and any other opens at the top of the page.
/// </summary>
public static class TextFragment
{
    /// <summary>Quotes of more words than this are named by their first and last few words (<c>textStart,textEnd</c>).</summary>
    public const int LongQuoteWords = 10;

    /// <summary>How many words name each end of a long quote: enough to be found once on a page, few enough to survive an edit between.</summary>
    public const int EndWords = 4;

    /// <summary>The page's address with a fragment pointing at the quote; a fragment the page already has is replaced.</summary>
    public static string Link(Uri page, string quote)
    {
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = words.Length > LongQuoteWords
            ? $"{Encode(words[..EndWords])},{Encode(words[^EndWords..])}"
            : Encode(words);
        var address = page.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
        return $"{address}#:~:text={text}";
    }

    /// <summary>
    /// The words joined by one space and percent-encoded as the spec asks: '-', '&amp;' and ',' are the directive's own
    /// syntax and are always encoded, as is everything outside the unreserved characters (UTF-8 for the rest).
    /// </summary>
    private static string Encode(string[] words)
    {
        var escaped = Uri.EscapeDataString(string.Join(' ', words).Normalize(NormalizationForm.FormC));
        return escaped.Replace("-", "%2D", StringComparison.Ordinal);
    }
}

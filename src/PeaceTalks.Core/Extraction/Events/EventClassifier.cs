using System.Text.RegularExpressions;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>The kind of a happening, from the words of its opening sentence (first match wins).</summary>
public static partial class EventClassifier
{
    public static EventKind Classify(string sentence, string heading)
    {
        if (Round().IsMatch(sentence) || (RoundHeading().IsMatch(heading) && Talks().IsMatch(sentence)))
        {
            return EventKind.Round;
        }

        if (Poll().IsMatch(sentence))
        {
            return EventKind.Poll;
        }

        if (Agreement().IsMatch(sentence))
        {
            return EventKind.Agreement;
        }

        if (Proposal().IsMatch(sentence))
        {
            return EventKind.Proposal;
        }

        // "Lavrov said direct talks between the two presidents …": what someone says is a statement,
        // whatever it is about, when the saying comes first.
        if (Statement().Match(sentence) is { Success: true, Index: < 100 })
        {
            return EventKind.Statement;
        }

        if (Summit().IsMatch(sentence))
        {
            return EventKind.Summit;
        }

        if (Meeting().IsMatch(sentence))
        {
            return EventKind.Meeting;
        }

        if (Military().IsMatch(sentence))
        {
            return EventKind.Military;
        }

        return Statement().IsMatch(sentence) ? EventKind.Statement : EventKind.Other;
    }

    [GeneratedRegex(@"\b(?:first|second|third|fourth|fifth|sixth|next|new)\s+(?:and\s+\w+\s+)?rounds?\s+of\s+(?:peace\s+)?(?:talks|negotiations)\b|\bround of (?:peace )?(?:talks|negotiations)\b|\b(?:talks|negotiations) (?:began|resumed|started)\b|\b(?:began|started|resumed|opened) (?:peace )?(?:talks|negotiations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Round();

    [GeneratedRegex(@"\bround\b|\btalks\b|\bnegotiations\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoundHeading();

    [GeneratedRegex(@"\btalks\b|\bnegotiations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Talks();

    [GeneratedRegex(@"\b(?:poll|polls|survey|respondents|pollster)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Poll();

    [GeneratedRegex(@"\b(?:signed|reached an? (?:provisional )?(?:agreement|deal)|struck a (?:provisional )?deal|agreements? (?:was|were) (?:reached|signed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\b(?:proposed|proposal|peace plan|peace formula|position paper|presented (?:a|the|his|her|its)\b[^.]{0,40}\bplan|outlined [^.]{0,30}\bterms|floated|unveiled|put forward|produced the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();

    [GeneratedRegex(@"\b(?:summit|conference|forum|General Assembly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Summit();

    [GeneratedRegex(@"\b(?:met|meeting|meetings|visited|visit|talks|telephone|phone call|called (?!for)|call with|convened|flew to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"\b(?:invasion|invaded|counteroffensive|counter-offensive|offensive|missiles?|strikes?|airstrikes?|annex\w*|attack\w*|fired|shelling|troops|forces)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Military();

    [GeneratedRegex(@"\b(?:said|stated|claimed|announced|told|warned|declared|remarked|responded|argued|tweeted|denied|rejected|urged|called|insisted|signaled|signalled|reported|suggested|praised|criticized|criticised|denounced|dismissed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Statement();
}

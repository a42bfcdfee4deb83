using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Entities;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>How each party named in an event's sentences takes part: "as mediator", "hosted", "said".</summary>
public static partial class PartyRoles
{
    public static IReadOnlyList<PartyInEvent> Of(string text, IReadOnlyList<Mention> mentions)
    {
        var roles = new Dictionary<string, PartyRole>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.Party.Length > 0))
        {
            var role = RoleAt(text, mention);
            if (!roles.TryGetValue(mention.Party, out var existing) || Rank(role) > Rank(existing))
            {
                roles[mention.Party] = role;
            }
        }

        return roles.Select(r => new PartyInEvent(r.Key, r.Value)).ToList();
    }

    private static PartyRole RoleAt(string text, Mention mention)
    {
        var after = text.Substring(mention.Start + mention.Length, Math.Min(60, text.Length - mention.Start - mention.Length));
        var before = text[Math.Max(0, mention.Start - 40)..mention.Start];
        if (MediatorAfter().IsMatch(after) || MediatorBefore().IsMatch(before))
        {
            return PartyRole.Mediator;
        }

        if (HostAfter().IsMatch(after) || HostBefore().IsMatch(before))
        {
            return PartyRole.Host;
        }

        return mention.Person is not null && SpeakerAfter().IsMatch(after) ? PartyRole.Speaker : PartyRole.Participant;
    }

    private static int Rank(PartyRole role) => role switch
    {
        PartyRole.Mediator => 3,
        PartyRole.Host => 2,
        PartyRole.Speaker => 1,
        _ => 0,
    };

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:as (?:a |the )?(?:self-appointed )?mediator|the mediator|mediat)", RegexOptions.IgnoreCase)]
    private static partial Regex MediatorAfter();

    [GeneratedRegex(@"\b(?:mediated by|mediation (?:of|by))\s+(?:\S+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex MediatorBefore();

    [GeneratedRegex(@"^\s*(?:hosted|will host|was willing to host|to host)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HostAfter();

    [GeneratedRegex(@"\b(?:held in|hosted by|took place in|talks in|meeting in|summit in)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HostBefore();

    [GeneratedRegex(@"^[^.]{0,30}?\b(?:said|stated|announced|claimed|told|warned|declared|remarked|responded|argued|tweeted|noted|added)\b")]
    private static partial Regex SpeakerAfter();
}

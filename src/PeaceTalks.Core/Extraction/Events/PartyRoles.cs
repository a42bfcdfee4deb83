using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Events;

/// <summary>
/// How each party named in an event's sentences takes part, read from each sentence's structure with the
/// cue words of <c>Extraction/Data/roles.json</c>: the subject of the main clause acts, the object of a verb
/// that takes another side is the counterpart, host, mediator, signatory and poll phrases give their own
/// roles, and what is only told of — reported content, subordinate clauses, anything else — is mentioned.
/// A party's strongest role over its mentions wins.
/// </summary>
public static partial class PartyRoles
{
    private static readonly Cues Rules = Cues.Load();

    public static IReadOnlyList<PartyInEvent> Of(string text, IReadOnlyList<Mention> mentions)
    {
        var roles = new Dictionary<string, PartyRole>(StringComparer.Ordinal);
        foreach (var (start, length) in SentenceSplitter.Split(text))
        {
            var inSentence = mentions.Where(m => m.Party.Length > 0 && m.Start >= start && m.Start < start + length)
                .Select(m => m with { Start = m.Start - start })
                .ToList();
            if (inSentence.Count == 0)
            {
                continue;
            }

            var sentence = text.Substring(start, length);
            foreach (var (mention, role) in Rules.Read(sentence, inSentence))
            {
                if (!roles.TryGetValue(mention.Party, out var existing) || Rank(role) > Rank(existing))
                {
                    roles[mention.Party] = role;
                }
            }
        }

        // A mention outside every sentence the splitter found (it keeps all text, but to be safe) is only named.
        foreach (var mention in mentions.Where(m => m.Party.Length > 0 && !roles.ContainsKey(m.Party)))
        {
            roles[mention.Party] = PartyRole.Mentioned;
        }

        return roles.Select(r => new PartyInEvent(r.Key, r.Value)).ToList();
    }

    /// <summary>The order in which one party's roles give way: a mediator who also speaks is the mediator.</summary>
    public static int Rank(PartyRole role) => role switch
    {
        PartyRole.Mediator => 6,
        PartyRole.Host => 5,
        PartyRole.Signatory => 4,
        PartyRole.Actor => 3,
        PartyRole.Counterpart => 2,
        PartyRole.Polled => 1,
        _ => 0,
    };

    [GeneratedRegex(@"\bwith\s+(?:\S+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex SignedWith();

    private sealed class Cues
    {
        private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

        private readonly Regex reportingThat;
        private readonly Regex reportingBare;
        private readonly Regex reportingLead;
        private readonly Regex leadingClause;
        private readonly Regex innerClause;
        private readonly Regex verb;
        private readonly HashSet<string> counterpartVerbs;
        private readonly HashSet<string> signatoryVerbs;
        private readonly Regex objectEnd;
        private readonly Regex signatoryNoun;
        private readonly Regex hostAfter;
        private readonly Regex hostBefore;
        private readonly Regex mediatorAfter;
        private readonly Regex mediatorBefore;
        private readonly Regex pollWord;
        private readonly Regex pollBefore;
        private readonly Regex pollAfter;
        private readonly Regex passiveVerb;

        private Cues(RolesFile file)
        {
            static string Words(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
            const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

            var reporting = Words(file.Reporting.Verbs);
            var content = string.Join('|', file.Reporting.Content.Select(c => char.IsLetter(c[0]) ? $@"\b{Regex.Escape(c)}\b" : Regex.Escape(c)));
            reportingThat = new Regex($@"\b(?:{reporting})\b(?:[^.;:""“]{{0,60}}?)(?:{content})", Options);
            reportingBare = new Regex($@"\b(?:{Words(file.Reporting.Bare)})\b", Options);
            reportingLead = new Regex($@"^\W*(?:{Words(file.Reporting.Leads)})\b[^,]*,", Options);
            leadingClause = new Regex($@"^\W*(?:{Words(file.Subordinate.Leading)})\b[^,]*,", Options);
            innerClause = new Regex($@"(?:,\s*|\s)(?:{Words(file.Subordinate.Inner)})\b[^,;]*", Options);
            verb = new Regex($@"(?<![\w-])(?:{Words(file.Verbs.Auxiliaries.Concat(file.Verbs.Words).Concat(file.Reporting.Verbs).Concat(file.Counterpart.Verbs).Concat(file.Signatory.Verbs))})\b|(?<![\w-])[a-z]+ed\b", RegexOptions.CultureInvariant);
            counterpartVerbs = new HashSet<string>(file.Counterpart.Verbs, StringComparer.OrdinalIgnoreCase);
            signatoryVerbs = new HashSet<string>(file.Signatory.Verbs, StringComparer.OrdinalIgnoreCase);
            objectEnd = new Regex($@"[,;:(]|\s(?:{Words(file.Counterpart.ObjectEnds)})\b", Options);
            signatoryNoun = new Regex($@"^[^.;]{{0,30}}?\b(?:{Words(file.Signatory.Nouns)})\b|\b(?:{Words(file.Signatory.Nouns)})\b[^.;]{{0,20}}$", Options);
            hostAfter = new Regex($@"^\s*(?:{Words(file.Host.After)})\b", Options);
            hostBefore = new Regex($@"\b(?:{Words(file.Host.MeetingWords)})\b[^,.;]{{0,40}}?\b(?:in|at)\s+(?:(?:the\s+)?\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*)?,\s+)?$|\bhosted\s+by\s+(?:\S+\s+){{0,3}}$", Options);
            mediatorAfter = new Regex($@"^[^.;]{{0,40}}?(?<!\p{{L}})(?:{Words(file.Mediator.After)})", Options);
            mediatorBefore = new Regex($@"\b(?:{Words(file.Mediator.Before)})\s+(?:\S+\s+){{0,3}}$", Options);
            pollWord = new Regex($@"\b(?:{Words(file.Poll.Words)})\b", Options);
            pollBefore = new Regex($@"(?:{Words(file.Poll.Before)})\s+(?:the\s+)?$", Options);
            pollAfter = new Regex($@"^\s*(?:{Words(file.Poll.After)})\b", Options);
            passiveVerb = new Regex(@"\G(?:was|were|is|are|has been|have been|had been|will be|would be)\s+(?:\w+ly\s+)?(?<participle>\w+)\s+by\b", Options);
        }

        public static Cues Load()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeaceTalks.Data.roles.json")
                ?? throw new InvalidOperationException("The roles resource is missing from the build.");
            return new Cues(JsonSerializer.Deserialize<RolesFile>(stream, JsonOptions) ?? throw new InvalidOperationException("The roles resource is empty."));
        }

        public IEnumerable<(Mention Mention, PartyRole Role)> Read(string sentence, List<Mention> mentions)
        {
            // What a speaker says: "Zelenskyy said that Russia …", "According to the Kremlin, …".
            var contentStart = sentence.Length;
            var lead = reportingLead.Match(sentence);
            if (lead.Success)
            {
                contentStart = lead.Length;
            }
            else if (reportingThat.Match(sentence) is { Success: true } that && mentions.Any(m => m.Start < that.Index))
            {
                contentStart = that.Index + that.Length;
            }
            else if (reportingBare.Match(sentence) is { Success: true } bare && mentions.Any(m => m.Start < bare.Index))
            {
                contentStart = bare.Index + bare.Length;
            }

            var subordinate = new List<(int Start, int End)>();
            var leading = leadingClause.Match(sentence);
            var mainStart = 0;
            if (leading.Success && !lead.Success)
            {
                subordinate.Add((0, leading.Length));
                mainStart = leading.Length;
            }

            foreach (Match inner in innerClause.Matches(sentence, mainStart))
            {
                if (inner.Index < contentStart)
                {
                    subordinate.Add((inner.Index, inner.Index + inner.Length));
                }
            }

            bool Subordinate(Mention m) => subordinate.Any(s => m.Start >= s.Start && m.Start < s.End);

            // The subject ends at the first verb after its first name: "The leaders of France and Germany met …".
            var firstName = mentions.Where(m => m.Start >= mainStart && m.Start < contentStart && !Subordinate(m)).Select(m => m.Start).DefaultIfEmpty(-1).First();
            Match? mainVerb = null;
            if (lead.Success)
            {
                mainStart = lead.Length;
            }
            else if (firstName >= 0)
            {
                foreach (Match candidate in verb.Matches(sentence, firstName))
                {
                    var inName = mentions.Any(m => candidate.Index >= m.Start && candidate.Index < m.Start + m.Length);
                    var inClause = subordinate.Any(s => candidate.Index >= s.Start && candidate.Index < s.End);
                    if (!inName && !inClause && !AfterDeterminer(sentence, candidate.Index))
                    {
                        mainVerb = candidate;
                        break;
                    }
                }
            }

            var verbWord = mainVerb?.Value ?? "";
            var verbEnd = mainVerb is null ? sentence.Length : mainVerb.Index + mainVerb.Length;
            var objectStop = objectEnd.Match(sentence, Math.Min(verbEnd + 1, sentence.Length));
            var objectEndAt = Math.Min(objectStop.Success ? objectStop.Index : sentence.Length, contentStart);

            // "Ukraine was invaded by Russia": the agent acts, the subject is the other side.
            var passive = mainVerb is null ? null : passiveVerb.Match(sentence, mainVerb.Index) is { Success: true } p && p.Index == mainVerb.Index ? p : null;
            var participle = passive?.Groups["participle"].Value ?? "";
            var agentEnd = passive is null ? 0
                : objectEnd.Match(sentence, passive.Index + passive.Length) is { Success: true } stop ? Math.Min(stop.Index, contentStart) : contentStart;
            foreach (var mention in mentions)
            {
                var before = sentence[..mention.Start];
                var after = sentence[(mention.Start + mention.Length)..];
                var outside = mention.Start < contentStart && !Subordinate(mention);
                PartyRole role;
                if (pollWord.IsMatch(sentence) && (pollBefore.IsMatch(before) || pollAfter.IsMatch(after)))
                {
                    role = PartyRole.Polled;
                }
                else if (outside && (mediatorAfter.IsMatch(after) || mediatorBefore.IsMatch(Tail(before, 60))))
                {
                    role = PartyRole.Mediator;
                }
                else if (outside && (hostAfter.IsMatch(after) || hostBefore.IsMatch(Tail(before, 80))))
                {
                    role = PartyRole.Host;
                }
                else if (!outside)
                {
                    role = PartyRole.Mentioned;
                }
                else if (lead.Success)
                {
                    // "According to Ukrainian officials, …": the source speaks.
                    role = PartyRole.Actor;
                }
                else if (mainVerb is null || mention.Start < mainVerb.Index)
                {
                    role = passive is not null ? (counterpartVerbs.Contains(participle) ? PartyRole.Counterpart : PartyRole.Mentioned)
                        : signatoryVerbs.Contains(verbWord) || signatoryNoun.IsMatch(after) ? PartyRole.Signatory
                        : PartyRole.Actor;
                }
                else if (passive is not null && mention.Start >= passive.Index + passive.Length && mention.Start < agentEnd)
                {
                    role = signatoryVerbs.Contains(participle) ? PartyRole.Signatory : PartyRole.Actor;
                }
                else if (mention.Start >= verbEnd && mention.Start < objectEndAt)
                {
                    // The object of "met", "phoned", "invaded", "told … that": the other side; of "announced" only named.
                    role = counterpartVerbs.Contains(verbWord) || signatoryVerbs.Contains(verbWord) ? PartyRole.Counterpart : PartyRole.Mentioned;
                }
                else if (signatoryVerbs.Contains(verbWord) && SignedWith().IsMatch(Tail(before, 40)))
                {
                    role = PartyRole.Counterpart;
                }
                else
                {
                    role = PartyRole.Mentioned;
                }

                yield return (mention, role);
            }
        }

        private static bool AfterDeterminer(string sentence, int index) =>
            Regex.IsMatch(Tail(sentence[..index], 12), @"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|so-called)|['’]s)\s+$", RegexOptions.IgnoreCase);

        private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];

        private sealed record RolesFile(ReportingJson Reporting, SubordinateJson Subordinate, VerbsJson Verbs, CounterpartJson Counterpart, SignatoryJson Signatory, HostJson Host, MediatorJson Mediator, PollJson Poll);

        private sealed record ReportingJson(List<string> Verbs, List<string> Bare, List<string> Content, List<string> Leads);

        private sealed record SubordinateJson(List<string> Leading, List<string> Inner);

        private sealed record VerbsJson(List<string> Auxiliaries, List<string> Words);

        private sealed record CounterpartJson(List<string> Verbs, List<string> ObjectEnds);

        private sealed record SignatoryJson(List<string> Verbs, List<string> Nouns);

        private sealed record HostJson(List<string> After, List<string> MeetingWords);

        private sealed record MediatorJson(List<string> After, List<string> Before);

        private sealed record PollJson(List<string> Words, List<string> Before, List<string> After);
    }
}

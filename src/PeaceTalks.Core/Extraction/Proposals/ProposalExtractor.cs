using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Extraction.Proposals;

/// <summary>
/// Proposals and their points. A proposal is a sentence that names a plan, paper, formula, terms or
/// communiqué being put forward. Its points come, in this order of preference, from an inline
/// <c># item</c> list, from the enumeration in the sentence ("including a ceasefire, dialogue, …"),
/// or from the sentences after it that spell out its content ("The treaty would …", "He said that …").
/// Mentions of the same proposal (same proposer and point count, or the same proper name) merge.
/// </summary>
public static partial class ProposalExtractor
{
    public static IReadOnlyList<ExtractedProposal> Extract(
        SegmentedDocument document,
        Func<PassageSpan, Sentence, DatePhrase?> dateOf,
        Gazetteer gazetteer,
        TopicTagger topics)
    {
        var found = new List<Mention>();
        foreach (var passage in document.Passages)
        {
            var sentences = document.SentencesOf(passage).ToList();
            Mention? previous = null;
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var trigger = Trigger().Match(sentence.Text);
                var named = ProperName().Match(sentence.Text);
                var putting = Putting().IsMatch(sentence.Text);
                var counted = trigger.Success && trigger.Groups["count"].Success;
                var listed = trigger.Success && trigger.Groups["list"].Success;
                var countedByName = named.Success && PointCount().IsMatch(sentence.Text);
                if (!(counted || listed || (trigger.Success && putting) || (named.Success && (putting || countedByName))))
                {
                    if (Act(passage, sentence, gazetteer, topics) is { } act)
                    {
                        var when = dateOf(passage, sentence);
                        previous = null;
                        var by = act.Proposers.Count > 0 ? act.Proposers[0] : null;
                        found.Add(new Mention(by, by, null, act.Noun, true, act.Name, sentence.Text,
                            new ExtractedProposal(act.Name, act.Proposers, when?.DateStart, when?.Precision, SourceSpan.Of(sentence, sentence), act.Points)));
                    }

                    continue;
                }

                var anchor = trigger.Success ? trigger : named;
                var (proposer, actor) = Proposer(sentence.Text, anchor.Index, anchor.Index + anchor.Length, gazetteer);
                var count = counted ? Count(trigger.Groups["count"].Value) : Count(PointCount().Match(sentence.Text).Groups["count"].Value);
                var noun = trigger.Success ? trigger.Groups["noun"].Value : named.Value;
                // "The six-point proposal called for …", "The detailed 10-point peace proposal was published …":
                // a definite mention goes on about a plan named before, in this paragraph or earlier.
                var anaphoric = trigger.Success && (Anaphora().IsMatch(sentence.Text[..trigger.Index]) || Anaphora().IsMatch(" " + trigger.Value));
                var antecedent = !anaphoric ? null
                    : previous is not null && (count is null || previous.Count is null || previous.Count == count) ? previous
                    : found.LastOrDefault(m => count is not null && m.Count == count);
                if (antecedent is not null)
                {
                    (proposer, actor, count) = (antecedent.Proposer, antecedent.Actor, count ?? antecedent.Count);
                }

                var name = named.Success ? named.Value.Trim() : NameOf(actor, trigger.Groups["name"].Success ? trigger.Groups["name"].Value : trigger.Value.Trim());
                var points = Points(passage, sentences, i, trigger, topics);
                var date = dateOf(passage, sentence);
                var proposers = Jointly(sentence.Text, gazetteer, actor);
                previous = new Mention(proposer, actor, count, HeadWord(noun), named.Success, name, sentence.Text,
                    new ExtractedProposal(name, proposers, date?.DateStart, date?.Precision, SourceSpan.Of(sentence, sentence), points));
                found.Add(previous);
            }
        }

        return Merge(found);
    }

    /// <summary>
    /// Mentions of one proposal become one: the same proposer and point count ("10-point peace plan",
    /// "contains 10 fundamental points"); a mention by kind only ("China's peace plan") joins the counted
    /// plan of its proposer mentioned within four months, or the one whose words it shares.
    /// </summary>
    private static List<ExtractedProposal> Merge(List<Mention> mentions)
    {
        var groups = new List<List<Mention>>();
        foreach (var mention in mentions.Where(m => m.Count is not null || m.Named))
        {
            var same = groups.FirstOrDefault(g => g.Any(m =>
                (mention.Count is not null && m.Count == mention.Count && m.Actor == mention.Actor)
                || (mention.Named && m.Named && Slugs.Of(Bare(m.Name)) == Slugs.Of(Bare(mention.Name)))));
            if (same is null)
            {
                groups.Add([mention]);
            }
            else
            {
                same.Add(mention);
            }
        }

        foreach (var mention in mentions.Where(m => m.Count is null && !m.Named))
        {
            var date = mention.Proposal.DateStart;
            var near = !PlanNouns.Contains(mention.Noun) || date is null ? null : groups
                .Where(g => g.Any(m => m.Actor == mention.Actor && m.Count is not null))
                .Select(g => (Group: g, Distance: g.Select(m => m.Proposal.DateStart is { } d ? Math.Abs(d.DayNumber - date.Value.DayNumber) : int.MaxValue).Min()))
                .Where(g => g.Distance <= 120)
                .OrderBy(g => g.Distance)
                .Select(g => g.Group)
                .FirstOrDefault();
            var target = near ?? groups.FirstOrDefault(g => g.All(m => m.Count is null && !m.Named) && g[0].Actor == mention.Actor && g[0].Noun == mention.Noun);
            if (target is null)
            {
                groups.Add([mention]);
            }
            else
            {
                target.Add(mention);
            }
        }

        return groups.Select(group =>
        {
            var richest = group.OrderByDescending(m => m.Proposal.Points.Count).First().Proposal;
            var name = group.FirstOrDefault(m => m.Named)?.Name ?? group.FirstOrDefault(m => m.Count is not null)?.Name ?? group[0].Name;
            // Its date is its first dated mention's, in the order the text tells them.
            var dated = group.OrderBy(m => m.Proposal.Span.PassageIndex).ThenBy(m => m.Proposal.Span.CleanStart).FirstOrDefault(m => m.Proposal.DateStart is not null)?.Proposal;
            return richest with
            {
                Name = name,
                DateStart = dated?.DateStart,
                Precision = dated?.Precision,
                Proposers = group.Select(m => m.Proposal.Proposers).FirstOrDefault(p => p.Count > 0) ?? [],
                Mentions = group.Select(m => m.Proposal.Span).ToList(),
            };
        })
        .OrderBy(p => p.DateStart ?? DateOnly.MaxValue)
        .ToList();
    }

    // "Ukraine's Peace Formula" and "the Ukrainian Peace Formula" are one formula.
    private static string Bare(string name) => BareName().Replace(name, "");

    private static readonly HashSet<string> PlanNouns = new(StringComparer.Ordinal) { "plan", "proposal", "paper", "formula", "initiative", "peace" };

    private static string HeadWord(string noun) => noun.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();

    private static int? Count(string word) => word.ToLowerInvariant() switch
    {
        "" or "multi" => null,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        var digits => int.TryParse(digits, out var n) ? n : null,
    };

    private static string NameOf(string? actor, string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words.SkipWhile(w => w.ToLowerInvariant() is "a" or "an" or "the" or "its" or "his" or "her" or "their" or "this"));
        if (actor is null)
        {
            return char.ToUpperInvariant(text[0]) + text[1..];
        }

        return actor.EndsWith('s') ? $"{actor}' {text}" : $"{actor}'s {text}";
    }

    /// <summary>
    /// Who puts it forward: the actor after "proposed by", else the first person or party named.
    /// The proposer is a party; the actor, used in the name, may be a person without one ("Elon Musk").
    /// </summary>
    private static (string? Proposer, string? Actor) Proposer(string sentence, int triggerStart, int triggerEnd, Gazetteer gazetteer)
    {
        // "Zelenskyy's proposed peace plan", "China's plan": the owner named right before the plan.
        var near = sentence[Math.Max(0, triggerStart - 40)..triggerEnd];
        var owner = Owner().Matches(near).LastOrDefault();
        if (owner is not null && gazetteer.Find(owner.Groups["owner"].Value) is [var named, ..])
        {
            var ownerParty = named.Party.Length > 0 ? named.Party : null;
            return (ownerParty, ownerParty ?? named.Person);
        }

        var by = ProposedBy().Match(sentence);
        var mentions = gazetteer.Find(by.Success ? sentence[by.Index..] : sentence);
        if (mentions.Count == 0 && by.Success)
        {
            mentions = gazetteer.Find(sentence);
        }

        // A person acts; a state is usually the one behind a plan; an organisation is more often the venue ("at the G20 summit").
        var first = mentions.FirstOrDefault(m => m.Person is not null)
            ?? mentions.FirstOrDefault(m => !m.ByDemonym && gazetteer.Party(m.Party)?.Kind == "state")
            ?? mentions.FirstOrDefault(m => !m.ByDemonym)
            ?? mentions.FirstOrDefault(m => m.Party.Length > 0);
        if (first is null)
        {
            return (null, null);
        }

        var party = first.Party.Length > 0 ? first.Party : null;
        return (party, party ?? first.Person);
    }

    /// <summary>
    /// Everyone behind it: the proposer, and those the sentence joins to it as one subject ("China and Brazil
    /// jointly presented", "Keith Kellogg and Fred Fleitz presented"). A person without a party stands for himself.
    /// </summary>
    private static List<string> Jointly(string sentence, Gazetteer gazetteer, string? actor)
    {
        if (actor is null)
        {
            return [];
        }

        var joint = JointSubject().Match(sentence);
        if (joint.Success)
        {
            var names = gazetteer.Find(joint.Groups["subject"].Value)
                .Select(m => m.Party.Length > 0 && m.Person is null ? m.Party : m.Person ?? m.Party)
                .Where(n => n.Length > 0)
                .Distinct()
                .ToList();
            if (names.Count >= 2)
            {
                return names;
            }
        }

        return [actor];
    }

    private sealed record ActFound(string Name, string Noun, IReadOnlyList<string> Proposers, IReadOnlyList<ExtractedPoint> Points);

    /// <summary>
    /// "Russia demanded an international treaty to prevent Ukraine from ever joining NATO", "Lula proposed the
    /// creation of a 'peace club'": a party or person, then a verb of putting forward (<c>Data/proposing.json</c>),
    /// then what was put forward. It is named by its proposer, its noun and the first words of its object; its
    /// points are the object's items when it lists two or more ("to improve communication … and discuss …").
    /// </summary>
    private static ActFound? Act(PassageSpan passage, Sentence sentence, Gazetteer gazetteer, TopicTagger topics)
    {
        var text = sentence.Text;
        var verb = ProposingVerbs.Match(text);
        if (!verb.Success || PassiveBefore().IsMatch(text[..verb.Index]))
        {
            return null;
        }

        var objectStart = verb.Index + verb.Length;
        var rest = text[objectStart..].TrimStart();
        if (rest.Length < 8 || NotAnObject.IsMatch(rest))
        {
            return null;
        }

        // The subject: the last party or person named before the verb, in the same clause.
        var clauseStart = Math.Max(text.LastIndexOfAny([';', ':'], Math.Max(verb.Index - 1, 0)) + 1, 0);
        if (gazetteer.Find(text[clauseStart..verb.Index]) is not [.., var subject])
        {
            return null;
        }

        var actor = subject.Party.Length > 0 ? subject.Party : subject.Person;
        if (actor is null)
        {
            return null;
        }

        var joint = Jointly(text, gazetteer, actor);
        var noun = ProposingNouns[verb.Groups["verb"].Value.ToLowerInvariant()];
        var end = sentence.Start + sentence.Length;
        var items = Split(passage, sentence.Start + objectStart, end, topics);
        var what = ObjectHead().Match(rest).Value.Trim().TrimEnd(',', ';', '.');
        if (what.Length == 0)
        {
            return null;
        }

        var name = $"{(actor.EndsWith('s') ? actor + "'" : actor + "'s")} {noun}: {what}";
        return new ActFound(name, noun, joint, items.Count >= 2 ? items : []);
    }

    private static readonly (Regex Verbs, Dictionary<string, string> Nouns, Regex NotAnObject) ProposingCues = LoadProposing();

    private static Regex ProposingVerbs => ProposingCues.Verbs;

    private static Dictionary<string, string> ProposingNouns => ProposingCues.Nouns;

    private static Regex NotAnObject => ProposingCues.NotAnObject;

    private static (Regex, Dictionary<string, string>, Regex) LoadProposing()
    {
        using var stream = typeof(ProposalExtractor).Assembly.GetManifestResourceStream("PeaceTalks.Data.proposing.json")
            ?? throw new InvalidOperationException("The proposing cues resource is missing from the build.");
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        var verbs = json.RootElement.GetProperty("verbs").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        var not = json.RootElement.GetProperty("notAnObject").EnumerateArray().Select(x => Regex.Escape(x.GetString()!));
        var alternatives = string.Join('|', verbs.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        return (new Regex(@"\b(?<verb>" + alternatives + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            verbs,
            new Regex(@"^(?:" + string.Join('|', not) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    // "was proposed", "had been offered", "were demanded": the passive is not a party's act.
    [GeneratedRegex(@"\b(?:was|were|been|is|are|be|being)\s+$")]
    private static partial Regex PassiveBefore();

    // The first words of what was put forward, up to a clause break or eight words.
    [GeneratedRegex(@"^(?:[^\s,;:.]+\s*){1,8}")]
    private static partial Regex ObjectHead();

    private sealed record Mention(string? Proposer, string? Actor, int? Count, string Noun, bool Named, string Name, string Sentence, ExtractedProposal Proposal);

    private static List<ExtractedPoint> Points(PassageSpan passage, List<Sentence> sentences, int index, Match trigger, TopicTagger topics)
    {
        var text = passage.Text.Text;
        var sentence = sentences[index];
        var hashes = HashItem().Matches(text, sentence.Start).Where(m => m.Index < sentence.Start + Math.Max(sentence.Length, 1) + 2000).ToList();
        if (hashes.Count >= 2 && hashes[0].Index < sentence.Start + sentence.Length)
        {
            return HashPoints(passage, hashes, topics);
        }

        var enumeration = trigger.Success && trigger.Groups["list"].Success ? trigger : EnumerationLead().Match(sentence.Text);
        if (enumeration.Success)
        {
            var items = Split(passage, sentence.Start + enumeration.Index + enumeration.Length, sentence.Start + sentence.Length, topics);
            if (items.Count >= 2)
            {
                return items;
            }
        }

        var points = new List<ExtractedPoint>();
        for (var j = index + 1; j < sentences.Count && j <= index + 4; j++)
        {
            var follower = sentences[j];
            var content = ContentLead().Match(follower.Text);
            if (!content.Success)
            {
                break;
            }

            var start = follower.Start + content.Index + content.Length;
            var items = Split(passage, start, follower.Start + follower.Length, topics);
            points.AddRange(items.Count >= 2 ? items : [Point(passage, start, follower.Start + follower.Length, topics)]);
        }

        return points.Select((p, i) => p with { Order = i + 1 }).Where(p => p.Text.Length > 0).ToList();
    }

    // "# Safety of the Zaporizhzhia nuclear power plant # Protecting food distribution #Restoration of …
    // #A multilateral peace conference Two months before the invasion, …": the last item has no end mark;
    // it ends where a capitalised word follows a lower-case word that cannot lead into a name.
    private static List<ExtractedPoint> HashPoints(PassageSpan passage, List<Match> hashes, TopicTagger topics)
    {
        var text = passage.Text.Text;
        var points = new List<ExtractedPoint>();
        for (var i = 0; i < hashes.Count; i++)
        {
            var start = hashes[i].Index + hashes[i].Length;
            var end = i + 1 < hashes.Count ? hashes[i + 1].Index : LastItemEnd(text, start);
            points.Add(Point(passage, start, end, topics) with { Order = i + 1 });
        }

        return points;
    }

    private static int LastItemEnd(string text, int start)
    {
        var period = text.IndexOf(". ", start, StringComparison.Ordinal);
        var limit = period < 0 ? text.Length : period;
        foreach (Match word in Word().Matches(text[start..limit]))
        {
            if (word.Index == 0 || !char.IsUpper(word.Value[0]))
            {
                continue;
            }

            var previous = Word().Matches(text[start..(start + word.Index)]).LastOrDefault()?.Value ?? "";
            if (previous.Length > 0 && char.IsLower(previous[0]) && !LeadsIntoName().IsMatch(previous))
            {
                return start + word.Index;
            }
        }

        return limit;
    }

    private static List<ExtractedPoint> Split(PassageSpan passage, int start, int end, TopicTagger topics)
    {
        var text = passage.Text.Text;
        var points = new List<ExtractedPoint>();
        var pieceStart = start;
        foreach (Match separator in ItemSeparator().Matches(text[..end], start))
        {
            if (separator.Index - pieceStart >= 8 && !NotAnItem().IsMatch(text[(separator.Index + separator.Length)..end]))
            {
                points.Add(Point(passage, pieceStart, separator.Index, topics));
                pieceStart = separator.Index + separator.Length;
            }
        }

        points.Add(Point(passage, pieceStart, end, topics));
        return points.Where(p => p.Text.Length > 0).Select((p, i) => p with { Order = i + 1 }).ToList();
    }

    private static ExtractedPoint Point(PassageSpan passage, int start, int end, TopicTagger topics)
    {
        var text = passage.Text.Text;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '"' or ':' or ','))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';'))
        {
            end--;
        }

        if (end <= start)
        {
            return new ExtractedPoint(0, "", new SourceSpan(passage.Index, start, 0, passage.Text.RawStart, passage.Text.RawStart), []);
        }

        var words = text[start..end];
        return new ExtractedPoint(0, words, SourceSpan.Of(passage, start, end - start), topics.Tag(words));
    }

    private const string Numbers = @"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|multi";

    [GeneratedRegex(@"\b(?:an?\s+|the\s+|its\s+|his\s+|her\s+)?(?:(?<count>" + Numbers + @")[- ](?:point|part)\s+(?:""?[\w-]+""?\s+){0,2}?(?<noun>plan|proposal|paper|position paper|formula|peace plan|peace proposal|initiative)|(?<noun>peace plan|peace proposal|peace formula|peace initiative|initiative for peace|terms for a ceasefire|conditions for (?:a |negotiating|peace)[\w ]{0,20})|(?<name>(?:a |an )?(?:detailed |new )?(?<noun>plan) to end [^,.;]{1,40}?)(?=[,.;]| if | and )|(?<name>(?<noun>demands))(?: [^,.;]{0,40}?)? (?<list>were|included)\s|(?<name>\p{Lu}\p{L}+'s (?<noun>plan)) (?<list>including)\s|(?:floated|unveiled|put forward|made) (?<name>(?:a|an|his|her|its) (?:[\w-]+ ){0,2}?(?<noun>proposal|plan)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\b(?:\p{Lu}[\p{L}']+\s+){1,3}(?:Communiqué|Communique|Formula|Declaration|Memorandum|Initiative|Accords?)\b")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"\b(?:proposed|presented|published|outlined|unveiled|floated|laying out|named|put forward|produced|came up with|drafted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Putting();

    [GeneratedRegex(@"(?:^|\s)(?:The|the|This|this|That|that)\s+(?:detailed\s+|new\s+)?(?:\S+-(?:point|part)\s+)?\S*$")]
    private static partial Regex Anaphora();

    [GeneratedRegex(@"(?<owner>(?:\p{Lu}[\p{L}-]+\s){0,2}\p{Lu}[\p{L}-]+)['’]s\s+(?:[\w""-]+\s+){0,3}?(?:plan|proposal|paper|formula|terms|initiative|demands)\b")]
    private static partial Regex Owner();

    [GeneratedRegex(@"^(?:(?:Ukraine|Russia|China)['’]s|Ukrainian|Russian|Chinese|the|The|Zelensky['’]s|Zelenskyy['’]s)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BareName();

    [GeneratedRegex(@"\b(?<count>\d+|ten|twelve|fifteen|six|five|four) (?:fundamental |key |main )?points\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointCount();

    // A subject of two or more names joined by "and" before a verb of putting forward.
    [GeneratedRegex(@"(?<subject>(?:\p{Lu}[\p{L}.-]*\s+){1,4}and\s+(?:\p{Lu}[\p{L}.-]*\s+){1,4})(?:\w+ly\s+)?(?:proposed|presented|published|outlined|unveiled|put forward|drafted|produced|came up with)\b")]
    private static partial Regex JointSubject();

    [GeneratedRegex(@"\bproposed by\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProposedBy();

    [GeneratedRegex(@"\s?#\s*(?=\S)")]
    private static partial Regex HashItem();

    [GeneratedRegex(@"\b(?:comprising|consisting of|including|included|calling for|called for|call for|would involve|involving|:)\s*")]
    private static partial Regex EnumerationLead();

    [GeneratedRegex(@"^(?:\W*)(?:(?:The|This) (?:treaty|plan|proposal|agreement|paper|document|communiqué|framework) (?:would(?: have)?|will|proposes|calls for|called for)|(?:He|She|They|Putin|It) (?:said|added|stated) that|Furthermore, (?:he|she|they) said that|[\p{Lu}][\p{L}]+ added that)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ContentLead();

    [GeneratedRegex(@",\s+(?:and\s+)?|;\s+|\s+and\s+(?=(?:the\s+)?\p{Ll}+(?:ing|ion|ity|ment)\b|(?:the|a|an)\s)")]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"^(?:among|which|who|whom|where|when|while|obliged|such as|as well|including|especially|i\.e\.|e\.g\.|the\s+US|the\s+UK)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnItem();

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:the|of|to|in|by|for|and|on|against|from|with|a|an|at|into|prior)$")]
    private static partial Regex LeadsIntoName();
}

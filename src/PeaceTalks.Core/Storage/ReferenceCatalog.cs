using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Topics;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage;

/// <summary>
/// The rows every document shares — parties, people, topics — brought in line with the gazetteer and
/// topic list, plus the slugs already taken, so that links stay stable across re-imports.
/// </summary>
public sealed class ReferenceCatalog
{
    private readonly Dictionary<string, Party> parties;
    private readonly Dictionary<string, Person> people;
    private readonly Dictionary<string, Topic> topics;
    private readonly HashSet<string> roundSlugs;
    private readonly HashSet<string> proposalSlugs;

    private ReferenceCatalog(List<Party> parties, List<Person> people, List<Topic> topics, List<string> roundSlugs, List<string> proposalSlugs)
    {
        this.parties = parties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        this.people = people.ToDictionary(p => p.Name, StringComparer.Ordinal);
        this.topics = topics.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        this.roundSlugs = [.. roundSlugs];
        this.proposalSlugs = [.. proposalSlugs];
    }

    public int PartyCount => parties.Count;

    public static async Task<ReferenceCatalog> LoadAsync(PeaceTalksDbContext db, Gazetteer gazetteer, TopicTagger tagger, CancellationToken cancellationToken)
    {
        var parties = await db.Parties.ToListAsync(cancellationToken);
        foreach (var entry in gazetteer.Parties)
        {
            var party = parties.FirstOrDefault(p => p.Name == entry.Name);
            if (party is null)
            {
                party = new Party { Name = entry.Name, Slug = entry.Slug, Kind = entry.Kind };
                parties.Add(party);
                db.Parties.Add(party);
            }

            party.Kind = entry.Kind;
            party.Aliases = [.. entry.Aliases.Concat(entry.Demonyms).Distinct(StringComparer.Ordinal)];
        }

        var people = await db.People.ToListAsync(cancellationToken);
        foreach (var entry in gazetteer.People)
        {
            var person = people.FirstOrDefault(p => p.Name == entry.Name);
            if (person is null)
            {
                person = new Person { Name = entry.Name, Role = entry.Role };
                people.Add(person);
                db.People.Add(person);
            }

            person.Role = entry.Role;
            person.Party = entry.Party is null ? null : parties.FirstOrDefault(p => p.Name == entry.Party);
        }

        var topics = await db.Topics.ToListAsync(cancellationToken);
        foreach (var entry in tagger.Topics)
        {
            var topic = topics.FirstOrDefault(t => t.Slug == entry.Slug);
            if (topic is null)
            {
                topic = new Topic { Slug = entry.Slug, Name = entry.Name };
                topics.Add(topic);
                db.Topics.Add(topic);
            }

            topic.Name = entry.Name;
        }

        await db.SaveChangesAsync(cancellationToken);
        var roundSlugs = await db.Rounds.Select(r => r.Slug).ToListAsync(cancellationToken);
        var proposalSlugs = await db.Proposals.Select(p => p.Slug).ToListAsync(cancellationToken);
        return new ReferenceCatalog(parties, people, topics, roundSlugs, proposalSlugs);
    }

    public Party? Party(string? name) => name is not null && parties.TryGetValue(name, out var party) ? party : null;

    public Person? Person(string name) => people.TryGetValue(name, out var person) ? person : null;

    public Topic? Topic(string slug) => topics.TryGetValue(slug, out var topic) ? topic : null;

    public string RoundSlug(string name) => Unique(roundSlugs, Slugs.Of(name));

    public string ProposalSlug(string name) => Unique(proposalSlugs, Slugs.Of(name));

    /// <summary>Frees the slugs of a document that is about to be replaced, so its pages keep their URLs.</summary>
    public void Release(IEnumerable<string> rounds, IEnumerable<string> proposals)
    {
        roundSlugs.ExceptWith(rounds);
        proposalSlugs.ExceptWith(proposals);
    }

    /// <summary>After the change tracker is cleared, the shared rows are known again as unchanged.</summary>
    public void Reattach(PeaceTalksDbContext db)
    {
        db.Parties.AttachRange(parties.Values);
        db.People.AttachRange(people.Values);
        db.Topics.AttachRange(topics.Values);
    }

    private static string Unique(HashSet<string> taken, string slug)
    {
        var candidate = slug.Length == 0 ? "item" : slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}

using Microsoft.EntityFrameworkCore;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage;

public class PeaceTalksDbContext : DbContext
{
    public PeaceTalksDbContext(DbContextOptions<PeaceTalksDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="PostgresPeaceTalksDbContext"/>, which brings options of its own type.</summary>
    protected PeaceTalksDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<SourceDocument> Documents => Set<SourceDocument>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Passage> Passages => Set<Passage>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventParty> EventParties => Set<EventParty>();

    public DbSet<EventAccount> EventAccounts => Set<EventAccount>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ProposalPoint> ProposalPoints => Set<ProposalPoint>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportRunDocument> ImportRunDocuments => Set<ImportRunDocument>();

    public DbSet<EventChange> EventChanges => Set<EventChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PeaceTalksDbContext).Assembly);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage.Configurations;

public class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        // The timeline order (Pages/Timeline/TimelineQuery.cs): a page is a range of this index, not a sort.
        builder.HasIndex(e => new { e.DateStart, e.Precision, e.Id }).IsDescending(false, true, false);
        builder.HasIndex(e => e.Kind);
        builder.HasOne(e => e.Document).WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Passage).WithMany().HasForeignKey(e => e.PassageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Round).WithMany(r => r.Events).HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Parties).WithOne(p => p.Event).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.People).WithMany(p => p.Events).UsingEntity("EventPeople");
        builder.HasMany(e => e.Topics).WithMany().UsingEntity("EventTopics");
    }
}

public class EventPartyConfiguration : IEntityTypeConfiguration<EventParty>
{
    public void Configure(EntityTypeBuilder<EventParty> builder)
    {
        builder.HasKey(p => new { p.EventId, p.PartyId });
        builder.HasIndex(p => p.PartyId);
        builder.HasOne(p => p.Party).WithMany().HasForeignKey(p => p.PartyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class EventAccountConfiguration : IEntityTypeConfiguration<EventAccount>
{
    public void Configure(EntityTypeBuilder<EventAccount> builder)
    {
        builder.HasKey(a => new { a.EventId, a.OtherEventId });

        // A re-imported document's events are deleted, and their links with them from either side: the index on the
        // other side keeps that cascade a lookup instead of a scan of every link per deleted event.
        builder.HasIndex(a => a.OtherEventId);
        builder.HasOne(a => a.Event).WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.OtherEvent).WithMany().HasForeignKey(a => a.OtherEventId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(a => a.Differences, differences => differences.ToJson());
    }
}

public class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> builder)
    {
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.HasOne(r => r.Document).WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage.Configurations;

public class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.HasMany(r => r.Documents).WithOne().HasForeignKey(d => d.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Changes).WithOne(c => c.ImportRun).HasForeignKey(c => c.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class EventChangeConfiguration : IEntityTypeConfiguration<EventChange>
{
    public void Configure(EntityTypeBuilder<EventChange> builder)
    {
        // A run's page lists its changes kind by kind; a link to a removed event finds its removal by the event's id.
        builder.HasIndex(c => new { c.ImportRunId, c.Change });
        builder.HasIndex(c => c.EventId);
    }
}

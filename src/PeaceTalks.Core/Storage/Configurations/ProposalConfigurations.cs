using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalks.Core.Storage.Entities;

namespace PeaceTalks.Core.Storage.Configurations;

public class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasOne(p => p.Document).WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Proposers).WithMany().UsingEntity("ProposalProposers");
        builder.HasOne(p => p.Passage).WithMany().HasForeignKey(p => p.PassageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Points).WithOne(p => p.Proposal).HasForeignKey(p => p.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ProposalPointConfiguration : IEntityTypeConfiguration<ProposalPoint>
{
    public void Configure(EntityTypeBuilder<ProposalPoint> builder)
    {
        builder.HasIndex(p => new { p.ProposalId, p.Order }).IsUnique();
        builder.HasOne(p => p.Passage).WithMany().HasForeignKey(p => p.PassageId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(p => p.Topics).WithMany().UsingEntity("ProposalPointTopics");
    }
}

public class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.HasIndex(p => new { p.PartyId, p.TopicId });
        builder.HasOne(p => p.Document).WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Party).WithMany().HasForeignKey(p => p.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Topic).WithMany().HasForeignKey(p => p.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Passage).WithMany().HasForeignKey(p => p.PassageId).OnDelete(DeleteBehavior.NoAction);
    }
}

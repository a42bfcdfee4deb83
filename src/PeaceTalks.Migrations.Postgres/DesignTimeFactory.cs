using Microsoft.EntityFrameworkCore.Design;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Migrations.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build PostgreSQL's model without a server (see README): adding a
/// migration compares the model with the snapshot and never connects, so the connection string is only a shape.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresPeaceTalksDbContext>
{
    public PostgresPeaceTalksDbContext CreateDbContext(string[] args) =>
        (PostgresPeaceTalksDbContext)PeaceTalksDatabase.Open(new StoreOptions(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=peacetalks"));
}

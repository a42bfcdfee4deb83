using Microsoft.EntityFrameworkCore;

namespace PeaceTalks.Core.Storage;

/// <summary>
/// The same model on PostgreSQL. It is its own type because EF Core picks up the compiled model in
/// <c>CompiledModel/</c> for <see cref="PeaceTalksDbContext"/> by an assembly attribute, and that model is
/// SQLite's (its column types and JSON mappings are SQLite's): this type has none, so EF Core builds
/// PostgreSQL's model at run time, and its migrations (PeaceTalks.Migrations.Postgres) are kept apart.
/// Everything else asks for <see cref="PeaceTalksDbContext"/> and never needs to know which store it has.
/// </summary>
public sealed class PostgresPeaceTalksDbContext(DbContextOptions<PostgresPeaceTalksDbContext> options) : PeaceTalksDbContext(options);

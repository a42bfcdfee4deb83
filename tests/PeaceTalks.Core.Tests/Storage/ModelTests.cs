using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using PeaceTalks.Core.Storage;

namespace PeaceTalks.Core.Tests.Storage;

/// <summary>
/// The checked-in migrations (of both stores) and compiled model must describe the model the code declares.
/// These need no server (nothing here connects), so they run once, in the SQLite pass.
/// </summary>
[Trait("Store", "SqliteOnly")]
public class ModelTests
{
    private static PeaceTalksDbContext Context() => PeaceTalksDatabase.Open("Data Source=:memory:");

    [Fact]
    public void Migrations_cover_every_model_change()
    {
        using var db = Context();
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> (see README)");
    }

    [Fact]
    public void PostgreSQL_migrations_cover_every_model_change()
    {
        using var db = PeaceTalksDatabase.Open(new StoreOptions(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused"));
        Assert.False(db.Database.HasPendingModelChanges(), "run the PostgreSQL 'dotnet ef migrations add <Name>' of the README");
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=unused", 300)]
    [InlineData("Host=127.0.0.1;Database=unused;Command Timeout=15", 15)]
    [InlineData("Host=127.0.0.1;Database=unused;commandtimeout=0", 0)]
    public void PostgreSQL_commands_wait_300_s_unless_the_connection_string_says(string connectionString, int seconds)
    {
        using var db = PeaceTalksDatabase.Open(new StoreOptions(DatabaseProvider.Postgres, connectionString));
        Assert.Equal(seconds, db.Database.GetCommandTimeout());
    }

    [Fact]
    public void PostgreSQL_runs_on_its_own_model_never_the_compiled_SQLite_one()
    {
        using var db = PeaceTalksDatabase.Open(new StoreOptions(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused"));
        Assert.IsNotType<PeaceTalks.Core.Storage.CompiledModel.PeaceTalksDbContextModel>(db.Model);
        Assert.Equal("text[]", db.Model.FindEntityType(typeof(PeaceTalks.Core.Storage.Entities.Party))!.FindProperty("Aliases")!.GetColumnType());
    }

    [Fact]
    public void The_compiled_model_matches_the_declared_model()
    {
        using var db = Context();
        var declared = Signature(db.GetService<IDesignTimeModel>().Model);
        var compiled = Signature(db.Model);
        Assert.True(declared.SequenceEqual(compiled), "run: dotnet ef dbcontext optimize (see README); differs at: "
            + string.Join(" | ", declared.Except(compiled).Concat(compiled.Except(declared)).Take(5)));
    }

    /// <summary>Tables, columns, keys, foreign keys and indexes, one line each, in a stable order.</summary>
    private static List<string> Signature(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => $"{e.Name} {e.GetTableName()} column {p.GetColumnName()} {p.ClrType.Name} null={p.IsNullable}")
                .Concat(e.GetKeys().Select(k => $"{e.Name} key {string.Join(",", k.Properties.Select(p => p.Name))}"))
                .Concat(e.GetForeignKeys().Select(f => $"{e.Name} fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}"))
                .Concat(e.GetIndexes().Select(i => $"{e.Name} index {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique}")))
            .Order(StringComparer.Ordinal)
            .ToList();
}

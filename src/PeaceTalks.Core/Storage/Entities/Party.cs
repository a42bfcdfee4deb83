namespace PeaceTalks.Core.Storage.Entities;

public class Party
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>state, organisation or group.</summary>
    public required string Kind { get; set; }

    public List<string> Aliases { get; set; } = [];
}

public class Person
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public int? PartyId { get; set; }

    public Party? Party { get; set; }

    public required string Role { get; set; }

    public List<Event> Events { get; set; } = [];
}

public class Topic
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }
}

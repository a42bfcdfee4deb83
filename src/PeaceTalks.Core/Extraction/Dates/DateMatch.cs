namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>A calendar point as written: any part may be missing.</summary>
/// <param name="Day">Day of month as written, <see cref="NoDay"/> or <see cref="LastDay"/>.</param>
/// <param name="Month">1–12, or 0 for a whole year.</param>
/// <param name="Year">The year, or 0 when the text does not give one.</param>
internal readonly record struct DateSpec(int Day, int Month, int Year)
{
    /// <summary>No day: the point is a whole month or year.</summary>
    public const int NoDay = -1;

    /// <summary>The last day of the month, whatever its length.</summary>
    public const int LastDay = -2;

    public static DateSpec OfDay(int day, int month, int year) => new(day, month, year);

    public static DateSpec OfMonth(int month, int year) => new(NoDay, month, year);

    public static DateSpec OfYear(int year) => new(NoDay, 0, year);

    /// <summary>A key that orders points inside one year, reading a missing day as the start or end of the period.</summary>
    public int Order(bool asEnd)
    {
        var month = Month == 0 ? (asEnd ? 12 : 1) : Month;
        var day = Day switch
        {
            LastDay => 31,
            NoDay => asEnd ? 31 : 0,
            _ => Day,
        };
        return (month * 100) + day;
    }
}

/// <summary>How an <see cref="DateItem"/> turns into a period.</summary>
internal enum DateItemKind
{
    /// <summary>A single day, month or year: no end date.</summary>
    Point,

    /// <summary>From the start of <see cref="DateItem.From"/> to the end of <see cref="DateItem.To"/>.</summary>
    Range,

    /// <summary>Seven days from <see cref="DateItem.From"/>.</summary>
    Week,
}

/// <summary>One phrase found by the grammar, before its year is resolved and its days are checked.</summary>
internal sealed record DateItem(
    int FirstToken,
    int EndToken,
    DateItemKind Kind,
    DateSpec From,
    DateSpec To,
    DatePrecision Precision,
    string? Problem = null);

/// <summary>What the grammar matched at one place: tokens [FirstToken, EndToken) and the items in them (none when skipped).</summary>
internal sealed record DateHit(int FirstToken, int EndToken, IReadOnlyList<DateItem> Items);

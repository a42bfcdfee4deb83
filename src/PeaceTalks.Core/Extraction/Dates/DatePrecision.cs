namespace PeaceTalks.Core.Extraction.Dates;

/// <summary>How much of a date a phrase pins down.</summary>
public enum DatePrecision
{
    /// <summary>One day, or a run of days ("3 March 2022", "14–17 March").</summary>
    Day,

    /// <summary>A whole month, or a run of months ("September 2022", "March and April 2022").</summary>
    Month,

    /// <summary>A part of a month or year ("early April 2023", "the week of 9 May 2022", "summer 2023").</summary>
    Part,

    /// <summary>A whole year ("2022", "Remainder of 2022").</summary>
    Year,

    /// <summary>A decade or a part of one ("the 1830s", "the late 1980s").</summary>
    Decade,

    /// <summary>A century or a part of one ("the 16th century", "the early 17th century", "the 1800s").</summary>
    Century,
}

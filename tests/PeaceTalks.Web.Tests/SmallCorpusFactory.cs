namespace PeaceTalks.Web.Tests;

/// <summary>
/// The real app over three small articles written by the test instead of the seeds, for cases the seeds do not hold: a
/// decade, a century, a year of the nineteenth century, a date taken from a heading, an item's label, a page's own
/// date and description, and two documents telling one summit with different counts.
/// </summary>
public sealed class SmallCorpusFactory() : WrittenCorpusFactory(new Dictionary<string, string>
{
    ["lanmark.md"] = """
    ---
    subject: Treaty of Lanmark
    description: The Treaty of Lanmark ended the border war between Freedonia and Sylvania after three rounds of talks.
    author: Wikipedia
    pubDate: 2023-07-16
    ---

    The **Treaty of Lanmark** ended the border war between Freedonia and Sylvania.

    ## History

    In the 1830s, merchants of Lanmark traded salt along the river.

    In the early 17th century, the first fort of Lanmark was built on the hill.

    In 1863, the old town of Lanmark burned down.

    ## Talks

    ### March 2022

    Delegations from Poland and Hungary met in Lanmark to discuss a ceasefire.

    - **Ceasefire terms**: Poland proposed a ceasefire along the river at Lanmark.

    """,
    ["valletta-a.md"] = """
    ---
    subject: Valletta summit
    description: A summit on the border war.
    author: Wikipedia
    pubDate: 2031-06-01
    ---

    On 12 May 2031, a summit in Valletta gathered around 50 countries to discuss the border war.

    """,
    ["valletta-b.md"] = """
    ---
    subject: Mediterranean diplomacy
    description: Diplomacy around the Mediterranean.
    author: Wikipedia
    pubDate: 2031-07-01
    ---

    On 14 May 2031, 65 nations attended the summit in Valletta on the border war.

    """,
});

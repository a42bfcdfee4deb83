namespace PeaceTalks.Web.Tests;

/// <summary>
/// The real app over one article whose sentences are awkward for exports: one begins with a spreadsheet formula, others
/// with -, + or @; a title carries markup; events known only to the month ("January 2024") or the year ("2009"); a name
/// outside ASCII ("Çavuşoğlu"); a '<' and an '&' that are text, not markup.
/// </summary>
public sealed class AwkwardTextFactory() : WrittenCorpusFactory(new Dictionary<string, string>
{
    ["awkward.md"] = """
    ---
    subject: Talks in awkward words
    description: Talks told in sentences that exports must carry as they are.
    author: Wikipedia
    pubDate: 2024-07-16
    ---

    The article tells of talks between Russia and Ukraine.

    ## Talks

    =HYPERLINK("http://evil.example/") On 3 March 2022, delegations of Russia and Ukraine met in Minsk.

    -1 On 6 March 2022, Russia and Ukraine held talks in Gomel.

    +38 On 8 March 2022, Russia and Ukraine held talks in Kyiv.

    @Minsk On 7 March 2022, Russia and Ukraine held talks in Brest.

    In January 2024, Russia and Ukraine exchanged prisoners <b>near Gomel</b> on the border.

    In May 2024, Russia & Ukraine agreed a 5<10 km buffer at the border.

    In 2009, Russia and Ukraine signed a gas agreement in Moscow before Mevlüt Çavuşoğlu.

    """,
});

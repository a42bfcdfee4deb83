using System.Globalization;
using PeaceTalks.Core.Extraction.Dates;

namespace PeaceTalks.Core.Tests.Extraction.Dates;

/// <summary>
/// Dates of documents about other centuries: decades, centuries, years before 1900 and the eras. Lines are
/// from the real Q&amp;A corpus (../shared/corpus/quicktakes-history-of-the-world), not from the seeds.
/// </summary>
public class HistoryDatesTests
{
    [Theory]
    [InlineData("This movement gained momentum in the 1830s and was characterized by increasing friction", "1830s", "1830-01-01", "1839-12-31", DatePrecision.Decade)]
    [InlineData("By the end of the 1920s, air travel was still not as efficient", "the end of the 1920s", "1927-01-01", "1929-12-31", DatePrecision.Decade)]
    [InlineData("from the 1830s to the 1860s", "1830s", "1830-01-01", "1839-12-31", DatePrecision.Decade)]
    [InlineData("the economy of the 1990's was strong", "1990's", "1990-01-01", "1999-12-31", DatePrecision.Decade)]
    [InlineData("Immigration rose sharply in the late 1880s", "late 1880s", "1887-01-01", "1889-12-31", DatePrecision.Decade)]
    [InlineData("the telegraph spread through the 1800s", "1800s", "1800-01-01", "1899-12-31", DatePrecision.Century)]
    public void A_decade_is_a_period_of_ten_years_and_the_hundreds_a_century(string text, string phrase, string start, string end, DatePrecision precision) =>
        AssertFirst(text, phrase, start, end, precision);

    [Theory]
    [InlineData("This view persisted until the 16th century, hindering the understanding of gravitational forces.", "16th century", "1500-01-01", "1599-12-31")]
    [InlineData("In the early 17th century, Galileo challenged the prevailing notions", "early 17th century", "1600-01-01", "1633-12-31")]
    [InlineData("Newton's formulation of the law of universal gravitation in the late 17th century was a pivotal moment", "late 17th century", "1667-01-01", "1699-12-31")]
    [InlineData("**Mehrauli**: Founded in the late 12th century by Qutb-ud-din Aibak", "late 12th century", "1167-01-01", "1199-12-31")]
    [InlineData("the nineteenth century saw the rise of the abolitionist movement", "nineteenth century", "1800-01-01", "1899-12-31")]
    [InlineData("trade grew through the 18th and 19th centuries", "18th and 19th centuries", "1700-01-01", "1899-12-31")]
    [InlineData("at the end of the 19th century the frontier closed", "at the end of the 19th century", "1867-01-01", "1899-12-31")]
    public void A_century_is_its_hundred_years_or_the_third_a_part_word_names(string text, string phrase, string start, string end) =>
        AssertFirst(text, phrase, start, end, DatePrecision.Century);

    [Theory]
    [InlineData("a 16th-century painting of the court")]
    [InlineData("the 19th-century novel")]
    public void A_century_used_as_an_adjective_is_not_a_date(string text) =>
        Assert.Empty(DatePhraseFinder.FindAll(text, new DateContext(null)).Phrases);

    [Theory]
    [InlineData("despite Congress outlawing the African slave trade in 1808.", "1808", 1808)]
    [InlineData("David Walker's \"Appeal to the Colored Citizens of the World,\" published in 1829, had a profound impact", "1829", 1829)]
    [InlineData("the Emancipation Proclamation, issued by President Abraham Lincoln in 1863", "1863", 1863)]
    [InlineData("his coronation as Emperor by Pope Leo III in 800 AD exemplified this dynamic", "800 AD", 800)]
    [InlineData("the state religion of the Byzantine Empire in 380 AD under Emperor Theodosius I", "380 AD", 380)]
    [InlineData("during the Roman occupation of the island from AD 43", "AD 43", 43)]
    public void A_year_of_any_century_of_our_era_is_a_year(string text, string phrase, int year) =>
        AssertFirst(text, phrase, new DateOnly(year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, DatePrecision.Year);

    [Theory]
    [InlineData("By around 400 B.C., Babylonian astronomers had developed", "400 B.C.")]
    [InlineData("on the island of Crete until 1450 BCE, is often regarded as the first", "1450 BCE")]
    [InlineData("Julius Caesar crossed the Rubicon in 49 BC", "49 BC")]
    [InlineData("Egypt flourished in the 5th century BC", "5th century BC")]
    public void A_date_before_the_common_era_is_reported_never_read_as_one_of_ours(string text, string phrase)
    {
        var scan = DatePhraseFinder.FindAll(text, new DateContext(null));
        Assert.Empty(scan.Phrases);
        var problem = Assert.Single(scan.Problems);
        Assert.Equal(phrase, problem.Text);
        Assert.Contains("before the common era", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("an army of 1500 soldiers marched north")]
    [InlineData("they captured 1200 prisoners and two guns")]
    public void A_four_digit_count_of_things_is_not_a_year(string text) =>
        Assert.Empty(DatePhraseFinder.FindAll(text, new DateContext(null)).Phrases);

    [Theory]
    [InlineData("In 1500 soldiers were rare in the region", "1500")]
    [InlineData("since 1800 roads were built", "1800")]
    public void A_number_after_a_year_lead_stays_a_year(string text, string phrase) =>
        Assert.Equal(phrase, Assert.Single(DatePhraseFinder.FindAll(text, new DateContext(null)).Phrases).Text);

    private static void AssertFirst(string text, string phrase, string start, string? end, DatePrecision precision)
    {
        var scan = DatePhraseFinder.FindAll(text, new DateContext(null));
        Assert.Empty(scan.Problems);
        var first = scan.Phrases[0];
        Assert.Equal(phrase, first.Text);
        Assert.Equal(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), first.DateStart);
        Assert.Equal(end is null ? null : DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture), first.DateEnd);
        Assert.Equal(precision, first.Precision);
    }
}

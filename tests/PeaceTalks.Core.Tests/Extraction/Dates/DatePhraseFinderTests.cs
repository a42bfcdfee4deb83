using System.Diagnostics;
using System.Globalization;
using System.Text;
using PeaceTalks.Core.Extraction.Dates;

namespace PeaceTalks.Core.Tests.Extraction.Dates;

/// <summary>
/// Lines are copied from seeds/000 (and 002), each next to the same line with other dates and names,
/// so that nothing is keyed to the seeds.
/// </summary>
public class DatePhraseFinderTests
{
    private const DatePrecision Day = DatePrecision.Day;
    private const DatePrecision Month = DatePrecision.Month;
    private const DatePrecision Part = DatePrecision.Part;
    private const DatePrecision Year = DatePrecision.Year;

    [Theory]
    [InlineData("The first meeting was held four days after the start of the invasion, on 28 February 2022, in Belarus.", "28 February 2022", "2022-02-28")]
    [InlineData("The first meeting was held two days after the start of the blockade, on 4 April 2021, in Georgia.", "4 April 2021", "2021-04-04")]
    [InlineData("On 24 February 2022, Russia began its invasion of Ukraine", "24 February 2022", "2022-02-24")]
    [InlineData("On 11 September 2019, Moldova began its talks", "11 September 2019", "2019-09-11")]
    [InlineData("Sergey Lavrov (born 21 March 1950) is a Russian diplomat", "21 March 1950", "1950-03-21")]
    [InlineData("Dmytro Kuleba (born 19 April 1981) is a Ukrainian diplomat", "19 April 1981", "1981-04-19")]
    [InlineData("On 24 Feb 2022 the invasion began", "24 Feb 2022", "2022-02-24")]
    public void Day_month_year_is_a_day(string text, string phrase, string day) =>
        AssertSingle(text, null, phrase, day, null, Day, false);

    [Theory]
    [InlineData("On 3 March, the second round of peace talks began.", 2022, "3 March", "2022-03-03")]
    [InlineData("On 4 April, the third round of trade talks began.", 2021, "4 April", "2021-04-04")]
    [InlineData("the first call since 18 February, before the invasion.", 2022, "18 February", "2022-02-18")]
    [InlineData("the first call since 9 November, before the election.", 2020, "9 November", "2020-11-09")]
    [InlineData("First round (28 February)", 2022, "28 February", "2022-02-28")]
    [InlineData("Second round (12 Oct)", 2019, "12 Oct", "2019-10-12")]
    public void Heading_year_dates_a_day_without_year(string text, int year, string phrase, string day) =>
        AssertSingle(text, year, phrase, day, null, Day, true);

    [Theory]
    [InlineData("On Feb 24, the Chinese Ministry of Foreign Affairs published", 2023, "Feb 24", "2023-02-24", true)]
    [InlineData("On Mar. 7, the Indian Ministry of External Affairs published", 2021, "Mar. 7", "2021-03-07", true)]
    [InlineData("Frederick H. Fleitz, Jr. (born February 24, 1962) is a former U.S. government official", null, "February 24, 1962", "1962-02-24", false)]
    [InlineData("John Q. Public, Jr. (born Sept 30, 1971) is a former U.S. diplomat", null, "Sept 30, 1971", "1971-09-30", false)]
    [InlineData("signed on October 4 1918 in Kiev", null, "October 4 1918", "1918-10-04", false)]
    public void Month_first_order_is_a_day(string text, int? year, string phrase, string day, bool inferred) =>
        AssertSingle(text, year, phrase, day, null, Day, inferred);

    [Theory]
    [InlineData("Workers marched on the 1st of May.", 2022, "1st of May", "2022-05-01", true)]
    [InlineData("Workers marched on May 1st.", 2022, "May 1st", "2022-05-01", true)]
    [InlineData("The talks resumed on the 2nd of June 2023.", null, "2nd of June 2023", "2023-06-02", false)]
    [InlineData("The talks resumed on 23rd March 2021.", null, "23rd March 2021", "2021-03-23", false)]
    public void Ordinal_day_is_a_day(string text, int? year, string phrase, string day, bool inferred) =>
        AssertSingle(text, year, phrase, day, null, Day, inferred);

    [Theory]
    [InlineData("A second and third round of talks took place on 3 and 7 March 2022, on the Belarus–Ukraine border", null, "3 and 7 March 2022", "2022-03-03", "2022-03-07", false)]
    [InlineData("A third and fourth round of talks took place on 4 and 9 June 2021, on the Armenia–Azerbaijan border", null, "4 and 9 June 2021", "2021-06-04", "2021-06-09", false)]
    [InlineData("A fourth and fifth round of talks were respectively held on 10 and 14 March in Antalya, Turkey.", 2022, "10 and 14 March", "2022-03-10", "2022-03-14", true)]
    [InlineData("A sixth and seventh round of talks were respectively held on 2 and 16 July in Doha, Qatar.", 2020, "2 and 16 July", "2020-07-02", "2020-07-16", true)]
    [InlineData("On 5 and 6 August 2023 Saudi Arabia hosted multinational peace talks", null, "5 and 6 August 2023", "2023-08-05", "2023-08-06", false)]
    [InlineData("On 11 and 12 January 2019 Norway hosted multinational peace talks", null, "11 and 12 January 2019", "2019-01-11", "2019-01-12", false)]
    [InlineData("Talks were held on 3, 5 and 7 March 2022.", null, "3, 5 and 7 March 2022", "2022-03-03", "2022-03-07", false)]
    public void Day_list_spans_its_first_and_last_day(string text, int? year, string phrase, string start, string end, bool inferred) =>
        AssertSingle(text, year, phrase, start, end, Day, inferred);

    [Theory]
    [InlineData("Fourth round (14–17 March)", 2022, "14–17 March", "2022-03-14", "2022-03-17", true)]
    [InlineData("Sixth round (8–11 November)", 2021, "8–11 November", "2021-11-08", "2021-11-11", true)]
    [InlineData("Renewal of peace talks: 29–30 March", 2022, "29–30 March", "2022-03-29", "2022-03-30", true)]
    [InlineData("Renewal of border talks: 1–2 December", 2019, "1–2 December", "2019-12-01", "2019-12-02", true)]
    [InlineData("Prior to his visit to Russia on 20-22 March 2023, Xi Jinping said", null, "20-22 March 2023", "2023-03-20", "2023-03-22", false)]
    [InlineData("Prior to his visit to India on 5-7 October 2021, Olaf Scholz said", null, "5-7 October 2021", "2021-10-05", "2021-10-07", false)]
    [InlineData("The summit ran 14 – 17 June 2024 in Bürgenstock.", null, "14 – 17 June 2024", "2024-06-14", "2024-06-17", false)]
    [InlineData("The summit ran March 14–17, 2022 in Antalya.", null, "March 14–17, 2022", "2022-03-14", "2022-03-17", false)]
    public void Range_with_en_dash_spans_its_days(string text, int? year, string phrase, string start, string end, bool inferred) =>
        AssertSingle(text, year, phrase, start, end, Day, inferred);

    [Theory]
    [InlineData("According to a poll conducted by the Kyiv International Institute of Sociology (KIIS) between 13 and 18 May 2022, 82% of Ukrainians said", null, "between 13 and 18 May 2022", "2022-05-13", "2022-05-18", false)]
    [InlineData("According to a poll conducted by the Razumkov Centre between 2 and 9 July 2021, 64% of Moldovans said", null, "between 2 and 9 July 2021", "2021-07-02", "2021-07-09", false)]
    [InlineData("In a survey conducted by the KIIS between 26 May and 1 June 2024, 58% of Ukrainians said", null, "between 26 May and 1 June 2024", "2024-05-26", "2024-06-01", false)]
    [InlineData("In a survey conducted by Gallup between 28 September and 3 October 2021, 41% of Georgians said", null, "between 28 September and 3 October 2021", "2021-09-28", "2021-10-03", false)]
    [InlineData("The 59th Munich Security Conference took place from 17 to 19 February 2023 at the Hotel Bayerischer Hof", null, "from 17 to 19 February 2023", "2023-02-17", "2023-02-19", false)]
    [InlineData("The 57th Munich Security Conference took place from 18 to 20 June 2021 at the Hotel", null, "from 18 to 20 June 2021", "2021-06-18", "2021-06-20", false)]
    [InlineData("The delegations met from 3 to 5 June in Istanbul.", 2022, "from 3 to 5 June", "2022-06-03", "2022-06-05", true)]
    [InlineData("A poll between 26 December and 3 January 2023 found", null, "between 26 December and 3 January 2023", "2022-12-26", "2023-01-03", false)]
    public void Between_and_from_ranges_keep_their_lead_word(string text, int? year, string phrase, string start, string end, bool inferred) =>
        AssertSingle(text, year, phrase, start, end, Day, inferred);

    [Theory]
    [InlineData("Early negotiations (24 February to 7 April 2022)", null, "24 February to 7 April 2022", "2022-02-24", "2022-04-07")]
    [InlineData("Late negotiations (3 March to 18 May 2021)", null, "3 March to 18 May 2021", "2021-03-03", "2021-05-18")]
    [InlineData("during the period May 23 – October 4, 1918 at a peace conference in Kiev", null, "May 23 – October 4, 1918", "1918-05-23", "1918-10-04")]
    [InlineData("during the period June 2 – August 30, 1920 at a peace conference in Riga", null, "June 2 – August 30, 1920", "1920-06-02", "1920-08-30")]
    [InlineData("The ceasefire held from 24 February 2022 until 7 April.", null, "from 24 February 2022 until 7 April", "2022-02-24", "2022-04-07")]
    public void Range_across_months_spans_both_ends(string text, int? year, string phrase, string start, string end) =>
        AssertSingle(text, year, phrase, start, end, Day, false);

    [Theory]
    [InlineData("In September 2022, Reuters reported that Putin's envoy", null, "September 2022", "2022-09-01", false)]
    [InlineData("In October 2021, AP reported that Biden's envoy", null, "October 2021", "2021-10-01", false)]
    [InlineData("In June, a delegation from Africa, including representatives from South Africa", 2023, "June", "2023-06-01", true)]
    [InlineData("In August, a delegation from Asia, including representatives from Indonesia", 2020, "August", "2020-08-01", true)]
    [InlineData("According to a May report from '' Ukrainska Pravda'', the Russian side", 2022, "May", "2022-05-01", true)]
    [InlineData("According to a November report from '' Meduza'', the Russian side", 2019, "November", "2019-11-01", true)]
    [InlineData("The Minister said in Dec. 2022 that", null, "Dec. 2022", "2022-12-01", false)]
    public void Month_is_a_month(string text, int? year, string phrase, string start, bool inferred) =>
        AssertSingle(text, year, phrase, start, null, Month, inferred);

    [Theory]
    [InlineData("In negotiations during March and April 2022, Ukraine was willing", null, "March and April 2022", "2022-03-01", "2022-04-30", false)]
    [InlineData("In negotiations during June and July 2021, Georgia was willing", null, "June and July 2021", "2021-06-01", "2021-07-31", false)]
    [InlineData("Between May and October 2023, US public support for arming Ukraine", null, "Between May and October 2023", "2023-05-01", "2023-10-31", false)]
    [InlineData("Between January and February 2024, EU public support for arming Ukraine", null, "Between January and February 2024", "2024-01-01", "2024-02-29", false)]
    [InlineData("Support fell in May–October 2023.", null, "May–October 2023", "2023-05-01", "2023-10-31", false)]
    [InlineData("Support fell from November 2021 to February 2022.", null, "from November 2021 to February 2022", "2021-11-01", "2022-02-28", false)]
    [InlineData("Talks stalled in March and April.", 2022, "March and April", "2022-03-01", "2022-04-30", true)]
    public void Month_range_ends_on_the_last_day_of_its_last_month(string text, int? year, string phrase, string start, string end, bool inferred) =>
        AssertSingle(text, year, phrase, start, end, Month, inferred);

    [Theory]
    [InlineData("In early April 2023 Ukrainian negotiator Mykhailo Podolyak called for", null, "early April 2023", "2023-04-01", "2023-04-10", false)]
    [InlineData("In early June 2021 Moldovan negotiator Ion Chicu called for", null, "early June 2021", "2021-06-01", "2021-06-10", false)]
    [InlineData("which was discussed in Turkey late March 2022, during a meeting", null, "late March 2022", "2022-03-21", "2022-03-31", false)]
    [InlineData("which was discussed in Egypt late February 2024, during a meeting", null, "late February 2024", "2024-02-21", "2024-02-29", false)]
    [InlineData("The offensive stalled by mid-April 2023.", null, "mid-April 2023", "2023-04-11", "2023-04-20", false)]
    [InlineData("The offensive stalled by mid April.", 2022, "mid April", "2022-04-11", "2022-04-20", true)]
    [InlineData("According to a survey conducted by the Levada Center at the end of October 2022, 57% of Russian respondents", null, "at the end of October 2022", "2022-10-21", "2022-10-31", false)]
    [InlineData("According to a survey conducted by the Razumkov Centre at the end of June 2021, 31% of Ukrainian respondents", null, "at the end of June 2021", "2021-06-21", "2021-06-30", false)]
    [InlineData("By the end of March 2022, Russian and Ukrainian negotiators were", null, "the end of March 2022", "2022-03-21", "2022-03-31", false)]
    [InlineData("By the end of September 2021, Armenian and Azerbaijani negotiators were", null, "the end of September 2021", "2021-09-21", "2021-09-30", false)]
    [InlineData("During a series of meetings, by the end of March Russia and Ukraine negotiators produced", 2022, "the end of March", "2022-03-21", "2022-03-31", true)]
    [InlineData("Following the discovery of Russian atrocities in Bucha at the beginning of April 2022 and public anger", null, "at the beginning of April 2022", "2022-04-01", "2022-04-10", false)]
    [InlineData("Following the discovery of mass graves in Izium at the beginning of October 2021 and public anger", null, "at the beginning of October 2021", "2021-10-01", "2021-10-10", false)]
    [InlineData("The talks collapsed by the start of May 2021.", null, "the start of May 2021", "2021-05-01", "2021-05-10", false)]
    [InlineData("The talks collapsed in the middle of May 2021.", null, "the middle of May 2021", "2021-05-11", "2021-05-20", false)]
    public void Part_of_a_month_covers_its_third(string text, int? year, string phrase, string start, string end, bool inferred) =>
        AssertSingle(text, year, phrase, start, end, Part, inferred);

    [Theory]
    [InlineData("were further discussed in the Ukrainian parliament during the week of 9 May 2022. Following the", null, "the week of 9 May 2022", "2022-05-09", "2022-05-15", false)]
    [InlineData("were further discussed in the Moldovan parliament during the week of 28 June 2021. Following the", null, "the week of 28 June 2021", "2021-06-28", "2021-07-04", false)]
    [InlineData("The vote is scheduled for the week of March 3.", 2025, "the week of March 3", "2025-03-03", "2025-03-09", true)]
    public void Week_of_a_day_covers_seven_days(string text, int? year, string phrase, string start, string end, bool inferred) =>
        AssertSingle(text, year, phrase, start, end, Part, inferred);

    [Theory]
    [InlineData("Talks may resume in early 2023.", "early 2023", "2023-01-01", "2023-04-30")]
    [InlineData("Talks may resume in mid-2023.", "mid-2023", "2023-05-01", "2023-08-31")]
    [InlineData("Talks may resume in late 2023.", "late 2023", "2023-09-01", "2023-12-31")]
    [InlineData("Talks may resume by the end of 2021.", "the end of 2021", "2021-09-01", "2021-12-31")]
    [InlineData("Talks may resume in summer 2023.", "summer 2023", "2023-06-01", "2023-08-31")]
    [InlineData("Talks may resume in Spring 2021.", "Spring 2021", "2021-03-01", "2021-05-31")]
    [InlineData("Talks may resume in autumn 2020.", "autumn 2020", "2020-09-01", "2020-11-30")]
    [InlineData("Talks may resume in the fall of 2019.", "the fall of 2019", "2019-09-01", "2019-11-30")]
    [InlineData("Talks may resume in winter 2023.", "winter 2023", "2023-12-01", "2024-02-29")]
    [InlineData("Talks may resume in the winter of 2022–23.", "the winter of 2022–23", "2022-12-01", "2023-02-28")]
    public void Part_of_a_year_covers_its_months(string text, string phrase, string start, string end) =>
        AssertSingle(text, null, phrase, start, end, Part, false);

    [Theory]
    [InlineData("Russia reaffirmed this assurance in 2009. After", "2009", "2009-01-01", null)]
    [InlineData("Belarus reaffirmed this assurance in 2011. After", "2011", "2011-01-01", null)]
    [InlineData("In 2014, Russia orchestrated separatist movements in Ukraine", "2014", "2014-01-01", null)]
    [InlineData("In 1992, Russia orchestrated separatist movements in Moldova", "1992", "1992-01-01", null)]
    [InlineData("Remainder of 2022", "Remainder of 2022", "2022-01-01", null)]
    [InlineData("Remainder of 2021", "Remainder of 2021", "2021-01-01", null)]
    [InlineData("He previously served as prime minister of Turkey from 2003 to 2014 and as", "from 2003 to 2014", "2003-01-01", "2014-12-31")]
    [InlineData("She was a Member of Parliament 2011–2019 and", "2011–2019", "2011-01-01", "2019-12-31")]
    public void Year_is_a_year(string text, string phrase, string start, string? end) =>
        AssertSingle(text, 1999, phrase, start, end, Year, false);

    [Theory]
    [InlineData("date: 2024-11-29", "2024-11-29", "2024-11-29")]
    [InlineData("date: 2021-03-04", "2021-03-04", "2021-03-04")]
    [InlineData("Posted 2020-02-29T10:15:00Z by the editors", "2020-02-29", "2020-02-29")]
    public void Iso_date_is_a_day(string text, string phrase, string day) =>
        AssertSingle(text, null, phrase, day, null, Day, false);

    [Theory]
    [InlineData("a budget allocated more than a trillion rubles ($11.15 billion) annually")]
    [InlineData("a budget allocated more than a billion euros ($2021.5 million) annually")]
    [InlineData("a ceasefire that would freeze the conflict while Russia occupied 22% of Ukraine")]
    [InlineData("a tenth working meeting with representatives of 83 states and three international organizations")]
    [InlineData("The proposals also included a 15-year consultation period on the status")]
    [InlineData("The proposals also included a 2000-year-old claim on the status")]
    [InlineData("We explained that there will be no Minsk-3, Minsk-5, or Minsk-7.")]
    [InlineData("only 10-15% of Russians actively supported the war")]
    [InlineData("only 1990% of nothing")]
    [InlineData("Putin claimed there were 18 articles, and")]
    [InlineData("a population of 1.4 billion people")]
    [InlineData("flight MH17 and unit 2022/23 and code ISBN 978-2022-11")]
    [InlineData("The detailed 10-point peace proposal was published")]
    public void Number_that_is_not_a_year_is_ignored(string text)
    {
        var scan = Scan(text, 2022);
        Assert.Empty(scan.Phrases);
        Assert.Empty(scan.Problems);
    }

    [Theory]
    [InlineData("to halt the Russian invasion of Ukraine (2022–present) and end the Russo-Ukrainian War (2014–present) in an armistice.")]
    [InlineData("to halt the Azerbaijani offensive in Karabakh (2020–present) and end the Armenian–Azerbaijani War (1988–present) in a treaty.")]
    [InlineData("International sanctions during the Russo-Ukrainian War (2014–) ** Countering")]
    [InlineData("The occupation (24 February 2022 – present) continues.")]
    [InlineData("The occupation (March 2014-now) continues.")]
    public void Open_period_is_skipped(string text)
    {
        var scan = Scan(text, 2022);
        Assert.Empty(scan.Phrases);
        Assert.Empty(scan.Problems);
    }

    [Theory]
    [InlineData("'' LSE Public Policy Review'', vol. 3, no. 1, 2023 accessed 25 February 2024", "2023")]
    [InlineData("'' Journal of Democracy'', vol. 7, no. 2, 2019 accessed 1 June 2021", "2019")]
    [InlineData("Archived from the original on 3 March 2022. Retrieved 4 March 2022.", null)]
    [InlineData("Archived from the original on 9 July 2021. Retrieved on 10 July 2021.", null)]
    [InlineData("Retrieved 2024-11-29. Accessed March 5, 2023. Archived 31 February 2023.", null)]
    public void Citation_access_date_is_not_an_event(string text, string? onlyPhrase)
    {
        var scan = Scan(text, null);
        Assert.Empty(scan.Problems);
        Assert.Equal(onlyPhrase is null ? [] : [onlyPhrase], scan.Phrases.Select(p => p.Text));
    }

    [Theory]
    [InlineData("The treaty was signed on 31 February 2023 in Minsk.", null, "31 February 2023", "31 February 2023 is not a date: February 2023 has 28 days")]
    [InlineData("The treaty was signed on 31 April 2021 in Baku.", null, "31 April 2021", "31 April 2021 is not a date: April 2021 has 30 days")]
    [InlineData("On 30 February, the talks resumed.", 2022, "30 February", "30 February is not a date: February 2022 has 28 days")]
    [InlineData("On 30 February, the talks resumed.", null, "30 February", "30 February is not a date: February never has more than 29 days")]
    [InlineData("On 29 February 2023, the talks resumed.", null, "29 February 2023", "29 February 2023 is not a date: February 2023 has 28 days")]
    [InlineData("On 32 March 2022, the talks resumed.", null, "32 March 2022", "32 March 2022 is not a date: March 2022 has 31 days")]
    [InlineData("On 0 March 2022, the talks resumed.", null, "0 March 2022", "0 March 2022 is not a date: there is no day 0")]
    [InlineData("date: 2024-13-05", null, "2024-13-05", "2024-13-05 is not a date: there is no month 13")]
    [InlineData("date: 2023-02-30", null, "2023-02-30", "2023-02-30 is not a date: February 2023 has 28 days")]
    [InlineData("On February 30, 2021, the talks resumed.", null, "February 30, 2021", "February 30, 2021 is not a date: February 2021 has 28 days")]
    [InlineData("Talks ran between 30 and 32 March 2022.", null, "between 30 and 32 March 2022", "32 March 2022 is not a date: March 2022 has 31 days")]
    [InlineData("Talks ran from 18 to 13 May 2022.", null, "from 18 to 13 May 2022", "from 18 to 13 May 2022 is not a period: it ends on 13 May 2022 before it starts on 18 May 2022")]
    public void Impossible_date_is_reported_not_returned(string text, int? year, string phrase, string reason)
    {
        var scan = Scan(text, year);
        Assert.Empty(scan.Phrases);
        var problem = Assert.Single(scan.Problems);
        Assert.Equal(phrase, problem.Text);
        Assert.Equal(reason, problem.Reason);
    }

    [Theory]
    [InlineData("On 3 March, the second round of peace talks began.", "3 March")]
    [InlineData("On 4 April, the third round of trade talks began.", "4 April")]
    [InlineData("On Feb 24, the Chinese Ministry published", "Feb 24")]
    [InlineData("In June, a delegation from Africa arrived", "June")]
    [InlineData("In early April the talks resumed", "early April")]
    [InlineData("A fourth and fifth round of talks were respectively held on 10 and 14 March in Antalya", "10 and 14 March")]
    public void Day_or_month_without_any_year_is_reported(string text, string phrase)
    {
        var scan = Scan(text, null);
        Assert.Empty(scan.Phrases);
        var problem = Assert.Single(scan.Problems);
        Assert.Equal(phrase, problem.Text);
        Assert.Equal($"no year for '{phrase}': neither the text nor the heading gives one", problem.Reason);
    }

    [Fact]
    public void Leap_day_is_a_date_in_a_leap_year() =>
        AssertSingle("On 29 February 2024, the talks resumed.", null, "29 February 2024", "2024-02-29", null, Day, false);

    [Theory]
    [InlineData("the committee may 5 times reject it")]
    [InlineData("the march of 3 may continue")]
    [InlineData("Theresa May said that April Ryan and June Carter were right")]
    [InlineData("Jan Kowalski and Mar del Plata")]
    public void Month_name_must_be_capitalised_and_a_bare_one_needs_a_lead_word(string text)
    {
        var scan = Scan(text, 2022);
        Assert.Empty(scan.Phrases);
        Assert.Empty(scan.Problems);
    }

    [Theory]
    [InlineData("On 3 March and 5 April 2022 the talks resumed.", "3 March", "2022-03-03", "5 April 2022", "2022-04-05")]
    [InlineData("On 30 December and 2 January 2021 the talks resumed.", "30 December", "2020-12-30", "2 January 2021", "2021-01-02")]
    public void Two_days_joined_by_and_share_the_later_year(string text, string first, string firstDay, string second, string secondDay)
    {
        var scan = Scan(text, 1999);
        Assert.Empty(scan.Problems);
        Assert.Collection(
            scan.Phrases,
            p => AssertPhrase(p, first, firstDay, null, Day, false),
            p => AssertPhrase(p, second, secondDay, null, Day, false));
    }

    [Fact]
    public void Phrases_come_in_text_order_without_the_bare_lead_preposition()
    {
        const string text = "In September 2022, talks stalled. On 3 March they resumed; in 2014 they began.";
        var scan = Scan(text, 2023);
        Assert.Equal(["September 2022", "3 March", "2014"], scan.Phrases.Select(p => p.Text));
        Assert.Equal([false, true, false], scan.Phrases.Select(p => p.YearInferred));
    }

    [Fact]
    public void Phrase_does_not_cross_a_line_break()
    {
        var scan = Scan("visited Ukraine, on 5 July proceeding to Russia and on 8\n July to China", 2024);
        var phrase = Assert.Single(scan.Phrases);
        Assert.Equal("5 July", phrase.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("no dates here at all")]
    public void Text_without_dates_gives_an_empty_scan(string text)
    {
        var scan = Scan(text, 2022);
        Assert.Empty(scan.Phrases);
        Assert.Empty(scan.Problems);
    }

    [Fact]
    public void Whole_seed_article_gives_many_phrases_on_single_lines()
    {
        var text = File.ReadAllText(SeedPath("000_d0e1863d5fa5877d.txt"));
        var scan = Scan(text, 2022);
        Assert.True(scan.Phrases.Count >= 150, $"only {scan.Phrases.Count} phrases");
        Assert.All(scan.Phrases, p => Assert.DoesNotContain('\n', p.Text));
        Assert.All(scan.Phrases, p => Assert.DoesNotContain('\r', p.Text));
        Assert.DoesNotContain(scan.Phrases, p => p.Text.Contains("present", StringComparison.Ordinal));
        Assert.DoesNotContain(scan.Phrases, p => p.Text == "25 February 2024");
    }

    [Fact]
    public void Front_matter_date_of_the_second_seed_is_found()
    {
        var text = File.ReadAllText(SeedPath("002_ac80af98cba62472.txt"));
        var scan = Scan(text, null);
        Assert.Empty(scan.Problems);
        Assert.Equal(["2024-11-29", "October 2023", "October 2023", "2022"], scan.Phrases.Select(p => p.Text));
    }

    [Fact]
    public void Random_text_never_throws_and_every_phrase_is_its_own_substring()
    {
        var random = new Random(20220224);
        string[] pieces =
        [
            "March", "May", "Feb", "Sept.", "December", "2022", "1918", "2099", "1899", "3", "31", "29", "0", "99", "1st",
            "–", "-", "—", " ", " ", " ", "\n", "\r\n", ",", ".", "%", "$", "(", ")", ":", "and", "to", "between", "from",
            "early", "mid", "late", "the", "end", "of", "week", "winter", "Remainder", "accessed", "Archived", "present",
            "In", "On", "T", "12", "-13-", "\u00A0",
        ];
        for (var n = 0; n < 2000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 60);
            for (var k = 0; k < length; k++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        builder.Append((char)random.Next(0, 0x10000));
                        break;
                    case 1:
                        builder.Append((char)('0' + random.Next(10)));
                        break;
                    default:
                        builder.Append(pieces[random.Next(pieces.Length)]);
                        break;
                }
            }

            var text = builder.ToString();
            int? year = random.Next(5) switch
            {
                0 => null,
                1 => random.Next(int.MinValue, int.MaxValue),
                _ => random.Next(1900, 2100),
            };
            Scan(text, year);
        }
    }

    [Fact]
    public void Long_hostile_text_is_scanned_in_linear_time()
    {
        // Not a time limit (a busy 2-core machine makes any limit flaky) but the growth: ten times the text takes about
        // ten times as long when the scan is linear, a hundred times when it is quadratic. Best of three runs each.
        static string Hostile(int length)
        {
            var builder = new StringBuilder();
            while (builder.Length < length)
            {
                builder.Append("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and between 2022–2023–2024-11-29-30 the end of the week of ");
            }

            return builder.ToString();
        }

        static double Best(string text) => Enumerable.Range(0, 3).Min(_ =>
        {
            var watch = Stopwatch.StartNew();
            Scan(text, 2022);
            return watch.Elapsed.TotalMilliseconds;
        });

        var (small, large) = (Hostile(40_000), Hostile(400_000));
        Scan(small, 2022);
        var ratio = Best(large) / Best(small);
        Assert.True(ratio < 30, $"ten times the text took {ratio:F1} times as long");
    }

    private static void AssertSingle(
        string text, int? year, string phrase, string start, string? end, DatePrecision precision, bool inferred)
    {
        var scan = Scan(text, year);
        Assert.Empty(scan.Problems);
        AssertPhrase(Assert.Single(scan.Phrases), phrase, start, end, precision, inferred);
    }

    private static void AssertPhrase(
        DatePhrase actual, string phrase, string start, string? end, DatePrecision precision, bool inferred)
    {
        Assert.Equal(phrase, actual.Text);
        Assert.Equal(Date(start), actual.DateStart);
        Assert.Equal(end is null ? null : Date(end), actual.DateEnd);
        Assert.Equal(precision, actual.Precision);
        Assert.Equal(inferred, actual.YearInferred);
    }

    /// <summary>Scans and checks what must hold for any text: spans match, in order, no overlaps, periods run forwards.</summary>
    private static DateScan Scan(string text, int? year)
    {
        var scan = DatePhraseFinder.FindAll(text, new DateContext(year));
        var spans = scan.Phrases.Select(p => (p.Start, p.Length, p.Text))
            .Concat(scan.Problems.Select(p => (p.Start, p.Length, p.Text)))
            .OrderBy(s => s.Start)
            .ToList();
        var previousEnd = 0;
        foreach (var (start, length, phraseText) in spans)
        {
            Assert.True(start >= previousEnd, $"'{phraseText}' at {start} overlaps the phrase before it");
            Assert.True(length > 0);
            Assert.Equal(text.Substring(start, length), phraseText);
            previousEnd = start + length;
        }

        Assert.Equal(scan.Phrases.OrderBy(p => p.Start), scan.Phrases);
        Assert.All(scan.Phrases, p => Assert.True(p.DateEnd is null || p.DateEnd >= p.DateStart, p.Text));
        return scan;
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SeedPath(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"seeds/{name} not found above {AppContext.BaseDirectory}");
    }
}

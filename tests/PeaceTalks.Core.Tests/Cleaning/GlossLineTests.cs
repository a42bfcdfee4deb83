using PeaceTalks.Core.Cleaning;

namespace PeaceTalks.Core.Tests.Cleaning;

public class GlossLineTests
{
    [Theory]
    [InlineData("Jeddah Jeddah ( ), also spelled Jedda, Jiddah or Jidda ( ; ar, , Jidda, ), is a city in the Hejaz region ...", "Jeddah")]
    [InlineData("Olaf Scholz Olaf Scholz (; born ) is a German politician who has served as the chancellor of Germany ...", "Olaf Scholz")]
    [InlineData("Kyiv International Institute of Sociology Kyiv International Institute of Sociology, or KIIS ( uk, ...", "Kyiv International Institute of Sociology")]
    [InlineData("Bild ''Bild'' (or ''Bild-Zeitung'', ; ) is a German tabloid newspaper published by Axel Springer SE ...", "Bild")]
    public void Gloss_that_repeats_its_title_is_removed(string line, string linkText) =>
        Assert.Equal(linkText, line[..GlossLine.LinkTextLength(line)]);

    [Theory]
    [InlineData("peace talks A peace process is the set of sociopolitical negotiations, agreements and actions ...", "peace talks")]
    [InlineData("Donbas war The Donbas or Donbass (, ; uk, Донба́с ; russian: Донба́сс ) is a historical region ...", "Donbas war")]
    [InlineData("Turkish President The president of Turkey, officially the president of the Republic ...", "Turkish President")]
    [InlineData("2023 Russia–Africa Summit The second Russia–Africa Summit was held at the Expo Forum ...", "2023 Russia–Africa Summit")]
    [InlineData("Sergei Lavrov Sergey Viktorovich Lavrov (russian: Сергей Викторович Лавров, ; born 21 March 1950) is ...", "Sergei Lavrov")]
    [InlineData("President Putin Vladimir Vladimirovich Putin; (born 7 October 1952) is a Russian politician ...", "President Putin")]
    [InlineData("António Guterres António Manuel de Oliveira Guterres ( , ; born 30 April 1949) is a Portuguese ...", "António Guterres")]
    [InlineData("sanctions against Russia Sanctions, economic or international, that have been imposed on Russia include: ...", "sanctions against Russia")]
    [InlineData("nuclear weapons A nuclear weapon is an explosive device that derives its destructive force ...", "nuclear weapons")]
    public void Gloss_that_does_not_repeat_its_title_is_cut_at_the_title(string line, string linkText) =>
        Assert.Equal(linkText, line[..GlossLine.LinkTextLength(line)]);

    [Fact]
    public void Infobox_debris_after_the_link_is_removed()
    {
        const string line = "Armed Forces of Ukraine , imports = , exports = , history = , ranks = Military ranks of Ukraine , country=Ukraine The Armed Forces of Ukraine ( uk, Збро́йні си́ли Украї́ни), most commonly known ...";
        Assert.Equal("Armed Forces of Ukraine", line[..GlossLine.LinkTextLength(line)]);
    }

    [Theory]
    [InlineData("Viktor Orban The name Victor or Viktor may refer to: * Victor (name), including a list of people ...", "Viktor Orban")]
    [InlineData("Gallup Gallup may refer to: *Gallup, Inc., a firm founded by George Gallup ...", "Gallup")]
    [InlineData("neutrality Neutral or neutrality may refer to: Mathematics and natural science Biology ...", "neutrality")]
    public void Disambiguation_page_gloss_keeps_only_the_link(string line, string linkText) =>
        Assert.Equal(linkText, line[..GlossLine.LinkTextLength(line)]);

    [Fact]
    public void Gloss_with_a_second_gloss_inside_is_removed_whole()
    {
        const string line = "Kherson Kherson (, ) is a port city of Ukraine Ukraine ( uk, Україна, Ukraïna, ) is a country in Eastern Europe. It is the second-largest ...";
        Assert.Equal("Kherson", line[..GlossLine.LinkTextLength(line)]);
    }

    [Theory]
    [InlineData("Davyd Arakhamia Davyd Heorhiyovych Arakhamia ka, დავით გიორგის-ძე არახამია, translit=Davit Giorgis-dze Arakhamia (born 23 May 1979) ...", "Davyd Arakhamia")]
    [InlineData("Arab League The Arab League ( ar, الجامعة العربية, ' ), formally the League of Arab States ...", "Arab League")]
    public void Gloss_in_a_non_latin_script_is_removed(string line, string linkText) =>
        Assert.Equal(linkText, line[..GlossLine.LinkTextLength(line)]);

    [Fact]
    public void Invented_gloss_with_other_names_is_cut_the_same_way()
    {
        // Not from the seeds: the rule must hold for links it has never seen.
        const string line = "Maria Smith Maria Anna Smith (born 3 May 1970) is a Canadian diplomat who has served as ...";
        Assert.Equal("Maria Smith", line[..GlossLine.LinkTextLength(line)]);
    }

    [Theory]
    [InlineData("the talks ended ...", true)]
    [InlineData("It concluded with no immediate agreements.", false)]
    [InlineData("we have lost part of our territories this way ... it is a trap.", false)]
    public void A_gloss_line_ends_with_a_spaced_ellipsis(string line, bool isGloss) =>
        Assert.Equal(isGloss, GlossLine.IsGloss(line));
}

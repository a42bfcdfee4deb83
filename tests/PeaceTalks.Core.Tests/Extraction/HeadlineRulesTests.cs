using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Dates;
using PeaceTalks.Core.Extraction.Events;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>
/// Each rule of <see cref="Headline"/> and <see cref="HeadlineCheck"/>, stated for the language, on sentences of real
/// documents that are not seeds (../shared/corpus, named in each comment), read through the whole pipeline where the
/// rule needs its context, else by the one step.
/// </summary>
public class HeadlineRulesTests
{
    private static readonly HeadlineWords Words = HeadlineWords.Default;

    private static string Title(ExtractionResult result, string words) =>
        Assert.Single(result.Events, e => e.Summary.Contains(words, StringComparison.Ordinal)).Title;

    private static DatePhrase Date(string sentence, string phrase, int year) =>
        new(sentence.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, phrase, new DateOnly(year, 1, 1), null, DatePrecision.Year, false);

    [Fact]
    public void A_date_goes_with_its_preposition_and_a_leading_comma()
    {
        // quicktakes …/can-you-provide-specific-examples-of-conflicts-in-egypt-and-their-causes.md
        const string sentence = "On August 14, 2013, security forces violently dispersed the sit-in, resulting in hundreds of deaths.";
        Assert.Equal("Security forces violently dispersed the sit-in, resulting in hundreds of deaths", Headline.Of(sentence, Date(sentence, "August 14, 2013", 2013)));
    }

    [Fact]
    public void A_date_that_is_part_of_a_noun_phrase_stays()
    {
        // quicktakes …/what-were-the-major-cultural-shifts-in-the-1920s-and-how-did-they-affect-society.md
        const string sentence = "The 1920s were marked by significant cultural shifts.";
        Assert.Equal("The 1920s were marked by significant cultural shifts", Headline.Of(sentence, Date(sentence, "1920s", 1920)));

        // quicktakes …/how-did-the-civil-rights-movement-evolve-beyond-the-1960s.md: "beyond the" goes with the decade.
        const string beyond = "The Civil Rights Movement evolved significantly beyond the 1960s, adapting to new challenges.";
        Assert.Equal("The Civil Rights Movement evolved significantly, adapting to new challenges", Headline.Of(beyond, Date(beyond, "1960s", 1960)));
    }

    [Fact]
    public void Commas_around_a_date_between_subject_and_verb_go_with_it()
    {
        // wikipedia …/battle_of_kyiv_(2022).md style: "The assault, on 25 February, failed".
        const string sentence = "The second assault on the airport, on 25 February, was repelled by Ukrainian troops.";
        Assert.Equal("The second assault on the airport was repelled by Ukrainian troops", Headline.Of(sentence, Date(sentence, "25 February", 2022)));
    }

    [Fact]
    public void A_leading_adjunct_up_to_its_comma_goes()
    {
        // quicktakes …/how-did-the-sharecropping-system-impact-freedmens-economic-freedom-during-reconstruction.md (shortened)
        Assert.Equal("Many freedmen became sharecroppers", Headline.Of("After the Civil War, many freedmen became sharecroppers.", null));

        // A connective and an attribution: "According to X, …" is who said it, not what happened.
        Assert.Equal("The city was surrounded", Headline.Of("However, according to the mayor, the city was surrounded.", null));

        // A participle: quicktakes …/how-did-frederick-douglasss-experiences-in-slavery-inform-his-advocacy-work.md style.
        Assert.Equal("Douglass denounced slavery in his speeches", Headline.Of("Drawing on his own experience, Douglass denounced slavery in his speeches.", null));
    }

    [Fact]
    public void A_leading_clause_without_a_comma_is_kept_and_the_check_names_it()
    {
        // quicktakes …/how-did-the-transition-from-paganism-to-christianity-affect-the-roman-empire.md, cut where the check sees it.
        Assert.Contains(HeadlineProblem.NoMainClause, HeadlineCheck.Problems("While the empire faced various challenges"));
        Assert.DoesNotContain(HeadlineProblem.NoMainClause, HeadlineCheck.Problems("After a brief conversation, White shot Moscone"));
    }

    [Fact]
    public void An_appositive_between_subject_and_verb_goes()
    {
        // wikipedia …/2022_russian_invasion_of_ukraine.md style: a title and a name set off by commas, then an appositive.
        Assert.Equal("Prime Minister Denys Shmyhal announced new sanctions", Headline.Of("Prime Minister, Denys Shmyhal, announced new sanctions.", null));
        Assert.Equal("Sergei Shoigu said the operation would continue",
            Headline.Of("Sergei Shoigu, the defence minister of Russia, said the operation would continue.", null));

        // Not an item of a list: "Britain, the United States and France agreed" keeps its items.
        Assert.Equal("Britain, the United States and France agreed to act", Headline.Of("Britain, the United States and France agreed to act.", null));
    }

    [Fact]
    public void Markup_and_parentheses_go()
    {
        // The scrape's italics of a newspaper's name, a parenthesis, a reference mark.
        Assert.Equal("The Kyiv Independent reported that shelling continued", Headline.Of("The '' Kyiv Independent'' reported (citing officials) that shelling continued.[3]", null));
        Assert.Equal("Zelenskyy called the strikes \"terror\"", Headline.Of("Zelenskyy called the strikes \" terror \".", null));
    }

    [Fact]
    public void A_long_clause_stops_before_a_clause_it_can_lose()
    {
        // quicktakes …/can-you-explain-the-divide-and-rule-strategy-implemented-by-the-british.md
        Assert.Equal("This policy not only institutionalized communal identities but also deepened the rift between these groups",
            Headline.Shortened("This policy not only institutionalized communal identities but also deepened the rift between these groups, leading to increased hostility and mistrust that would later manifest in the partition of the subcontinent", Words));

        // Never inside a list: ", and a lack of governance" is the list's last item, not a clause.
        const string list = "Loyalists feared that breaking away from Britain could result in a power vacuum, civil unrest, and a lack of effective governance in the colonies";
        Assert.Equal(list, Headline.Shortened(list, Words));
    }

    [Fact]
    public void A_verb_of_saying_keeps_what_was_said()
    {
        const string sentence = "The foreign minister indicated in a long interview with the state broadcaster that any offer of negotiation from Moscow should be treated with suspicion given its record";
        var headline = Headline.Shortened(sentence, Words);
        Assert.Contains("that any offer of negotiation", headline, StringComparison.Ordinal);
        Assert.False(HeadlineCheck.EndsOpen(headline, Words));
    }

    [Fact]
    public void An_opening_pronoun_becomes_the_person_or_the_subject_the_passage_named()
    {
        // quicktakes …/who-was-thomas-cook-and-what-was-his-contribution-to-the-travel-industry.md (shortened)
        var cook = WrittenDocuments.QaPage("Thomas Cook organized his first excursion in 1841. He published the first travel guidebooks in 1845.");
        Assert.Equal("Thomas Cook published the first travel guidebooks", Title(cook, "travel guidebooks"));

        // quicktakes …/how-did-the-chinese-exclusion-act-impact-chinese-immigrants-in-the-united-states.md (shortened): "It" is
        // the subject before it, of its number.
        var act = WrittenDocuments.QaPage("The Chinese Exclusion Act was signed in 1882. It prohibited Chinese laborers from entering the country in 1882.");
        Assert.Equal("The Chinese Exclusion Act prohibited Chinese laborers from entering the country", Title(act, "prohibited"));

        // "They" never takes a singular subject.
        Assert.Null(Headline.SubjectOf("Each of the Five Good Emperors was known for competent leadership.", plural: true, Words));
    }

    [Fact]
    public void This_thing_becomes_the_phrase_that_named_it_or_one_of_its_kind()
    {
        var before = new[] { new Antecedent("In 1994 the memorandum gave security assurances to Ukraine.", []) };
        Assert.Equal("Russia reaffirmed the security assurances to Ukraine", Headline.Resolved("Russia reaffirmed this assurance", before, Words));

        // "this compromise" may be the "provisional agreement" of the sentence before: one kind of thing.
        var deal = new[] { new Antecedent("Officials said a provisional agreement was reached in April.", []) };
        Assert.Equal("The minister said the provisional agreement was dead", Headline.Resolved("The minister said this compromise was dead", deal, Words));

        // A stance taken with a verb: "this offer" after "was prepared to X" is the offer to X.
        var stance = new[] { new Antecedent("The rebels said they were prepared to hand over their weapons if the army withdrew.", []) };
        Assert.Equal("The rebels repeated the offer to hand over their weapons", Headline.Resolved("The rebels repeated this offer", stance, Words));

        // Nothing named before: the demonstrative stays, and the check names it.
        Assert.Equal("He repeated this refusal", Headline.Resolved("He repeated this refusal", [new Antecedent("Talks were held.", [])], Words));
        Assert.Contains(HeadlineProblem.DanglingReference, HeadlineCheck.Problems("He repeated this refusal"));
    }

    [Fact]
    public void The_check_names_each_way_a_title_fails()
    {
        // Sentences of quicktakes and wikipedia pages as the importer once cut them.
        Assert.Contains(HeadlineProblem.Markup, HeadlineCheck.Problems("The '' Kyiv Independent'' reported"));
        Assert.Contains(HeadlineProblem.BrokenOpening, HeadlineCheck.Problems("As, Ukrainian forces had advanced between 200 and 1000 metres"));
        Assert.Contains(HeadlineProblem.BrokenOpening, HeadlineCheck.Problems("The Civil Rights Movement evolved significantly beyond the, adapting to new challenges"));
        Assert.Contains(HeadlineProblem.DanglingReference, HeadlineCheck.Problems("They embarked on a bus tour of the South"));
        Assert.Contains(HeadlineProblem.DanglingReference, HeadlineCheck.Problems("The analysis of these tablets indicates progress"));
        Assert.Contains(HeadlineProblem.CutPhrase, HeadlineCheck.Problems("The Hellfire Club has a rich history that dates back to the"));
        Assert.Contains(HeadlineProblem.CutPhrase, HeadlineCheck.Problems("Russia renewed calls for peace talks…"));
        Assert.Contains(HeadlineProblem.CutPhrase, HeadlineCheck.Problems("He proclaimed, “We must make Germany great again!"));
        Assert.Contains(HeadlineProblem.CutPhrase, HeadlineCheck.Problems("The minister said"));
        Assert.Equal([1], HeadlineCheck.Duplicates(["Talks began", "talks began", "Talks ended"]));

        // What is not a problem: an expletive "It", a quotation's own "this", "those" a participle defines, a phrasal verb.
        Assert.Empty(HeadlineCheck.Problems("It was reported that Russian troops withdrew from the city"));
        Assert.Empty(HeadlineCheck.Problems("Guterres said negotiations were \"not possible at this moment\""));
        Assert.Empty(HeadlineCheck.Problems("The Cheyenne and Arapaho tribes were among those affected"));
        Assert.Empty(HeadlineCheck.Problems("Early peace talks quickly fizzled out"));
        Assert.Empty(HeadlineCheck.Problems("The second round of talks began"));
    }
}

using PeaceTalks.Core.Extraction;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>The rules for proposals (<c>Proposals/ProposalExtractor.cs</c>) on sentences of documents that are not seeds (../shared/corpus).</summary>
public class ProposalRulesTests
{
    private static IReadOnlyList<ExtractedProposal> Proposals(string body) => WrittenDocuments.Article(body, "Siege", "2024-07-10").Proposals;

    [Fact]
    public void A_party_that_demands_or_offers_something_puts_forward_a_proposal_named_by_what_it_put_forward()
    {
        // wikipedia …/southern_ukraine_campaign.md ("The Russians demanded a full surrender, …"; the date added to show it is kept)
        var proposal = Assert.Single(Proposals("On 20 March 2022, the Russians demanded a full surrender, and several Ukrainian government officials refused."));
        Assert.Equal(["Russia"], proposal.Proposers);
        Assert.StartsWith("Russia's demand: a full surrender", proposal.Name, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2022, 3, 20), proposal.DateStart);
    }

    [Fact]
    public void A_passive_with_no_one_behind_it_is_no_ones_proposal()
    {
        // wikipedia …/2022_chornobaivka_attacks.md
        Assert.Empty(Proposals("It was proposed to rename Kovpaka Sydora Street to Chornobaivska Street after Chornobaivka on Kherson Oblast."));
    }

    [Fact]
    public void Everyone_a_sentence_joins_as_the_subject_of_a_plan_is_its_proposer()
    {
        // The shape of quicktakes …/darwin page ("In 1858, Darwin and Alfred Russel Wallace jointly presented their ideas …"), told of two states.
        var proposal = Assert.Single(Proposals("In 2019, France and Germany jointly presented a peace plan to end the fighting in the east."));
        Assert.Equal(["France", "Germany"], proposal.Proposers.Order());
    }
}

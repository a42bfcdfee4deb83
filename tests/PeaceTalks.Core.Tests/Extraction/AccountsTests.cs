using PeaceTalks.Core.Extraction.Comparison;

namespace PeaceTalks.Core.Tests.Extraction;

public class AccountsTests
{
    [Fact]
    public void Two_accounts_of_one_summit_with_different_counts_disagree()
    {
        const string qa = "Current Peace Talks: A summit involving around 50 countries was held in Malta to discuss peace between Russia and Ukraine.";
        const string article = "The next meeting was held in Malta on 28 October 2023, with 65 nations in attendance.";
        Assert.True(Accounts.TellTheSameHappening(qa, article));
        var difference = Assert.Single(Accounts.Differences(qa, article));
        Assert.Equal(50, difference.First.Value);
        Assert.Equal(65, difference.Second.Value);
        Assert.Equal("around 50 countries", difference.First.Text);
    }

    [Fact]
    public void Accounts_that_name_only_the_two_sides_are_not_the_same_happening() =>
        Assert.False(Accounts.TellTheSameHappening("Moscow dismissed the talks with Ukraine.", "Russia and Ukraine met in Belarus."));

    [Theory]
    [InlineData("A conference in Lisbon drew 40 states.", "The Lisbon meeting had 40 countries present.", 0)]
    [InlineData("A conference in Lisbon drew 40 states.", "The Lisbon meeting had some 38 countries present.", 1)]
    [InlineData("A conference in Lisbon drew 40 states.", "The Lisbon meeting had 12 delegations.", 0)]
    public void Only_figures_of_the_same_kind_are_compared(string first, string second, int differences) =>
        Assert.Equal(differences, Accounts.Differences(first, second).Count);
}

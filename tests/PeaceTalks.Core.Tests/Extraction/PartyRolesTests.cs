using PeaceTalks.Core.Extraction;
using PeaceTalks.Core.Extraction.Entities;
using PeaceTalks.Core.Extraction.Events;

namespace PeaceTalks.Core.Tests.Extraction;

/// <summary>Roles read from sentences of the real corpus (../shared/corpus), not of the seeds.</summary>
public class PartyRolesTests
{
    private static PartyRole RoleOf(string text, string party) =>
        Assert.Single(PartyRoles.Of(text, Gazetteer.Default.Find(text)), p => p.Party == party).Role;

    [Theory]
    [InlineData("Putin told Emmanuel Macron in a phone call on 29 March that the bombardment of Mariupol would only end when the Ukrainians surrendered.", "Russia", PartyRole.Actor)]
    [InlineData("Putin told Emmanuel Macron in a phone call on 29 March that the bombardment of Mariupol would only end when the Ukrainians surrendered.", "France", PartyRole.Counterpart)]
    [InlineData("Putin told Emmanuel Macron in a phone call on 29 March that the bombardment of Mariupol would only end when the Ukrainians surrendered.", "Ukraine", PartyRole.Mentioned)]
    [InlineData("Macron met Putin but failed to convince him not to go ahead with the invasion.", "France", PartyRole.Actor)]
    [InlineData("Macron met Putin but failed to convince him not to go ahead with the invasion.", "Russia", PartyRole.Counterpart)]
    public void Who_calls_or_meets_acts_and_who_is_called_or_met_is_the_counterpart(string text, string party, PartyRole role) =>
        Assert.Equal(role, RoleOf(text, party));

    [Theory]
    [InlineData("On 24 February 2022, Russia invaded Ukraine, in a steep escalation of the Russo-Ukrainian War, which had begun in 2014.", "Russia", PartyRole.Actor)]
    [InlineData("On 24 February 2022, Russia invaded Ukraine, in a steep escalation of the Russo-Ukrainian War, which had begun in 2014.", "Ukraine", PartyRole.Counterpart)]
    public void Who_is_invaded_is_the_counterpart(string text, string party, PartyRole role) =>
        Assert.Equal(role, RoleOf(text, party));

    [Theory]
    [InlineData("On 9 May, Ukrainian presidential adviser Oleksiy Arestovych said that Russian army holding the island is an advantage for Ukraine, as they can repeatedly assault Russian targets on the island.", "Ukraine", PartyRole.Actor)]
    [InlineData("On 9 May, Ukrainian presidential adviser Oleksiy Arestovych said that Russian army holding the island is an advantage for Ukraine, as they can repeatedly assault Russian targets on the island.", "Russia", PartyRole.Mentioned)]
    [InlineData("In June 2023, Ukrainian Defense Minister Oleksii Reznikov said that the peace plans presented by China, Brazil and Indonesia are attempts at mediation on behalf of Russia, saying that they all currently want to be mediators on Russia’s side.", "China", PartyRole.Mentioned)]
    [InlineData("In June 2023, Ukrainian Defense Minister Oleksii Reznikov said that the peace plans presented by China, Brazil and Indonesia are attempts at mediation on behalf of Russia, saying that they all currently want to be mediators on Russia’s side.", "Ukraine", PartyRole.Actor)]
    public void The_speaker_acts_and_the_parties_of_what_is_said_are_only_mentioned(string text, string party, PartyRole role) =>
        Assert.Equal(role, RoleOf(text, party));

    [Theory]
    [InlineData("A poll of the Ukrainian public, excluding Russian-annexed Crimea, was taken by the International Republican Institute from 12 to 25 September 2014.", "Ukraine", PartyRole.Polled)]
    [InlineData("A poll of the Ukrainian public, excluding Russian-annexed Crimea, was taken by the International Republican Institute from 12 to 25 September 2014.", "Russia", PartyRole.Mentioned)]
    public void A_poll_of_a_people_polls_that_people_and_names_the_others(string text, string party, PartyRole role) =>
        Assert.Equal(role, RoleOf(text, party));

    [Theory]
    [InlineData("Ukraine needs $750bn for a recovery plan and Russian oligarchs should contribute to the cost, Ukrainian Prime Minister Denys Shmyhal has told a reconstruction conference in Switzerland.", "Switzerland", PartyRole.Host)]
    [InlineData("Ukraine needs $750bn for a recovery plan and Russian oligarchs should contribute to the cost, Ukrainian Prime Minister Denys Shmyhal has told a reconstruction conference in Switzerland.", "Ukraine", PartyRole.Actor)]
    public void The_state_a_conference_is_held_in_hosts_it(string text, string party, PartyRole role) =>
        Assert.Equal(role, RoleOf(text, party));

    [Theory]
    [InlineData("While Ukrainian President Volodymyr Zelensky met with Pope Francis in the Vatican City on 13 May, Russian forces carried out a series of 87 attacks against dozens of frontline towns in Zaporizhzhia Oblast.", "Russia", PartyRole.Actor)]
    [InlineData("While Ukrainian President Volodymyr Zelensky met with Pope Francis in the Vatican City on 13 May, Russian forces carried out a series of 87 attacks against dozens of frontline towns in Zaporizhzhia Oblast.", "Ukraine", PartyRole.Mentioned)]
    public void The_parties_of_a_leading_subordinate_clause_are_only_mentioned(string text, string party, PartyRole role) =>
        Assert.Equal(role, RoleOf(text, party));

    [Theory]
    [InlineData("On 2 March 2022 and on 23 February 2023, 141 member states of the UN General Assembly voted for Russia to immediately withdraw, while only five and seven member states, respectively, including Russia, voted against the resolutions.", "United Nations", PartyRole.Actor)]
    public void The_subject_of_the_main_clause_acts(string text, string party, PartyRole role) =>
        Assert.Equal(role, RoleOf(text, party));

    [Fact]
    public void A_partys_strongest_role_wins_over_its_mentions()
    {
        // Mediator over actor over mentioned, whatever the order of the mentions.
        Assert.True(PartyRoles.Rank(PartyRole.Mediator) > PartyRoles.Rank(PartyRole.Host));
        Assert.True(PartyRoles.Rank(PartyRole.Actor) > PartyRoles.Rank(PartyRole.Counterpart));
        Assert.True(PartyRoles.Rank(PartyRole.Polled) > PartyRoles.Rank(PartyRole.Mentioned));
        const string text = "Macron met Putin but failed to convince him not to go ahead with the invasion. Putin told Emmanuel Macron in a phone call on 29 March that the bombardment of Mariupol would only end when the Ukrainians surrendered.";
        Assert.Equal(PartyRole.Actor, RoleOf(text, "Russia"));
    }
}

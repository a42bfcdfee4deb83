using PeaceTalks.Core.Segmenting;

namespace PeaceTalks.Core.Tests.Segmenting;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("On 13 May, U.S. Secretary of Defense Lloyd Austin initiated a call. The call lasted about an hour.", 2)]
    [InlineData("South African President Cyril Ramaphosa met Putin in St. Petersburg. Ramaphosa told Putin that the war must end.", 2)]
    [InlineData("Retired Lieutenant General Keith Kellogg and Frederick H. Fleitz presented a plan.", 1)]
    [InlineData("he claimed that Russia was ready to halt military operations \"in a moment.\" However, the day before, a negotiator was shot.", 2)]
    [InlineData("consisting of: # Safety of the plant # Protecting food distribution", 1)]
    public void Sentences_end_at_a_stop_before_a_capital(string text, int count) =>
        Assert.Equal(count, SentenceSplitter.Split(text).Count);
}

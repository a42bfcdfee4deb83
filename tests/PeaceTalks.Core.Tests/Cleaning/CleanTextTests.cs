using PeaceTalks.Core.Cleaning;

namespace PeaceTalks.Core.Tests.Cleaning;

/// <summary>The run-length map against the plain model it compresses: one raw span per clean character.</summary>
public class CleanTextTests
{
    private const string Raw = "Talks were held in Istanbul\non 29 March 2022, and\\nlater by video link.";

    [Fact]
    public void Copied_text_maps_each_character_to_its_own_raw_character()
    {
        var clean = new CleanText.Builder().Append(Raw, 11, 17).Build();
        Assert.Equal("held in Istanbul\n", clean.Text);
        Assert.Equal((11, 12), clean.ToRaw(0, 1));
        Assert.Equal((19, 27), clean.ToRaw(8, 8));
        Assert.Equal((11, 28), (clean.RawStart, clean.RawEnd));
    }

    [Fact]
    public void A_character_standing_for_a_raw_span_maps_to_the_whole_span()
    {
        // "\\n" (two raw characters) read as one line break, then the copy goes on.
        var clean = new CleanText.Builder().Append(Raw, 44, 5).Add('\n', 49, 51).Append(Raw, 51, 5).Build();
        Assert.Equal(", and\nlater", clean.Text);
        Assert.Equal((49, 51), clean.ToRaw(5, 1));
        Assert.Equal((47, 51), clean.ToRaw(3, 3));
        Assert.Equal((51, 56), clean.ToRaw(6, 5));
    }

    [Fact]
    public void Random_edits_map_exactly_as_one_span_per_character_would()
    {
        var random = new Random(20261204);
        for (var trial = 0; trial < 200; trial++)
        {
            var builder = new CleanText.Builder();
            var model = new List<(int Start, int End)>();
            var expected = new System.Text.StringBuilder();
            for (var step = random.Next(1, 12); step > 0; step--)
            {
                var start = random.Next(Raw.Length);
                switch (random.Next(3))
                {
                    case 0:
                        var length = random.Next(0, Raw.Length - start);
                        builder.Append(Raw, start, length);
                        model.AddRange(Enumerable.Range(start, length).Select(i => (i, i + 1)));
                        expected.Append(Raw, start, length);
                        break;
                    case 1:
                        var end = Math.Min(Raw.Length, start + random.Next(0, 3));
                        builder.Add(' ', start, end);
                        model.Add((start, end));
                        expected.Append(' ');
                        break;
                    default:
                        var part = new CleanText.Builder().Append(Raw, start, Raw.Length - start).Build();
                        var from = random.Next(part.Length);
                        var slice = part.Slice(from, random.Next(0, part.Length - from));
                        builder.Append(slice);
                        model.AddRange(Enumerable.Range(start + from, slice.Length).Select(i => (i, i + 1)));
                        expected.Append(slice.Text);
                        break;
                }
            }

            var clean = builder.Build();
            Assert.Equal(expected.ToString(), clean.Text);
            for (var i = 0; i < model.Count; i++)
            {
                var length = random.Next(1, model.Count - i + 1);
                Assert.Equal((model[i].Start, model[i + length - 1].End), clean.ToRaw(i, length));
            }

            if (model.Count > 3)
            {
                var trimmed = clean.Slice(1, model.Count - 2);
                Assert.Equal((model[1].Start, model[^2].End), (trimmed.RawStart, trimmed.RawEnd));
                Assert.Equal((model[2].Start, model[2].End), trimmed.ToRaw(1, 1));
            }
        }
    }
}

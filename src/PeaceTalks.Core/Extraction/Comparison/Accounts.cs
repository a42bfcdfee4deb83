using System.Globalization;
using System.Text.RegularExpressions;
using PeaceTalks.Core.Extraction.Entities;

namespace PeaceTalks.Core.Extraction.Comparison;

/// <summary>A count a source gives: "around 50 countries", "65 nations".</summary>
public sealed record Figure(int Value, string Kind, string Text);

/// <summary>Two sources' figures for the same thing that do not agree.</summary>
public sealed record Disagreement(Figure First, Figure Second);

/// <summary>
/// Compares two accounts of a happening from different sources: whether they tell the same one (they
/// share a name that is not one of the two sides or a month) and where their figures differ.
/// </summary>
public static partial class Accounts
{
    // Words that tell no happening apart: the names of the two sides of the conflict (every account of these talks
    // names them: from the gazetteer, aliases and demonyms included), months, titles and words that open sentences.
    private static readonly HashSet<string> Common = BuildCommon();

    private static HashSet<string> BuildCommon()
    {
        var common = new HashSet<string>(StringComparer.Ordinal)
        {
            "The", "A", "An", "In", "On", "As", "However", "At", "By", "After", "Before", "During", "Following", "This", "These", "That",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "President", "Minister", "Foreign", "Prime", "Government", "Ministry",
        };
        foreach (var side in Gazetteer.Default.Sides.Select(Gazetteer.Default.Party).OfType<PartyEntry>())
        {
            common.UnionWith(side.Aliases.Append(side.Name).Concat(side.Demonyms).SelectMany(n => n.Split(' ')));
        }

        return common;
    }

    public static IReadOnlyList<Figure> Figures(string text) =>
        FigurePattern().Matches(text)
            .Select(m => new Figure(int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), KindOf(m.Groups["noun"].Value), m.Value))
            .ToList();

    /// <summary>The distinctive names an account uses ("Malta", "Jeddah"): capitalised words past its first word.</summary>
    public static IReadOnlySet<string> Anchors(string text) =>
        NameWord().Matches(text).Where(m => m.Index > 0).Select(m => m.Value).Where(w => !Common.Contains(w)).ToHashSet(StringComparer.Ordinal);

    public static bool TellTheSameHappening(string first, string second) => Anchors(first).Overlaps(Anchors(second));

    public static IReadOnlyList<Disagreement> Differences(string first, string second) =>
        Figures(first)
            .SelectMany(a => Figures(second).Where(b => b.Kind == a.Kind && b.Value != a.Value).Select(b => new Disagreement(a, b)))
            .ToList();

    // Countries, nations and states are counted alike ("50 countries" against "65 nations").
    private static string KindOf(string noun) => noun.ToLowerInvariant() switch
    {
        "countries" or "nations" or "states" or "country" or "nation" or "state" => "countries",
        var other => other.TrimEnd('s'),
    };

    [GeneratedRegex(@"\b(?:(?:around|about|some|nearly|almost|over|more than|at least|roughly)\s+)?(?<value>\d{1,4})\s+(?<noun>countries|nations|states|delegations|organisations|organizations|leaders|participants)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}-]{2,}\b")]
    private static partial Regex NameWord();
}

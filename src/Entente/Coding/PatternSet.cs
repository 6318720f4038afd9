using System.Collections.Frozen;
using System.Globalization;
using Entente.Knowledge;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// The event patterns compiled for matching: every inflected form of every trigger in one case-insensitive token
/// trie, each entry holding the patterns (verb and noun readings) that share the words.
/// </summary>
public sealed class PatternSet
{
    /// <summary>Marks, in the preps column, the preposition that introduces the actor of a verb of receiving ("&lt;from").</summary>
    public const char SourceMark = '<';

    /// <summary>Marks, in the preps column, an idiom whose subject is its target and whose speaker is its actor ("&gt;").</summary>
    public const string TargetSubjectMark = ">";

    /// <summary>Marks, in the preps column, a verb of description that needs a word of blame after it ("!").</summary>
    public const string JudgementMark = "!";

    /// <summary>Marks, in the preps column, a verb of description that needs a word of praise after it ("+").</summary>
    public const string PraiseMark = "+";

    private PatternSet(DataSet data)
    {
        Verbs = new VerbForms(data);
        var ontology = data["ontology/cameo.tsv"];
        foreach (var row in ontology.Rows)
        {
            var type = ontology.Cell(row, "plover_type");
            var mode = ontology.Cell(row, "plover_mode");
            var code = new CameoCode(
                ontology.Cell(row, "code"),
                ontology.Cell(row, "name"),
                double.Parse(ontology.Cell(row, "goldstein"), CultureInfo.InvariantCulture),
                int.Parse(ontology.Cell(row, "quad_class"), CultureInfo.InvariantCulture),
                type is "" or "-" ? null : type,
                mode.Length == 0 ? null : mode);
            Codes[code.Code] = code;
        }

        var tokenizer = new Tokenizer(new AbbreviationList([]));
        var byPhrase = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        var patterns = data["patterns/events.tsv"];
        foreach (var row in patterns.Rows)
        {
            var mode = patterns.Cell(row, "mode");
            var preps = patterns.Cell(row, "preps").Split('|', StringSplitOptions.RemoveEmptyEntries);
            var pattern = new EventPattern(
                patterns.Cell(row, "id"),
                Codes[patterns.Cell(row, "cameo")],
                patterns.Cell(row, "type"),
                mode.Length == 0 ? null : mode,
                patterns.Cell(row, "trigger"),
                patterns.Cell(row, "pos") == "verb",
                [.. preps.Where(p => p[0] != SourceMark && p != TargetSubjectMark && p != JudgementMark && p != PraiseMark)],
                preps.FirstOrDefault(p => p[0] == SourceMark)?[1..],
                preps.Contains(TargetSubjectMark),
                preps.Contains(JudgementMark),
                preps.Contains(PraiseMark));
            Count++;
            foreach (var phrase in Expand(pattern.Trigger))
            {
                var key = string.Join(' ', Words(tokenizer, phrase));
                if (!byPhrase.TryGetValue(key, out var list))
                {
                    list = [];
                    byPhrase[key] = list;
                }

                list.Add(pattern);
            }
        }

        var judgements = data["text/negative-judgements.tsv"];
        NegativeJudgements = judgements.Rows.Select(r => judgements.Cell(r, "text")).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var praise = data["text/positive-judgements.tsv"];
        PositiveJudgements = praise.Rows.Select(r => praise.Cell(r, "text")).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        var reactions = data["text/reaction-verbs.tsv"];
        ReactionVerbs = reactions.Rows.SelectMany(r => Verbs.Forms(reactions.Cell(r, "text"))).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        Triggers = new PhraseTrie<IReadOnlyList<EventPattern>>(ignoreCase: true);
        foreach (var (key, list) in byPhrase)
        {
            Triggers.Add(key.Split(' '), list);
        }
    }

    public VerbForms Verbs { get; }

    public Dictionary<string, CameoCode> Codes { get; } = new(StringComparer.Ordinal);

    public PhraseTrie<IReadOnlyList<EventPattern>> Triggers { get; }

    /// <summary>Words of blame (data/text/negative-judgements.tsv) that make a description an accusation.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeJudgements { get; }

    /// <summary>Words of praise (data/text/positive-judgements.tsv) that make a description praise.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PositiveJudgements { get; }

    /// <summary>
    /// Every form of the verbs of reacting to someone else's act (data/text/reaction-verbs.tsv): "Canberra regretted the
    /// recall" names the one who reacts, not the one who recalled.
    /// </summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReactionVerbs { get; }

    public int Count { get; }

    public static PatternSet From(DataSet data) => new(data);

    /// <summary>The trigger with its "~" word replaced by each of that word's forms.</summary>
    private IEnumerable<string> Expand(string trigger)
    {
        var words = trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var inflected = Array.FindIndex(words, w => w.StartsWith('~'));
        if (inflected < 0)
        {
            yield return string.Join(' ', words);
            yield break;
        }

        foreach (var form in Verbs.Forms(words[inflected][1..]))
        {
            var copy = (string[])words.Clone();
            copy[inflected] = form;
            yield return string.Join(' ', copy);
        }
    }

    private static string[] Words(Tokenizer tokenizer, string phrase)
    {
        var tokens = new List<Token>();
        tokenizer.Tokenize(phrase, new TextRange(0, phrase.Length), tokens);
        return tokens.Select(t => TextFold.Fold(t.Range.Slice(phrase)).ToLowerInvariant()).ToArray();
    }
}

using System.Globalization;

namespace Entente.Evaluation;

/// <summary>
/// Per-sentence accuracies on the PLOVER gold standard. Each rate is correct / scored, rounded to three decimals
/// (0 when nothing was scored): the event type over every sentence, the actor country over sentences whose gold
/// record names a source, the target country over those that name a target, the mode over those that give one.
/// </summary>
public sealed record PloverGsrReport
{
    public required int Sentences { get; init; }

    public required int SentencesWithEvents { get; init; }

    /// <summary>Sentences with an event of the gold type among their events.</summary>
    public required int TypeCorrect { get; init; }

    /// <summary>Sentences whose most confident event has the gold type.</summary>
    public required int TopTypeCorrect { get; init; }

    public required int ActorScored { get; init; }

    public required int ActorCorrect { get; init; }

    public required int TargetScored { get; init; }

    public required int TargetCorrect { get; init; }

    public required int ModeScored { get; init; }

    public required int ModeCorrect { get; init; }

    public double TypeAccuracy => Rate(TypeCorrect, Sentences);

    public double TopTypeAccuracy => Rate(TopTypeCorrect, Sentences);

    public double ActorAccuracy => Rate(ActorCorrect, ActorScored);

    public double TargetAccuracy => Rate(TargetCorrect, TargetScored);

    public double ModeAccuracy => Rate(ModeCorrect, ModeScored);

    public required IReadOnlyList<PloverSentenceResult> PerSentence { get; init; }

    public string ToJson() => PythonJson.Dumps(
    [
        new("sentences", Sentences),
        new("sentences_with_events", SentencesWithEvents),
        new("type_correct", TypeCorrect),
        new("type_accuracy", TypeAccuracy),
        new("top_type_correct", TopTypeCorrect),
        new("top_type_accuracy", TopTypeAccuracy),
        new("actor_scored", ActorScored),
        new("actor_correct", ActorCorrect),
        new("actor_accuracy", ActorAccuracy),
        new("target_scored", TargetScored),
        new("target_correct", TargetCorrect),
        new("target_accuracy", TargetAccuracy),
        new("mode_scored", ModeScored),
        new("mode_correct", ModeCorrect),
        new("mode_accuracy", ModeAccuracy),
    ]);

    /// <param name="byType">Add one line per gold type.</param>
    /// <param name="misses">Add one line per sentence whose type, actor or target was wrong.</param>
    public IReadOnlyList<string> ToLines(bool byType = false, bool misses = false)
    {
        var lines = new List<string>();
        if (byType)
        {
            foreach (var group in PerSentence.GroupBy(s => s.GoldType).OrderBy(g => g.Key, PythonText.CodePointOrder))
            {
                lines.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {PythonText.PadRight(group.Key, 12)} sentences={group.Count(),3} type_ok={group.Count(s => s.TypeCorrect),3} actor_ok={group.Count(s => s.ActorCorrect == true),3} target_ok={group.Count(s => s.TargetCorrect == true),3}"));
            }
        }

        if (misses)
        {
            foreach (var s in PerSentence.Where(s => !s.TypeCorrect || s.ActorCorrect == false || s.TargetCorrect == false))
            {
                var got = s.EventCount == 0 ? "no event" : $"{s.PredictedType} {Dyad(s.PredictedActorCountries, s.PredictedRecipientCountries)}";
                lines.Add($"  MISS {s.Id} gold={s.GoldType} {Dyad(s.GoldSourceCountries, s.GoldTargetCountries)} got={got}");
            }
        }

        lines.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"sentences={Sentences} with_events={SentencesWithEvents} type_accuracy={PythonFloat.Fixed(TypeAccuracy, 3)} top_type_accuracy={PythonFloat.Fixed(TopTypeAccuracy, 3)}"));
        lines.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"actor_country_accuracy={PythonFloat.Fixed(ActorAccuracy, 3)} ({ActorCorrect}/{ActorScored}) target_country_accuracy={PythonFloat.Fixed(TargetAccuracy, 3)} ({TargetCorrect}/{TargetScored}) mode_accuracy={PythonFloat.Fixed(ModeAccuracy, 3)} ({ModeCorrect}/{ModeScored})"));
        return lines;
    }

    private static string Dyad(IReadOnlyList<string> actors, IReadOnlyList<string> recipients) =>
        $"{(actors.Count > 0 ? string.Join(",", actors) : "-")}->{(recipients.Count > 0 ? string.Join(",", recipients) : "-")}";

    private static double Rate(int correct, int scored) => scored > 0 ? PythonFloat.Round((double)correct / scored, 3) : 0.0;
}

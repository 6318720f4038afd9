namespace Entente.Coding;

/// <summary>
/// One row of data/patterns: a trigger phrase, the event it codes, whether it is a verb or a noun, and the
/// prepositions that introduce its recipient (none: the recipient is the direct object). A verb of receiving names
/// its actor after a <see cref="SourcePreposition"/> ("received weapons from X": X gives, the subject receives). An idiom
/// of blame or threat whose <see cref="SubjectIsTarget"/> is said of its subject by a speaker ("Kadhimi said Turkey had
/// committed a flagrant violation", "Pakistan will pay a price, the group warned"): the speaker acts on the subject. A
/// verb of description that <see cref="NeedsJudgement"/> is an accusation only when a word of blame follows it
/// ("described Canada's stance as blatant interference"; "described the talks as useful" is no event), and one that
/// <see cref="NeedsPraise"/> is praise only when a word of praise follows it ("called him a hero").
/// </summary>
public sealed record EventPattern(string Id, CameoCode Cameo, string Type, string? Mode, string Trigger, bool IsVerb, IReadOnlyList<string> Prepositions, string? SourcePreposition = null, bool SubjectIsTarget = false, bool NeedsJudgement = false, bool NeedsPraise = false)
{
    /// <summary>Whether the trigger's words enclose a gap ("~give * hours to leave"), where a verb's object stands.</summary>
    public bool HasGap { get; } = Trigger.Split(' ').Contains(Knowledge.PhraseTrie<EventPattern>.Gap);
}

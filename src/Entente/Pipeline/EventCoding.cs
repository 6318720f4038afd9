using Entente.Coding;
using Entente.Knowledge;

namespace Entente.Pipeline;

/// <summary>The full coder: the text layer's stages, then the event matcher.</summary>
public static class EventCoding
{
    public static TextPipeline Create(Lexicon lexicon) => Create(lexicon, PatternSet.From(lexicon.Data));

    public static TextPipeline Create(Lexicon lexicon, PatternSet patterns) =>
        new([.. TextLayer.Create(lexicon).Stages, new EventMatcher(patterns)]);
}

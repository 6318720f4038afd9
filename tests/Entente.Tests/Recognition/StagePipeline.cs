using Entente.Pipeline;
using Entente.Recognition;

namespace Entente.Tests.Recognition;

/// <summary>The text-layer stages before dates, over the fictional world.</summary>
internal static class StagePipeline
{
    public static Document Run(string text, DateOnly? published = null)
    {
        var lexicon = FictionalWorld.Lexicon;
        var pipeline = new TextPipeline(
            new Tokenizer(lexicon.Abbreviations),
            new SentenceSplitter(),
            new ActorRecognizer(lexicon),
            new PersonRecognizer(lexicon),
            new PlaceRecognizer(lexicon));
        return pipeline.Process(Article.FromText("t", text, published ?? new DateOnly(2024, 3, 12)));
    }

    public static string[] SentenceTexts(Document document) =>
        document.Sentences.Select(s => document.TextOf(s.Range)).ToArray();
}

using Entente.Knowledge;
using Entente.Recognition;

namespace Entente.Pipeline;

/// <summary>The text layer's stage order, in one place: tokens, sentences, actors, people, places, dates.</summary>
public static class TextLayer
{
    /// <summary>
    /// Tokens come before sentences (the splitter decides on tokens: an abbreviation token ends a sentence only in
    /// some contexts), and actors before people (a person takes the role and country of the title before the name).
    /// </summary>
    public static TextPipeline Create(Lexicon lexicon) => new(
        new Tokenizer(lexicon.Abbreviations),
        new SentenceSplitter(),
        new ActorRecognizer(lexicon),
        new PersonRecognizer(lexicon),
        new PlaceRecognizer(lexicon),
        new DateResolver());
}

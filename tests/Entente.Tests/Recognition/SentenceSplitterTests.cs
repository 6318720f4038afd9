namespace Entente.Tests.Recognition;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Does_not_split_after_titles_initials_and_months()
    {
        var document = StagePipeline.Run("Gen. Marx met Mr. Firefly and G. Trentino on Jan. 5 in Fredville. They talked.");
        Assert.Equal(["Gen. Marx met Mr. Firefly and G. Trentino on Jan. 5 in Fredville.", "They talked."], StagePipeline.SentenceTexts(document));
    }

    [Fact]
    public void Splits_after_a_dotted_abbreviation_only_before_a_sentence_starter()
    {
        var document = StagePipeline.Run("Freedonia is a U.S. ally. It trades with the U.S. The talks went well.");
        Assert.Equal(["Freedonia is a U.S. ally.", "It trades with the U.S.", "The talks went well."], StagePipeline.SentenceTexts(document));
    }

    [Fact]
    public void Keeps_closing_quotes_with_the_sentence_they_close()
    {
        var document = StagePipeline.Run("She called him “an old friend.” Then she left. He said \"no.\" Talks ended!");
        Assert.Equal(["She called him “an old friend.”", "Then she left.", "He said \"no.\"", "Talks ended!"], StagePipeline.SentenceTexts(document));
    }

    [Fact]
    public void A_headline_line_without_punctuation_is_its_own_sentence()
    {
        var document = StagePipeline.Run("Freedonia Recalls Envoy\nThe government of Freedonia recalled its envoy on Monday.");
        Assert.Equal(["Freedonia Recalls Envoy", "The government of Freedonia recalled its envoy on Monday."], StagePipeline.SentenceTexts(document));
    }

    [Fact]
    public void A_hard_wrapped_sentence_stays_whole()
    {
        var document = StagePipeline.Run("The minister said the\ntalks would go on.");
        Assert.Single(document.Sentences);
    }

    [Fact]
    public void Sentence_indexes_count_up_across_passages_and_sentences_never_cross_them()
    {
        const string text = "A caption without a stop\n\nFirst sentence. Second one";
        var article = Article.FromText("t", text) with
        {
            Passages =
            [
                new Entente.Text.Passage(new Entente.Text.TextRange(0, 24), Entente.Text.PassageKind.Caption),
                new Entente.Text.Passage(new Entente.Text.TextRange(26, text.Length), Entente.Text.PassageKind.Body),
            ],
        };
        var lexicon = FictionalWorld.Lexicon;
        var document = new Entente.Pipeline.TextPipeline(new Entente.Recognition.Tokenizer(lexicon.Abbreviations), new Entente.Recognition.SentenceSplitter()).Process(article);
        Assert.Equal([0, 1, 2], document.Sentences.Select(s => s.Index));
        Assert.Equal(Entente.Text.PassageKind.Caption, document.Sentences[0].Kind);
        Assert.Equal("Second one", document.TextOf(document.Sentences[2].Range));
    }
}

namespace Entente.Pipeline;

/// <summary>Runs stages in order over an article. The order lives here and nowhere else.</summary>
public sealed class TextPipeline(params IReadOnlyList<IStage> stages)
{
    public IReadOnlyList<IStage> Stages { get; } = stages;

    public Document Process(Article article)
    {
        var document = Document.From(article);
        foreach (var stage in Stages)
        {
            document = stage.Process(document);
        }

        return document;
    }
}

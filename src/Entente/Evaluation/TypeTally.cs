namespace Entente.Evaluation;

/// <summary>One type's running counts while scoring.</summary>
internal sealed class TypeTally
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }
}

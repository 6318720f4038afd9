namespace Entente.Evaluation;

/// <summary>True positives and precision, recall and F1 rounded to four decimals, as score_petr.py reports them.</summary>
public sealed record PetrMatchScore(int TruePositives, double Precision, double Recall, double F1);

namespace Entente.Evaluation;

/// <summary>One arc of the matching's flow network; <see cref="Reverse"/> is the index of its twin in the target's list.</summary>
internal sealed class FlowEdge(int to, int capacity, long cost, int reverse)
{
    public int To { get; } = to;

    public int Capacity { get; set; } = capacity;

    public long Cost { get; } = cost;

    public int Reverse { get; } = reverse;
}

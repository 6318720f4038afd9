namespace Entente.Evaluation;

/// <summary>
/// score.py's <c>max_weight_matching</c>, step for step: successive shortest paths with Bellman-Ford on a unit-capacity
/// network. When several matchings weigh the same, which one wins depends on the order arcs are added and relaxed,
/// and that decides which events are listed as misses and under which type they count — so the order is kept.
/// </summary>
internal static class MaxWeightMatching
{
    /// <param name="leftCount">Predictions.</param>
    /// <param name="rightCount">Gold events.</param>
    /// <param name="edges">For each prediction, its candidate gold events and the weight (positive) of each pairing.</param>
    /// <returns>The matched prediction of each matched gold event.</returns>
    public static Dictionary<int, int> Solve(int leftCount, int rightCount, IReadOnlyList<IReadOnlyList<(int Right, int Weight)>> edges)
    {
        var nodeCount = leftCount + rightCount + 2;
        var source = nodeCount - 2;
        var sink = nodeCount - 1;
        var graph = new List<FlowEdge>[nodeCount];
        for (var node = 0; node < nodeCount; node++)
        {
            graph[node] = [];
        }

        void Add(int from, int to, long cost)
        {
            graph[from].Add(new FlowEdge(to, 1, cost, graph[to].Count));
            graph[to].Add(new FlowEdge(from, 0, -cost, graph[from].Count - 1));
        }

        for (var left = 0; left < leftCount; left++)
        {
            Add(source, left, 0);
            foreach (var (right, weight) in edges[left])
            {
                Add(left, leftCount + right, -weight);
            }
        }

        for (var right = 0; right < rightCount; right++)
        {
            Add(leftCount + right, sink, 0);
        }

        var distance = new long?[nodeCount];
        var previous = new (int Node, int Edge)?[nodeCount];
        while (true)
        {
            Array.Fill(distance, null);
            Array.Fill(previous, null);
            distance[source] = 0;
            var changed = true;
            while (changed)
            {
                changed = false;
                for (var node = 0; node < nodeCount; node++)
                {
                    if (distance[node] is not { } here)
                    {
                        continue;
                    }

                    for (var i = 0; i < graph[node].Count; i++)
                    {
                        var edge = graph[node][i];
                        if (edge.Capacity > 0 && (distance[edge.To] is not { } there || here + edge.Cost < there))
                        {
                            distance[edge.To] = here + edge.Cost;
                            previous[edge.To] = (node, i);
                            changed = true;
                        }
                    }
                }
            }

            // No path left, or none that adds weight.
            if (distance[sink] is not { } toSink || toSink >= 0)
            {
                break;
            }

            var at = sink;
            while (at != source)
            {
                var (from, index) = previous[at]!.Value;
                var edge = graph[from][index];
                edge.Capacity--;
                graph[at][edge.Reverse].Capacity++;
                at = from;
            }
        }

        var owner = new Dictionary<int, int>();
        for (var left = 0; left < leftCount; left++)
        {
            foreach (var edge in graph[left])
            {
                if (edge.To >= leftCount && edge.To < leftCount + rightCount && edge.Capacity == 0 && edge.Cost < 0)
                {
                    owner[edge.To - leftCount] = left;
                }
            }
        }

        return owner;
    }
}

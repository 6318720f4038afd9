using System.Numerics;

namespace Entente.Evaluation;

/// <summary>
/// Python's <c>==</c> and <c>hash</c> for JSON values, for the sets and dict keys of the reference scorers:
/// <c>1 == 1.0 == True</c>, strings compare by code points, <c>None</c> only equals itself. Lists and dicts are
/// unhashable in Python (the scorers would fail on them); here they compare by content.
/// </summary>
internal sealed class PythonEquality : IEqualityComparer<PythonValue>
{
    public static PythonEquality Instance { get; } = new();

    private PythonEquality()
    {
    }

    public bool Equals(PythonValue? x, PythonValue? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        if (x.IsNumber && y.IsNumber)
        {
            return x.Kind != PythonKind.Float && y.Kind != PythonKind.Float
                ? IntegerOf(x) == IntegerOf(y)
                : x.ToDouble() == y.ToDouble();
        }

        if (x.Kind != y.Kind)
        {
            return false;
        }

        return x.Kind switch
        {
            PythonKind.None => true,
            PythonKind.Str => string.Equals(x.StrValue, y.StrValue, StringComparison.Ordinal),
            PythonKind.List => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(pair => Equals(pair.First, pair.Second)),
            _ => x.Keys.Count == y.Keys.Count && x.Keys.All(key => y.Get(key) is { } other && Equals(x.Get(key), other)),
        };
    }

    public int GetHashCode(PythonValue obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return obj.Kind switch
        {
            PythonKind.None => 0,
            // Equal numbers of different kinds must hash alike: hash them all as doubles.
            PythonKind.Bool or PythonKind.Int or PythonKind.Float => obj.ToDouble().GetHashCode(),
            PythonKind.Str => StringComparer.Ordinal.GetHashCode(obj.StrValue),
            _ => StringComparer.Ordinal.GetHashCode(obj.Repr()),
        };
    }

    private static BigInteger IntegerOf(PythonValue value) =>
        value.Kind == PythonKind.Bool ? (value.BoolValue ? BigInteger.One : BigInteger.Zero) : value.IntValue;
}

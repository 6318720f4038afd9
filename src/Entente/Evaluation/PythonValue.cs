using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// A JSON value as Python's <c>json.loads</c> gives it, with the few Python semantics the reference scorers rely on
/// (truthiness, <c>str</c>, <c>repr</c>, iteration, <c>dict.get</c>). The scorers are ported line by line onto this
/// type, so that odd inputs (a number where a string was expected, an empty string for null) score as they do in
/// Python instead of as a C# reading of the same JSON would.
/// </summary>
internal sealed class PythonValue
{
    private static readonly PythonValue[] NoItems = [];

    private readonly Dictionary<string, PythonValue>? entries;

    private PythonValue(PythonKind kind)
    {
        Kind = kind;
    }

    public static PythonValue None { get; } = new(PythonKind.None);

    public static PythonValue True { get; } = new(PythonKind.Bool) { BoolValue = true };

    public static PythonValue False { get; } = new(PythonKind.Bool) { BoolValue = false };

    public static PythonValue EmptyStr { get; } = FromString(string.Empty);

    public PythonKind Kind { get; }

    public bool BoolValue { get; private init; }

    public BigInteger IntValue { get; private init; }

    public double FloatValue { get; private init; }

    public string StrValue { get; private init; } = string.Empty;

    public IReadOnlyList<PythonValue> Items { get; private init; } = NoItems;

    /// <summary>Dict keys in insertion order (a repeated JSON key keeps its first position and its last value, as in Python).</summary>
    public IReadOnlyList<string> Keys { get; private init; } = [];

    public bool IsNone => Kind == PythonKind.None;

    public bool IsNumber => Kind is PythonKind.Bool or PythonKind.Int or PythonKind.Float;

    /// <summary>Python's <c>bool(x)</c>.</summary>
    public bool IsTruthy => Kind switch
    {
        PythonKind.None => false,
        PythonKind.Bool => BoolValue,
        PythonKind.Int => !IntValue.IsZero,
        PythonKind.Float => FloatValue != 0,
        PythonKind.Str => StrValue.Length > 0,
        PythonKind.List => Items.Count > 0,
        _ => Keys.Count > 0,
    };

    public static PythonValue FromString(string text) => new(PythonKind.Str) { StrValue = text };

    public static PythonValue FromInt(BigInteger value) => new(PythonKind.Int) { IntValue = value };

    public static PythonValue FromFloat(double value) => new(PythonKind.Float) { FloatValue = value };

    public static PythonValue FromList(IReadOnlyList<PythonValue> items) => new(PythonKind.List) { Items = items };

    public static PythonValue FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return None;
            case JsonValueKind.True:
                return True;
            case JsonValueKind.False:
                return False;
            case JsonValueKind.String:
                return FromString(StringOf(element));
            case JsonValueKind.Number:
                return FromNumberText(element.GetRawText());
            case JsonValueKind.Array:
                return FromList([.. element.EnumerateArray().Select(FromJson)]);
            case JsonValueKind.Object:
                var entries = new Dictionary<string, PythonValue>(StringComparer.Ordinal);
                var keys = new List<string>();
                foreach (var property in element.EnumerateObject())
                {
                    if (!entries.ContainsKey(property.Name))
                    {
                        keys.Add(property.Name);
                    }

                    entries[property.Name] = FromJson(property.Value);
                }

                return new PythonValue(entries) { Keys = keys };
            default:
                throw new ArgumentException($"not a JSON value: {element.ValueKind}", nameof(element));
        }
    }

    private PythonValue(Dictionary<string, PythonValue> entries)
        : this(PythonKind.Dict)
    {
        this.entries = entries;
    }

    /// <summary><c>d.get(key)</c>: null when the key is absent or this is not a dict (callers decide what absent means).</summary>
    public PythonValue? Get(string key) =>
        entries is not null && entries.TryGetValue(key, out var value) ? value : null;

    /// <summary><c>d.get(key, default)</c>; <c>d.get(key)</c> is <c>GetOr(key, None)</c>.</summary>
    public PythonValue GetOr(string key, PythonValue fallback) => Get(key) ?? fallback;

    public PythonValue GetOrNone(string key) => Get(key) ?? None;

    /// <summary><c>for x in value</c>: list items, the characters of a string, the keys of a dict.</summary>
    public IEnumerable<PythonValue> Iterate() => Kind switch
    {
        PythonKind.List => Items,
        PythonKind.Str => PythonText.CodePoints(StrValue).Select(FromString),
        PythonKind.Dict => Keys.Select(FromString),
        _ => throw new InvalidDataException($"'{TypeName}' object is not iterable"),
    };

    /// <summary>Python's <c>str(x)</c>.</summary>
    public string Str() => Kind == PythonKind.Str ? StrValue : Repr();

    /// <summary>Python's <c>repr(x)</c>.</summary>
    public string Repr()
    {
        switch (Kind)
        {
            case PythonKind.None:
                return "None";
            case PythonKind.Bool:
                return BoolValue ? "True" : "False";
            case PythonKind.Int:
                return IntValue.ToString(CultureInfo.InvariantCulture);
            case PythonKind.Float:
                return PythonFloat.Repr(FloatValue);
            case PythonKind.Str:
                return PythonText.Repr(StrValue);
            case PythonKind.List:
                return "[" + string.Join(", ", Items.Select(item => item.Repr())) + "]";
            default:
                var text = new StringBuilder("{");
                for (var i = 0; i < Keys.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ").Append(PythonText.Repr(Keys[i])).Append(": ").Append(entries![Keys[i]].Repr());
                }

                return text.Append('}').ToString();
        }
    }

    /// <summary>The value as a Python number (<c>True</c> is 1), for arithmetic and ordering.</summary>
    public double ToDouble() => Kind switch
    {
        PythonKind.Bool => BoolValue ? 1 : 0,
        PythonKind.Int => (double)IntValue,
        PythonKind.Float => FloatValue,
        _ => throw new InvalidDataException($"'{TypeName}' is not a number"),
    };

    public override string ToString() => Repr();

    private string TypeName => Kind switch
    {
        PythonKind.None => "NoneType",
        PythonKind.Bool => "bool",
        PythonKind.Int => "int",
        PythonKind.Float => "float",
        PythonKind.Str => "str",
        PythonKind.List => "list",
        _ => "dict",
    };

    // Python keeps a lone surrogate escape ("\ud83d") as a character; System.Text.Json refuses to unescape it, so
    // such a string is unescaped here from its raw JSON text.
    private static string StringOf(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = element.GetRawText();
            var text = new StringBuilder(raw.Length);
            for (var i = 1; i < raw.Length - 1; i++)
            {
                if (raw[i] != '\\')
                {
                    text.Append(raw[i]);
                    continue;
                }

                i++;
                text.Append(raw[i] switch
                {
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => (char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    var c => c,
                });
                i += raw[i] == 'u' ? 4 : 0;
            }

            return text.ToString();
        }
    }

    // json.loads reads a number with a fraction or an exponent as float and any other as int.
    private static PythonValue FromNumberText(string text) =>
        text.AsSpan().IndexOfAny(".eE") >= 0
            ? FromFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))
            : FromInt(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
}

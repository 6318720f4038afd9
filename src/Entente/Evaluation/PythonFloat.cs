using System.Globalization;
using System.Numerics;
using System.Text;

namespace Entente.Evaluation;

/// <summary>
/// Python's float arithmetic on output: <c>repr</c>, <c>round(x, n)</c> and <c>"%.nf"</c>. Both roundings work on
/// the exact binary value and break ties to even (Python prints <c>round(0.0625, 3)</c> as 0.062 where .NET's
/// <c>F3</c> gives 0.063), so the scores print digit for digit as the reference scorers print them.
/// </summary>
internal static class PythonFloat
{
    /// <summary>Python's <c>round(value, digits)</c>.</summary>
    public static double Round(double value, int digits)
    {
        if (!double.IsFinite(value))
        {
            return value;
        }

        var scaled = ScaledToEven(value, digits);
        var rounded = double.Parse(scaled.ToString(CultureInfo.InvariantCulture) + "e-" + digits.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsNegative(value) && rounded == 0 ? -0.0 : rounded;
    }

    /// <summary>Python's <c>"%.{digits}f" % value</c>.</summary>
    public static string Fixed(double value, int digits)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var scaled = BigInteger.Abs(ScaledToEven(value, digits)).ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var text = new StringBuilder();
        if (double.IsNegative(value))
        {
            text.Append('-');
        }

        text.Append(scaled, 0, scaled.Length - digits);
        if (digits > 0)
        {
            text.Append('.').Append(scaled, scaled.Length - digits, digits);
        }

        return text.ToString();
    }

    /// <summary>Python's <c>repr(value)</c>: the shortest digits that read back, fixed notation from 1e-4 to 1e16.</summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var sign = double.IsNegative(value) ? "-" : string.Empty;
        if (value == 0)
        {
            return sign + "0.0";
        }

        // .NET's round-trip format gives the same shortest digits as Python; only the layout differs.
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, pointPosition) = DigitsOf(roundTrip);
        if (pointPosition is > -4 and <= 16)
        {
            if (pointPosition <= 0)
            {
                return sign + "0." + new string('0', -pointPosition) + digits;
            }

            if (pointPosition >= digits.Length)
            {
                return sign + digits + new string('0', pointPosition - digits.Length) + ".0";
            }

            return sign + digits[..pointPosition] + "." + digits[pointPosition..];
        }

        var exponent = pointPosition - 1;
        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    // The significant digits of a .NET number text and where the decimal point falls among them
    // ("1.5E-05" -> "15", -4; "123.4" -> "1234", 3).
    private static (string Digits, int PointPosition) DigitsOf(string text)
    {
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = exponentAt < 0 ? 0 : int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var pointAt = mantissa.IndexOf('.', StringComparison.Ordinal);
        var point = pointAt < 0 ? mantissa.Length : pointAt;
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        return (digits, point + exponent - leadingZeros);
    }

    // round-half-even(value * 10^digits), computed on the exact binary value of the double.
    private static BigInteger ScaledToEven(double value, int digits)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        var mantissa = exponentBits == 0 ? fraction : fraction | (1L << 52);
        var exponent = (exponentBits == 0 ? 1 : exponentBits) - 1075;
        var numerator = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        BigInteger result;
        if (exponent >= 0)
        {
            result = numerator << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
            var comparison = (remainder * 2).CompareTo(denominator);
            result = comparison > 0 || (comparison == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
        }

        return value < 0 ? -result : result;
    }
}

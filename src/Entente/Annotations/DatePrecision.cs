namespace Entente.Annotations;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

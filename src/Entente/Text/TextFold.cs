namespace Entente.Text;

/// <summary>
/// Folds characters for matching: typographic apostrophes and dashes to ASCII, Latin letters with diacritics to
/// their base letter. The engine runs with invariant globalization, where string normalisation is not available,
/// so the fold is a table of the letters news text actually uses.
/// </summary>
public static class TextFold
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿžźżšśşřŕťţğľłđÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮÑŃŇÒÓÔÕÖØŌŐÙÚÛÜŪŮŰŲÝŸŽŹŻŠŚŞŘŔŤŢĞĽŁĐİ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzsssrrttglldAAAAAAAAACCCDEEEEEEEEIIIIIINNNOOOOOOOOUUUUUUUUYYZZZSSSRRTTGLLDI";

    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c;
        }

        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '`':
                return '\'';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014':
                return '-';
            case '\u00A0':
                return ' ';
        }

        var index = Accented.IndexOf(c, StringComparison.Ordinal);
        return index >= 0 ? Plain[index] : c;
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text.ToString(), static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = Fold(source[i]);
            }
        });
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';
}

using Entente.Text;

namespace Entente.Annotations;

/// <summary>
/// A date expression resolved against the publication date: the words, the value and, for spans ("March 10-13"),
/// the end. <see cref="Precision"/> is that of <see cref="Start"/>.
/// </summary>
public sealed record DateMention(TextRange Range, int Sentence, PartialDate Start, PartialDate? End)
{
    public DatePrecision Precision => Start.Precision;
}

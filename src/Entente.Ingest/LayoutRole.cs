namespace Entente.Ingest;

/// <summary>What a paragraph of a scraped page is. Only <see cref="Body"/> and <see cref="Caption"/> are coded.</summary>
internal enum LayoutRole
{
    Body,
    Caption,
    Title,
    Section,
    Tags,
    Dek,
    Credit,
    Metadata,
    Promotion,
}

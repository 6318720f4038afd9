namespace Entente.Ingest;

/// <summary>
/// A feed item's link and the metadata that outlive its text: what is kept when the linked page is read as the
/// article, and what names the item when neither the page nor the item gives one.
/// </summary>
/// <param name="Link">The item's link as written (it may be relative to the feed).</param>
/// <param name="Id">The item's id as <see cref="FeedReader"/> gives it: the guid or Atom id, else the link.</param>
/// <param name="Title">The item's title as text.</param>
/// <param name="Published">The item's publication date, null when missing or unreadable.</param>
internal sealed record FeedEntry(string Link, string Id, string? Title, DateOnly? Published);

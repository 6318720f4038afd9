namespace Entente.Web;

/// <summary>The coder version articles ingested through the API are stored under (see <c>CoderVersion.Of</c>).</summary>
public sealed record CoderVersionText(string Value);

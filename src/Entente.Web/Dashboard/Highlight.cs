namespace Entente.Web.Dashboard;

/// <summary>What a highlighted stretch of article text is; the page styles each kind and names it in a legend.</summary>
public enum Highlight
{
    None,
    Trigger,
    Actor,
    Person,
    Place,
    Date,
}

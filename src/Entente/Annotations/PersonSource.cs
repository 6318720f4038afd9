namespace Entente.Annotations;

/// <summary>Why a person mention carries the role and country it does.</summary>
public enum PersonSource
{
    /// <summary>The mention itself introduces the person with a role or country.</summary>
    Introduced,

    /// <summary>A later mention of a person introduced earlier in the article ("Pak").</summary>
    Alias,

    /// <summary>A pronoun resolved to the one person it can refer to.</summary>
    Pronoun,

    /// <summary>Named without a role, resolved through the office-holder data at the article's date.</summary>
    OfficeHolder,
}

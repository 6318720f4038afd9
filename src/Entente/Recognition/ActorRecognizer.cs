using Entente.Annotations;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Finds the political actors a sentence names: countries by name, adjective or demonym; capitals standing for
/// their governments; organisations; and role or institution words, which take the country that qualifies them
/// ("North Korea's deputy foreign minister", "Mongolian President", "the foreign minister of Japan").
/// </summary>
public sealed class ActorRecognizer(Lexicon lexicon) : IStage
{
    private static readonly System.Buffers.SearchValues<char> LowerCaseWord = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    public Document Process(Document document)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var candidates = new List<Candidate>();
        ActorEntry? lastBloc = null;
        ActorEntry? lastOrganization = null;
        ActorEntry? lastCountry = null;
        ActorEntry? lastArmedGroup = null;
        ActorEntry? countryBefore = null;
        foreach (var sentence in document.Sentences)
        {
            var sentenceCandidates = candidates.Count;
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (lexicon.Actors.TryMatch(body, tokens, i, sentence.EndToken, out var length, out var actor))
                {
                    candidates.Add(new Candidate(sentence, i, length, actor, null));
                    lastBloc = actor!.Kind == ActorKind.Organization && actor.Country is "IGO" or "EUR" ? actor : lastBloc;
                    // The UN itself is never "the agency": "the UN watchdog's inspectors" is the IAEA named before.
                    lastOrganization = actor.Kind == ActorKind.Organization && actor.Id != "UN" ? actor : lastOrganization;
                    lastArmedGroup = actor is { Kind: ActorKind.Organization, Sector: "REB" } ? actor : lastArmedGroup;
                    if (actor is { Kind: ActorKind.Country, IsBlocker: false, IsContextual: false } && actor.Country != lastCountry?.Country)
                    {
                        (countryBefore, lastCountry) = (lastCountry, actor);
                    }

                    i += length;
                }
                else if (lastArmedGroup is not null && GroupReference(body, tokens, sentence, i) is { } groupLength)
                {
                    // "Houthi rebels attacked a ship ... the group warned": the group is the armed group the story last named.
                    candidates.Add(new Candidate(sentence, i, groupLength, lastArmedGroup, null));
                    i += groupLength;
                }
                else if (lastCountry is not null && IsCountryReference(body, tokens, sentence, i))
                {
                    // "ECOWAS imposed sweeping sanctions on the country": the country is the one the story last named —
                    // but not the subject of its own sentence ("Freedonia met Sylvania. Grand Fenwick imposed sanctions
                    // on the country" means Sylvania).
                    var subject = candidates.Count > sentenceCandidates ? candidates[sentenceCandidates] : null;
                    var country = subject?.Actor?.Country == lastCountry.Country && countryBefore is not null ? countryBefore : lastCountry;
                    candidates.Add(new Candidate(sentence, i, 2, country, null));
                    i += 2;
                }
                else if (BlocReference(body, tokens, sentence, i) is var (referenceLength, isBody)
                    && (isBody ? lastOrganization is { Country: "IGO" or "EUR" or "UNO" } : lastBloc is not null))
                {
                    // "ECOWAS suspended Guinea ... Leaders of the 15-nation bloc said", "the IAEA ... the agency's
                    // inspectors": the bloc is the one the story last named, the agency or watchdog the international
                    // body it named last (not one after a news agency).
                    candidates.Add(new Candidate(sentence, i, referenceLength, isBody ? lastOrganization : lastBloc, null));
                    i += referenceLength;
                }
                else if (lexicon.Roles.TryMatch(body, tokens, i, sentence.EndToken, out length, out var role))
                {
                    candidates.Add(new Candidate(sentence, i, length, null, role));
                    i += length;
                }
                else
                {
                    i++;
                }
            }
        }

        // Context-dependent short forms ("the North") need a country they disambiguate against, named plainly.
        var named = candidates
            .Where(c => c.Actor is { IsContextual: false, Country: not null })
            .Select(c => c.Actor!.Country!)
            .ToHashSet(StringComparer.Ordinal);

        // "RIYADH — ... The foreign ministry said": an institution the story does not name the country of is, first, the
        // one where the report was filed — if the story is about that country: one of the two it names most ("DUBAI —"
        // heads many reports on Iran that never name the Emirates; "ABUJA —" a summit's verdict on Niger's junta).
        var home = Dateline.CountriesOf(lexicon, document)
            .FirstOrDefault(dateline => named.Contains(dateline) && TwoMostNamed(candidates, dateline).Contains(dateline));
        var mentions = new List<ActorMention>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (candidate.Actor is { } actor)
            {
                if (!actor.IsBlocker && Accepts(body, tokens, candidate, named) && !QualifiesAPlace(body, tokens, candidate))
                {
                    var owner = NationalBodyOwner(body, tokens, candidates, c);
                    mentions.Add(owner is null
                        ? new ActorMention(candidate.Range(tokens), candidate.Sentence.Index, actor.Kind, actor.Country, actor.Sector, null, actor.Id)
                        : new ActorMention(candidate.Range(tokens), candidate.Sentence.Index, actor.Kind, owner, "GOV", null, actor.Id));
                }
            }
            else if (RoleMention(body, tokens, candidates, c, mentions, home) is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return document with { Actors = mentions };
    }

    /// <summary>
    /// "Russia's Security Council": an international body's name that is also the name of a state body (roles.tsv) is,
    /// right after a country's possessive or adjective, that country's own body; the country's code, or null.
    /// </summary>
    private string? NationalBodyOwner(string body, IReadOnlyList<Token> tokens, List<Candidate> candidates, int c)
    {
        var candidate = candidates[c];
        var end = candidate.Start + candidate.Length;
        if (c == 0 || candidate.Actor is not { Kind: ActorKind.Organization, Country: "UNO" or "IGO" }
            || !lexicon.Roles.TryMatch(body, tokens, candidate.Start, end, out var length, out _) || length != candidate.Length
            || candidates[c - 1] is not { Actor: { Kind: ActorKind.Country or ActorKind.Adjective, Country: { } country } } previous
            || previous.Sentence.Index != candidate.Sentence.Index)
        {
            return null;
        }

        var gapStart = previous.Range(tokens).End;
        var gap = body.AsSpan(gapStart, candidate.Range(tokens).Start - gapStart).Trim();
        return gap is "" or "'s" or "\u2019s" ? country : null;
    }

    /// <summary>
    /// The length of a definite back-reference to a bloc or an international body starting at a token ("the bloc", "the
    /// regional bloc", "the 15-nation bloc", "the military alliance", "the league"; "the agency", "the nuclear watchdog") and whether
    /// it names a body rather than a bloc; null when none starts there.
    /// </summary>
    private static (int Length, bool IsBody)? BlocReference(string body, IReadOnlyList<Token> tokens, Sentence sentence, int start)
    {
        if (tokens[start].Span(body) is not ("the" or "The"))
        {
            return null;
        }

        for (var i = start + 1; i < sentence.EndToken && i <= start + 4; i++)
        {
            var word = tokens[i].Span(body);
            if (word is "bloc" or "alliance" or "league" or "agency" or "watchdog")
            {
                // "the alliance between Moscow and Beijing", "the bloc with Russia" name a bond, not the bloc named before.
                return i + 1 < sentence.EndToken && tokens[i + 1].Span(body) is "between" or "with" ? null : (i + 1 - start, word is "agency" or "watchdog");
            }

            // Lower-case modifiers and counts ("regional", "15-nation", "military"); a party's bloc is no union of states.
            if (word is "opposition" or "ruling" or "governing" or "parliamentary" or "political" or "electoral" or "rebel" or "armed")
            {
                return null;
            }

            if (!(tokens[i].Kind == TokenKind.Number || word is "-" || (tokens[i].Kind == TokenKind.Word && !word.ContainsAnyExcept(LowerCaseWord))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"the group", "the militant group", "the militia": the length of a back-reference to an armed group.</summary>
    private static int? GroupReference(string body, IReadOnlyList<Token> tokens, Sentence sentence, int start)
    {
        if (tokens[start].Span(body) is not ("the" or "The"))
        {
            return null;
        }

        for (var i = start + 1; i < sentence.EndToken && i <= start + 3; i++)
        {
            var word = tokens[i].Span(body);
            if (word is "group" or "militia" or "movement")
            {
                // "the group of seven", "the group's leader" are still the group; "the group of experts" is not.
                return i + 1 < sentence.EndToken && tokens[i + 1].Span(body) is "of" ? null : i + 1 - start;
            }

            if (!(word is "militant" or "armed" or "rebel" or "insurgent" or "jihadist" or "islamist" or "Islamist" or "separatist" or "paramilitary" or "-"
                || (tokens[i].Kind == TokenKind.Word && word.EndsWith("backed", StringComparison.Ordinal))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "the country" as a back-reference to a party — not "the country of X", which names its own, not a place ("in the
    /// country", "across the country") and not an owner ("the country's army", whose country the speaker may mean).
    /// </summary>
    private static bool IsCountryReference(string body, IReadOnlyList<Token> tokens, Sentence sentence, int start) =>
        start + 1 < sentence.EndToken && tokens[start].Span(body) is "the" or "The" && tokens[start + 1].Span(body) is "country"
        && !(start + 2 < sentence.EndToken && tokens[start + 2].Span(body) is "of" or "'s" or "\u2019s")
        && !(start > sentence.FirstToken && tokens[start - 1].Span(body) is "in" or "across" or "throughout" or "around" or "within" or "into"
            or "to" or "from" or "of" or "for" or "out" or "inside" or "outside" or "leave" or "left" or "leaving" or "entered" or "enter");

    private bool Accepts(string body, IReadOnlyList<Token> tokens, Candidate candidate, HashSet<string> named)
    {
        var actor = candidate.Actor!;
        var sentenceStart = candidate.Sentence.FirstToken;
        if (actor.IsContextual)
        {
            var article = candidate.Start > sentenceStart && tokens[candidate.Start - 1].Span(body) is "the" or "The";
            return article && actor.Requires.Any(named.Contains);
        }

        if (actor.Kind == ActorKind.Capital)
        {
            // "in Ulaanbaatar" is a place, and "the Ulaanbaatar Dialogue" a name: neither is the government.
            var end = candidate.Start + candidate.Length;
            var partOfName = end < candidate.Sentence.EndToken && tokens[end].IsCapitalized(body);
            return !partOfName && !EndsLongerPlace(body, tokens, candidate.Start, end, sentenceStart)
                && !LocativeContext.IsLocative(body, tokens, candidate.Start, sentenceStart);
        }

        return true;
    }

    /// <summary>The country of a place after "in" earlier in the candidate's sentence ("In Minsk, riot police"), or null.</summary>
    private string? PlaceBefore(string body, IReadOnlyList<Token> tokens, Candidate candidate)
    {
        for (var i = candidate.Start - 1; i > candidate.Sentence.FirstToken; i--)
        {
            if (tokens[i - 1].Span(body) is "in" or "In" && lexicon.Places.TryMatch(body, tokens, i, candidate.Start, out _, out var place))
            {
                return place!.Country;
            }
        }

        return null;
    }

    /// <summary>"Mocimboa da Praia" is a town in Mozambique, not Cape Verde's capital: a capital closing a longer place's name.</summary>
    private bool EndsLongerPlace(string body, IReadOnlyList<Token> tokens, int start, int end, int sentenceStart)
    {
        for (var first = start - 1; first >= sentenceStart && first >= start - 4; first--)
        {
            if (lexicon.Places.TryMatch(body, tokens, first, end, out var length, out _) && first + length >= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "JEDDAH, Saudi Arabia —", "talks in Kazan, Russia": a country after its own city only says where the city is;
    /// "the Russian city of Kazan" likewise. Neither names a party, so neither may count towards a story's sides.
    /// </summary>
    private bool QualifiesAPlace(string body, IReadOnlyList<Token> tokens, Candidate candidate)
    {
        var country = candidate.Actor!.Country;
        var start = candidate.Start;
        var end = start + candidate.Length;
        if (candidate.Actor.Kind == ActorKind.Adjective)
        {
            return end + 1 < candidate.Sentence.EndToken
                && tokens[end].Span(body) is "city" or "town" or "port" or "village" or "region" or "province" or "capital"
                && tokens[end + 1].Span(body) is "of";
        }

        if (start < candidate.Sentence.FirstToken + 2 || tokens[start - 1].Span(body) is not ",")
        {
            return false;
        }

        for (var first = start - 2; first >= candidate.Sentence.FirstToken && first >= start - 5; first--)
        {
            if (lexicon.Places.TryMatch(body, tokens, first, start - 1, out var length, out var place) && first + length == start - 1 && place!.Country == country)
            {
                return true;
            }
        }

        // A dateline: "PORT-AU-PRINCE, Haiti —" opens its sentence with a city in capitals (not "US, Russia agree").
        var opening = candidate.Sentence.FirstToken;
        return start - 1 - opening is >= 1 and <= 4 && !lexicon.Actors.TryMatch(body, tokens, opening, start - 1, out _, out _)
            && Enumerable.Range(opening, start - 1 - opening).All(i => tokens[i].Kind != TokenKind.Word || IsAllCapitals(tokens[i].Span(body)))
            && IsAllCapitals(tokens[opening].Span(body));
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');

    private ActorMention? RoleMention(string body, IReadOnlyList<Token> tokens, List<Candidate> candidates, int c, List<ActorMention> accepted, string? home)
    {
        var candidate = candidates[c];
        var role = candidate.Role!;
        var sentence = candidate.Sentence;
        var end = candidate.Start + candidate.Length;
        var country = CountryBefore(body, tokens, candidate, accepted);

        // An envoy's or mission's posting ("Ambassador to North Korea", "Permanent Mission to the U.N.") is part of
        // the role, not the envoy's country.
        var postingStart = end + 1 < sentence.EndToken && tokens[end + 1].Span(body) is "the" ? end + 2 : end + 1;
        if (end + 1 < sentence.EndToken && tokens[end].Span(body) is "to"
            && c + 1 < candidates.Count && candidates[c + 1] is { Actor.Kind: ActorKind.Country or ActorKind.Organization } posting
            && posting.Start == postingStart && (role.IsTitle || posting.Actor!.Kind == ActorKind.Organization))
        {
            end = posting.Start + posting.Length;
        }
        else if (country is null)
        {
            country = CountryAfter(body, tokens, candidates, c) ?? PlaceAfter(body, tokens, candidate)
                ?? (role.IsTitle ? null : StationAfter(body, tokens, candidates, c));
        }

        var range = new TextRange(tokens[candidate.Start].Start, tokens[end - 1].End);
        // "the junta", "the morality police": the article, at most two lower-case modifiers, the institution.
        var definite = Enumerable.Range(1, 3).Any(back => candidate.Start - back >= sentence.FirstToken && tokens[candidate.Start - back].Span(body) is "the" or "The"
            && Enumerable.Range(candidate.Start - back + 1, back - 1).All(i => tokens[i].Kind == TokenKind.Word && char.IsLower(body[tokens[i].Start])));
        // "Police said", "Security forces fired", "Authorities restricted", "Opposition lawmakers accused", "Parliament
        // passed": a sentence that opens with the force, the authorities, the legislature or the opposition of no named
        // country speaks of the place the story is in ("Officials" may be anyone's).
        // "The lower house of parliament voted", "Six opposition parties submitted": an article or a number may open the
        // sentence before the institution.
        var opensSentence = candidate.Start == sentence.FirstToken
            || (candidate.Start == sentence.FirstToken + 1 && (tokens[sentence.FirstToken].Kind == TokenKind.Number
                || tokens[sentence.FirstToken].Span(body) is "The" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight" or "Nine"
                    or "Ten" or "Several" or "Some" or "Many" or "Dozens" or "Hundreds" or "Thousands"));
        var localForce = opensSentence && char.IsUpper(body[tokens[sentence.FirstToken].Start])
            && (role.Sector is "MIL" or "COP" or "OPP" or "LEG" || role.Text == "authorities")
            && !(end + 1 < sentence.EndToken && tokens[end].Span(body) is "of" && !char.IsLower(tokens[end + 1].Span(body)[0]));
        // "riot police fired rubber bullets", "was detained by soldiers": troops or police of no named country are the
        // story's own — not "military" used as an adjective ("a military offensive"), nor troops someone has, sends or
        // counts ("its first troops", "send additional troops", "1,000 soldiers", "foreign troops").
        var bareForce = role.Sector is "MIL" or "COP" && !role.IsTitle && (role.Text.EndsWith('s') || role.Text.EndsWith("police", StringComparison.Ordinal))
            && !(candidate.Start > sentence.FirstToken && tokens[candidate.Start - 1].Kind == TokenKind.Number)
            && !Enumerable.Range(candidate.Start - 2, 2).Any(i => i >= sentence.FirstToken
                && tokens[i].Span(body) is "its" or "their" or "his" or "her" or "our" or "whose" or "foreign" or "additional" or "more" or "extra")
            // "a police cooperation agreement": after "a", "police" describes the noun that follows.
            && !(candidate.Start > sentence.FirstToken && tokens[candidate.Start - 1].Span(body) is "a" or "an");
        // A legislature is the story's own only where a sentence opens with it: "the National Assembly" someone asks is
        // that someone's.
        if (country is null && (role.Sector is "GOV" or "MIL" or "COP" or "OPP" || (role.Sector == "LEG" && localForce)) && !role.IsTitle && (definite || localForce || bareForce))
        {
            // "The junta", "the foreign ministry": a definite institution refers back to the last mention of the same
            // institution that named its country ("Niger's junta ... the junta", "Sweden's foreign ministry ... the
            // ministry"), or, for the military and the police, of any such body ("Niger's military rulers ... the
            // junta"); else to the country of the story's dateline, or the country the article has named most so far.
            // "In Minsk, riot police fired rubber bullets": a force placed by its own sentence is that place's.
            country = (role.Sector is "MIL" or "COP" ? PlaceBefore(body, tokens, candidate) : null)
                ?? accepted.LastOrDefault(a => a.Kind == ActorKind.Role && a.Country is not null
                    && (a.EntryId == role.Text || a.EntryId.EndsWith(" " + role.Text, StringComparison.Ordinal) || (role.Sector is "MIL" or "COP" or "OPP" && a.Sector == role.Sector)))?.Country
                ?? home ?? MainCountry(accepted, sentence.Index);
        }

        // "The High Court", "the Supreme Court" are a state's courts by name, whatever international court came before.
        if (role.Sector == "JUD" && definite && role.Text is not ("high court" or "supreme court" or "constitutional court")
            && accepted.LastOrDefault(a => a.Kind == ActorKind.Organization && a.Range.Slice(body).Contains("Court", StringComparison.Ordinal)) is { } court)
        {
            // "The International Court of Justice ... The court in The Hague found": the court is the one the story named,
            // not a court of the country it sits in.
            country = court.Country;
        }

        if (country is null && !char.IsUpper(body[range.Start]) && !(role is { IsTitle: true, Sector: "OPP" or "LEG" } && TitlesAName(body, tokens, sentence, end)))
        {
            // A bare lower-case role ("officials", "the general") says nothing about who acts — but a domestic title before
            // a name ("opposition leader Joseph Boakai") introduces a person of the story's country. ("his counterpart
            // Amartuvshin Gombosuren" is the other side's: titles of office stay as they were.)
            return null;
        }

        return new ActorMention(range, sentence.Index, ActorKind.Role, country, role.Sector, range.Slice(body), role.Text);
    }

    private static bool TitlesAName(string body, IReadOnlyList<Token> tokens, Sentence sentence, int end) =>
        end + 1 < sentence.EndToken && tokens[end].Kind == TokenKind.Word && char.IsUpper(tokens[end].Span(body)[0])
        && tokens[end + 1].Kind == TokenKind.Word && char.IsUpper(tokens[end + 1].Span(body)[0]);

    /// <summary>
    /// The two countries a story names most, counting its dateline's country once ("ALMATY, Kazakhstan —"); blocs are no
    /// country a story is filed from.
    /// </summary>
    private static IEnumerable<string> TwoMostNamed(List<Candidate> candidates, string dateline) =>
        candidates
            .Where(c => c.Actor is { IsContextual: false, Country: not null and not "IGO" })
            .Select(c => c.Actor!.Country!)
            .Append(dateline)
            .CountBy(country => country)
            .OrderByDescending(pair => pair.Value)
            .Take(2)
            .Select(pair => pair.Key);

    private static string? MainCountry(List<ActorMention> accepted, int sentence) =>
        MostNamedCountries.Of(accepted.Where(a => a.Sentence < sentence && a.Kind != ActorKind.Role), 1) is [var main] ? main : null;

    /// <summary>The country named right before a role: "North Korea's", "Mongolian", "Japan's new".</summary>
    private static string? CountryBefore(string body, IReadOnlyList<Token> tokens, Candidate role, List<ActorMention> accepted)
    {
        if (accepted.Count == 0)
        {
            return null;
        }

        var previous = accepted[^1];
        if (previous.Sentence != role.Sentence.Index || previous.Kind == ActorKind.Role || previous.Country is null)
        {
            return null;
        }

        // Allow the possessive and a few modifiers between the country and the role.
        var gapStart = previous.Range.End;
        var gapEnd = tokens[role.Start].Start;
        if (gapEnd < gapStart)
        {
            return null;
        }

        var gap = body.AsSpan(gapStart, gapEnd - gapStart).Trim();
        return gap.IsEmpty || IsPossessive(gap) || IsModifier(gap) ? previous.Country : null;
    }

    /// <summary>The country in "of (the) Japan", "of the North Korean ..." right after a role.</summary>
    private static string? CountryAfter(string body, IReadOnlyList<Token> tokens, List<Candidate> candidates, int c)
    {
        var role = candidates[c];
        var next = role.Start + role.Length;
        if (next >= role.Sentence.EndToken || tokens[next].Span(body) is not "of")
        {
            return null;
        }

        next++;
        if (next < role.Sentence.EndToken && tokens[next].Span(body) is "the")
        {
            next++;
        }

        return c + 1 < candidates.Count && candidates[c + 1] is { Actor: { Country: not null } actor } following
            && following.Start == next && actor.Kind != ActorKind.Capital
            ? actor.Country
            : null;
    }

    /// <summary>
    /// "police in Port-au-Prince", "mutinous soldiers in Niger", "a court in Moscow", "authorities in Kabul": a body with
    /// no nationality of its own belongs to the country it is stationed "in".
    /// </summary>
    private string? StationAfter(string body, IReadOnlyList<Token> tokens, List<Candidate> candidates, int c)
    {
        var role = candidates[c];
        var at = role.Start + role.Length;
        var end = role.Sentence.EndToken;
        if (at + 1 >= end || tokens[at].Span(body) is not "in")
        {
            return null;
        }

        var name = tokens[at + 1].Span(body) is "the" ? at + 2 : at + 1;
        if (c + 1 < candidates.Count && candidates[c + 1] is { Actor: { Kind: ActorKind.Country, Country: not null } country } && candidates[c + 1].Start == name)
        {
            return country.Country;
        }

        return name < end && lexicon.Places.TryMatch(body, tokens, name, end, out var length, out var place)
            && (name + length >= end || !tokens[name + length].IsCapitalized(body))
            ? place!.Country
            : null;
    }

    /// <summary>
    /// The country of the place a role is "of": "the mayor of Nablus", "the governor of the southern region of
    /// Kherson" — the place right after "of (the)", or after a short description ending in "of".
    /// </summary>
    private string? PlaceAfter(string body, IReadOnlyList<Token> tokens, Candidate role)
    {
        var of = role.Start + role.Length;
        var end = role.Sentence.EndToken;
        if (of >= end || tokens[of].Span(body) is not "of")
        {
            return null;
        }

        for (var t = of + 1; t < end && t <= of + 8 && tokens[t].Kind == TokenKind.Word; t++)
        {
            var introduced = tokens[t - 1].Span(body) is "of" || (t == of + 2 && tokens[t - 1].Span(body) is "the");
            if (introduced && lexicon.Places.TryMatch(body, tokens, t, end, out var length, out var place)
                && (t + length >= end || !tokens[t + length].IsCapitalized(body)))
            {
                return place!.Country;
            }
        }

        return null;
    }

    private static bool IsPossessive(ReadOnlySpan<char> gap) => gap is "'s" or "\u2019s" or "'" or "\u2019";

    /// <summary>
    /// Words that may stand between a country and its role: a possessive and up to two lower-case modifiers
    /// ("Niger's ousted", "Japan's new", "Mongolian acting").
    /// </summary>
    private static bool IsModifier(ReadOnlySpan<char> gap)
    {
        if (gap.StartsWith("'s", StringComparison.Ordinal) || gap.StartsWith("\u2019s", StringComparison.Ordinal))
        {
            gap = gap[2..].TrimStart();
        }

        var words = 0;
        foreach (var range in gap.Split(' '))
        {
            var word = gap[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // "Japan's new ambassador", "U.S. national security spokesperson" — but a determiner starts another
            // phrase: in "Freedonia condemned the junta" the role is the verb's object, not Freedonia's.
            if (++words > 2 || !char.IsLower(word[0]) || word.ContainsAnyExcept(LowerCaseWord)
                || word is "the" or "a" or "an" or "its" or "his" or "her" or "their" or "this" or "that"
                // "Japarov of Kyrgyzstan and President Rahmon": a conjunction or preposition joins another phrase.
                || word is "and" or "or" or "but" or "of" or "to" or "in" or "with" or "for" or "from" or "by" or "at" or "on")
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Candidate(Sentence Sentence, int Start, int Length, ActorEntry? Actor, RoleEntry? Role)
    {
        public TextRange Range(IReadOnlyList<Token> tokens) => new(tokens[Start].Start, tokens[Start + Length - 1].End);
    }
}

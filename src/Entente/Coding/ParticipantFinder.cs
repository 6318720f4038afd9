using Entente.Annotations;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Turns a sentence's actor and person mentions into participant chunks and groups. Mentions that touch — or are
/// separated only by a possessive, a comma before a person (apposition), or up to two lower-case modifiers — form
/// one chunk whose country, sector, name and role come from its parts: the person's when there is one.
/// </summary>
public static class ParticipantFinder
{
    private static readonly System.Buffers.SearchValues<char> LowerCaseWord = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    private static readonly string[][] BothSides =
    [
        ["two", "sides"], ["both", "sides"], ["two", "countries"], ["both", "countries"], ["two", "nations"],
        ["both", "nations"], ["two", "leaders"], ["both", "leaders"], ["two", "governments"], ["both", "governments"],
        ["two", "ministers"], ["both", "ministers"], ["two", "neighbours"], ["two", "neighbors"], ["both", "neighbours"],
        ["both", "neighbors"], ["two", "parties"], ["both", "parties"], ["two", "rivals"], ["both", "rivals"],
        ["two", "men"], ["both", "men"], ["two", "women"], ["both", "women"], ["two", "presidents"], ["both", "presidents"],
        ["two", "delegations"], ["both", "delegations"],
    ];

    public static IReadOnlyList<ParticipantGroup> Groups(Document document, Sentence sentence)
    {
        var chunks = Chunks(document, sentence);
        var bothSides = BothSidesChunks(document, sentence).ToList();

        // "The leaders agreed": the role alone would take one side's country; the phrase stands for both.
        chunks.RemoveAll(c => bothSides.Any(b => b.FirstToken <= c.FirstToken && c.EndToken <= b.EndToken));
        chunks.AddRange(bothSides);
        chunks.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var groups = new List<ParticipantGroup>();
        var current = new List<ParticipantChunk>();
        foreach (var chunk in chunks)
        {
            var together = current.Count > 0 && current[^1].BothSides == chunk.BothSides
                && (chunk.BothSides
                    ? chunk.FirstToken == current[^1].FirstToken
                    : (IsCoordination(document, current[^1].EndToken, chunk.FirstToken) || IsTitledConjunct(document, sentence, current[^1], chunk))
                        && !StartsNewClause(document, sentence, current[0], current[^1], chunk));
            if (current.Count > 0 && !together)
            {
                groups.Add(new ParticipantGroup(current));
                current = [];
            }

            current.Add(chunk);
        }

        if (current.Count > 0)
        {
            groups.Add(new ParticipantGroup(current));
        }

        return groups;
    }

    private static List<ParticipantChunk> Chunks(Document document, Sentence sentence)
    {
        var parts = new List<(TextRange Range, ActorMention? Actor, PersonMention? Person)>();
        parts.AddRange(document.Actors.Where(a => a.Sentence == sentence.Index && IsParticipant(a)).Select(a => (a.Range, (ActorMention?)a, (PersonMention?)null)));
        parts.AddRange(document.People.Where(p => p.Sentence == sentence.Index && p.Country is not null && !IsPossessiveDeterminer(document, p))
            .Select(p => (p.Range, (ActorMention?)null, (PersonMention?)p)));
        parts.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));

        var chunks = new List<ParticipantChunk>();
        var i = 0;
        while (i < parts.Count)
        {
            var j = i + 1;
            var hasPerson = parts[i].Person is not null;
            while (j < parts.Count && Joins(document.Body, parts[j - 1], parts[j], parts[j].Person is not null && !hasPerson))
            {
                hasPerson |= parts[j].Person is not null;
                j++;
            }

            chunks.Add(Chunk(document, parts.GetRange(i, j - i)));
            i = j;
        }

        return chunks;
    }

    /// <summary>
    /// "The two sides agreed": the two countries the article has named most often up to this sentence, as one
    /// group of two chunks over the same words.
    /// </summary>
    private static IEnumerable<ParticipantChunk> BothSidesChunks(Document document, Sentence sentence)
    {
        var body = document.Body;
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            var end = BothSidesPhraseEnd(document, sentence, t);
            if (end < 0)
            {
                continue;
            }

            var sides = MostNamedCountries.Of(document.Actors.Where(a => a.Sentence <= sentence.Index), 2);
            if (sides.Count < 2)
            {
                yield break;
            }

            var range = new TextRange(document.Tokens[t].Start, document.Tokens[end - 1].End);
            foreach (var side in sides)
            {
                yield return new ParticipantChunk(t, end, new Participant(side, "GOV", null, null, range, document.TextOf(range)), BothSides: true);
            }

            yield break;
        }
    }

    /// <summary>
    /// The end of a phrase that stands for the story's two sides at token <paramref name="t"/>, or -1: "the two sides",
    /// "both countries", or the leaders of the sides referred back to — "the leaders", "their foreign ministers", "the
    /// delegations" (not "the leaders of ...", which names whose).
    /// </summary>
    private static int BothSidesPhraseEnd(Document document, Sentence sentence, int t)
    {
        var tokens = document.Tokens;
        var body = document.Body;
        var first = tokens[t].Range.Slice(body);
        // "fighting between two member states" introduces sides the story has not named; "the two states" refers back.
        if ((first is "two" or "Two" && t > sentence.FirstToken && tokens[t - 1].Span(body) is "the" or "The" or "these" or "those") || first is "both" or "Both")
        {
            // "the two former Soviet republics": up to three modifiers may stand before the noun.
            for (var noun = t + 1; noun < sentence.EndToken && noun <= t + 4; noun++)
            {
                var word = tokens[noun].Range.Slice(body);
                if (BothSides.Any(words => string.Equals(first, words[0], StringComparison.OrdinalIgnoreCase) && string.Equals(word, words[1], StringComparison.Ordinal))
                    || (string.Equals(first, "two", StringComparison.OrdinalIgnoreCase) && word is "republics" or "states" or "powers" or "allies"))
                {
                    return noun + 1;
                }

                if (tokens[noun].Kind != TokenKind.Word || IsPrepositionWord(word) || word is "and" or "or" or "other" or "more")
                {
                    return -1;
                }
            }

            return -1;
        }

        // Only as a clause's first participant: after one named in the sentence, "their leaders" are its own.
        if (first is not ("the" or "The" or "their" or "Their")
            || document.Actors.Any(a => a.Sentence == sentence.Index && a.Country is not null && a.Range.Start < tokens[t].Start))
        {
            return -1;
        }

        var head = t + 1;
        while (head < sentence.EndToken && head - t <= 2 && tokens[head].Span(body) is "foreign" or "defence" or "defense" or "prime" or "trade")
        {
            head++;
        }

        var end = head + 1;
        return end <= sentence.EndToken && tokens[head].Span(body) is "leaders" or "presidents" or "ministers" or "delegations"
            && (end == sentence.EndToken || tokens[end].Span(body) is not ("of" or "from" or "in" or "at"))
            ? end
            : -1;
    }

    /// <summary>"his counterpart" names the counterpart, not him: a possessive pronoun is never a participant.</summary>
    private static bool IsPossessiveDeterminer(Document document, PersonMention person) =>
        person.Source == PersonSource.Pronoun && document.TextOf(person.Range) is "his" or "His" or "her" or "Her";

    private static bool IsParticipant(ActorMention actor) =>
        actor.Country is not null && !(actor.Kind == ActorKind.Role && actor.Sector == "MED" && actor.Role is null);

    private static ParticipantChunk Chunk(Document document, List<(TextRange Range, ActorMention? Actor, PersonMention? Person)> parts)
    {
        var person = parts.Select(p => p.Person).FirstOrDefault(p => p is not null);
        var role = parts.Select(p => p.Actor).LastOrDefault(a => a?.Kind == ActorKind.Role);
        var organisation = parts.Select(p => p.Actor).LastOrDefault(a => a?.Kind == ActorKind.Organization);
        var country = person?.Country ?? parts.Select(p => p.Actor?.Country).FirstOrDefault(c => c is not null);
        // "Belarusians rallied": a people named by their demonym alone are citizens; "the Russians rejected the proposal"
        // is the side in talks, its government.
        var first = TokenAt(document, parts[0].Range.Start);
        var people = parts is [{ Actor: { Kind: ActorKind.Adjective, Sector: "CVL" } }]
            && !(first > 0 && document.Tokens[first - 1].Span(document.Body) is "the" or "The") ? "CVL" : null;
        var sector = person?.Sector ?? role?.Sector ?? organisation?.Sector ?? people ?? "GOV";
        var range = new TextRange(parts[0].Range.Start, parts[^1].Range.End);
        var participant = new Participant(country, sector, person?.Name, person?.Role ?? role?.Role, range, document.TextOf(range));
        var adjectiveOnly = parts is [{ Actor.Kind: ActorKind.Adjective }];
        return new ParticipantChunk(TokenAt(document, range.Start), TokenAfter(document, range.End), participant, AdjectiveOnly: adjectiveOnly);
    }

    /// <summary>Whether two mentions belong to one participant.</summary>
    private static bool Joins(
        string body,
        (TextRange Range, ActorMention? Actor, PersonMention? Person) left,
        (TextRange Range, ActorMention? Actor, PersonMention? Person) right,
        bool rightIsFirstPerson)
    {
        if (right.Range.Start < left.Range.End)
        {
            return true;
        }

        var gap = body.AsSpan(left.Range.End, right.Range.Start - left.Range.End).Trim();
        if (gap.IsEmpty || gap is "'s" or "\u2019s")
        {
            return true;
        }

        // "Deputy Foreign Minister of Mongolia", "Pak Myong Ho of the DPRK": a title or a person of a country.
        if (gap is "of" or "of the" && right.Actor?.Kind == ActorKind.Country && (left.Person is not null || left.Actor?.Kind == ActorKind.Role))
        {
            return true;
        }

        // "Wang Yi, China's top diplomat, ...": an apposition giving the person's own country and role.
        if (gap is "," && left.Person is { Country: not null } person && right.Actor is { Kind: ActorKind.Country or ActorKind.Adjective } actor
            && actor.Country == person.Country)
        {
            return true;
        }

        // "Mongolia's leader, President Khurelsukh Ukhnaa": an apposition naming the person.
        return rightIsFirstPerson && gap is ",";
    }

    /// <summary>
    /// "... hostages taken in its attack on Israel, and Israel is to release prisoners": after a prepositional object,
    /// ", and" with a name followed by its own verb starts a new clause, not a list.
    /// </summary>
    private static bool StartsNewClause(Document document, Sentence sentence, ParticipantChunk first, ParticipantChunk left, ParticipantChunk right)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        if (first.FirstToken == sentence.FirstToken || !IsPrepositionWord(tokens[first.FirstToken - 1].Span(body))
            || right.EndToken >= sentence.EndToken || right.FirstToken - left.EndToken != 2
            || tokens[left.EndToken].Span(body) is not "," || tokens[left.EndToken + 1].Span(body) is not "and")
        {
            return false;
        }

        return tokens[right.EndToken].Span(body) is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would"
            or "said" or "says" or "can" or "could" or "must" or "should" or "did" or "does" or "do" or "may" or "might";
    }

    private static bool IsPrepositionWord(ReadOnlySpan<char> word) =>
        word is "in" or "at" or "to" or "from" or "into" or "with" or "of" or "for" or "on" or "by" or "about" or "against"
            or "over" or "between" or "after" or "before" or "toward" or "towards";

    /// <summary>
    /// "President Joe Biden and President Xi Jinping met": a title the text gives no country stands outside the person's
    /// chunk, yet it is part of the phrase "and" joins. A comma alone does not join them: "at the request of Vanuatu's
    /// government, Foreign Minister Penny Wong said" names the speaker.
    /// </summary>
    private static bool IsTitledConjunct(Document document, Sentence sentence, ParticipantChunk left, ParticipantChunk right)
    {
        if (right.Participant.Name is null)
        {
            return false;
        }

        var start = document.Tokens[right.FirstToken].Start;
        var title = document.Actors.FirstOrDefault(a => a.Sentence == sentence.Index && a.Kind == ActorKind.Role && a.Country is null
            && a.Range.End <= start && document.Body.AsSpan(a.Range.End, start - a.Range.End).IsWhiteSpace());
        if (title is null)
        {
            return false;
        }

        var leftEnd = document.Tokens[left.EndToken - 1].End;
        return title.Range.Start > leftEnd && document.Body.AsSpan(leftEnd, title.Range.Start - leftEnd).Trim() is "and" or ", and" or "or" or ", or";
    }

    private static bool IsCoordination(Document document, int leftEnd, int rightStart)
    {
        if (rightStart < leftEnd)
        {
            return true;
        }

        if (rightStart == leftEnd)
        {
            return false;
        }

        var gap = document.Body.AsSpan(document.Tokens[leftEnd - 1].End, document.Tokens[rightStart].Start - document.Tokens[leftEnd - 1].End).Trim();
        // "the Hamas group and Israel", "the Taliban movement and Pakistan": a generic head noun after a name is part of it.
        return gap is "," or "and" or "or" or ", and" or ", or" or "and the" or ", and the" or "as well as" or "and his" or "and her" or "and their" or "and its"
            or "group and" or "movement and" or "militia and" or "faction and" or "group and the" or "movement and the" or "militia and the"
            || IsConjoinedWithModifier(gap);
    }

    /// <summary>"Sudan's army and the paramilitary Rapid Support Forces": one lower-case word may describe the second party.</summary>
    private static bool IsConjoinedWithModifier(ReadOnlySpan<char> gap)
    {
        foreach (var opening in (ReadOnlySpan<string>)["and the ", ", and the ", "and "])
        {
            if (gap.StartsWith(opening, StringComparison.Ordinal))
            {
                // "... and urged him": with no article, a past tense is the next clause's verb, not a modifier.
                var word = gap[opening.Length..];
                return word.Length > 2 && !word.ContainsAnyExcept(LowerCaseWord) && !(opening == "and " && word.EndsWith("ed", StringComparison.Ordinal));
            }
        }

        return false;
    }

    /// <summary>The index of the token that covers or follows a character offset.</summary>
    internal static int TokenAt(Document document, int start)
    {
        var tokens = document.Tokens;
        var low = 0;
        var high = tokens.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].End <= start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static int TokenAfter(Document document, int end) => TokenAt(document, end - 1) + 1;
}

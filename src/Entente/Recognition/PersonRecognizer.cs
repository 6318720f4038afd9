using Entente.Annotations;
using Entente.Knowledge;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Finds people and keeps each one's role and country for the whole article. A person is introduced by a title
/// before the name ("Mongolian President Khurelsukh Ukhnaa"), an apposition after it ("Choe Ryong Hae, chair of
/// the North Korean ..."), "of Country" after it, an honorific, or the office-holder data at the article's date
/// ("Kim Jong Un"). Later mentions resolve to the introduced person: the same name in another spelling or order,
/// one part of it ("Pak"), or a pronoun with a single possible antecedent.
/// </summary>
public sealed class PersonRecognizer(Lexicon lexicon) : IStage
{

    private const int MaxNameTokens = 4;

    /// <summary>The longest run of words an apposition's role may follow: "a former senior Sylvanian" and spaces.</summary>
    private const int MaxModifierGapChars = 48;

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "A", "After", "Also", "An", "And", "As", "At", "But", "By", "During", "Earlier", "For", "From", "He", "Her", "His",
        "However", "If", "In", "Instead", "It", "Its", "Last", "Later", "Meanwhile", "Mr", "Now", "On", "Only", "Prior",
        "Recently", "She", "Since", "So", "The", "Their", "They", "This", "To", "We", "When", "While", "With", "Yet",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // Wire datelines abbreviate months ("CARACAS, Jan 24 -"); "Jan" must not become a later mention of Juan Guaido.
        "Jan", "Jan.", "Feb", "Feb.", "Mar", "Mar.", "Apr", "Apr.", "Jun", "Jun.", "Jul", "Jul.", "Aug", "Aug.", "Sep", "Sep.",
        "Sept", "Sept.", "Oct", "Oct.", "Nov", "Nov.", "Dec", "Dec.",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup =
        NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public Document Process(Document document)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var covered = CoveredByActors(document);
        var runs = NameRuns(document, covered);
        var nationalities = new Nationalities(document, covered);

        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var found = new List<(NameRun Run, Person Person, PersonSource Source)>();

        // First pass: introductions anywhere in the article, so a headline mention before the introduction resolves too.
        foreach (var run in runs)
        {
            if (Introduce(document, run, nationalities) is not { } introduction)
            {
                continue;
            }

            var key = NameKey.For(introduction.Name);
            if (people.TryGetValue(key, out var known))
            {
                known.Fill(introduction);
                found.Add((run, known, PersonSource.Alias));
            }
            else
            {
                people[key] = introduction;
                found.Add((run, introduction, introduction.Source));
            }
        }

        // Second pass: other runs are later mentions of an introduced person, by full key or by one name part.
        var introducedRuns = found.Select(f => f.Run.Start).ToHashSet();
        foreach (var run in runs)
        {
            if (introducedRuns.Contains(run.Start))
            {
                continue;
            }

            var text = run.Range(tokens).Slice(body);
            if (people.TryGetValue(NameKey.For(text), out var person) || (run.Length == 1 && ByPart(people.Values, text) is { } byPart && (person = byPart) is not null))
            {
                found.Add((run, person, PersonSource.Alias));
            }
        }

        found.Sort((a, b) => a.Run.Start.CompareTo(b.Run.Start));
        var mentions = found.Select(f => f.Person.Mention(f.Run.Range(tokens), f.Run.Sentence.Index, f.Source)).ToList();
        mentions.AddRange(Pronouns(document, mentions, people));
        mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return document with { People = mentions };
    }

    private static bool[] CoveredByActors(Document document)
    {
        var covered = new bool[document.Tokens.Count];
        var t = 0;
        foreach (var actor in document.Actors)
        {
            while (t < covered.Length && document.Tokens[t].End <= actor.Range.Start)
            {
                t++;
            }

            for (var i = t; i < covered.Length && document.Tokens[i].Start < actor.Range.End; i++)
            {
                covered[i] = true;
            }
        }

        return covered;
    }

    /// <summary>Runs of capitalised words that could be a name: office-holder names first, then up to four name words.</summary>
    private List<NameRun> NameRuns(Document document, bool[] covered)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var runs = new List<NameRun>();
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (covered[i] || !IsNameWord(body, tokens[i]))
                {
                    i++;
                    continue;
                }

                if (lexicon.OfficeHolders.TryMatch(body, tokens, i, sentence.EndToken, out var length, out var terms))
                {
                    runs.Add(new NameRun(sentence, i, length, terms));
                    i += length;
                    continue;
                }

                var end = i + 1;
                var words = 1;
                while (end < sentence.EndToken && words < MaxNameTokens && !covered[end])
                {
                    // "Myong-ho", "Oyun-Erdene": a hyphen that touches both words joins them into one name word.
                    if (IsJoiningHyphen(body, tokens, end, sentence.EndToken))
                    {
                        end += 2;
                        continue;
                    }

                    // "Mohammed Shia al-Sudani", "Ursula von der Leyen": lower-case particles inside a name.
                    if (IsParticle(body, tokens[end]) && end + 1 < sentence.EndToken
                        && (IsNameWord(body, tokens[end + 1]) || IsParticle(body, tokens[end + 1]) || IsJoiningHyphen(body, tokens, end + 1, sentence.EndToken)))
                    {
                        end++;
                        continue;
                    }

                    if (!IsNameWord(body, tokens[end]))
                    {
                        break;
                    }

                    end++;
                    words++;
                }

                runs.Add(new NameRun(sentence, i, end - i, null));
                i = end;
            }
        }

        return runs;
    }

    private static bool IsParticle(string body, Token token) =>
        token.Span(body) is "al" or "el" or "bin" or "ibn" or "bint" or "de" or "da" or "di" or "dos" or "van" or "von" or "der" or "den" or "du" or "le" or "la";

    private static bool IsJoiningHyphen(string body, IReadOnlyList<Token> tokens, int index, int sentenceEnd) =>
        index + 1 < sentenceEnd && TextFold.IsDash(body[tokens[index].Start]) && tokens[index].Range.Length == 1
        && tokens[index - 1].End == tokens[index].Start && tokens[index + 1].Start == tokens[index].End
        && tokens[index + 1].Kind == TokenKind.Word;

    private static bool IsNameWord(string body, Token token)
    {
        if (token.Kind != TokenKind.Word || !char.IsUpper(body[token.Start]))
        {
            return false;
        }

        var text = token.Span(body);
        return !NotNameLookup.Contains(text) && !(text.Length > 1 && text[^1] == '.' && text.Count('.') > 1);
    }

    /// <summary>The person a run introduces, with the role and country the text or the office-holder data gives.</summary>
    private Person? Introduce(Document document, NameRun run, Nationalities nationalities)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var range = run.Range(tokens);
        var name = range.Slice(body);
        var titleBefore = TitleBefore(document, run);
        var title = titleBefore ?? AppositionAfter(document, run);
        var country = title?.Country ?? CountryAfterOf(document, run);
        var nationality = title is null && country is null ? NationalityBefore(document, run, nationalities) : null;
        var honorific = run.Start > run.Sentence.FirstToken && tokens[run.Start - 1].Span(body) is "Mr." or "Ms." or "Mrs." or "Dr." or "Mr" or "Ms" or "Mrs";

        var term = run.Terms is { } terms ? TermAt(terms, document.Article.Published) : null;
        // Out of office, a known office-holder keeps the country: "ousted President Mohamed Bazoum" is Niger's.
        var formerCountry = term is null && document.Article.Published is { } published
            ? run.Terms?.Where(t => t.To is { } to && to < published).MaxBy(t => t.From)?.Country
            : null;
        if (term is null && formerCountry is null && title is null && country is null && nationality is null && !honorific)
        {
            // A single capitalised word is a name only as a later mention of someone introduced.
            return null;
        }

        // One word is a name only right after its title ("President Biden"); "Tokyo, officials said" is no person.
        if (run.Length == 1 && term is null && (titleBefore is null || !IsSingleWordName(document, run, titleBefore)))
        {
            return null;
        }

        // "Defence Minister Yassin Ibrahim accused Abu Dhabi", "opposition leader Joseph Boakai": an official, opposition
        // leader or lawmaker the data does not know, titled with no country, serves the country the story is about — where it was filed, else the one it has named clearly most so far.
        var storyCountry = country is null && term is null && formerCountry is null && titleBefore is { Sector: "GOV" or "OPP" or "LEG", Country: null }
            ? StoryCountry(document, run.Sentence.Index)
            : null;
        var source = title is null && term is not null ? PersonSource.OfficeHolder : PersonSource.Introduced;
        return new Person(
            term?.Name ?? name,
            title?.Role ?? term?.Role,
            country ?? term?.Country ?? formerCountry ?? storyCountry ?? nationality,
            title?.Sector ?? term?.Sector ?? (country is not null ? "GOV" : nationality is not null ? "CVL" : null),
            source);
    }

    private string? StoryCountry(Document document, int sentence)
    {
        var named = document.Actors.Where(a => a.Sentence <= sentence && a.Kind != ActorKind.Role).ToList();
        return Dateline.CountriesOf(lexicon, document).FirstOrDefault(dateline => named.Any(a => a.Country == dateline))
            ?? MostNamedCountries.Clearly(named);
    }

    /// <summary>
    /// One capitalised word after a title is a surname ("President Biden") unless the title is itself part of a
    /// longer name: after an article ("an Official Visit", "the General Federation") or before "of".
    /// </summary>
    private static bool IsSingleWordName(Document document, NameRun run, ActorMention title)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var next = run.Start + run.Length;
        if (next < run.Sentence.EndToken && tokens[next].Span(body) is "of")
        {
            return false;
        }

        var titleToken = run.Sentence.FirstToken;
        while (titleToken < run.Start && tokens[titleToken].Start < title.Range.Start)
        {
            titleToken++;
        }

        return titleToken == run.Sentence.FirstToken || tokens[titleToken - 1].Span(body) is not ("a" or "an" or "the" or "The");
    }

    /// <summary>
    /// The term in force at the article's date (the latest term without one). Someone holding two offices at once
    /// is named by the higher: head of state or government first, then a minister, then anything else.
    /// </summary>
    private static OfficeTerm? TermAt(IReadOnlyList<OfficeTerm> terms, DateOnly? published) =>
        published is { } date
            ? terms.Where(t => t.Covers(date)).OrderBy(t => Rank(t.Role)).FirstOrDefault()
            : terms.MaxBy(t => t.From);

    private static int Rank(string role) => role switch
    {
        "President" or "Prime Minister" or "Chancellor" or "Supreme Leader" or "Premier" or "King" or "Emperor" or "Emir"
            or "Chairman of the State Affairs Commission" or "Secretary-General" => 0,
        _ when role.StartsWith("President ", StringComparison.Ordinal) || role.StartsWith("Prime Minister", StringComparison.Ordinal) => 0,
        _ when role.Contains("Minister", StringComparison.Ordinal) || role.Contains("Secretary", StringComparison.Ordinal) => 1,
        _ => 2,
    };

    /// <summary>
    /// A role mention that ends right before the name ("Mongolian President | Khurelsukh Ukhnaa"), or before "of
    /// Country" and the name ("Deputy Foreign Minister of Mongolia | Amartuvshin Gombosuren"), which gives the country.
    /// </summary>
    private static ActorMention? TitleBefore(Document document, NameRun run)
    {
        var body = document.Body;
        var nameStart = document.Tokens[run.Start].Start;
        var country = document.Actors.FirstOrDefault(a => a.Kind == ActorKind.Country && a.Sentence == run.Sentence.Index && a.Range.End <= nameStart
            && body.AsSpan(a.Range.End, nameStart - a.Range.End).IsWhiteSpace());
        foreach (var actor in document.Actors)
        {
            if (actor.Kind != ActorKind.Role || actor.Sentence != run.Sentence.Index || actor.Range.End > nameStart)
            {
                continue;
            }

            var gap = body.AsSpan(actor.Range.End, nameStart - actor.Range.End);
            if (gap.IsWhiteSpace() || (gap.Trim() is "," && ClosesApposition(document, run)))
            {
                return actor;
            }

            if (country is not null && country.Range.Start > actor.Range.End
                && body.AsSpan(actor.Range.End, country.Range.Start - actor.Range.End).Trim() is "of" or "of the")
            {
                return actor with { Country = country.Country };
            }
        }

        return null;
    }

    /// <summary>"a Wall Street Journal reporter, Evan Gershkovich, a U.S. citizen": a name set off by commas after a role.</summary>
    private static bool ClosesApposition(Document document, NameRun run)
    {
        var next = run.Start + run.Length;
        return next >= run.Sentence.EndToken || document.Tokens[next].Span(document.Body) is "," or "." or ";";
    }

    /// <summary>A role right after "Name," — "Choe Ryong Hae, chair of the North Korean Supreme People's Assembly".</summary>
    private static ActorMention? AppositionAfter(Document document, NameRun run)
    {
        var tokens = document.Tokens;
        var body = document.Body;
        var next = run.Start + run.Length;
        if (next + 1 >= run.Sentence.EndToken || tokens[next].Span(body) is not ",")
        {
            return null;
        }

        var roleStart = tokens[next + 1].Start;
        foreach (var actor in document.Actors)
        {
            if (actor.Kind != ActorKind.Role || actor.Sentence != run.Sentence.Index || actor.Range.Start < roleStart || actor.Range.Start - roleStart > MaxModifierGapChars)
            {
                continue;
            }

            if (IsModifierGap(document, roleStart, actor.Range.Start))
            {
                // The role runs to the end of the apposition: the next comma or the end of the sentence.
                var end = actor.Range.End;
                for (var t = next + 1; t < run.Sentence.EndToken; t++)
                {
                    if (tokens[t].Span(body) is "," or "." or ";" or ":")
                    {
                        break;
                    }

                    end = tokens[t].End;
                }

                return actor with { Role = body[actor.Range.Start..end] };
            }
        }

        return null;
    }

    /// <summary>
    /// What may stand between an apposition's comma and its role: a determiner, then words that only qualify the role
    /// — a nationality ("a Colombian businessman") or a standing ("a former Canadian diplomat", "a senior official").
    /// </summary>
    private static bool IsModifierGap(Document document, int from, int to)
    {
        var body = document.Body;
        var words = 0;
        for (var at = from; at < to;)
        {
            if (char.IsWhiteSpace(body[at]))
            {
                at++;
                continue;
            }

            var end = NextSpace(body, at, to);
            var word = body.AsSpan(at, end - at);
            if (!(words == 0 && IsDeterminer(word)) && !IsStanding(word))
            {
                if (NationalityAt(document, at, to) is not { } nationality)
                {
                    return false;
                }

                end = nationality.Range.End;
            }

            words++;
            at = end;
        }

        return words <= 3;
    }

    private static ActorMention? NationalityAt(Document document, int at, int to)
    {
        foreach (var actor in document.Actors)
        {
            if (actor.Range.Start == at && actor.Range.End <= to && actor.Kind == ActorKind.Adjective)
            {
                return actor;
            }
        }

        return null;
    }

    private static int NextSpace(string body, int from, int to)
    {
        var end = from;
        while (end < to && !char.IsWhiteSpace(body[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> word) => word is "the" or "a" or "an" or "his" or "her" or "its" or "their";

    private static bool IsStanding(ReadOnlySpan<char> word) =>
        word is "former" or "senior" or "top" or "veteran" or "prominent" or "leading" or "retired" or "jailed" or "detained" or "exiled" or "fellow";

    /// <summary>
    /// "Canadian Michael Kovrig", "Canadians Michael Kovrig and Michael Spavor": a nationality right before a name the
    /// data does not know introduces a private person of that country — and so does the nationality before the name
    /// the run is coordinated with.
    /// </summary>
    private static string? NationalityBefore(Document document, NameRun run, Nationalities nationalities)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var first = run.Sentence.FirstToken;
        var before = run.Start - 1;
        if (before > first && tokens[before].Span(body) is "and")
        {
            before--;
            // Only plain name words: "Russian President Vladimir Putin and X" coordinates with a titled name, not a nationality.
            while (before > first && IsNameWord(body, tokens[before]) && !nationalities.Covered[before])
            {
                before--;
            }

            if (before == run.Start - 2)
            {
                return null;
            }
        }

        // "Nicaraguan bishop Rolando Alvarez", "Canadian former diplomat Michael Kovrig": what the person is may stand
        // between; any other word ("Chinese authorities detained Kovrig") ends the search.
        for (var words = 0; before >= first && words <= MaxOccupationWords; before--, words++)
        {
            if (nationalities.EndingAt(tokens[before].End) is { } country)
            {
                return country;
            }

            if (!IsOccupation(tokens[before].Span(body)) && !IsStanding(tokens[before].Span(body)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many words saying what a person is may stand between a nationality and the name ("Canadian former diplomat").</summary>
    private const int MaxOccupationWords = 2;

    /// <summary>The adjectives and demonyms of an article by where they end, and the tokens any actor covers.</summary>
    private sealed class Nationalities(Document document, bool[] covered)
    {
        private Dictionary<int, string>? byEnd;

        public bool[] Covered { get; } = covered;

        /// <summary>Built on first use: most articles introduce no one by nationality alone.</summary>
        public string? EndingAt(int end)
        {
            if (byEnd is null)
            {
                byEnd = [];
                foreach (var actor in document.Actors)
                {
                    if (actor is { Kind: ActorKind.Adjective, Country: { } country })
                    {
                        byEnd.TryAdd(actor.Range.End, country);
                    }
                }
            }

            return byEnd.GetValueOrDefault(end);
        }
    }

    private static bool IsOccupation(ReadOnlySpan<char> word) =>
        word is "businessman" or "businesswoman" or "entrepreneur" or "executive" or "bishop" or "priest" or "pastor" or "cleric"
            or "journalist" or "reporter" or "photographer" or "blogger" or "writer" or "author" or "academic" or "scholar"
            or "researcher" or "professor" or "student" or "teacher" or "activist" or "dissident" or "lawyer" or "tourist"
            or "citizen" or "national" or "worker" or "aid" or "diplomat" or "filmmaker" or "artist" or "poet" or "doctor";

    /// <summary>"Pak Myung Ho of North Korea".</summary>
    private static string? CountryAfterOf(Document document, NameRun run)
    {
        var tokens = document.Tokens;
        var next = run.Start + run.Length;
        if (next + 1 >= run.Sentence.EndToken || tokens[next].Span(document.Body) is not "of")
        {
            return null;
        }

        var start = tokens[next + 1].Start;
        return document.Actors.FirstOrDefault(a => a.Range.Start == start && a.Kind == ActorKind.Country)?.Country;
    }

    private static Person? ByPart(IEnumerable<Person> people, string word)
    {
        var skeleton = NameKey.Skeleton(string.Concat(word.Where(char.IsLetter).Select(c => char.ToLowerInvariant(TextFold.Fold(c)))));
        Person? match = null;
        foreach (var person in people)
        {
            if (person.PartSkeletons.Contains(skeleton, StringComparer.Ordinal))
            {
                if (match is not null)
                {
                    return null;
                }

                match = person;
            }
        }

        return match;
    }

    /// <summary>
    /// He, she, him, her, his: the one person named earlier in the sentence or, failing that, in the sentence before,
    /// leaving out anyone a pronoun of the other gender already refers to.
    /// </summary>
    private static List<PersonMention> Pronouns(Document document, List<PersonMention> named, Dictionary<string, Person> people)
    {
        var body = document.Body;
        var tokens = document.Tokens;
        var gender = new Dictionary<string, bool>(StringComparer.Ordinal);
        var resolved = new List<PersonMention>();
        foreach (var sentence in document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var text = tokens[t].Span(body);
                bool? female = text switch
                {
                    "he" or "He" or "him" or "his" or "His" => false,
                    "she" or "She" or "her" or "Her" or "hers" => true,
                    _ => null,
                };
                if (female is null)
                {
                    continue;
                }

                // "Orban said he would not ...": right after a verb of saying, the pronoun is the one who speaks.
                var afterSaying = t - 1 >= sentence.FirstToken
                    && (SayingVerbs.IsSaying(tokens[t - 1].Span(body)) || (tokens[t - 1].Span(body) is "that" && t - 2 >= sentence.FirstToken && SayingVerbs.IsSaying(tokens[t - 2].Span(body))));
                var candidates = t == sentence.FirstToken && text is "He" or "She" && SubjectBefore(document, named, resolved, sentence.Index, gender, female.Value) is { } subjectBefore
                    ? [subjectBefore]
                    : Candidates(named, sentence.Index, tokens[t].Start, gender, female.Value, afterSaying);
                if (candidates.Count == 2 && text is "him" && named.FirstOrDefault(m => m.Sentence == sentence.Index)?.Key is { } subject
                    && candidates.Contains(subject, StringComparer.Ordinal))
                {
                    // "Blinken telephoned Aliyev and urged him to ...": an object pronoun is not its own clause's
                    // subject, the sentence's first-named person.
                    candidates = [.. candidates.Where(k => k != subject)];
                }

                if (candidates.Count == 1 && people.TryGetValue(candidates[0], out var person))
                {
                    gender[candidates[0]] = female.Value;
                    resolved.Add(person.Mention(tokens[t].Range, sentence.Index, PersonSource.Pronoun));
                }
            }
        }

        return resolved;
    }

    /// <summary>
    /// "He spent Wednesday in Kazakhstan, where he held talks with President Tokayev ... He held talks with President
    /// Mirziyoyev": a pronoun opening a sentence goes on with the subject of the sentence before — the person that
    /// sentence opens with, named or a pronoun — not with whoever it named last.
    /// </summary>
    private static string? SubjectBefore(Document document, List<PersonMention> named, List<PersonMention> resolved, int sentence, Dictionary<string, bool> gender, bool female)
    {
        if (sentence == 0)
        {
            return null;
        }

        var opening = document.Sentences[sentence - 1].FirstToken;
        var reach = opening + SubjectReach < document.Tokens.Count ? document.Tokens[opening + SubjectReach].Start : int.MaxValue;
        var subject = named.Concat(resolved).Where(m => m.Sentence == sentence - 1 && m.Range.Start < reach).MinBy(m => m.Range.Start);
        return subject is not null && (!gender.TryGetValue(subject.Key, out var known) || known == female) ? subject.Key : null;
    }

    /// <summary>How many tokens a sentence's subject may stand after its start ("Chinese President Xi Jinping").</summary>
    private const int SubjectReach = 4;

    private static List<string> Candidates(List<PersonMention> named, int sentence, int before, Dictionary<string, bool> gender, bool female, bool afterSaying)
    {
        List<string> Keys(int index, int end) => named
            .Where(m => m.Sentence == index && m.Range.End <= end)
            .Select(m => m.Key)
            .Where(k => !gender.TryGetValue(k, out var g) || g == female)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var current = Keys(sentence, before);
        var previous = sentence > 0 ? Keys(sentence - 1, int.MaxValue) : [];
        if (afterSaying && current.Count == 1)
        {
            return current;
        }

        // Someone a pronoun of this gender already referred to wins over people of unknown gender.
        var known = current.Concat(previous).Where(gender.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        if (known.Count == 1)
        {
            return known;
        }

        return current.Count > 0 ? current : previous;
    }

    private sealed record NameRun(Sentence Sentence, int Start, int Length, IReadOnlyList<OfficeTerm>? Terms)
    {
        public TextRange Range(IReadOnlyList<Token> tokens) => new(tokens[Start].Start, tokens[Start + Length - 1].End);
    }

    private sealed class Person(string name, string? role, string? country, string? sector, PersonSource source)
    {
        public string Name { get; } = name;

        public string Key { get; } = NameKey.For(name);

        public IReadOnlyList<string> PartSkeletons { get; } = NameKey.PartSkeletons(name);

        public string? Role { get; private set; } = role;

        public string? Country { get; private set; } = country;

        public string? Sector { get; private set; } = sector;

        public PersonSource Source { get; } = source;

        /// <summary>A second introduction of the same person adds what the first one lacked.</summary>
        public void Fill(Person other)
        {
            Role ??= other.Role;
            Country ??= other.Country;
            Sector ??= other.Sector;
        }

        public PersonMention Mention(TextRange range, int sentence, PersonSource source) =>
            new(range, sentence, Key, Name, Role, Country, Sector, source);
    }
}

#!/usr/bin/env python3
"""Convert verb patterns of the Phoenix/PETRARCH CAMEO verb dictionary into Entente event patterns.

Reads CAMEO.2.0.txt (github.com/openeventdata/petrarch2, MIT, (c) 2015 Open Event Data Alliance) and writes the
rows it converts into data/patterns/events.tsv, with ids "<type>.phx-<words>". Re-runnable: every run first removes
the ".phx-" rows it wrote before, then adds the candidates of the CAMEO roots asked for, minus the rows rejected
after evaluation (REJECTED), and keeps the file sorted (ordinal order) and unique. Header lines are kept as they are.

What is converted (only verbs, words and CAMEO codes are taken; no comments or other text):
- a verb of a block that is in BARE becomes a "~verb" trigger with its own "[code]" or else the block's;
- a pattern "- * WORDS [code]" becomes "~verb * words" (a gap of 1-6 words, where the object stands) and
  "~verb words"; after a particle ("down", "off") only the direct form; "- * + WORDS" (the target between the verb
  and the words) only the gap form. The verb is the one the source wrote the pattern for. "{A B}" and "(A B)" are
  contiguous words, "_" joins words, and a last word in PLURALS also gives its plural.
- type and mode are those the team's rows give the code, else those of data/ontology/cameo.tsv (the team follows
  the gold sets' conventions: no mode for ACCUSE codes, SANCTION for 163); recipient prepositions by type.
Skipped: patterns with words before the verb, with "$", "%", "^", "&" (WordNet synonym sets, whose members make
unidiomatic phrases: "halt secureness cooperation") or a "+" elsewhere; codes with no PLOVER type; the target's half
of "a:b" codes; triggers Entente already has and verbs its triggers already cover (a longer trigger would override
the team's); patterns that code what their verb alone codes; generic verbs (GENERIC) with one word after them;
block verbs not in BARE; and REJECTED.

Usage (from anywhere): tools/phoenix-verbs.py [--roots 02,03,...] [--list]
  --roots  the CAMEO roots whose rows to write (default: KEPT_ROOTS); "none" removes every converted row
  --list   print the candidate rows of those roots instead of writing events.tsv
"""

import argparse
import collections
import os
import re
import sys

SOURCE = "/work/shared/reference/phoenix-cameo-dictionaries/CAMEO.2.0.txt"
EVENTS = "data/patterns/events.tsv"
ONTOLOGY = "data/ontology/cameo.tsv"
IRREGULAR = "data/text/irregular-verbs.tsv"

# The roots whose rows measurably helped, added one root at a time (see data/README.md).
KEPT_ROOTS = ["11", "16"]

# Verbs too common in news to code an event with one word after them.
GENERIC = {
    "say", "be", "have", "make", "take", "get", "go", "come", "do", "put", "give", "see", "use", "want", "need",
    "hold", "run", "call", "set", "place", "post", "base", "look", "appear", "seem", "bring", "send", "keep",
    "leave", "turn", "move", "show", "meet", "face", "work", "play", "find", "tell", "ask", "open", "close",
    "follow", "let", "mark", "note", "raise", "reach", "receive", "return", "sign", "stand", "start", "stop",
}

# The block verbs kept as triggers by themselves: verbs (and phrasal verbs) that name a political act in news
# English. Most block verbs are WordNet synonyms of the block's head ("plan", "train", "aim" under "intend"), many
# have other senses ("march", "finance", "armed", "shell", "kill" in accidents), and many are nouns as well
# ("support", "demand", "appeal"), which a verb trigger would code too; so the list is written by hand.
BARE = {
    "refute",                                                                       # 01
    "ask for", "beg", "implore", "plead", "solicit",                                # 02
    "confer",                                                                       # 04
    "acclaim", "applaud", "appreciate", "compliment", "extol", "felicitate", "forgive", "laud", "salute",  # 05
    "bankroll",                                                                     # 06
    "abide by", "accede", "acquiesce", "back down", "capitulate", "cede", "give in", "pull back", "set free",  # 08
    "entreat", "exhort",                                                            # 10
    "admonish", "belittle", "bemoan", "berate", "castigate", "chastise", "chide", "decry", "denigrate", "deride",
    "disapprove", "disparage", "implicate", "impugn", "lambaste", "lash out", "malign", "pillory", "remonstrate",
    "scold",                                                                        # 11
    "overfly",                                                                      # 15
    "call off", "rescind",                                                          # 16
    "banish", "boot out", "censor", "commandeer", "cordon off", "crack down", "criminalise", "criminalize",
    "demolish", "evict", "forbid", "nationalise", "nationalize", "ostracise", "ostracize", "penalize",
    "prohibit", "proscribe", "punish", "rearrest", "vandalise", "vandalize",       # 17
    "flog", "mistreat", "stab", "strangle", "terrorize",                            # 18
    "annihilate", "behead", "besiege", "blow up", "decapitate", "gun down", "overrun", "pillage", "ransack",
    "raze", "recapture", "repel", "repulse", "retaliate", "shoot down", "torch", "wage war",  # 19
}

PARTICLES = {"up", "down", "off", "out", "back", "away", "aside", "forward", "over", "apart", "together"}

# Count nouns that news uses in the plural as often as in the singular ("postponed talks", "halted flights"); the
# source's stems stand for both forms, Entente's triggers inflect one word only, so the plural is a row of its own.
PLURALS = {w: w + "s" for w in (
    "accusation", "allegation", "attack", "ban", "bill", "boycott", "claim", "complaint", "concern", "decision",
    "deal", "flight", "insult", "meeting", "mission", "plan", "promise", "protest", "remark", "report", "restriction",
    "sale", "sanction", "statement", "summit", "talk", "threat", "trip", "visit")} | {"embassy": "embassies"}

# Patterns dropped after evaluation or review, by reason, as "~verb words" (their gap and plural forms go too).
REJECTED = {
    "a false positive on the dev sets: a plan, an aim or the topic of talks, not an act": [
        "~announce plan", "~announce plans", "~develop friendly relations", "~develop relations",
        "~improve relations", "~improve ties",
    ],
    "a false positive on the dev sets: anyone's travel, not a visit or an agreement": [
        "~head for", "~head to",
    ],
    "odd or ungrammatical phrasing, not news English": [
        "~adopt early election blow", "~advise blacklist", "~apprise dissent", "~battle criticism", "~believe kidnap",
        "~complete survey of border", "~confine approval", "~decide bar", "~decide limit", "~describe detriment",
        "~fail meeting", "~halt material", "~head for deadlock", "~head into deadlock", "~hear witness", "~hurl out",
        "~lament speech", "~link ban to unrest", "~link riot to ban", "~postpone meet", "~publish condemnation",
        "~question future coalition", "~quote as cursing", "~regard human rights abuse",
        "~reiterate plan unacceptable", "~rule badly treated", "~saw rebuff", "~shut diplomatic",
        "~snatch right to franchise", "~trace smugglers", "~weaken by resignation", "~wipe feet on", "~witness row",
    ],
    "the code does not fit the words (approval or a neutral act coded as disapproval or a cut)": [
        "~applaud capture", "~approve dismissal", "~arrange repatriation", "~believe responsible",
        "~celebrate demise", "~celebrate ousting", "~cheer onslaught", "~defend crackdown", "~defend killing",
        "~erect barrier", "~evacuate camp", "~evacuate staff", "~favor extradition", "~organise evacuation",
        "~postpone debate", "~postpone departure", "~prepare evacuation of", "~pursue rapprochement",
        "~return home after evacuation", "~support abduction",
        "~slacken travel warning", "~cause massive losses", "~highlight threat", "~highlight threats",
        "~join protest", "~join protests",
    ],
    "domestic politics, not an act between the political actors of two countries": [
        "~challenge in election", "~quit party", "~remove from guard", "~remove from office",
        "~spark political crisis", "~spark political uncertainty", "~vote against",
    ],
}

PREPOSITIONS = {
    "ACCUSE": "", "AGREE": "with", "AID": "to", "ASSAULT": "on|against|in", "COERCE": "", "CONCEDE": "",
    "CONSULT": "with", "COOPERATE": "with", "MOBILIZE": "to|in|near|along", "PROTEST": "against", "REJECT": "",
    "REQUEST": "", "RETREAT": "from", "SANCTION": "with|against|on", "SUPPORT": "", "THREATEN": "",
}


def read_tsv(path):
    header, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            (header if line.startswith("#") else rows).append(line)
    return header, rows


def ontology():
    _, rows = read_tsv(ONTOLOGY)
    codes = {}
    for row in rows:
        cells = row.split("\t")
        codes[cells[0]] = (cells[4], cells[5])
    return codes


def forms(word):
    """The forms of a verb, as data/text/irregular-verbs.tsv and src/Entente/Coding/VerbForms.cs give them."""
    if not hasattr(forms, "irregular"):
        _, rows = read_tsv(IRREGULAR)
        forms.irregular = {r.split("\t")[0]: [f for c in r.split("\t") for f in c.split("|")] for r in rows}
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        regular = [word, word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    else:
        third = word + "es" if word.endswith(("s", "x", "z", "ch", "sh", "o")) else word + "s"
        past = word + "d" if word.endswith("e") else word + "ed"
        gerund = word[:-1] + "ing" if word.endswith("e") and not word.endswith("ee") else word + "ing"
        regular = [word, third, past, gerund]
    return forms.irregular.get(word, []) + regular


def words_of(token):
    """A dictionary word as the words of text it stands for: "AIR_STRIKE" -> "air strike", "SIT-IN" -> "sit - in"."""
    text = token.strip("_").replace("_", " ").lower()
    return " - ".join(part.strip() for part in text.split("-")).split()


def parse(path):
    """The verb blocks: name, code, verbs [(verb, own code)], patterns [(text, code, verb written for)]."""
    blocks = []
    in_patterns = False
    with open(path, encoding="latin-1") as f:
        lines = f.read().splitlines()
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not in_patterns or not line.strip():
            continue
        header = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if header:
            blocks.append({"name": header.group(1), "code": header.group(2), "verbs": [], "patterns": []})
            continue
        if not blocks:
            continue
        block = blocks[-1]
        if line.startswith("-"):
            pattern = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
            comment = raw.split("#", 1)[1].strip().split() if "#" in raw else []
            if pattern:
                block["patterns"].append((pattern.group(1), pattern.group(2), comment[0] if comment else None))
            continue
        verb = re.match(r"^(\+?[A-Z][A-Z_'\-]*)\s*(?:\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if verb:
            block["verbs"].append((verb.group(1), verb.group(2)[1:-1].strip() if verb.group(2) else None))
    return blocks


def code_of(text):
    """The source's code of "a", "a:b"; None for "---", ":b" or no code."""
    first = text.split(":")[0].strip()
    return first if re.fullmatch(r"\d{2,4}", first) else None


def verb_trigger(verb):
    """"+ASK_FOR" -> "~ask for", "KILL" -> "~kill"; None for multi-word verbs not led by the inflecting word."""
    words = words_of(verb.lstrip("+"))
    if not words or "-" in words or words[0] == "re":
        return None
    return " ".join(["~" + words[0]] + words[1:])


def elements(text):
    """The pattern's elements after the verb and whether the target stands first, or None if not convertible."""
    tokens = re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", text)
    if "*" not in tokens or tokens[0] != "*":
        return None, False
    rest = tokens[1:]
    target_first = bool(rest) and rest[0] == "+"
    if target_first:
        rest = rest[1:]
    if not rest:
        return None, False
    return rest, target_first


def expand(rest):
    """The words the elements stand for, and their plural form when the last is a noun of PLURALS the source writes
    as a stem (a word without a final "_" also matches its inflections: "TALK" is "talk" and "talks"); None when
    an element is not plain words."""
    words = []
    for element in rest:
        for token in element[1:-1].split() if element[0] in "{(" else [element]:
            if token[0] in "$+%^&" or "/" in token:
                return None
            words += words_of(token)
    if not words or not all(re.fullmatch(r"[a-z][a-z'.]*|-", w) for w in words):
        return None
    last = rest[-1].strip("{}()").split()[-1]
    if last.endswith("_") or words[-1] not in PLURALS:
        return [words]
    return [words, words[:-1] + [PLURALS[words[-1]]]]


def candidates():
    blocks = parse(SOURCE)
    found = []  # (trigger, code, the pattern's trigger with its words as written, or None for a verb alone)
    for block in blocks:
        block_code = code_of(block["code"])
        verbs = {}
        for verb, own in block["verbs"]:
            trigger = verb_trigger(verb)
            if trigger is None:
                continue
            verbs[verb.lstrip("+")] = trigger
            code = code_of(own) if own else block_code
            if code and trigger[1:] in BARE:
                found.append((trigger, code, None))
        for text, code_text, written_for in block["patterns"]:
            code = code_of(code_text)
            if code is None:
                continue
            rest, target_first = elements(text)
            if rest is None:
                continue
            verb = verbs.get(written_for or block["name"]) or verbs.get(block["name"])
            if verb is None or " " in verb:
                continue
            sequences = expand(rest) or []
            for words in sequences:
                singular = " ".join(sequences[0])
                if target_first or words[0] not in PARTICLES:
                    found.append((verb + " * " + " ".join(words), code, verb + " * " + singular))
                if not target_first:
                    found.append((verb + " " + " ".join(words), code, verb + " " + singular))
    return found


def rows(roots):
    codes = ontology()
    _, existing = read_tsv(EVENTS)
    team = [r.split("\t") for r in existing if ".phx-" not in r.split("\t")[0]]
    taken = {r[4] for r in team}
    team_verbs = {form for r in team for form in forms(r[4].split(" ")[0].lstrip("~"))}
    # The team's type and mode for a code where its rows differ from the ontology (163 is SANCTION in the gold sets).
    house = {}
    for code in {r[1] for r in team}:
        house[code] = collections.Counter((r[2], r[3]) for r in team if r[1] == code).most_common(1)[0][0]
    by_trigger = collections.OrderedDict()
    bare = {}
    written = {}
    rejected = {trigger for triggers in REJECTED.values() for trigger in triggers}
    for trigger, code, pattern in candidates():
        if pattern is None:
            bare.setdefault(trigger, code)
        written[trigger] = pattern or trigger
        by_trigger.setdefault(trigger, collections.Counter())[code] += 1
    out = []
    for trigger, counter in by_trigger.items():
        code = counter.most_common(1)[0][0]
        if code not in codes or codes[code][0] in ("-", ""):
            continue
        if trigger in taken or written[trigger].replace(" * ", " ") in rejected or code[:2] not in roots:
            continue
        verb = trigger.split(" ")[0]
        ptype, mode = house.get(code, codes[code])
        if team_verbs & set(forms(verb[1:])):
            continue  # the team's triggers already cover this verb; a longer trigger would override them
        if " " in trigger and bare.get(verb) == code:
            continue  # the verb alone already codes it
        if " " in trigger and verb[1:] in GENERIC and len(trigger.replace(" * ", " ").split()) < 3:
            continue  # a generic verb with one word after it
        slug = "-".join(w for w in trigger.replace("~", "").split() if w not in ("*", "-"))
        slug = re.sub(r"[^a-z0-9-]", "", slug) + ("-gap" if " * " in trigger else "")
        out.append(f"{ptype.lower()}.phx-{slug}\t{code}\t{ptype}\t{mode}\t{trigger}\tverb\t{PREPOSITIONS[ptype]}")
    ids = collections.Counter(r.split("\t")[0] for r in out)
    return [r for r in out if ids[r.split("\t")[0]] == 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roots", default=",".join(KEPT_ROOTS) or "none")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    roots = set() if args.roots == "none" else {r.zfill(2) for r in args.roots.split(",")}
    new = rows(roots)
    if args.list:
        print("\n".join(sorted(new)))
        return
    header, existing = read_tsv(EVENTS)
    kept = [r for r in existing if ".phx-" not in r.split("\t")[0]]
    merged = sorted(set(kept + new), key=lambda r: r.encode("utf-8"))
    with open(EVENTS, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + merged) + "\n")
    print(f"{len(new)} converted rows written ({', '.join(sorted(roots)) or 'none'})", file=sys.stderr)


if __name__ == "__main__":
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    main()

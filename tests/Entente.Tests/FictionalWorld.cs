using Entente.Knowledge;

namespace Entente.Tests;

/// <summary>
/// A small invented world for unit tests: two countries with their names, adjectives and capitals, a few roles,
/// an organisation, two office holders and a gazetteer. Stages are tested against it so that a change to the real
/// dictionaries never changes what a unit test means.
/// </summary>
internal static class FictionalWorld
{
    private const string Header = "# source: Entente tests\n# licence: Entente team, CC0\n";

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["VERSION"] = "test",
        ["text/abbreviations.tsv"] = Header + "# columns: text\nGen.\nJan.\nMr.\n",
        ["actors/countries.tsv"] = Header + "# columns: iso3\tiso2\tname\tstatus\tcapital\n" +
            "FRD\tFD\tFreedonia\tmember\tFredville\n" +
            "GFW\tGF\tGrand Fenwick\tmember\tFenwick\n" +
            "SYL\tSY\tSylvania\tmember\tSylvan City\n",
        ["actors/country-names.tsv"] = Header + "# columns: iso3\tkind\ttext\trequires\n" +
            "FRD\tadjective\tFreedonian\t\n" +
            "FRD\tcapital\tFredville\t\n" +
            "FRD\tdemonym\tFreedonians\t\n" +
            "FRD\tname\tFreedonia\t\n" +
            "FRD\tname\tRepublic of Freedonia\t\n" +
            "FRD\tname\tWest\tFRD|SYL\n" +
            "GFW\tname\tGrand Fenwick\t\n" +
            "SYL\tadjective\tSylvanian\t\n" +
            "SYL\tcapital\tSylvan City\t\n" +
            "SYL\tname\tSylvania\t\n",
        ["actors/non-actors.tsv"] = Header + "# columns: text\treason\n" +
            "Freedonia Bay\tsea\n",
        ["actors/organizations.tsv"] = Header + "# columns: id\tcode\tsector\ttext\n" +
            "FNA\tFRD\tMED\tFreedonian News Agency\n" +
            "COU\tIGO\tIGO\tCourt of Nations\n" +
            "LON\tIGO\tIGO\tLeague of Nations\n" +
            "SEC\tIGO\tIGO\tSecurity Council\n" +
            "FLF\tSYL\tREB\tFree Sylvania Front\n",
        ["actors/roles.tsv"] = Header + "# columns: text\tsector\tkind\n" +
            "ambassador\tGOV\ttitle\n" +
            "army\tMIL\tbody\n" +
            "businessman\tBUS\ttitle\n" +
            "court\tJUD\tbody\n" +
            "chair\tGOV\ttitle\n" +
            "deputy foreign minister\tGOV\ttitle\n" +
            "foreign minister\tGOV\ttitle\n" +
            "foreign ministry\tGOV\tbody\n" +
            "junta\tMIL\tbody\n" +
            "mayor\tGOV\ttitle\n" +
            "minister\tGOV\ttitle\n" +
            "ministry\tGOV\tbody\n" +
            "officials\tGOV\tbody\n" +
            "opposition\tOPP\tbody\n" +
            "opposition leader\tOPP\ttitle\n" +
            "parliament\tLEG\tbody\n" +
            "police\tCOP\tbody\n" +
            "president\tGOV\ttitle\n" +
            "protesters\tCVL\tbody\n" +
            "rebels\tREB\tbody\n" +
            "security council\tGOV\tbody\n" +
            "soldiers\tMIL\tbody\n" +
            "supreme court\tJUD\tbody\n",
        ["actors/office-holders.tsv"] = Header + "# columns: name\tcountry\tsector\trole\tfrom\tto\tvariants\n" +
            "Rufus Firefly\tFRD\tGOV\tPresident\t2020-01-01\t2023-12-31\tFirefly\n" +
            "Vera Trentino\tSYL\tGOV\tPresident\t2024-01-01\t\tTrentino\n",
        ["ontology/cameo.tsv"] = Header + "# columns: code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n" +
            "016\tDeny responsibility\t-2.0\t1\tREJECT\t\n" +
            "036\tExpress intent to meet\t4\t1\tCONSULT\t\n" +
            "051\tPraise or endorse\t3.4\t1\tSUPPORT\t\n" +
            "040\tConsult\t1\t1\tCONSULT\t\n" +
            "042\tMake a visit\t1.9\t1\tCONSULT\tvisit\n" +
            "043\tHost a visit\t2.8\t1\tCONSULT\tvisit\n" +
            "045\tMediate\t5\t1\tCONSULT\t\n" +
            "0331\tAppeal\t3.4\t1\tREQUEST\t\n" +
            "0841\tReturn, release person(s)\t7\t2\tRETREAT\trelease\n" +
            "173\tArrest, detain\t-5\t4\tCOERCE\tarrest\n" +
            "100\tDemand\t-5.0\t3\tREQUEST\t\n" +
            "111\tCriticize or denounce\t-2\t3\tACCUSE\t\n" +
            "112\tAccuse\t-2\t3\tACCUSE\t\n" +
            "1121\tAccuse of crime\t-2\t3\tACCUSE\t\n" +
            "115\tBring lawsuit against\t-2\t3\tACCUSE\tallege\n" +
            "120\tReject\t-4\t3\tREJECT\t\n" +
            "125\tReject proposal to meet\t-5\t3\tREJECT\tmeet\n" +
            "130\tThreaten\t-4.4\t3\tTHREATEN\t\n" +
            "1312\tThreaten with sanctions\t-5.8\t3\tTHREATEN\t\n" +
            "138\tThreaten to use military force\t-7\t3\tTHREATEN\t\n" +
            "141\tDemonstrate or rally\t-6.5\t3\tPROTEST\tdemo\n" +
            "0831\tAccede to demands for change in leadership\t5\t2\tCONCEDE\t\n" +
            "170\tCoerce\t-7\t4\tCOERCE\t\n" +
            "172\tImpose administrative sanctions\t-5\t4\tCOERCE\t\n" +
            "1723\tImpose curfew\t-5\t4\tCOERCE\tcurfew\n" +
            "175\tUse tactics of violent repression\t-9\t4\tCOERCE\t\n" +
            "195\tEmploy aerial weapons\t-10\t4\tASSAULT\taerial\n" +
            "190\tUse conventional military force\t-10\t4\tASSAULT\t\n" +
            "145\tProtest violently, riot\t-7.5\t3\tPROTEST\triot\n" +
            "166\tExpel\t-5\t4\tSANCTION\texpel\n" +
            "163\tImpose embargo, boycott, or sanctions\t-8\t4\tSANCTION\t\n" +
            "085\tEase economic sanctions, boycott, embargo\t7\t2\tRETREAT\tease\n" +
            "160\tReduce relations\t-4\t4\tSANCTION\t\n" +
            "161\tReduce or break diplomatic relations\t-4\t4\tSANCTION\twithdraw\n" +
            "030\tExpress intent to cooperate\t4\t1\tAGREE\t\n" +
            "033\tExpress intent to provide material aid\t5.2\t1\tAGREE\t\n" +
            "054\tGrant diplomatic recognition\t6.0\t1\tSUPPORT\t\n" +
            "057\tSign formal agreement\t8\t1\tAGREE\t\n" +
            "070\tProvide aid\t7\t2\tAID\t\n" +
            "174\tExpel or deport individuals\t-5\t4\tCOERCE\tdeport\n" +
            "154\tMobilize or increase armed forces\t-7.2\t4\tMOBILIZE\ttroops\n",
        ["text/irregular-verbs.tsv"] = Header + "# columns: base\tthird\tpast\tparticiple\tgerund\n" +
            "meet\tmeets\tmet\tmet\tmeeting\n" +
            "expel\texpels\texpelled\texpelled\texpelling\n" +
            "say\tsays\tsaid\tsaid\tsaying\n" +
            "fly\tflies\tflew\tflown\tflying\n" +
            "give\tgives\tgave\tgiven\tgiving\n" +
            "regret\tregrets\tregretted\tregretted\tregretting\n" +
            "strike\tstrikes\tstruck\tstruck\tstriking\n",
        ["patterns/events.tsv"] = Header + "# columns: id\tcameo\ttype\tmode\ttrigger\tpos\tpreps\n" +
            "accuse.accuse\t112\tACCUSE\t\t~accuse\tverb\t\n" +
            "accuse.arrest-warrant\t1121\tACCUSE\t\tarrest ~warrant\tnoun\tfor|against\n" +
            "accuse.blame\t112\tACCUSE\t\t~blame\tverb\t\n" +
            "accuse.cause-gap-violation\t112\tACCUSE\t\t~cause * violation\tverb\t>\n" +
            "accuse.call\t111\tACCUSE\t\t~call\tverb\t!\n" +
            "accuse.call-gap-a\t112\tACCUSE\t\t~call * a\tverb\t!\n" +
            "accuse.condemn\t111\tACCUSE\t\t~condemn\tverb\t\n" +
            "accuse.describe\t112\tACCUSE\t\t~describe\tverb\t!\n" +
            "accuse.describe-gap-as\t112\tACCUSE\t\t~describe * as\tverb\t!\n" +
            "accuse.say-judgement\t112\tACCUSE\t\t~say\tverb\t!\n" +
            "agree.accord\t030\tAGREE\t\t~accord\tnoun\twith\n" +
            "agree.agree\t030\tAGREE\t\t~agree\tverb\twith\n" +
            "agree.pledge\t033\tAGREE\t\t~pledge\tverb\tto|for\n" +
            "agree.sign\t057\tAGREE\t\t~sign\tverb\twith\n" +
            "aid.receive-gap-aid\t070\tAID\t\t~receive * aid\tverb\t<from\n" +
            "accuse.charge-that\t112\tACCUSE\t\t~charge that\tnoun\t\n" +
            "accuse.file-a-complaint\t115\tACCUSE\tallege\t~file a complaint\tverb\tagainst\n" +
            "reject.deny\t016\tREJECT\t\t~deny\tverb\t\n" +
            "reject.reject\t120\tREJECT\t\t~reject\tverb\t\n" +
            "assault.attack\t190\tASSAULT\t\t~attack\tverb\t\n" +
            "assault.bomb\t195\tASSAULT\taerial\t~bomb\tverb\t\n" +
            "assault.clash\t190\tASSAULT\t\t~clash\tverb\twith|between\n" +
            "assault.fire-gap-at\t195\tASSAULT\taerial\t~fire * at\tverb\t\n" +
            "assault.strike.noun\t195\tASSAULT\taerial\t~strike\tnoun\ton|against|in|at\n" +
            "assault.strike.verb\t195\tASSAULT\taerial\t~strike\tverb\t\n" +
            "protest.protest.noun\t141\tPROTEST\tdemo\t~protest\tnoun\tagainst|outside|at\n" +
            "protest.rallied\t141\tPROTEST\tdemo\trallied\tverb\tagainst|outside\n" +
            "concede.resign\t0831\tCONCEDE\t\t~resign\tverb\t\n" +
            "concede.resignation\t0831\tCONCEDE\t\t~resignation\tnoun\t\n" +
            "coerce.curfew\t1723\tCOERCE\tcurfew\t~curfew\tnoun\ton|in\n" +
            "coerce.fire-tear-gas\t175\tCOERCE\t\t~fire tear gas\tverb\tat|on|into\n" +
            "coerce.tear-gas\t175\tCOERCE\t\ttear gas\tnoun\tat|on|against\n" +
            "coerce.raid-gap-office\t172\tCOERCE\t\t~raid * office\tverb\t\n" +
            "reject.rule-out-talks\t125\tREJECT\tmeet\t~rule out talks\tverb\twith\n" +
            "coerce.arrest\t173\tCOERCE\tarrest\t~arrest\tverb\t\n" +
            "coerce.dismiss-gap-minister\t172\tCOERCE\t\t~dismiss * minister\tverb\t\n" +
            "coerce.seize-power\t170\tCOERCE\t\t~seize power\tverb\tin\n" +
            "coerce.suspend-parliament\t172\tCOERCE\t\t~suspend parliament\tverb\t\n" +
            "consult.attend\t040\tCONSULT\tmultilateral\t~attend\tverb\t\n" +
            "consult.mediate\t045\tCONSULT\t\t~mediate\tverb\t\n" +
            "consult.meet\t040\tCONSULT\t\t~meet\tverb\twith\n" +
            "consult.discuss-gap-with\t040\tCONSULT\t\t~discuss * with\tverb\t\n" +
            "consult.due-in\t042\tCONSULT\tvisit\tdue in\tverb\t\n" +
            "consult.fly-to\t042\tCONSULT\tvisit\t~fly to\tverb\t\n" +
            "consult.hosted\t043\tCONSULT\tvisit\thosted\tverb\t\n" +
            "consult.consultations\t040\tCONSULT\t\tconsultations\tnoun\twith\n" +
            "consult.talks\t040\tCONSULT\t\ttalks\tnoun\twith\n" +
            "consult.visit\t042\tCONSULT\tvisit\t~visit\tnoun\tto\n" +
            "consult.visit.verb\t042\tCONSULT\tvisit\t~visit\tverb\t\n" +
            "request.say-gap-must\t100\tREQUEST\t\t~say * must\tverb\t\n" +
            "request.urge\t0331\tREQUEST\t\t~urge\tverb\t\n" +
            "request.call-on\t0331\tREQUEST\t\t~call on\tverb\t\n" +
            "request.invite\t0331\tREQUEST\t\t~invite\tverb\t\n" +
            "retreat.release\t0841\tRETREAT\trelease\t~release\tverb\t\n" +
            "threaten.warn\t130\tTHREATEN\t\t~warn\tverb\t\n" +
            "sanction.declare-persona-non-grata\t166\tSANCTION\texpel\t~declare * persona non grata\tverb\t\n" +
            "sanction.expel\t166\tSANCTION\texpel\t~expel\tverb\t\n" +
            "sanction.give-hours-to-leave\t166\tSANCTION\texpel\t~give * hours to leave\tverb\t\n" +
            "sanction.recall\t161\tSANCTION\twithdraw\t~recall\tnoun\tfrom|in|to\n" +
            "sanction.put-gap-on-hold\t160\tSANCTION\t\t~put * on hold\tverb\twith\n" +
            "sanction.suspension\t166\tSANCTION\t\tsuspension\tnoun\twith\n" +
            "sanction.restrictions\t163\tSANCTION\t\trestrictions\tnoun\ton\n" +
            "support.call-gap-a\t051\tSUPPORT\t\t~call * a\tverb\t+\n" +
            "support.backed\t051\tSUPPORT\t\tbacked\tverb\t\n" +
            "support.recognise\t054\tSUPPORT\t\t~recognise\tverb\t\n" +
            "support.welcome\t051\tSUPPORT\t\t~welcome\tverb\t\n",
        ["text/negative-judgements.tsv"] = Header + "# columns: text\n" + "blatant\ninterference\none-sided\noutrageous\nterrorist\nthreat\n",
        ["text/positive-judgements.tsv"] = Header + "# columns: text\n" + "friend\nhero\n",
        ["text/reaction-verbs.tsv"] = Header + "# columns: text\n" + "comment\nregret\nwelcome\n",
        ["places/places.tsv"] = Header + "# columns: country\tname\tkind\tlat\tlon\tvariants\n" +
            "FRD\tFredville\tcapital\t10.5\t20.25\tFred Ville\n" +
            "SYL\tPort Marx\tcity\t-3.0\t40.0\t\n" +
            "SYL\tSan Fredville\tcity\t-2.0\t39.0\t\n" +
            "SYL\tSylvan City\tcapital\t-1.5\t41.0\tSylvania City\n",
    };

    public static Lexicon Lexicon { get; } = Lexicon.From(DataSet.From(Files));
}

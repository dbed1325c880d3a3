// What the user writes for their own eyes and never sends: slang and irony, pay, visa, moving and housing,
// why they want to leave, what they think is wrong with the team, and English a sentence cannot
// vouch for. A thank-you, a card or a LinkedIn note leaves such a note out, and the draft says so.
// Pure and linear: each rule is one regex with no nested quantifiers, over text of any length.

/** Why a note stays out of a draft, as the warning finishes "…was left out of the drafts: ". */
export type PrivateReason = "slang" | "pay" | "visa" | "leaving" | "criticism" | "grammar" | "untold" | "mocking" | "screening" | "logistics" | "limit";

export const PRIVATE_REASON_TEXT: Readonly<Record<PrivateReason, string>> = {
	slang: "it has slang (\"lol\", \"!!\")",
	pay: "it mentions pay",
	visa: "it mentions your visa, a move or your family",
	leaving: "it says why you would leave",
	criticism: "it criticises their team",
	grammar: "it could not be made a sentence without changing it",
	mocking: "it makes fun of someone, in an aside about a customer, say",
	untold: "it says you keep it to yourself (\"didn't say\", \"keep it that way\", \"too personal?\")",
	screening: "it is about your own screening (a background check, your driving record), which a thank-you need not bring up",
	logistics: "it is their question about your availability or start date, which a thank-you need not bring up again",
	limit: "it says what you lack (\"not fluent\", \"fluent-ish\"), which a letter need not point at",
};

/**
 * What the user admits they lack: "not fluent", "fluent-ish", "i'm conversational", "my excel is rusty", "was honest abt it"
 * (reviews 260, 266: "my work on fluent-ish Spanish" on a card). One list, for the body's lines and the properties alike.
 */
export const OWN_LIMIT = /\bnot fluent\b|\bfluent-?ish\b|\bsemi-?fluent\b|\bkinda fluent\b|\b(?:only|just) conversational\b|\b(?:i'?m|i am|my \w+ is) (?:only |just |more )?conversational\b|\b(?:my|i'?m|i am) (?:\w+ )?(?:is |was )?(?:rusty|shaky)\b|\bwas honest (?:abt|about) it\b/i;

const SLANG = /\b(?:lol|lmao|omg|tbh|imo|imho|ngl|smh|ugh|meh|wtf|yikes|idk|haha\w*)\b|[!?]\s?!|\(!\)|:\)|:\(|\p{Extended_Pictographic}/iu;
// "at walgreens comp lab": a compounding lab, pharmacy or room is no pay (review 76); "2 roofs a day on comp shingle":
// a composition shingle or roof is no pay either (review 80); "moved ppl to the 11pm + comp popcorn": something given free to
// guests is no pay (review 257)
const PAY = /\b(?:comp(?! sales| store| grids?\b| sets?\b| labs?\b| pharmac(?:y|ies)\b| rooms?\b| shingles?\b| roofs?\b| popcorn\b| tickets?\b| drinks?\b| meals?\b| desserts?\b| passes\b| pass\b| nights?\b| upgrades?\b| parking\b| coffee\b| refills?\b)|compensation|salary|salaries|wages?|pay\s?(?:band|range|rate|cut|raise)|hourly rate|bonus(?:es)?|rsus?|stock options|401k|pto)\b|\b(?:sign-?on|signing) (?:bonus|\$\d)|\bpay(?:s|ing)? (?:(?:a|an|the) )?(?:sign-?on )?\$\d/i;
// ("my dad's back surgery", review 243: a family member's health or life; "my dad's garage", where the user worked, is work;
// "my nan is hard of hearing", review 256.)
const VISA = /\bmy (?:abuel[ao]s?|abuelit[ao]|lola|lolo|oma|opa|nonna|nonno|bubbe|zaide|grandma|grandpa|grandmother|grandfather|grandparents?|nan|nana|gran|granny|mom|mum|dad|mother|father|parents?|in-laws|aunt|uncle|cousin) (?:lives|lived|living|moved in|stays|staying) (?:with|w\/) (?:us|me)\b|\b(?:(?:caring for|care of|taking care of|looking after) )?my (?:abuela|abuelo|mom|mum|dad|mother|father|parents?|grandma|grandpa|grandmother|grandfather|grandparents?|nan|nana|nanna|gran|granny|grandad|granddad|sister|brother|son|daughter|aunt|auntie|uncle|siblings?|stepdad|stepmom|stepmum)(?:['’]s)? (?:[a-z-]+ ){0,2}?(?:surgery|illness|cancer|death|passing|funeral|service|memorial|burial|wake|health|hospital|hospital stay|stroke|diagnosis|dementia|treatment|chemo|recovery|divorce|care|accident|rehab|hard of hearing|deaf|blind|disabled|disability|autistic|autism|wheelchair|hearing aids?|hearing loss)\b|\b(?:caring for|taking care of|looking after) my (?:mom|dad|mother|father|parents?|grandma|grandpa|grandmother|grandfather|grandparents?)\b|\b(?:visas?|work permit|green card|h-?1b|my immigration|immigration (?:status|paperwork|papers|lawyer|case)|relocat(?:e|ed|ing)|(?:my|our) relocation|my (?:kids?|wife|husband|partner|family|pregnancy)|childcare|my (?:maternity|paternity|parental) leave|(?:on|from|after) (?:maternity|paternity|parental) leave|divorce|no (?:kids|children)|(?:kids|children) (?:are )?(?:grown|out of the house)|single (?:mom|dad|mother|father|parent)|(?:i'?m|i am) (?:married|single|divorced|pregnant|expecting)|pregnant)\b/i;
/**
 * In a highlight, the user's own move or housing ("already signed lease in bellmont for jan", "movers booked"), private
 * like a visa, never "my work on the lease" (review 66); and a service's slang for its people ("8 yrs navy nuke").
 */
const OWN_MOVE = /\b(?:(?:already|just|finally) signed (?:a |the |our |my )?lease|(?:my|our|new) (?:lease|apartment|flat)\b|lease (?:in|for|at) \p{Ll}|(?:apartment|house|home)[ -]hunting|movers\b|moving (?:house|out|date|day|truck|boxes)\b|(?:my|our) move (?:date|in)\b)/u;
const SERVICE_SLANG = /\b(?:navy|sub|fleet) nukes?\b|\bnuke (?:school|pipeline|mafia)\b/i;
// "why leaving current job??", "why i'm leaving", "reason for leaving": what they asked of it is the user's own business too
// (review 140: "Thank you for your question about why leaving current job").
// ("didnt say i was let go after the write-up", review 244: being let go or written up is the user's own business too.)
const LEAVING = /\b(?:i was|i got|got|was|been) (?:let go|written up|terminated|canned)\b|\bafter (?:the|a|my) write-?up\b|\bwhy i (?:want|wanna|would like)(?: to)? leave|\bleave my (?:current )?(?:job|company|employer|role)|\b(?:laid off|got fired|was fired|quit my)\b|\bwhy (?:(?:i'm|im|i am|i'd be|i'd|i was|i) )?(?:leaving|left|leave|looking to leave|moving on|looking)\b|\breasons? (?:for|i'm|im) leaving\b/i;
/** ("and nobody reshuffles the board", told to the director who draws the board: what no one there does is a fault of theirs, review 203.) */
const CRITICISM = /\b(?:mess|hat(?:e|es|ed|ing)|nightmare|disaster|clueless|incompetent|lazy|abandoned|chaotic|toxic|terrible|awful|horrible|sucks?|dysfunctional|understaffed|short-?staffed|chronically|burn(?:ed|t)?\s?out|blam(?:e|es|ing)|behind on|fights?|feuds?|infighting|bickering|turf wars?|drama|ghosted|ghosting|flaked|bailed)\b|\b(?:nobody|no[- ]one) (?:ever |really )?(?:[a-z]+s|knows?|owns?|cares?)\b/i;
/**
 * English a sentence cannot vouch for: "I have make", "it reduce churn", "I want leave". Only
 * shapes that are wrong in any register, so that hurried but correct notes pass.
 */
const GRAMMAR =
	/\b(?:have|has|had) (?:make|do|take|give|write|build|go|see|find|teach|know|reduce|improve|create|develop|manage|work|use|help|increase|lead|grow)\b|(?:^|[,;.] |\band )(?:it|he|she|this) (?:reduce|make|improve|increase|help|work|go|do|have|take|use|need|want|ask|give|save)\b|\b(?:want|wants|need|needs) (?:leave|go|work|make|do|be|have|get|move|change|find)\b/i;

/**
 * One person's faith or health told in a highlight ("sitting w/ the atheist vet at VA for 3 wks", "a pt with early
 * dementia who …"): a chaplain's, a nurse's or a counsellor's confidence, which a letter must not break unawares
 * (review 77). One person only ("a", "the", "my" …): "CHF patients", "22 kids" speak of a group, as work is told. A
 * belief or a state of health before the person, or a condition after them.
 */
const PERSON_DETAIL =
	/\b(?:a|an|the|one|this|that|my|our)\s(?:[\p{L}-]+\s){0,2}?(?:atheist|agnostic|muslim|jewish|catholic|christian|evangelical|mormon|hindu|buddhist|sikh|pagan|wiccan|non-?religious|unchurched|devout|dying|terminal|actively dying|suicidal|addicted|homeless|undocumented|incarcerated|pregnant|bipolar|schizophrenic|autistic|deaf|blind|hiv\+?|hiv-positive|trans|transgender|gay|lesbian)\s(?:[\p{L}-]+\s)?(?:pt|patient|client|resident|veteran|vet|man|woman|guy|lady|mother|mom|father|dad|teen|kid|child|boy|girl|student|inmate|parishioner|congregant|member|caller|survivor|family|widow|widower|person|gentleman|elder)\b|\b(?:a|an|the|one|this|that|my|our)\s(?:[\p{L}-]+\s)?(?:pt|patient|client|resident|veteran|vet|man|woman|guy|lady|mother|mom|father|dad|teen|kid|child|boy|girl|student|inmate|parishioner|congregant|member|caller|survivor|family|widow|widower|person|gentleman|elder)\s(?:who (?:had|has|was|is) |with |whose [\p{L}-]+ (?:had|has|was|is) )(?:[\p{L}-]+\s){0,2}?(?:dementia|alzheimer'?s|cancer|hiv|aids|als|ms|copd|chf|stroke|overdose|od|addiction|opioid use|psychosis|schizophrenia|bipolar|depression|ptsd|an eating disorder|anorexia|a miscarriage|a stillbirth|an abortion|a terminal diagnosis|no faith|no religion)\b/iu;

/** The words of a highlight that tell one person's faith or health ("the atheist vet"); null when none. */
export function personalDetail(text: string): string | null {
	const m = PERSON_DETAIL.exec(text);
	return m === null ? null : m[0].trim();
}

/**
 * What the note says the user keeps to themselves: "(didnt say i was let go …, keep it that way)", "(maybe too personal?)",
 * "be honest abt that" (reviews 243-244, where each reached a letter). Never "they didn't say when": what someone else left open.
 */
const KEPT_QUIET = /\bkeep (?:it|that|this) (?:that way|quiet|to myself|between us)\b|\b(?:i )?(?:didn['’]?t|did not|don['’]?t|do not|never|wont|won['’]t) (?:say|tell|mention|bring up)\b(?! (?:when|what|how|why|if|whether|much|anything about (?:the )?(?:timeline|timing|next))\b)|\btoo personal\b|\bnot (?:telling|saying) (?:them|him|her)\b|\bbe honest (?:abt|about) (?:that|it|this)\b/i;

/** "the sectional story - lady screaming" (review 244): a customer or a patient made fun of, never told to the one who serves them. */
// (Only a bare aside, "- lady screaming"; "I calmed down a guy screaming about a $900 brake job" is work told, review 246.)
const MOCKING = /(?:^|[-–—(,:;] ?)(?:lady|guy|woman|man|customer|client|dude|patient|parent|mom|dad|caller|guest)\s(?:was\s|kept\s|started\s)?(?:screaming|yelling|screamed|yelled|freaking out|freaked out|losing it|lost it|cursing|swearing|raging|ranting)\b|\bkarens?\b|\b(?:crazy|psycho|nutty|insane) (?:lady|guy|woman|man|customer|client|caller|guest)\b/i;
/** The first reason a note (a focus or a highlight) must not reach the recipient; null when none. */
export function privateRemark(text: string, field: "focus" | "highlight"): PrivateReason | null {
	if (SLANG.test(text)) return "slang";
	// "workers comp case mgmt", "tool wear comp": insurance and a machine's offsets, never pay (reviews 89, 90); "creep comp
	// on 64pg books" is a binder's creep compensation, "comp/folio xfers" a casino's comps (review 96).
	// "losing bids on schools bc of prevailing wage math errors": prevailing wage, Davis-Bacon and wage-and-hour law are an
	// estimator's or a payroll clerk's work, not the user's pay (review 98).
	// "crime victim comp backlog": a state's victim compensation programme, never the user's pay (review 166).
	if (PAY.test(text.replace(/\b(?:workers['’]?|worker['’]?s|wear|tool|cutter|radius|length|creep|victims?['’]?) comp(?:ensation)?\b|\bcomp\/folio\b|\bprevailing[ -]wages?\b|\bwage[ -](?:and|&)[ -]hour\b|\bwage determinations?\b/gi, ""))) return "pay";
	if (LEAVING.test(text)) return "leaving";
	if (KEPT_QUIET.test(text)) return "untold";
	if (MOCKING.test(text)) return "mocking";
	// "the red/yellow/green card system": a triage code's colours, never an immigration status (review 221).
	if (OWN_LIMIT.test(text)) return "limit";
	// ("doc checks (passports, ESTA, visas)", "visa letters for student visa holders", "a student in tears bc of a visa issue",
	// review 267: the visas a job checks or writes for others are its work, never the user's own.)
	const jobVisas = /\b(?:student|students|passenger|passengers|customer|customers|client|clients|traveller|travellers|traveler|travelers|applicant|applicants|guest|guests|patient|patients|tourist|tourists|their|a student's) visas?\b|\bvisas? (?:letters?|holders?|checks?|issues?|applications?|documents?|paperwork|questions?|rules|requirements)\b|\b(?:passports?|esta)\b[^.;]{1,40}\bvisas\b/gi;
	if (VISA.test(text.replace(/\/green card\b|\bgreen cards? (?=system|triage|sort|code|colou?r)/gi, "triage card ").replace(jobVisas, "documents"))) return "visa";
	if (field === "focus" && SCREENING.test(text)) return "screening";
	if (GRAMMAR.test(text)) return "grammar";
	if (field === "highlight" && OWN_MOVE.test(text)) return "visa";
	if (field === "highlight" && SERVICE_SLANG.test(text)) return "slang";
	return null;
}

/**
 * The user's own screening ("availability + the background check / MVR", review 257: a card thanked HR "for your question
 * about my availability and the background check and MVR"); never a screening process that is the work ("background check
 * turnaround").
 */
const SCREENING = /\b(?:my|the|a) (?:background check|bg check|bkgd check|criminal record check|drug (?:test|screen)|credit check)\b(?! (?:process|turnaround|vendor|system|queue|backlog|workflow|program|polic))|\bMVR\b|\bmy (?:driving|motor vehicle) record\b/i;

/** True when the words say something is wrong with a team: a topic made of them is never told back. */
export function criticises(text: string): boolean {
	// "burnout, self care, how i handle 3 deaths in one day": a chaplain's or a nurse's own care, asked about, says nothing
	// wrong with the team (review 77); burnout beside the user's self-care is no criticism.
	// ("explaining "no" to contractors without a fight", review 268: a fight avoided is the skill they want, no fault of theirs.)
	const said = text.replace(/\b(?:without|no|avoid(?:ing)?|before) (?:a |any )?fights?\b/gi, "");
	return CRITICISM.test(SELF_CARE.test(said) ? said.replace(/\bburn(?:ed|t)?\s?out\b/gi, "") : said);
}

/** "self care", "how i handle", "how i cope": the user's own care and coping. */
const SELF_CARE = /\bself[- ]?care\b|\bhow (?:i|you) (?:handle|cope|deal|manage|look after|take care)\b|\bresilience\b/i;

/** True for slang or irony: the piece around it was written for the user's eyes. */
export function isSlangy(text: string): boolean {
	return SLANG.test(text);
}

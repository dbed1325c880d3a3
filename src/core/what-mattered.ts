// What mattered to one person, as the user's notes below the properties say it. The note template has a
// section "What mattered to each of them", and users fill it in rather than the interviewer's focus and
// highlight: "- mike: insurance auths. they lose visits when auth runs out mid plan of care. told him abt my
// auth tracker spreadsheet (visits left per pt, flags at 2)". A line headed by one person's name is read as
// their focus (what they raised) and the user's highlight (what the user told them of their own work);
// how the user thought it went ("he liked it", "my numbers landed", "(!!)") is the user's own and is never
// read into either. Pure and linear: a line is split and tested piece by piece.
import { shorthandSentences } from "./from-notes";
import { isHonorific } from "./people";
import { trimTrailing } from "./phrasing";
import { criticises, personalDetail, privateRemark } from "./private-remarks";

export interface MatteredReading {
	focus?: string;
	highlight?: string;
}

/** The name words of a line's head without its titles ("dr rao", "chef ana" → ["rao"], ["ana"]); an initial ("dr W") names no one. Empty when none is left. */
export function headNames(head: string): string[] {
	return head
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => w !== "" && !isHonorific(w))
		.map((w) => w.replace(/['’]s$/, "").replace(/\.$/, ""))
		.filter((w) => w.length >= 2);
}

/**
 * How the user thought it went, or their aside: "he liked it", "she liked the number", "my tri-county numbers landed", "he
 * looked relieved at my 600 story", "(!!)", "blunt", "ugh". Never a focus, never a highlight.
 */
const REACTION =
	/\b(?:he|she|they|everyone|both|all|(?:the )?panel|(?:the )?room)\s+(?:(?:really|totally|seemed to|def|definitely|kinda|kind of)\s+)?(?:liked|loved|laughed|smiled|nodded|seemed|looked|was|were|got|perked|lit|wrote|took|appreciated|enjoyed|agreed)\b|\b(?:he|she|they) (?:literally |actually |even )?(?:said|asked|goes|went) ["“']|\b(?:landed|went (?:over )?well|went over|good sign|bad sign|impressed|relieved|blunt|liked (?:him|her|them)|nice (?:guy|lady|person)|warm|tired|intense|tough|scary|ugh|hm{2,}|lol|yikes|meh)\b|[!?]{2}|\(!+\)|\(\?+\)/i;

/**
 * How the reader took it, said of them in a property ("… that i caught -> he nodded a lot", "… remembered his name. She teared
 * up a bit."): reviews 247-248 sent both to the very person. Narrower than REACTION, which reads the body's asides: only a
 * pronoun and what they did.
 */
const THEIR_REACTION = /^(?:and |but )?(?:he|she|they)\s+(?:really\s+|kinda\s+|even\s+|totally\s+)?(?:nodded|laughed|smiled|grinned|teared up|tore up|cried|choked up|got (?:emotional|choked up|teary)|lit up|perked up|liked (?:it|that)|loved (?:it|that)|seemed (?:to like|impressed|happy|pleased)|wrote (?:it|that) down|took notes)\b/i;

/** A property's words without the clauses that tell how the reader took them; the text as typed when there are none. */
export function withoutTheirReaction(text: string | undefined): string | undefined {
	if (text === undefined || !/\b(?:he|she|they)\s/i.test(text)) return text;
	const kept: string[] = [];
	for (const sentence of shorthandSentences(text)) {
		const clauses = sentence.split(/(,\s|\s-+\s|\s(?:->|→|=>)\s|\s\+\s)/);
		let cut = clauses.length;
		for (let i = 0; i < clauses.length; i += 2) {
			if (THEIR_REACTION.test(clauses[i].trim().replace(/^\(|\)?[.;!]?$/g, ""))) {
				cut = i;
				break;
			}
		}
		if (cut === clauses.length) {
			kept.push(sentence);
			continue;
		}
		const rest = clauses.slice(0, Math.max(0, cut - 1)).join("").trim();
		if (rest !== "") kept.push(!/[.;!?]$/.test(rest) && /[.;!?]$/.test(sentence) ? `${rest}.` : rest);
	}
	return kept.length === 0 ? undefined : kept.join(" ");
}

/**
 * What a bracket says when the user doubts the claim it follows: "cut returns (I think?? dont quote a number)" (review 249
 * sent it to the director, whose number it was). Read inside one bracket at a time.
 */
// ("(don't oversell this, it was a friend of a friend)", "(maybe overstated)": review 252 sent both.)
// ("never missed an open at PartyTown in 2 years (true-ish, 1 sick day)", review 269: the claim went out, the caveat did not.)
const DOUBT = /\?|\b(?:i think|i thought|not sure|unsure|idk|don['’]?t quote|do not quote|double[- ]check|need to check|verify|ballpark|maybe|guess|roughly|over(?:sell|sold|stat\w*|claim\w*)|exaggerat\w*|not exactly|don['’]?t say|do not say|friend of a friend|true-?ish|mostly true|sort of true|kinda true|technically|not strictly|well,? almost|except (?:for )?(?:one|[12a]|two))\b/i;

/** A doubt after a claim, with no bracket: ". maybe overstated, was more like 25", ", prob exaggerated". */
const DOUBT_AFTER = /[.;,!] +((?:maybe|prob(?:ably)?|possibly|might be|may be|prolly|kinda|a bit|honestly) (?:over(?:stat|sold|claim|sell)\w*|exaggerat\w*|a stretch|too high|inflated|generous)\b[^.;()]{0,80})/gi;

/**
 * A property's words without a claim the user's own bracket doubts, bracket and all: "… before they bought, cut returns (I
 * think?? dont quote a number)" keeps "… before they bought". `dropped` is the claim, for the user to be told.
 */
export function withoutDoubtedClaims(text: string | undefined): { text: string | undefined; dropped: string[] } {
	if (text === undefined) return { text, dropped: [] };
	// "booked 30+ appts/wk. maybe overstated, was more like 25": a doubt said after the claim, unbracketed, is read as a bracket
	// of it (review 252 sent "(maybe overstated)" to the owner).
	const typed = text.replace(DOUBT_AFTER, (_m, doubt: string) => ` (${doubt.trim()})`);
	if (!typed.includes("(")) return { text, dropped: [] };
	text = typed;
	const dropped: string[] = [];
	let out = "";
	let from = 0;
	for (const bracket of text.matchAll(/\([^()]{0,160}\)/g)) {
		if (!DOUBT.test(bracket[0])) continue;
		const before = text.slice(from, bracket.index);
		// The claim opens after the last mark that starts a part: ", ", "; ", " - ", ". ", an arrow or a plus.
		let open = 0;
		let keep = 0;
		for (const mark of [", ", "; ", " - ", " -- ", ". ", "! ", " -> ", " → ", " + ", " and "]) {
			const at = before.lastIndexOf(mark);
			if (at >= 0 && at + mark.length > open) {
				open = at + mark.length;
				keep = /^[.!]/.test(mark) ? at + 1 : at;
			}
		}
		// "cut returns (I think??) by 20%": the claim goes on after the bracket, to the next mark.
		const after = bracket.index + bracket[0].length;
		// (Read forward to the first mark only: a search for each mark to the end of the text, once per bracket, was quadratic.)
		const marks = /[,;.!(]| -{1,2} | -> | → | \+ /g;
		marks.lastIndex = after;
		const close = marks.exec(text)?.index ?? text.length;
		dropped.push(`${before.slice(open)}${text.slice(bracket.index, close)}`.trim());
		out += before.slice(0, keep);
		from = close;
	}
	if (dropped.length === 0) return { text, dropped };
	// What follows the bracket goes on; a mark it would now double ("x, , y", "x,.") goes.
	const rest = text.slice(from);
	const joined = `${out}${out === "" ? rest.replace(/^[\s,;.!?-]+/, "") : rest}`.trim().replace(/ ?[,;] ?(?=[.!?]|$)/, "");
	return { text: /\p{L}/u.test(joined) ? joined : undefined, dropped };
}

/** Words that open the user's account of their own part: "i did that at Bayview", "told him abt my log", "my numbers", "ive used it 2 yrs". */
const TOLD = /^(?:i\s+)?(?:told|showed|gave|walked|explained(?:\s+to)?)\s+(?:him|her|them|the panel|the group|everyone)\s+(?:(?:abt|about|of|re|how|that)\s+)?/i;
// ("I explained bleed & why their logo printed muddy": what the user explained is said with its verb, never "my work on the bleed",
// review 242; only "explained that" or "how" is the telling.)
// ("talked abt my 2 yrs at the hospital billing desk", review 260: the user's telling of their own, with no "i".)
const SAID = /^(?:i\s+(?:said|mentioned|brought up|talked (?:abt|about)|explained(?= (?:that|how) )|shared)|talked (?:abt|about)(?= my\b))\s+(?:(?:that|how|abt|about)\s+)?/i;
// ("We went deep on dual writes and backfill checks": "we" who talked are the user and the reader, never "my team and I"; a
// sentence of the talk is no work of the user's, read on the example vault's Globex note.)
const MINE = /^(?:i|i['’]ve|ive|i['’]d|i['’]m|im|my|we(?!\s+(?:went (?:deep|over|through|into)|talked|discussed|covered|chatted|spent|got into|dug into|dove into|touched on)\b))\b/i;

/** A sentence without the clauses that tell how it went: "i did the impeller thing off the shelf, he liked it" → "i did the impeller thing off the shelf". */
function withoutReactions(sentence: string): string {
	// A bracket that tells how it went, or holds only marks: "(she liked the number)", "(!!)".
	const unbracketed = sentence.replace(/\(([^()]*)\)/g, (whole: string, inner: string) => (REACTION.test(inner) || /^[\s!?.]*$/.test(inner) ? "" : whole));
	// ("grew it 1.2k -> 4k in a yr": an arrow between two figures is a change, never two clauses, review 250: "grew it 1,200 (4,000
	// in a year)".)
	const clauses = unbracketed
		.replace(/(\d[\d.,]{0,12}[%km]?) ?(?:->|→|=>) ?(?=\d)/gi, "$1\uE010")
		.split(/,\s|\s-+\s|\s(?:->|→|=>)\s/)
		.map((c) => c.trim().replace(/\uE010/g, " -> "));
	const kept: string[] = [];
	for (const clause of clauses) {
		if (REACTION.test(clause)) break;
		kept.push(clause);
	}
	return trimTrailing(kept.join(", "), " \t,;:").trim();
}

/**
 * The user's part as a highlight reads it: "ive" and "im" written out, and "it" after a verb of use named when the focus is
 * a short label ("WebPT. ive used it 2 yrs" → "I've used WebPT 2 yrs").
 */
function ownWords(own: string, focus: readonly string[]): string {
	// ("i speak spanish fluent": the adverb, "fluently".)
	// ("i'd built a google sheet tracker": the note's "had built" is the past, "I built".)
	let out = own.replace(/^i['’]?d (built|made|set up|ran|run|done|did|written|wrote|created|started|used|handled|led|trained)\b/i, (_m, verb: string) => `I ${({ run: "ran", done: "did", written: "wrote" } as Record<string, string>)[verb.toLowerCase()] ?? verb.toLowerCase()}`).replace(/\b(speak|speaks|spoke|write|read)\s+(\p{L}+)\s+fluent\b/giu, "$1 $2 fluently").replace(/^i['’]?ve\b/i, "I've").replace(/^i['’]?m\b/i, "I'm").replace(/^i['’]d\b/i, "I'd").replace(/^i\b/, "I");
	const label = focus.length === 1 && focus[0].split(/\s+/).length <= 3 && !/^(?:the|a|an|their|they|he|she|no|not|how|why|what|when|who)\b/i.test(focus[0]) ? focus[0] : null;
	if (label !== null) out = out.replace(/^((?:I['’]ve|I have|I|I['’]ve been|I['’]m)\s+(?:used|using|run|ran|running|worked (?:with|in|on)|work (?:with|in|on)|working (?:with|in|on)|known|taught|managed|handled|set up|supported|trained on|been (?:using|on)))\s+it\b/, `$1 ${label}`);
	// "used it 2 yrs": a span after the thing used is how long ("for 2 yrs").
	const span = /\s(\d+\+?\s*(?:yrs?|years?|mos?|months?))$/.exec(out);
	if (span === null || !/^I\b/.test(out)) return out;
	const before = out.slice(0, span.index);
	return /\b(?:for|in|over|of|about|after|within|than|last|past|first)$/i.test(before) ? out : `${before} for ${span[1]}`;
}

/** True when nothing in the piece is for the user's eyes only: pay, a visa or family, why they would leave, a fault of the team's, someone's health or faith. */
function sayable(piece: string, field: "focus" | "highlight"): boolean {
	return privateRemark(piece, field) === null && !criticises(piece) && !FAULT.test(piece) && !MONEY.test(piece) && personalDetail(piece) === null;
}

/** "sample wall chaos", "remeasures killing them": the user's word for what is wrong there, said back to the one whose it is. */
/** "pay is 21/hr", "48k + commish": a figure of pay, however it is typed. */
const MONEY = /[$€£]\s?\d|\b\d+(?:\.\d+)?\s?\/\s?(?:hr|hour|h|yr|year)\b|\b\d{2,3}k\b|\b(?:pay|paid|salary|wages?|commish|commission|raise|benefits)\b/i;

// ("RO notes are garbage (his words)": their own words of their team are theirs to say, review 232; "bluffed a bit": the
// user's doubt of their own answer.)
const FAULT = /\b(?:chaos|chaotic|killing (?:them|us|him|her)|a joke|screwed|clusterf\w*|garbage|(?:his|her|their) words|bluff(?:ed|ing)?|winged it|oversold|fudged)\b/i;

/**
 * What the user lacks, or their life rather than their work: "i havent used labstar, used dentrix" (a thank-you that tells the
 * director of the gap), "im in grad school locally til 2028 so not going anywhere", "i can lift 70lb" (review 236), "my grandma
 * + the memory care front desk job" (review 238). Said in a
 * letter only if the user writes it there.
 */
// ("my spanish is conversational, not fluent. be honest abt that" was told as the user's strength, review 243: what the user
// lacks, however honestly said, is no highlight.)
// ("i did great", "i did ok": how the user thinks they did is no work of theirs, review 260.)
const NOT_A_STRENGTH =
	/^(?:i\s+)?did (?:ok|okay|alright|fine|good|great|well|badly|poorly)\b|\bnot (?:fluent|great|strong|an expert|that good|very good)\b|\b(?:is|was|are|['’]s) (?:only )?(?:conversational|rusty|basic|limited|so-so)\b|\b(?:haven['’]?t|have not|hasn['’]?t|never|not|don['’]?t|didn['’]?t|no) (?:used|done|worked|touched|had|know|known|heard|familiar|experience|exp)\b|\bno (?:experience|exp)\b|\bnot (?:familiar|certified|licensed)\b|\b(?:grad school|in school|college|classes|not going anywhere|live (?:nearby|close|locally|near)|commute|my (?:schedule|availability)|availab(?:le|ility)|can start|start date|can (?:lift|work|do) |my (?:grandma|grandmother|grandpa|grandfather|mom|dad|mother|father|sister|brother|aunt|uncle|son|daughter|kids?|husband|wife|partner)\b|dad['’]s|mom['’]s)/i;

const DOUBTED = /\b(?:bluff(?:ed|ing)?|oversold|overstated|exaggerated|fudged|winged it|stretched the truth|not (?:quite|exactly|really) true)\b/i;

/** "nothing, paperwork", "not really anything abt me", "just logistics": the line says nothing in particular mattered. */
const NOTHING_IN_PARTICULAR = /^(?:nothing|not (?:really )?(?:much|anything)|none|nada|zilch|n\/a)(?![\p{L}'’/-])|^(?:just|only|mostly|basically)\s+(?:logistics|paperwork|admin|small talk|intros?|hi|hello|scheduling|the basics|formalities|hr stuff|questions|process|procedure|policy|policies|rules)\b/iu;

/** "numbers ppl", "old school guy", "a talker": what sort of person they are, the user's view of them, not what they raised. */
const SORT_OF_PERSON = /\b(?:ppl|people|person|guy|gal|lady|type|kind|talker|fan)$/i;

/**
 * The focus and the highlight a line of the "What mattered" section gives, from what follows the person's name: the
 * sentences before the user's own part are the focus (a one- or two-word label takes the sentence after it too:
 * "insurance auths. they lose visits when …"), the first sentence that tells the user's own part is the highlight ("told
 * him abt my auth tracker" → "my auth tracker"). A sentence that tells how it went is left out, and so is one with
 * anything private in it (`forUserOnly`): a first sentence of that kind takes the focus with it, since what follows is
 * said of it, and a highlight after it stands alone.
 */
export function readMattered(rest: string, forUserOnly: (sentence: string) => boolean = () => false): MatteredReading {
	// "ID parts w/o model #": a hash after a word is its number. "… → told her yes, 3 yrs at …", "me → wrote 40pg sop": an
	// arrow to the user's own part starts a sentence of it.
	// ("weekend availability!!": marks of stress are the user's emphasis, nothing said, review 233.)
	// ("???", "idk", "no idea": the user does not know what mattered to them, review 244.)
	if (/^\s*(?:\?+|idk\b|no idea\b|not sure\b|dunno\b)/i.test(rest)) return {};
	const typedLine = rest
		.trim()
		.replace(/(\p{L})!{1,3}(?=\s|$)/gu, "$1.")
		.replace(/(\p{L}) #(?![\p{L}\d])/gu, "$1 number")
		.replace(/ ?(?:→|->|=>) ?(?=(?:i|told|showed|my)\b)/giu, ". ")
		// ("-> used sq @ coffee shop 2 yrs", ", i did door @ venue": the user's own doing, after an arrow or a comma, review 234.)
		.replace(/ ?(?:→|->|=>) ?(?=(?:used|did|ran|built|handled|managed|worked|set up|made|led|trained|wrote|cut|closed|opened|booked|scheduled)\b)/giu, ". I ")
		// ("he asked if i'd done data entry at volume -> yes, entered 3k+ rental contracts …": the answer after an arrow's "yes"
		// is the user's own doing, review 262.)
		.replace(/ ?(?:→|->|=>) ?(?:yes|yeah|yep|yup)\b[,:]? ?(?=\p{Ll}+ed\b)/giu, ". I ")
		.replace(/, (?=i (?:did|do|ran|run|built|used|use|handled|have|had|worked|set up|made|led|trained|wrote|cut)\b)/giu, ". ")
		.replace(/(^|[.;,]\s)me\s?(?:→|->|=>|:)\s*(?=\p{Ll})/gu, "$1I ");
	// "13485 (sort of... bluffed a bit)": a line where the user doubts their own answer is theirs to put right, not to send.
	if (DOUBTED.test(typedLine)) return {};
	const sentences = shorthandSentences(typedLine);
	const focus: string[] = [];
	let highlight: string | undefined;
	let first = true;
	let focusDone = false;
	for (const typed of sentences) {
		const sentence = withoutReactions(typed.replace(/[.;]$/, ""));
		const opening = first;
		first = false;
		if (sentence === "") {
			focusDone = true;
			continue;
		}
		const told = TOLD.exec(sentence) ?? SAID.exec(sentence);
		// ("i did ok?", review 260: "I appreciated the chance to describe how I did ok"; the user's question to themselves is no
		// work of theirs, and what they told comes after it.)
		if (told === null && MINE.test(sentence) && /\?\s*$/.test(typed)) {
			focusDone = true;
			continue;
		}
		if (told !== null || MINE.test(sentence)) {
			// ("told her yes, 3 yrs at enterprise": the answer's "yes" is no part of what the user did.)
			const own = (told === null ? sentence : sentence.slice(told[0].length)).replace(/^(?:yes|yeah|yep|yup|sure|of course)\b[,:]?\s*/i, "");
			// ("i mentioned Brightwheel, he lit up" was "my work on the brightwheel", review 240: a thing the user only named is
			// no work of theirs; what they said they did says "I" or "my".)
			if (told !== null && /^i\s+(?:mentioned|brought up|talked (?:abt|about)|shared)\b/i.test(sentence) && !/^(?:i|my|we|our)\b/i.test(own)) break;
			// ("i said yes to nights (do i actually want nights? idk)" was "I enjoyed telling you about to nights" on a card, review
			// 267: a yes to what they asked is an answer, never work, and a line the user doubts is theirs.)
			if (/^to\s/i.test(own) || /\?|\bidk\b/i.test(typed)) break;
			// ("i said aftersun, he lit up", a film the user recommended, was "my work on the aftersun", review 257: one word said is
			// an answer, never work; nor is a thing said or suggested that is no "I" of theirs.)
			if (told !== null && (/^\S+$/.test(own) || (/^i\s+(?:said|suggested|recommended)\b/i.test(sentence) && !/^(?:i|my|we|our|yes|yeah|yep|yup|sure|of course)\b/i.test(sentence.slice(told[0].length))))) break;
			// "i did that at Bayview Ortho": "that" is the focus said again, which a highlight cannot lean on.
			// ('i said "a little" (i've bowled like twice)': the user's words in quotation marks are an answer, never their work,
			// review 241.)
			if (own !== "" && !/^["“'‘]/.test(own) && !/^(?:i\s+)?(?:did|do|done|fixed|solved|handled)\s+(?:that|this|it|the same)\b/i.test(own) && !NOT_A_STRENGTH.test(own) && sayable(own, "highlight") && !forUserOnly(own) && withoutDoubtedClaims(own).dropped.length === 0) highlight = ownWords(own, focus);
			break;
		}
		// ("devon: ??? asked if i had a clean license": a question about the user is what they checked, never what mattered to
		// them, review 244.)
		if (/^(?:asked|wanted to know|wants to know|checked)\s+(?:if|whether)\s+i\b|^asked\s+(?:abt|about)\s+my\b/i.test(sentence)) {
			focusDone = true;
			continue;
		}
		// ("ashley: just logistics. start date, $16/hr thru agency", review 247: "just" says nothing in particular mattered; nor
		// "lorraine: just process", review 258, sent as "your thinking on process".)
		// ("trish -> nothing, paperwork", review 255: "thank you for … about nothing", three messages; "nothing" is the user's
		// judgement of them, and what follows it no topic of theirs.)
		// ("joe: not really anything abt me", review 262: "useful to talk through not really anything about me".)
		if (opening && NOTHING_IN_PARTICULAR.test(sentence)) break;
		// What is for the user alone is never read; said first, it takes the focus with it.
		if (!sayable(sentence, "focus") || forUserOnly(typed)) {
			focusDone = true;
			continue;
		}
		// "numbers ppl. 30 appts/wk": the line opens with how the user sized them up; what follows is no focus either.
		if (opening && SORT_OF_PERSON.test(sentence)) focusDone = true;
		if (focusDone) continue;
		// One topic, or a label and the sentence that explains it; further sentences are the user's notes to themselves.
		if (focus.length === 0 || (focus.length === 1 && focus[0].split(/\s+/).length <= 2)) focus.push(sentence);
		else focusDone = true;
	}
	const reading: MatteredReading = {};
	// ("lee: phones. 2 lines, rings out": the phones as a label are the work of covering them, never "your thinking on phones",
	// review 233.)
	if (focus.length > 0 && /^(?:the )?phones?$/i.test(focus[0])) focus.splice(0, focus.length, "covering the phones");
	if (focus.length > 0) reading.focus = focus.join(". ");
	if (highlight !== undefined) reading.highlight = highlight;
	return reading;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	cleanName,
	greeting,
	greetingName,
	isJobHolder,
	isRoleName,
	namesFor,
	isValidEmail,
	lastFirst,
	linkableAddresses,
	mergePeople,
	personLabel,
	readPersonText,
	sameAddress,
	splitPeopleText,
	thankYouMessages,
	type MergeField,
	type PersonEntry,
} from "../../src/core/people";
import type { Person } from "../../src/core/types";
import { anInterview } from "../builders/interview";

describe("one person as typed", () => {
	it.each([
		["Jane Doe <jane.doe@northwind.com>", { name: "Jane Doe", email: "jane.doe@northwind.com" }],
		["  Jane Doe<jane.doe@northwind.com>  ", { name: "Jane Doe", email: "jane.doe@northwind.com" }],
		['"Doe, Jane" <jane.doe@northwind.com>', { name: "Jane Doe", email: "jane.doe@northwind.com" }],
		["Doe, Jane <jane.doe@northwind.com>", { name: "Jane Doe", email: "jane.doe@northwind.com" }],
		["<jane.doe@northwind.com>", { name: "", email: "jane.doe@northwind.com" }],
		["Jane Doe <mailto:jane.doe@northwind.com>", { name: "Jane Doe", email: "jane.doe@northwind.com" }],
		["Jane Doe (jane.doe@northwind.com)", { name: "Jane Doe", email: "jane.doe@northwind.com" }],
		["jane.doe@northwind.com", { name: "", email: "jane.doe@northwind.com" }],
		["MAILTO:talent@northwind.com", { name: "", email: "talent@northwind.com" }],
		["jane@@northwind", { name: "", email: "jane@@northwind" }],
		["talent@northwind.com <talent@northwind.com>", { name: "", email: "talent@northwind.com" }],
		["Holt, Jane", { name: "Jane Holt" }],
		["Holt , Jane", { name: "Jane Holt" }],
		["Jane Holt", { name: "Jane Holt" }],
		["Holt, Jane Mary", { name: "Holt, Jane Mary" }],
		["Jane Doe (recruiter)", { name: "Jane Doe (recruiter)" }],
		["   ", { name: "" }],
	])("reads %j", (text, expected) => {
		expect(readPersonText(text)).toEqual(expected);
	});

	it("turns Last, First round only for one word each side of one comma", () => {
		expect(lastFirst("Holt, Jane")).toBe("Jane Holt");
		expect(lastFirst("O'Neil, Ann")).toBe("Ann O'Neil");
		expect(lastFirst("Holt, Jane, Bob")).toBe("Holt, Jane, Bob");
		expect(lastFirst("Van Holt, Jane")).toBe("Van Holt, Jane");
		expect(lastFirst("Holt,")).toBe("Holt,");
	});
});

describe("labels typed where a name goes", () => {
	it("drops a rank in slashed letters before a full name, and the quotes around a name that is only a nickname", () => {
		expect(cleanName("F/O Marco Bellini (sim eval)")).toBe("Marco Bellini");
		expect(greetingName("F/O Marco Bellini (sim eval)")).toBe("Marco");
		expect(cleanName('"TJ" (night lead tech)')).toBe("TJ");
		// Too short to be a rank before a name: kept as written.
		expect(cleanName("A/B Testing")).toBe("A/B Testing");
	});

	it("reads a job with its aside as no name: no greeting for 'Board chair (Harold something?)'", () => {
		expect(isRoleName(cleanName("Board chair (Harold something?)"))).toBe(true);
		expect(greetingName("Board chair (Harold something?)")).toBe("");
		for (const job of ["CEO", "the owner", "Founder", "Ops supervisor"]) expect(greetingName(job), job).toBe("");
		// A surname that is also a word of a job is still a name.
		expect(greetingName("Tom Chairman")).toBe("Tom");
		// A job one person holds, never a team or a department.
		expect(["Board chair", "CEO", "the owner", "Ops supervisor"].map(isJobHolder)).toEqual([true, true, true, true]);
		expect(["HR", "Talent Acquisition", "the panel", "Tom Chairman"].map(isJobHolder)).toEqual([false, false, false, false]);
	});
});

describe("one text naming several people", () => {
	it.each([
		["Jane Doe, Bob Roe", ["Jane Doe", "Bob Roe"]],
		["Jane Doe; Bob Roe", ["Jane Doe", "Bob Roe"]],
		["Jane; Bob", ["Jane", "Bob"]],
		["Jane Doe and Bob Roe", ["Jane Doe", "Bob Roe"]],
		["Jane Doe, Bob Roe and Ann Lee", ["Jane Doe", "Bob Roe", "Ann Lee"]],
		["Jane Doe, Bob Roe, and Ann Lee", ["Jane Doe", "Bob Roe", "Ann Lee"]],
		["Jane Doe <jane@x.example>, bob@x.example", ["Jane Doe <jane@x.example>", "bob@x.example"]],
		['"Doe, Jane" <jane@x.example>, "Roe, Bob" <bob@x.example>', ['"Doe, Jane" <jane@x.example>', '"Roe, Bob" <bob@x.example>']],
		["[[Dev Patel|Dev]], [[People/Sam Lee]]", ["[[Dev Patel|Dev]]", "[[People/Sam Lee]]"]],
		["Holt, Jane", ["Holt, Jane"]],
		["Holt, Jane; Roe, Bob", ["Holt, Jane", "Roe, Bob"]],
		["Ann and Bob", ["Ann and Bob"]],
		["Jane Doe\nBob Roe", ["Jane Doe", "Bob Roe"]],
		[" ; Jane Doe ;; ", ["Jane Doe"]],
		["Procter and Gamble recruiting", ["Procter and Gamble recruiting"]],
		["Tom & Linda Reyes", ["Tom Reyes", "Linda Reyes"]],
		["Pastor Mike Dunleavy; Sarah Oduya; Tom & Linda Reyes", ["Pastor Mike Dunleavy", "Sarah Oduya", "Tom Reyes", "Linda Reyes"]],
		["Black & Decker Inc", ["Black & Decker Inc"]],
		["Barnes and Noble", ["Barnes and Noble"]],
	])("splits %j", (text, expected) => {
		expect(splitPeopleText(text)).toEqual(expected);
	});

	// A full name beside first names is several people; nothing that could be `Last, First`, a
	// firm's name, or letters or a job after a name is split.
	it.each([
		["Mike Dunn (IT mgr), Tasha", ["Mike Dunn (IT mgr)", "Tasha"]],
		["Jane Doe, Bob", ["Jane Doe", "Bob"]],
		["Jane Doe and Bob", ["Jane Doe", "Bob"]],
		["Tasha and Mike Dunn", ["Tasha", "Mike Dunn"]],
		["Mike Dunn, Tasha and Lee", ["Mike Dunn", "Tasha", "Lee"]],
		["Mike Dunn, Tasha, and Lee", ["Mike Dunn", "Tasha", "Lee"]],
		["Dr. Fitch, Tasha", ["Dr. Fitch", "Tasha"]],
		["Maria de la Cruz, Ana", ["Maria de la Cruz", "Ana"]],
		['Katherine "Kat" Nguyen, Ben', ['Katherine "Kat" Nguyen', "Ben"]],
		["Luis (ops mgr), Tasha", ["Luis (ops mgr)", "Tasha"]],
		["[[People/Dev Patel|Dev]], Tasha", ["[[People/Dev Patel|Dev]]", "Tasha"]],
		["Tasha and jane@x.example", ["Tasha", "jane@x.example"]],
		["Bob, Jane Doe <jane@x.example>", ["Bob, Jane Doe <jane@x.example>"]],
		["Dunn, Mike", ["Dunn, Mike"]],
		["Holt, Jane Mary", ["Holt, Jane Mary"]],
		["Van Holt, Jane", ["Van Holt, Jane"]],
		["Dunn, Mike, Tasha Reyes", ["Dunn, Mike, Tasha Reyes"]],
		["Mike Dunn, Tasha, Lee", ["Mike Dunn, Tasha, Lee"]],
		["Dana, Marcus and Lee", ["Dana, Marcus and Lee"]],
		["Tom Herrera, P.Geo.", ["Tom Herrera, P.Geo."]],
		["Dr. Helen Marsh, PT, DPT", ["Dr. Helen Marsh, PT, DPT"]],
		["Mike Tanaka, Jr.", ["Mike Tanaka, Jr."]],
		["Erik Halvorsen, Owner", ["Erik Halvorsen, Owner"]],
		["Jane Doe, recruiter", ["Jane Doe, recruiter"]],
		// Words in lower case after a name written with capitals say what that person does.
		["Mike Dubois, crew lead", ["Mike Dubois, crew lead"]],
		["Mike Dubois, crew lead, Ana Ruiz", ["Mike Dubois, crew lead", "Ana Ruiz"]],
		["Mike Dubois, crew lead; Ana Ruiz, office mgr", ["Mike Dubois, crew lead", "Ana Ruiz, office mgr"]],
		// Words with one in lower case after a full name say where that person belongs: "Les Clefs d'Or".
		["Ms. Celeste Arnaud; Julien Marchetti, Les Clefs d'Or", ["Ms. Celeste Arnaud", "Julien Marchetti, Les Clefs d'Or"]],
		["Julien Marchetti, Les Clefs d'Or, Celeste Arnaud", ["Julien Marchetti, Les Clefs d'Or", "Celeste Arnaud"]],
		["Kim Ng; Luis Ortiz, Dana Wu", ["Kim Ng", "Luis Ortiz", "Dana Wu"]],
		["jane holt, omar haddad", ["jane holt", "omar haddad"]],
		["Jane Doe, HR", ["Jane Doe, HR"]],
		["Black and Decker Inc", ["Black and Decker Inc"]],
		["Ernst and Young Recruiting", ["Ernst and Young Recruiting"]],
		["mike dunn, tasha", ["mike dunn, tasha"]],
		// Letters after a comma and before the address are the credentials of the name before them.
		["Dr. Anil Mehta <amehta@x.example>, Carol Whitfield, RRT <cw@x.example>", ["Dr. Anil Mehta <amehta@x.example>", "Carol Whitfield, RRT <cw@x.example>"]],
		["Marcus Bell, RT(R)(CT) <m@x.example>, Ann Lee <a@x.example>", ["Marcus Bell, RT(R)(CT) <m@x.example>", "Ann Lee <a@x.example>"]],
		["Ann Lee, M.Sc., P.Geo. <a@x.example>, Bob Roe <b@x.example>", ["Ann Lee, M.Sc., P.Geo. <a@x.example>", "Bob Roe <b@x.example>"]],
		["Carol Whitfield, RRT, Dan Lee", ["Carol Whitfield, RRT", "Dan Lee"]],
		["Jane Doe <j@x.example>, RRT <r@x.example>", ["Jane Doe <j@x.example>", "RRT <r@x.example>"]],
	])("reads %j as %j", (text, expected) => {
		expect(splitPeopleText(text)).toEqual(expected);
	});

	it("names a line that stays one person without a space before its comma", () => {
		expect(cleanName("Mike Dunn (IT mgr), Tasha, Lee")).toBe("Mike Dunn, Tasha, Lee");
		expect(cleanName("Dunn (IT) , Mike")).toBe("Mike Dunn");
		for (const text of ["Mike Dunn (IT mgr), Tasha, Lee", "Ann (HR) , Bob (ops), Lee", "Dana , Marcus and Lee"]) expect(cleanName(text)).not.toMatch(/\s,/);
	});
});

describe("greetings", () => {
	// Names as people type them after a long day, and how a letter greets them.
	it.each([
		["Jane Doe", "Jane", "Hi Jane", "Jane Doe"],
		["Holt, Jane", "Jane", "Hi Jane", "Jane Holt"],
		// A name typed all in lower case is written with its capitals.
		["jane doe", "Jane", "Hi Jane", "Jane Doe"],
		["ana de la cruz", "Ana", "Hi Ana", "Ana de la Cruz"],
		// Ranks, and a rank of two words by the one a letter greets with.
		["Lt. Col. Raymond Fisk (ret.)", "Colonel Fisk", "Dear Colonel Fisk", "Lt. Col. Raymond Fisk"],
		["Col. Ann Ruiz", "Colonel Ruiz", "Dear Colonel Ruiz", "Col. Ann Ruiz"],
		["Maj. Tom Kent", "Major Kent", "Dear Major Kent", "Maj. Tom Kent"],
		["Brig. Gen. Ana Ortiz", "General Ortiz", "Dear General Ortiz", "Brig. Gen. Ana Ortiz"],
		["Lt Cmdr Jo Park", "Commander Park", "Dear Commander Park", "Lt Cmdr Jo Park"],
		["Rear Adm. Sue Lee", "Admiral Lee", "Dear Admiral Lee", "Rear Adm. Sue Lee"],
		["Sgt. Maj. Dan Yu", "Sergeant Major Yu", "Dear Sergeant Major Yu", "Sgt. Maj. Dan Yu"],
		// A fire or police chief of some rank is Chief (review 49 greeted "Hi Battalion"); a chief of staff holds a post.
		["Battalion Chief Greg Holloway", "Chief Holloway", "Dear Chief Holloway", "Battalion Chief Greg Holloway"],
		["Deputy Chief Ann Ruiz, EMT-P", "Chief Ruiz", "Dear Chief Ruiz", "Deputy Chief Ann Ruiz"],
		["Chief of Staff Ann Lee", "Ann", "Hi Ann", "Chief of Staff Ann Lee"],
		["Gen Tanaka", "Gen", "Hi Gen", "Gen Tanaka"],
		["Cher", "Cher", "Hi Cher", "Cher"],
		// A doctor or a professor keeps the title the note gives them.
		["Dr. Ana Ruiz", "Dr. Ruiz", "Dear Dr. Ruiz", "Dr. Ana Ruiz"],
		["Prof Li Wei", "Prof. Wei", "Dear Prof. Wei", "Prof Li Wei"],
		["Dr. Helen Marsh, PT, DPT", "Dr. Marsh", "Dear Dr. Marsh", "Dr. Helen Marsh"],
		["Dr. Priya Shah, DPT", "Dr. Shah", "Dear Dr. Shah", "Dr. Priya Shah"],
		["Dr. Meera Kapoor, PhD, RDN", "Dr. Kapoor", "Dear Dr. Kapoor", "Dr. Meera Kapoor"],
		["Professor Daniel Okoro", "Prof. Okoro", "Dear Prof. Okoro", "Professor Daniel Okoro"],
		["Karen Lindqvist, P.E.", "Karen", "Hi Karen", "Karen Lindqvist"],
		["Tom Herrera, P.Geo.", "Tom", "Hi Tom", "Tom Herrera"],
		["Tom Herrera, P.Eng.", "Tom", "Hi Tom", "Tom Herrera"],
		["Ann Lee, Ph.D.", "Ann", "Hi Ann", "Ann Lee"],
		["Ann Lee, M.D.", "Ann", "Hi Ann", "Ann Lee"],
		["Ann Lee, R.N.", "Ann", "Hi Ann", "Ann Lee"],
		["Ann Lee, C.P.A.", "Ann", "Hi Ann", "Ann Lee"],
		["Lauren Pike, CFP®", "Lauren", "Hi Lauren", "Lauren Pike"],
		["Ann Lee, M.Sc., P.Geo.", "Ann", "Hi Ann", "Ann Lee"],
		["Smith, A.J.", "A.J.", "Hi A.J.", "A.J. Smith"],
		["Dana, Marcus and Lee", "Dana", "Hi Dana", "Dana, Marcus and Lee"],
		// A kitchen greets its chef as "Chef", a team its coach as "Coach" (review 94: "Dear Antoine" to the executive chef).
		["Chef Marco Ruiz", "Chef Ruiz", "Dear Chef Ruiz", "Chef Marco Ruiz"],
		["Executive Chef Antoine Dubois", "Chef Dubois", "Dear Chef Dubois", "Executive Chef Antoine Dubois"],
		["Executive Chef", "", "Hello", "Executive Chef"],
		["Ms. Dana Whitfield", "Ms. Whitfield", "Dear Ms. Whitfield", "Ms. Dana Whitfield"],
		["Mr. Dave Lindqvist (board chair)", "Mr. Lindqvist", "Dear Mr. Lindqvist", "Mr. Dave Lindqvist"],
		["Beth Ann Kowalczyk", "Beth Ann", "Hi Beth Ann", "Beth Ann Kowalczyk"],
		["Mary Beth Ortiz", "Mary Beth", "Hi Mary Beth", "Mary Beth Ortiz"],
		["Ann Lee", "Ann", "Hi Ann", "Ann Lee"],
		["hr coord (Denise?)", "", "Hello", "hr coord"],
		["Chief Officer Li Wei", "Chief Officer Wei", "Dear Chief Officer Wei", "Chief Officer Li Wei"],
		["Det. Sam Ruiz", "Detective Ruiz", "Dear Detective Ruiz", "Det. Sam Ruiz"],
		["Gregory Hale Esq.", "Gregory", "Hi Gregory", "Gregory Hale"],
		["Owen Brennan MRICS", "Owen", "Hi Owen", "Owen Brennan"],
		["John Smith III", "John", "Hi John", "John Smith III"],
		["Kevin Tran - parent rep", "Kevin", "Hi Kevin", "Kevin Tran"],
		["Gloria – head tech", "Gloria", "Hi Gloria", "Gloria"],
		["Coach Dee Harper", "Coach Harper", "Dear Coach Harper", "Coach Dee Harper"],
		["Head Coach Dee Harper", "Coach Harper", "Dear Coach Harper", "Head Coach Dee Harper"],
		["Big Mike Tanaka", "Mike", "Hi Mike", "Mike Tanaka"],
		['Mike "Big" Tanaka', "Mike", "Hi Mike", "Mike Tanaka"],
		["Linda at the JATC office", "Linda", "Hi Linda", "Linda"],
		["Sam from HR", "Sam", "Hi Sam", "Sam"],
		["Ingrid Salo, ASLA", "Ingrid", "Hi Ingrid", "Ingrid Salo"],
		["Big Mike (super)", "Mike", "Hi Mike", "Mike"],
		["Luis (ops mgr)", "Luis", "Hi Luis", "Luis"],
		["Tamara Flores (HR)", "Tamara", "Hi Tamara", "Tamara Flores"],
		["Alicia Grant (recruiter)", "Alicia", "Hi Alicia", "Alicia Grant"],
		["Frau Katrin Schneider", "Ms. Schneider", "Dear Ms. Schneider", "Frau Katrin Schneider"],
		["Frau Müller", "Ms. Müller", "Dear Ms. Müller", "Frau Müller"],
		["Herr Schmidt", "Mr. Schmidt", "Dear Mr. Schmidt", "Herr Schmidt"],
		["Mrs. Angela Ruiz", "Mrs. Ruiz", "Dear Mrs. Ruiz", "Mrs. Angela Ruiz"],
		["Mrs. Ruiz", "Mrs. Ruiz", "Dear Mrs. Ruiz", "Mrs. Ruiz"],
		["Mx Jordan", "Mx. Jordan", "Dear Mx. Jordan", "Mx Jordan"],
		["Dr. Fitch", "Dr. Fitch", "Dear Dr. Fitch", "Dr. Fitch"],
		// Written out, as "Sergeant" is (review 86).
		["Rev. Thomas Avery", "Reverend Avery", "Dear Reverend Avery", "Rev. Thomas Avery"],
		["Sister Mary Claire", "Sister Mary Claire", "Dear Sister Mary Claire", "Sister Mary Claire"],
		["Sister Agnes Wilde", "Sister Agnes", "Dear Sister Agnes", "Sister Agnes Wilde"],
		["Brother John Kelly", "Brother John", "Dear Brother John", "Brother John Kelly"],
		["Capt. Jo Park", "Captain Park", "Dear Captain Park", "Capt. Jo Park"],
		["Maria de la Cruz", "Maria", "Hi Maria", "Maria de la Cruz"],
		["María José Fernández", "María José", "Hi María José", "María José Fernández"],
		["Jose Luis Ortega", "Jose Luis", "Hi Jose Luis", "Jose Luis Ortega"],
		["Mary Ann Evans", "Mary Ann", "Hi Mary Ann", "Mary Ann Evans"],
		["Maria Lopez", "Maria", "Hi Maria", "Maria Lopez"],
		["Mike Dubois, crew lead", "Mike", "Hi Mike", "Mike Dubois"],
		["Julien Marchetti, Les Clefs d'Or", "Julien", "Hi Julien", "Julien Marchetti"],
		["Dr. Helen Achterberg, P.E., S.E.", "Dr. Achterberg", "Dear Dr. Achterberg", "Dr. Helen Achterberg"],
		["Helen Achterberg, P.E., S.E.", "Helen", "Hi Helen", "Helen Achterberg"],
		["Erik Halvorsen, Owner", "Erik", "Hi Erik", "Erik Halvorsen"],
		["Maria Lopez, office mgr", "Maria", "Hi Maria", "Maria Lopez"],
		["Juan Pérez García", "Juan", "Hi Juan", "Juan Pérez García"],
		["Mike Jr.", "Mike", "Hi Mike", "Mike Jr."],
		["J. Doe", "J. Doe", "Dear J. Doe", "J. Doe"],
		["Talent Acquisition", "", "Hello", "Talent Acquisition"],
		["Teamlead Analytics", "", "Hello", "Teamlead Analytics"],
		["the recruiter", "", "Hello", "the recruiter"],
		["HR", "", "Hello", "HR"],
		["Head of Design", "", "Hello", "Head of Design"],
		["talent@northwind.com", "", "Hello", "talent@northwind.com"],
		["", "", "Hello", ""],
		["   ", "", "Hello", ""],
	])("greets %j as %j", (name, first, hello, clean) => {
		expect(greetingName(name)).toBe(first);
		expect(greeting(name, "Hi")).toBe(hello);
		expect(cleanName(name)).toBe(clean);
	});

	it("keeps a card's greeting in its own style, and never mixes Hi with a title", () => {
		expect(greeting("Chef Marco Ruiz", "Hi")).toBe("Dear Chef Ruiz");
		expect(greeting("Dr. Fitch", "Hi")).toBe("Dear Dr. Fitch");
	});

	it("tells a role from a name", () => {
		for (const role of ["Talent Acquisition", "HR", "the recruiter", "Teamlead Analytics", "Recruiting team", "Head of Design"]) expect(isRoleName(role), role).toBe(true);
		for (const name of ["Anna Head", "Rachel Kim", "Young Kim", "Grant Sales"]) expect(isRoleName(name), name).toBe(false);
	});

	it("knows every way a note names the reader", () => {
		expect(namesFor("Dr. Lena Okafor, MD")).toEqual(["Dr. Lena Okafor", "Lena Okafor", "Dr. Okafor", "Lena", "Okafor", "Dr Okafor", "Dr O", "Dr. O"]);
		expect(namesFor("Walter Haines")).toEqual(["Walter Haines", "Walter", "Haines", "Walt", "Walte"]);
		expect(namesFor("Talent Acquisition")).toEqual([]);
	});

	// Names put together from the parts people type: whatever they are, a greeting is a name.
	const part = fc.constantFrom("Dr.", "Chef", "Frau", "Big", "Mike", "Ana", "Ruiz", "de", "la", "(ops mgr)", "(HR)", "PT", ",", ", DPT", '"Big"', "Jr.", "Talent", "Acquisition", "jane", "Ms", "José");
	it("never greets by a title, a credential, a bracket or nothing at all", () => {
		fc.assert(
			fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
				const name = parts.join(" ");
				const first = greetingName(name);
				const hello = greeting(name, "Hi");
				expect(cleanName(name)).not.toMatch(/[()]/);
				// Two given names ("Ana José") are one first name, greeted as casually as one.
				expect(hello).toMatch(/^(?:Hello|Hi \S+|Hi (?:Ana José|José Ana)|Dear \S.*)$/);
				expect(first).not.toMatch(/[()",]|^(?:Dr\.?|Chef|Frau|Big|PT|DPT|Jr\.|Ms\.?)$/);
				if (first.includes(" ") && !/^(?:Ana José|José Ana)$/.test(first)) expect(hello.startsWith("Dear ")).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it("labels a person without a name by their address", () => {
		expect(personLabel({ name: "", email: "talent@northwind.com" })).toBe("talent@northwind.com");
		expect(personLabel({ name: "Jane Doe", email: "jane@x.example" })).toBe("Jane Doe");
	});
});

const person = (name: string, email?: string, extra: Partial<Person> = {}): Person => ({ name, attachments: [], ...(email !== undefined ? { email } : {}), ...extra });
const entry = (p: Person, fromPersonNote?: ReadonlySet<MergeField>): PersonEntry => (fromPersonNote ? { person: p, fromPersonNote } : { person: p });

describe("one person, one entry", () => {
	it("merges entries that share an address in any letter case", () => {
		const { people } = mergePeople([entry(person("Jane Doe", "Jane.Doe@Northwind.com", { title: "Manager" })), entry(person("Jane", "jane.doe@northwind.com", { focus: "hiring" }))]);
		expect(people).toEqual([{ name: "Jane Doe", email: "Jane.Doe@Northwind.com", emailValid: true, title: "Manager", focus: "hiring", attachments: [] }]);
	});

	it("merges a name without an address into the entry with one", () => {
		const { people } = mergePeople([entry(person("Jane Doe")), entry(person("jane  doe", "jane@x.example"))]);
		expect(people).toMatchObject([{ name: "Jane Doe", email: "jane@x.example" }]);
	});

	it("merges a first name alone with the same name and an initial ('Bev' and 'Bev K.'), never two initials", () => {
		const { people } = mergePeople([entry(person("Bev", "bev@uww.example")), entry(person("Bev K.")), entry(person("Marcus"))]);
		expect(people.map((p) => [p.name, p.email])).toEqual([
			["Bev", "bev@uww.example"],
			["Marcus", undefined],
		]);
		expect(mergePeople([entry(person("Bev K")), entry(person("bev"))]).people).toHaveLength(1);
		expect(mergePeople([entry(person("Bev K.")), entry(person("Bev M."))]).people).toHaveLength(2);
		// A first name alone is the one person of that first name, when there is exactly one.
		expect(mergePeople([entry(person("Mike Dubois")), entry(person("Rhonda")), entry(person("Rhonda Pike", "rpike@axis.example"))]).people.map((p) => [p.name, p.email])).toEqual([
			["Mike Dubois", undefined],
			["Rhonda Pike", "rpike@axis.example"],
		]);
		expect(mergePeople([entry(person("Bev Kowalczyk")), entry(person("Bev Marsh")), entry(person("Bev"))]).people).toHaveLength(3);
		expect(mergePeople([entry(person("Bev", "bev@a.example")), entry(person("Bev Kowalczyk", "bk@b.example"))]).people).toHaveLength(2);
		expect(mergePeople([entry(person("Bev", "bev@a.example")), entry(person("Bev K.", "bk@b.example"))]).people).toHaveLength(2);
	});

	it("keeps two people who share a name but not an address", () => {
		const { people } = mergePeople([entry(person("Sam Lee", "sam@a.example")), entry(person("Sam Lee", "sam@b.example")), entry(person("Sam Lee"))]);
		expect(people.map((p) => p.email)).toEqual(["sam@a.example", "sam@b.example"]);
	});

	it("lets the note's own values win over a person note's, whatever the order", () => {
		const linked = entry(person("Priya Natarajan", "priya@globex.example", { title: "Staff engineer", personNote: "People/Priya Natarajan.md" }), new Set(["email", "title", "personNote"]));
		const typed = entry(person("Priya Natarajan", "PRIYA@globex.example", { title: "Principal engineer" }));
		const { people } = mergePeople([linked, typed]);
		expect(people).toEqual([{ name: "Priya Natarajan", email: "PRIYA@globex.example", emailValid: true, title: "Principal engineer", personNote: "People/Priya Natarajan.md", attachments: [] }]);
	});

	it("keeps every attachment once", () => {
		const { people } = mergePeople([entry(person("A B", "a@x.example", { attachments: ["x.png"] })), entry(person("A B", "a@x.example", { attachments: ["x.png", "y.pdf"] }))]);
		expect(people[0].attachments).toEqual(["x.png", "y.pdf"]);
	});

	it("compares addresses without case or surrounding space", () => {
		expect(sameAddress(" Jane@X.example", "jane@x.EXAMPLE ")).toBe(true);
		expect(sameAddress("jane@x.example", "jane@y.example")).toBe(false);
	});

	it("puts only valid addresses in a mail link, each once", () => {
		expect(linkableAddresses([{ email: "a@x.example" }, { email: "A@X.example" }, { email: "jane@@x" }, { email: null }, { email: "b@x.example?bcc=c@x.example" }])).toEqual(["a@x.example"]);
		expect(isValidEmail("x@y.example?bcc=evil@z.example")).toBe(false);
	});
});

describe("who receives which thank-you", () => {
	it("gives a primary contact who interviewed their own thank-you, carrying the request for the others", () => {
		const lena = person("Lena Okafor", "lena@acme.example");
		const interview = anInterview().with({ interviewers: [person("Dana Whitfield", "dana@acme.example"), lena, person("Bob Roe")], primaryContact: lena }).build();
		expect(thankYouMessages(interview).map((m) => [m.to.name, m.personal, m.passThanksTo.map((p) => p.name)])).toEqual([
			["Dana Whitfield", true, []],
			["Lena Okafor", true, ["Bob Roe"]],
		]);
	});

	it("asks a primary contact who did not interview in a message of their own", () => {
		const interview = anInterview().with({ interviewers: [person("Dana Whitfield", "dana@acme.example"), person("Bob Roe")], primaryContact: person("Lena Okafor", "lena@acme.example") }).build();
		expect(thankYouMessages(interview).map((m) => [m.to.name, m.personal, m.passThanksTo.map((p) => p.name)])).toEqual([
			["Dana Whitfield", true, []],
			["Lena Okafor", false, ["Bob Roe"]],
		]);
	});

	it("thanks everyone through the primary contact when nobody is listed, and nobody through them when all have addresses", () => {
		const pc = person("Lena Okafor", "lena@acme.example");
		expect(thankYouMessages(anInterview().with({ interviewers: [], primaryContact: pc }).build())).toEqual([{ to: pc, personal: false, passThanksTo: [] }]);
		expect(thankYouMessages(anInterview().with({ interviewers: [person("Dana Whitfield", "dana@acme.example")], primaryContact: pc }).build()).map((m) => m.to.name)).toEqual(["Dana Whitfield"]);
	});
});

// ---------------------------------------------------------------- properties

const NAMES = ["Jane Doe", "Bob Roe", "Ann Lee", "jane doe", "Sam Lee", "Dev Patel"];
const ADDRESSES = ["jane@x.example", "JANE@X.example", "bob@x.example", "ann@x.example", "sam@a.example", "sam@b.example"];
const anEntry = fc
	.record({
		name: fc.constantFrom("", ...NAMES),
		email: fc.option(fc.constantFrom(...ADDRESSES), { nil: undefined }),
		title: fc.option(fc.constantFrom("Manager", "Engineer"), { nil: undefined }),
		fromNote: fc.boolean(),
	})
	.filter((r) => r.name !== "" || r.email !== undefined)
	.map((r): PersonEntry => {
		const p = person(r.name, r.email, r.title ? { title: r.title } : {});
		return r.fromNote ? { person: p, fromPersonNote: new Set(["email", "title"]) } : { person: p };
	});

describe("merging, for any entries", () => {
	it("is idempotent and deterministic, loses nobody typed, and leaves no address twice", () => {
		fc.assert(
			fc.property(fc.array(anEntry, { maxLength: 8 }), (entries) => {
				const once = mergePeople(entries).people;
				expect(mergePeople(entries).people).toEqual(once);
				expect(mergePeople(once.map((p) => ({ person: p }))).people).toEqual(once);
				const addresses = once.flatMap((p) => (p.email ? [p.email.toLowerCase()] : []));
				expect(new Set(addresses).size).toBe(addresses.length);
				const { personOf } = mergePeople(entries);
				const nameOf = (p: Person) => p.name.toLowerCase().replace(/\s+/g, " ");
				const linked = (a: Person, b: Person) =>
					(a.email !== undefined && b.email !== undefined && sameAddress(a.email, b.email)) || (a.name !== "" && b.name !== "" && nameOf(a) === nameOf(b));
				once.forEach((into, g) => {
					const members = entries.filter((_, i) => personOf[i] === g).map((e) => e.person);
					// Nobody typed is lost: every address stays the merged person's...
					for (const m of members) if (m.email !== undefined) expect(sameAddress(into.email!, m.email)).toBe(true);
					// ...and entries are merged only through a chain of shared addresses or names.
					const reached = new Set([members[0]]);
					for (let grew = true; grew; ) {
						grew = false;
						for (const m of members) if (!reached.has(m) && [...reached].some((r) => linked(r, m))) grew = reached.add(m) !== null;
					}
					expect(reached.size).toBe(members.length);
					if (members.length === 1) expect(into).toBe(members[0]);
				});
			}),
			{ numRuns: 300 },
		);
	});
});

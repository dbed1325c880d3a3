// Interview notes as people type them in a hurry, for the draft approvals: panels of five to eight,
// focus left empty or written as a list, markdown, lower-case shorthand, numbers alone, noun
// phrases that look like verbs, no address for the primary contact, an offer already made.
// They go through the same parsing as a real note, so what the drafts see is what a vault gives.
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Frontmatter, Interview } from "../../src/core/types";

function parsed(file: string, frontmatter: Frontmatter): Interview {
	const { interview } = parseInterview({ file, frontmatter }, DEFAULT_SETTINGS, () => null);
	if (!interview) throw new Error(`${file} does not parse`);
	return interview;
}

/** Six interviewers, every shape of focus and highlight; one without an address. */
export const northwind = () =>
	parsed("Interviews/2026-11-24 Northwind - Senior backend engineer.md", {
		type: "interview",
		company: "Northwind",
		role: "Senior backend engineer",
		interview_start: "2026-11-24T09:00",
		interview_end: "2026-11-24T15:00",
		primary_contact: "Olga Petrova",
		primary_contact_email: "olga@northwind.example",
		interviewers: [
			{
				name: "Sam Adeyemi",
				email: "sam@northwind.example",
				focus: "**Payments API** latency at peak — p99 is 2s",
				highlight: "Embedded Linux port at Brightline",
			},
			{
				name: "Priya Shah",
				email: "priya@northwind.example",
				focus: ["on-call load", "flaky integration tests", "release cadence"],
				highlight: "Automated test rig that runs every PR against real hardware",
			},
			{
				name: "Tom O'Neill",
				email: "tom@northwind.example",
				focus: "their postgres migration keeps slipping. they're on 9.6 still",
				highlight: "60",
			},
			{
				name: "Leah Kim",
				email: "leah@northwind.example",
				focus: "",
				highlight: "Unified logging across 12 services, so incidents are traced in one place",
			},
			{
				name: "Marco Rossi",
				email: "marco@northwind.example",
				focus: "# Hiring\nneeds someone to own the _billing_ service end to end",
				highlight: "Built the [[Billing rewrite|billing rewrite]] at Brightline, see [case study](https://brightline.example/case/billing)",
				attachments: ["[Billing case study](https://brightline.example/case/billing)"],
			},
			{ name: "Ana Lopez", focus: "mentoring juniors" },
		],
	});

/** Eight interviewers, most with an email, little written down, and no name in the settings. */
export const tyrell = () =>
	parsed("Interviews/2026-11-23 Tyrell - Product designer.md", {
		type: "interview",
		company: "Tyrell",
		role: "Product designer",
		interview_start: "2026-11-23T10:00",
		interview_end: "2026-11-23T16:00",
		primary_contact: "Rachel Wu",
		primary_contact_email: "rachel.wu@tyrell.example",
		interviewers: [
			{ name: "Eldon Ross", email: "eldon@tyrell.example", linkedin: "https://www.linkedin.com/in/eldon-example" },
			{ name: "Dana Fox", email: "dana@tyrell.example", linkedin: "https://www.linkedin.com/in/dana-fox-example", focus: "Accessibility audits" },
			{ name: "Ben Ito", email: "ben@tyrell.example" },
			{ name: "Cleo Grant", email: "cleo@tyrell.example", focus: "design system adoption across 4 product teams", linkedin: "https://www.linkedin.com/in/cleo-example" },
			{ name: "Raj Patel", email: "raj@tyrell.example", highlight: "Redesigned the onboarding flow; activation went from 31% to 44%" },
			{ name: "Mia Chen", email: "mia@tyrell.example", attachments: ["[[Portfolio - onboarding.pdf]]", "[[Letter of recommendation - Prof Hale.pdf]]"] },
			{ name: "Hugo Brandt", email: "hugo@tyrell.example", focus: "Research ops. They run 3 studies a month with one researcher." },
			{ name: "Ivy Lam", email: "ivy@tyrell.example", focus: "Reduce handoff friction between design and engineering", highlight: "Led design QA for the mobile app relaunch" },
		],
	});

/** Five interviewers with addresses and nothing else: the letters must still differ. */
export const initrode = () =>
	parsed("Interviews/2026-11-26 Initrode - QA lead.md", {
		type: "interview",
		company: "Initrode",
		role: "QA lead",
		interview_start: "2026-11-26T13:00",
		primary_contact: "Bill Lumbergh",
		primary_contact_email: "bill@initrode.example",
		interviewers: [
			{ name: "Peter Gibbons", email: "peter@initrode.example" },
			{ name: "Joanna Park", email: "joanna@initrode.example" },
			{ name: "Michael Bolton", email: "michael@initrode.example" },
			{ name: "Samir Nagheenanajar", email: "samir@initrode.example" },
			{ name: "Milton Waddams", email: "milton@initrode.example" },
		],
	});

/** No address for the primary contact, next steps told in shorthand, the recruiter also interviewed. */
export const cyberdyne = () =>
	parsed("Interviews/2026-11-16 Cyberdyne - ML engineer.md", {
		type: "interview",
		company: "Cyberdyne",
		role: "ML engineer",
		interview_start: "2026-11-16T11:00",
		interview_end: "2026-11-16T12:30",
		primary_contact: "Miles Dyson",
		interviewers: [
			{ name: "Miles Dyson", email: "miles@cyberdyne.example", focus: "we talked about GPU scheduling a lot", highlight: "i cut training time 3x with mixed precision" },
			{ name: "Sarah Connor", email: "sarah@cyberdyne.example", focus: "Model monitoring in prod: drift goes unnoticed for weeks", highlight: "drift dashboards for 40 models at Brightline" },
		],
		next_steps: "Miles will email by Thursday; then a call with the VP",
		thank_you_sent: "2026-11-16T17:00",
	});

/** An offer is on the table; the user asks for a closing message anyway. */
export const soylent = () =>
	parsed("Interviews/2026-11-12 Soylent - SRE.md", {
		type: "interview",
		company: "Soylent",
		role: "SRE",
		interview_start: "2026-11-12T10:00",
		interview_end: "2026-11-12T11:30",
		primary_contact: "Gus Whitaker",
		primary_contact_email: "gus@soylent.example",
		interviewers: [{ name: "Gus Whitaker", email: "gus@soylent.example", focus: "Their incident reviews keep blaming people" }],
		thank_you_sent: "2026-11-12T16:00",
		check_in_sent: "2026-11-19T09:00",
		status: "offer",
	});

/** Seven interviewers, a decision date ahead, a primary contact without interviews. */
export const massive = () =>
	parsed("Interviews/2026-11-20 Massive Dynamic - Data scientist.md", {
		type: "interview",
		company: "Massive Dynamic",
		role: "Data scientist",
		interview_start: "2026-11-20T09:30",
		interview_end: "2026-11-20T16:00",
		primary_contact: "Nina Sharp",
		primary_contact_email: "nina.sharp@massive.example",
		interviewers: [
			{ name: "Walter Bishop", email: "walter@massive.example", focus: "Causal inference on messy observational data", highlight: "Designed the uplift model behind Brightline's retention offers" },
			{ name: "Olivia Dunham", email: "olivia@massive.example", focus: "Stakeholders who want a number, not a distribution", highlight: "Ran weekly forecast reviews with finance" },
			{ name: "Peter Bishop", email: "peter@massive.example", focus: "A/B tests that stop early", highlight: "Sequential testing framework adopted by 6 teams" },
			{ name: "Astrid Farnsworth", email: "astrid@massive.example", focus: "- Notebook sprawl\n- No code review for analysis", highlight: "moved our analysts from notebooks to a reviewed dbt project" },
			{ name: "Phillip Broyles", email: "phillip@massive.example", focus: "Hiring: they need a second senior by Q2" },
			{ name: "Charlie Francis", email: "charlie@massive.example", highlight: "Taught SQL to 30 product managers" },
			{ name: "Lincoln Lee", email: "lincoln@massive.example", focus: "Data contracts with upstream teams", attachments: ["https://github.com/example/data-contracts-demo", "[[Slides - data contracts.pptx]]"] },
		],
		next_steps: "Panel debrief Monday; decision by Dec 4",
		decision_expected: "2026-12-04",
		thank_you_sent: "2026-11-20T18:00",
	});

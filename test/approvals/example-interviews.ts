// Interviews of the example vault (example-vault/Interviews), as parse.ts hands them over, for the
// draft approvals: person-note links already resolved, records as the notes hold them.
import { anInterview } from "../builders/interview";

export const acmeRobotics = () =>
	anInterview()
		.file("Interviews/2026-11-25 Acme Robotics - Platform engineer.md")
		.company("Acme Robotics")
		.role("Platform engineer")
		.at("2026-11-25T13:00", "2026-11-25T14:30")
		.with({ format: "video" })
		.primaryContact("Lena Okafor", "lena.okafor@acme-robotics.example")
		.interviewer("Dana Whitfield", {
			email: "dana.whitfield@acme-robotics.example",
			emailValid: true,
			title: "Engineering manager, Platform",
			focus: "Keeping arm calibration inside ±0.05 mm as the fleet grows from 40 to 400 robots",
			highlight:
				"The tolerance stack-up checker I built at Brightline, which caught sensor-mount drift before it reached the field",
			attachments: ["[[Designs/Tolerance stack-up.png]]"],
		})
		.interviewer("Marcus Oyelaran", {
			email: "marcus.oyelaran@acme-robotics.example",
			emailValid: true,
			title: "Staff engineer, Fleet software",
			linkedin: "https://www.linkedin.com/in/marcus-oyelaran-example",
			focus: "Shipping firmware and config to robots on flaky warehouse Wi-Fi without bricking any",
			highlight:
				"Led the staged over-the-air rollout to 12,000 Brightline vehicles, with no rollback in the launch quarter",
			attachments: ["https://brightline-mobility.example/press/2025-ota-platform-launch"],
		});

export const globex = () =>
	anInterview()
		.file("Interviews/2026-11-25 Globex - Staff engineer.md")
		.company("Globex")
		.role("Staff engineer")
		.at("2026-11-25T08:30", "2026-11-25T09:30")
		.with({ format: "onsite" })
		.primaryContact("Renee Alvarez", "renee.alvarez@globex.example")
		.interviewer("Owen Mercer", {
			email: "owen.mercer@globex.example",
			emailValid: true,
			title: "Director of engineering",
			focus: "Cutting the nightly batch window so European customers stop seeing stale reports",
			highlight:
				"Moved Brightline's billing jobs from a nightly batch to a streaming pipeline and cut report lag from 9 hours to 4 minutes",
		})
		.interviewer("Priya Natarajan", {
			email: "priya.natarajan@globex.example",
			emailValid: true,
			title: "Principal engineer, Storage",
			linkedin: "https://www.linkedin.com/in/priya-natarajan-example",
			personNote: "People/Priya Natarajan.md",
		})
		.interviewer("Tom Becker")
		.nextSteps("Hiring manager will call by Friday")
		.decisionExpected("2026-11-27");

export const initech = () =>
	anInterview()
		.file("Interviews/2026-11-24 Initech - Backend developer.md")
		.company("Initech")
		.role("Backend developer")
		.at("2026-11-24T10:00", "2026-11-24T11:00")
		.with({ format: "phone" })
		.primaryContact("Carla Mendes", "carla.mendes@initech.example")
		.interviewer("Nina Park")
		.interviewer("Raj Iyer");

export const hooli = () =>
	anInterview()
		.file("Interviews/2026-11-17 Hooli - Infrastructure engineer.md")
		.company("Hooli")
		.role("Infrastructure engineer")
		.at("2026-11-17T10:00", "2026-11-17T12:00")
		.with({ format: "video" })
		.primaryContact("Maya Chen", "maya.chen@hooli.example")
		.interviewer("Derek Olsen", {
			email: "derek.olsen@hooli.example",
			emailValid: true,
			title: "Infrastructure lead",
			focus: "Getting Kubernetes upgrades from a quarterly fire drill to something boring",
			highlight: "Ran Brightline's move to blue/green cluster upgrades, from two-day freezes to a one-hour window",
		})
		.interviewer("Anita Kowalski", {
			email: "anita.kowalski@hooli.example",
			emailValid: true,
			title: "Senior SRE",
			focus: "Cost. Their cloud bill grew 40% this year with flat traffic",
			highlight: "The rightsizing report I built that took 28% off Brightline's compute spend",
		})
		.record("thankYouSent", "2026-11-17T16:20")
		.record("nextStepsAsked", "2026-11-17T16:20");

export const starkIndustries = () =>
	anInterview()
		.file("Interviews/2026-11-10 Stark Industries - Firmware engineer.md")
		.company("Stark Industries")
		.role("Firmware engineer")
		.at("2026-11-10T09:30", "2026-11-10T12:30")
		.with({ format: "onsite" })
		.primaryContact("Hannah Brooks", "hannah.brooks@stark-industries.example")
		.interviewer("Hannah Brooks", {
			email: "hannah.brooks@stark-industries.example",
			emailValid: true,
			title: "Firmware engineering manager",
			focus: "Power budget on the new sensor board; they keep blowing it in standby",
			highlight: "Got Brightline's telematics unit from 11 mA to 2.5 mA in standby by batching radio wake-ups",
		})
		.interviewer("Luis Ortega", {
			email: "luis.ortega@stark-industries.example",
			emailValid: true,
			title: "Senior firmware engineer",
			linkedin: "https://www.linkedin.com/in/luis-ortega-example",
			focus: "Bootloader safety when an update is interrupted",
			highlight: "The dual-bank bootloader with a watchdog fallback I wrote for the Brightline units",
		})
		.nextSteps("Team debriefs Friday; Hannah will let me know early in the week of the 16th")
		.decisionExpected("2026-11-16")
		.record("thankYouSent", "2026-11-10T17:00")
		.record("checkInSent", "2026-11-17T09:30")
		.record("handwrittenNoteSent", "2026-11-11")
		.record("linkedinRequested", "2026-11-10");

export const wayneEnterprises = () =>
	anInterview()
		.file("Interviews/2026-11-24 Wayne Enterprises - Data engineer.md")
		.company("Wayne Enterprises")
		.role("Data engineer")
		.at("2026-11-24T14:00", "2026-11-24T15:00")
		.with({ format: "video" })
		.primaryContact("Elena Duarte", "elena.duarte@wayne-enterprises.example")
		.interviewer("Ibrahim Saleh", {
			email: "ibrahim.saleh@wayne-enterprises.example",
			emailValid: true,
			title: "Data engineering manager",
			linkedin: "https://www.linkedin.com/in/ibrahim-saleh-example",
			focus: "Untangling 300 cron-scheduled SQL jobs that nobody dares to touch",
			highlight:
				"Moved Brightline's reporting jobs into an orchestrator with lineage, and retired a third of them as unused",
		})
		.interviewer("Grace Holloway", {
			email: "grace.holloway@wayne-enterprises.example",
			emailValid: true,
			title: "Analytics lead",
			focus: "Data quality checks that analysts can read and write themselves",
			highlight: "The plain-SQL test suite our analysts now add to on their own",
		})
		.nextSteps("Two more candidates this week; decision by Friday Dec 4")
		.decisionExpected("2026-12-04");

export const umbrellaHealth = () =>
	anInterview()
		.file("Interviews/2026-11-27 Umbrella Health - Senior engineer.md")
		.company("Umbrella Health")
		.role("Senior engineer")
		.at("2026-11-27T15:00", "2026-11-27T16:00")
		.with({
			format: "onsite",
			primaryContact: {
				name: "Sam Lee",
				email: "sam.lee@umbrella-health.example",
				emailValid: true,
				title: "Technical recruiter",
				linkedin: "https://www.linkedin.com/in/sam-lee-example",
				attachments: [],
				personNote: "People/Sam Lee.md",
			},
		})
		.interviewer("Jane Holt", { email: "jane@@umbrella", emailValid: false, title: "VP of engineering" })
		.interviewer("Victor Lang", {
			email: "victor.lang@umbrella-health.example",
			emailValid: true,
			title: "Senior engineer, Patient records",
		});

// A small vault with an interview in every state, and the notes that must not be taken for one.
export const NOW = "2026-11-25T18:00";

export const FIXTURE: Record<string, string> = {
	".obsidian/templates.json": '{"folder": "Templates"}',
	"Interviews/Acme.md": `---
type: interview
company: Acme
role: Engineer
interview_start: 2026-11-25T13:00
interview_end: 2026-11-25T14:30
primary_contact: Lena Okafor
primary_contact_email: lena@acme.example
interviewers:
  - name: Sam Lee
    email: sam@acme.example
  - "[[Dana Wu]]"
next_steps:
thank_you_sent:
---
# Acme
`,
	"Interviews/Globex.md": `---
type: Interview
company: Globex
role: Staff engineer
interview_start: 2026-11-24T09:00
primary_contact: Renee Alvarez
primary_contact_email: renee@globex.example
interviewers:
  - Tom Becker
next_steps: They decide by Friday
---
`,
	"Interviews/Hooli.md": `---
type: interview
company: Hooli
role: SRE
interview_start: 2026-11-17T10:00
primary_contact: Maya Chen
primary_contact_email: maya@hooli.example
next_steps: Two weeks
thank_you_sent: 2026-11-17T18:00
---
`,
	"Interviews/Late.md": `---
type: interview
company: Initech
role: Developer
interview_start: 2026-11-25T08:00
interview_end: 2026-11-25T09:00
primary_contact: Carla Mendes
primary_contact_email: carla@initech.example
next_steps: Soon
---
`,
	"Interviews/Snoozed.md": `---
type: interview
company: Cyberdyne
role: ML engineer
interview_start: 2026-11-23T10:00
primary_contact: Ines Moreau
primary_contact_email: ines@cyberdyne.example
next_steps: Next week
snoozed_until: 2026-11-27T09:00
---
`,
	"Interviews/Future.md": `---
type: interview
company: Umbrella
role: Senior engineer
interview_start: 2026-11-27T10:00
primary_contact: Sam Lee
primary_contact_email: sam.lee@umbrella.example
next_steps: Unknown yet
---
`,
	"Interviews/Broken.md": `---
type: interview
company: Massive Dynamic
role: "Research engineer
interview_start: 2026-11-19T10:00
---
`,
	"People/Dana Wu.md": `---
email: dana@acme.example
title: Engineering manager
---
# Dana Wu
`,
	"Templates/Interview.md": `---
type: interview
company:
interview_start:
---
`,
	"Notes/Plain.md": "# Just a note\n\ntype: interview\n",
	"Notes/Tags.md": "---\ntags: [reading]\n---\nNothing here.\n",
	"Notes/Code block.md": "---\ntags: [howto]\n---\n\n```yaml\ntype: interview\n```\n",
	"Notes/JS front matter.md": "---js\nglobalThis.ifuPwned = true; module.exports = { type: 'interview', interview_start: 'x' }\n---\n# JS\n",
	"Notes/JavaScript front matter.md": "---javascript\n(function () { globalThis.ifuPwned2 = true; return { type: 'interview' }; })()\n---\n",
	".trash/Old.md": "---\ntype: interview\ninterview_start: nope\n---\n",
};

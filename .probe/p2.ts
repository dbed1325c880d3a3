import { parseInterview } from "/work/main/src/core/parse";
import { DEFAULT_SETTINGS } from "/work/main/src/core/settings";
const fm = { type: "interview", company: "X", role: "Y", interview_start: "2026-11-25T13:00", interviewers: ['Robert "Bob" Halvorsen, CFP® <rh@x.com>', "Catherine Wu, CFA <cw@x.com>"] };
const r = parseInterview({ file: "a.md", frontmatter: fm as any }, DEFAULT_SETTINGS as any, () => null);
console.log(r.interview?.interviewers.map(p => [p.name, p.nickname]), r.problems);
const fm2 = { ...fm, interviewers: 'Robert "Bob" Halvorsen, CFP® <rh@x.com>, Catherine Wu, CFA <cw@x.com>' };
const r2 = parseInterview({ file: "a.md", frontmatter: fm2 as any }, DEFAULT_SETTINGS as any, () => null);
console.log(r2.interview?.interviewers.map(p => [p.name, p.nickname]), r2.problems);

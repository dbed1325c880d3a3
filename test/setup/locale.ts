// The tests read drafts in one language, whatever the machine's: British English, which writes a day
// first ("Friday 4 December"). The CLIs the tests start inherit it; the plugin reads
// `navigator.language`, which Obsidian always has and Node 20 does not. Tests of other languages set their own.
import { vi } from "vitest";

process.env.LANG = "en_GB.UTF-8";
delete process.env.LC_ALL;
delete process.env.LC_TIME;
if (typeof navigator === "undefined") vi.stubGlobal("navigator", { language: "en-GB" });
else vi.spyOn(navigator, "language", "get").mockReturnValue("en-GB");

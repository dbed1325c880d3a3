/**
 * First names that are everyday words too ("he will call", "may call", "if grant comes through"):
 * typed in lower case they are the word, and only a capital makes them the person. One list for every
 * reading of a note that looks for people by name.
 */
export const EVERYDAY_NAMES: ReadonlySet<string> = new Set([
	"april", "art", "august", "bill", "bob", "carol", "carter", "chase", "clay", "cliff", "cole", "crystal", "dawn", "dean", "don", "drew", "eve", "faith",
	"frank", "gene", "glen", "grace", "grant", "gray", "grey", "guy", "heath", "holly", "hope", "hunter", "iris", "ivy", "jack", "jay", "jean", "joy", "june",
	"kit", "lane", "lily", "mark", "mason", "max", "may", "miles", "page", "paige", "parker", "pat", "penny", "price", "ray", "reed", "rich", "rob", "rose",
	"ruby", "rusty", "sage", "sandy", "shell", "sky", "sue", "summer", "ted", "val", "wade", "will", "win",
]);

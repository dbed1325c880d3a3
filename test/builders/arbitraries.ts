// Shared fast-check arbitraries for hostile text.
import fc from "fast-check";

/**
 * Text of any UTF-16 code units: every character, lone surrogates and valid pairs included. It stands
 * in for fast-check's `unit: "binary"`, whose first use costs seconds of setup per test file (enough,
 * on a loaded machine, to push a property test past its time).
 */
export function anyCodeUnits(constraints: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
	const unit = fc.oneof(
		{ weight: 3, arbitrary: fc.integer({ min: 0, max: 0x7f }) },
		{ weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xffff }) },
		{ weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }) },
	);
	return fc.array(unit.map((n) => String.fromCharCode(n)), constraints).map((units) => units.join(""));
}

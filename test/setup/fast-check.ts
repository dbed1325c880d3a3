// Property tests are sized to run in about a second (numRuns in each test). On a loaded machine a
// property stops generating new cases after two seconds and passes on what it checked, so that a
// busy CI box slows the suite down but never fails it; a counterexample found is still a failure.
import fc from "fast-check";

fc.configureGlobal({ interruptAfterTimeLimit: 2_000, markInterruptAsFailure: false });

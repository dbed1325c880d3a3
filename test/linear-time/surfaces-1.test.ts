// Share 1 of the surfaces where text from a note, a template, the settings or an invite meets a regex: ./suite.ts.
import { surfaceTests } from "./suite";

surfaceTests(1);

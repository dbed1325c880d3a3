// Share 4 of the surfaces where text from a note, a template, the settings or an invite meets a regex: ./suite.ts.
import { surfaceTests } from "./suite";

surfaceTests(4);

// The end-to-end tests share the bench's way of starting the sandbox and Chromium.
export { openPage, openSandbox, type OpenedPage, type Sandbox } from "../../scripts/chromium.mjs";

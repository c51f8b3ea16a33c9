import { startStack, type RunningStack } from "../support/stack";

declare global {
  var __ORCHARD_STACK__: RunningStack | undefined;
}

/** Starts (or reuses, with WEB_URL) the stack once for the whole e2e run. */
export default async function globalSetup(): Promise<void> {
  const stack = await startStack();
  globalThis.__ORCHARD_STACK__ = stack;
  process.env.WEB_URL = stack.webUrl;
}

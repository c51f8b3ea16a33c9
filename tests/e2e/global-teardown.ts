export default async function globalTeardown(): Promise<void> {
  await globalThis.__ORCHARD_STACK__?.stop();
}

export default async function globalTeardown(): Promise<void> {
  await globalThis.__ORCHARD_SECURITY_API__?.stop();
}

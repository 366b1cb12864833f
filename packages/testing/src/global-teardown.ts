export default async function globalTeardown(): Promise<void> {
  const stop = (globalThis as Record<string, unknown>).__KAIKU_TEST_PG__ as (() => Promise<void>) | undefined;
  await stop?.();
}

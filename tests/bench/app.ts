export async function benchApp(): Promise<void> {}

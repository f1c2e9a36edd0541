export async function benchLoad(): Promise<void> {}

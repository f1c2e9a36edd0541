export async function benchColdStarts(): Promise<void> {}

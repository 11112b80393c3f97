export async function runBatch(_paths: string[], _opts: unknown): Promise<number> {
  process.stderr.write('chithi: batch mode is not built yet\n');
  return 2;
}

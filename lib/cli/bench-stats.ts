import { performance } from "node:perf_hooks";

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

// Runs `work` after a warm-up and returns p50/p95 in milliseconds.
export async function measure(iterations: number, work: (index: number) => Promise<unknown>) {
  for (let index = 0; index < 3; index += 1) await work(index);
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const start = performance.now();
    await work(index);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export function formatRow(
  label: string,
  result: { p50: number; p95: number },
  baseline?: number,
): string {
  const ratio = baseline ? `  ${(result.p50 / baseline).toFixed(1)}× baseline` : "";
  return `${label.padEnd(44)} p50 ${result.p50.toFixed(1).padStart(7)} ms   p95 ${result.p95.toFixed(1).padStart(7)} ms${ratio}`;
}

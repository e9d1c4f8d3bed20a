/**
 * How a benchmark hands its figures to `npm run bench` (scripts/bench.mjs): one JSON line per figure,
 * appended to the file named by BENCH_RESULTS. Run on its own, a benchmark only prints.
 */
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Figure {
  /** What is measured, e.g. "Questionnaire, large (212 items)". */
  area: string;
  /** The figure, e.g. "first render, painted". */
  measure: string;
  unit: 'ms' | 'KB gzip' | 'score' | 'count';
  /** Nära's figure; null when it could not be measured. */
  ours: number | null;
  /** The same figure for the peer, measured in the same run. */
  peer?: number | null;
  peerName?: string;
  /** Further peers measured in the same run. */
  others?: { name: string; value: number | null }[];
  /** The plain-DOM floor, where there is one. */
  floor?: number | null;
  /** How many runs the median is over. */
  runs?: number;
  /** Whether lower (times, bytes) or higher (scores) is better. */
  better?: 'lower' | 'higher';
  note?: string;
}

export function record(...figures: Figure[]): void {
  const file = process.env.BENCH_RESULTS;
  if (!file) return;
  for (const figure of figures) appendFileSync(file, JSON.stringify({ better: 'lower', ...figure }) + '\n');
}

export function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The Chromium flags every browser benchmark launches with. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'];

/** A free TCP port on the loopback, for a benchmark's own server. */
export const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

import { HttpProblem } from '../http/problem.js';

/** How much one patient may hold at once. Configurable per deployment (server-node reads `NARA_QUOTA_*`). */
export interface Quotas {
  /** Queued or open conversations per clinic. */
  openConversationsPerClinic: number;
  /** Booked times per clinic that have not started yet. */
  futureBookingsPerClinic: number;
  /** Bytes of files stored, all files together. */
  storedBytes: number;
  /** Uploads streaming in at the same time (per process). */
  concurrentUploads: number;
  /** Hours an uploaded file nobody refers to is kept. */
  unreferencedFileHours: number;
}

export const DEFAULT_QUOTAS: Quotas = {
  openConversationsPerClinic: 5,
  futureBookingsPerClinic: 5,
  storedBytes: 100 * 1024 * 1024,
  concurrentUploads: 2,
  unreferencedFileHours: 24,
};

/** 409 with the stable code `quota-exceeded`: the client shows what to do (close or cancel something, or call). */
export const quotaExceeded = (detail: string) => new HttpProblem(409, 'quota-exceeded', detail);

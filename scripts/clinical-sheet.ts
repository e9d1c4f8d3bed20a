/**
 * Writes docs/clinical-sheet.md from the triage catalogue (reason → questions → rules → urgency,
 * profession, advice, source) for a clinician to review and sign off.
 *   npm run clinical-sheet            rewrite the sheet
 *   npm run clinical-sheet -- --check fail when the sheet is out of date (the triage node test runs the same comparison)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { clinicalSheet } from '../packages/triage/src/clinical-sheet.js';

export const SHEET = 'docs/clinical-sheet.md';
const sheet = clinicalSheet() + '\n';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(SHEET, 'utf8');
  } catch {}
  if (current !== sheet) {
    console.error(`${SHEET} is stale: run npm run clinical-sheet`);
    process.exit(1);
  }
} else {
  writeFileSync(SHEET, sheet);
  console.log(`wrote ${SHEET} (${sheet.split('\n').length} lines)`);
}

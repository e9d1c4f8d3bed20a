import { responseFromAnswers, type PlainAnswer } from './answers.js';
import { findReason } from './catalogue.js';
import { assess, type AssessmentOutcome } from './engine.js';
import { severity, type Subject, type Urgency } from './model.js';
import { buildQuestionnaire, reasonQuestions } from './questionnaire.js';
import { RED_FLAGS } from './red-flags.js';
import { checkResponse, type ResponseIssue } from './response-check.js';
import { REASSURING, type VignetteRow } from './vignettes.js';

/** The two emergency levels: 112, or the emergency department now. */
export const isEmergency = (urgency: Urgency) => severity(urgency) >= severity('emergency-department');

export interface VignetteRun {
  row: VignetteRow;
  outcome: AssessmentOutcome;
  issues: ResponseIssue[];
}

/**
 * Runs one story as a patient would submit it: its answers plus reassuring answers to required
 * questions it leaves out, worded for the patient or the child. `screen` = `truthful` answers the
 * emergency screen as the story says; `no` answers every screen question "no" (as patients often do).
 */
export function runVignette(row: VignetteRow, screen: 'truthful' | 'no' = 'truthful', locale: 'sv' | 'en' = 'sv'): VignetteRun {
  const [story, reasonId, who, answers, redFlags] = row;
  const reason = findReason(reasonId);
  if (!reason) throw new Error(`Vignette "${story}" names an unknown reason ${reasonId}`);
  const wording = who === 'self' ? 'self' : 'child';
  const questionnaire = buildQuestionnaire(reason, locale, wording);
  const full: Record<string, PlainAnswer> = { description: story };
  if (reason.category === 'medical') Object.assign(full, { since: 'days-1-3', overall: 6 });
  for (const question of reasonQuestions(reason, wording)) {
    if (question.required && !(question.id in full)) full[question.id] = REASSURING[question.id] ?? false;
  }
  Object.assign(full, answers);
  const response = responseFromAnswers(questionnaire, full);
  const subject: Subject = who === 'self' ? { kind: 'self' } : { kind: 'child', ageMonths: who };
  const flags = Object.fromEntries(RED_FLAGS.map((flag) => [flag.id, screen === 'truthful' && redFlags.includes(flag.id)]));
  return { row, outcome: assess({ reason, response, subject, redFlags: flags }, locale), issues: checkResponse(questionnaire, response) };
}

export interface TriageRates {
  total: number;
  emergencies: number;
  /** Emergencies (expected at 112 or the emergency department) that came out below the emergency department. */
  missedEmergencies: string[];
  /** Share of emergencies still at the emergency department or above. */
  emergencyCatch: number;
  /** Share of all stories triaged less urgently than expected. */
  underTriage: number;
  /** Share of all stories triaged more urgently than expected. */
  overTriage: number;
  /** Stories two or more levels below what was expected. */
  badlyUnder: string[];
  mismatches: string[];
}

/** Under- and over-triage of a set of stories, with the emergency screen answered truthfully or "no". */
export function triageRates(rows: VignetteRow[], screen: 'truthful' | 'no'): TriageRates {
  const runs = rows.map((row) => runVignette(row, screen));
  const emergencies = runs.filter((r) => isEmergency(r.row[5]));
  const missed = emergencies.filter((r) => !isEmergency(r.outcome.urgency));
  const diff = (r: VignetteRun) => severity(r.outcome.urgency) - severity(r.row[5]);
  return {
    total: runs.length,
    emergencies: emergencies.length,
    missedEmergencies: missed.map((r) => `${r.row[0]} (${r.row[1]}) → ${r.outcome.urgency}`),
    emergencyCatch: emergencies.length ? (emergencies.length - missed.length) / emergencies.length : 1,
    underTriage: runs.filter((r) => diff(r) < 0).length / runs.length,
    overTriage: runs.filter((r) => diff(r) > 0).length / runs.length,
    badlyUnder: runs.filter((r) => diff(r) <= -2).map((r) => `${r.row[0]} (${r.row[1]}): expected ${r.row[5]}, got ${r.outcome.urgency}`),
    mismatches: runs.filter((r) => diff(r) !== 0).map((r) => `${r.row[0]} (${r.row[1]}): expected ${r.row[5]}, got ${r.outcome.urgency}`),
  };
}

export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

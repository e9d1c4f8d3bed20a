import { AssessmentRequest, Subject as SubjectSchema, type Assessment, type Locale, type Questionnaire, type ReasonSummary, type RecommendedAction, type RedFlag, type Subject, type Urgency } from '@nara/contract';
import type { QuestionnaireResponse } from '@nara/fhir';
import {
  CATALOGUE,
  RED_FLAGS,
  assess,
  buildQuestionnaire,
  checkResponse,
  findReasonByQuestionnaire,
  redFlagsFor,
  searchSynonyms,
  type ContactReason,
} from '@nara/triage';
import { HttpProblem, notFound, validate } from '../http/problem.js';
import type { Store } from '../stores/store.js';
import type { ClinicDirectory } from './clinics.js';

type Problems = { path: string; message: string }[];

/** Resolves recommended next steps against what a clinic can carry out (see `resolveNextSteps`). */
export type NextStepResolver = (actions: RecommendedAction[], urgency: Urgency, clinic: string, locale: Locale) => Promise<RecommendedAction[]>;

/** The reason an emergency is filed under when the request named none that can be used. */
const FALLBACK_REASON = 'annat-medicinskt';

/** The known red flags a request answered "yes", read from the raw body so no validation can hide them. */
function screenYes(raw: unknown): Record<string, boolean> {
  const flags = raw && typeof raw === 'object' ? (raw as { redFlags?: unknown }).redFlags : undefined;
  if (!flags || typeof flags !== 'object') return {};
  return Object.fromEntries(RED_FLAGS.filter((flag) => (flags as Record<string, unknown>)[flag.id] === true).map((flag) => [flag.id, true]));
}

function subjectOf(raw: unknown): Subject {
  const subject = raw && typeof raw === 'object' ? (raw as { subject?: unknown }).subject : undefined;
  const parsed = SubjectSchema.safeParse(subject);
  return parsed.success ? (parsed.data.kind === 'child' ? { kind: 'child', ageMonths: parsed.data.ageMonths! } : { kind: 'self' }) : { kind: 'self' };
}

const VALUE_KEYS = ['valueBoolean', 'valueDecimal', 'valueInteger', 'valueString', 'valueDate', 'valueDateTime', 'valueTime', 'valueUri', 'valueCoding', 'valueQuantity', 'valueAttachment'];
type Loose = Record<string, unknown>;
const pick = (from: Loose, keys: string[]) => Object.fromEntries(keys.filter((k) => Object.hasOwn(from, k) && from[k] !== undefined).map((k) => [k, from[k]]));
const pickItems = (items: unknown): Loose[] | undefined =>
  Array.isArray(items)
    ? items.map((raw: Loose) => ({
        ...pick(raw, ['linkId', 'text']),
        ...(Array.isArray(raw.answer) ? { answer: raw.answer.map((a: Loose) => ({ ...pick(a, VALUE_KEYS), ...(a.item ? { item: pickItems(a.item) } : {}) })) } : {}),
        ...(raw.item ? { item: pickItems(raw.item) } : {}),
      }))
    : undefined;

/** A checked QuestionnaireResponse with only the fields FHIR defines for it kept: nothing else a client sent is stored. */
function storedResponse(response: QuestionnaireResponse): QuestionnaireResponse {
  const item = pickItems(response.item);
  return { ...(pick(response as unknown as Loose, ['resourceType', 'questionnaire', 'status', 'authored']) as unknown as QuestionnaireResponse), ...(item ? { item } : {}) } as QuestionnaireResponse;
}

const messages = {
  sv: {
    unknownReason: 'Det finns ingen sådan sökorsak.',
    unknownClinic: 'Det finns ingen sådan vårdcentral.',
    notAtClinic: 'Vårdcentralen erbjuder inte den här sökorsaken.',
    forChild: 'Sökorsaken gäller barn; ange barnets ålder.',
    forAdult: 'Sökorsaken gäller vuxna; välj en sökorsak för barn.',
    unknownFlag: 'Det finns ingen sådan akutfråga.',
    unanswered: 'Akutfrågan måste besvaras.',
    notYesNo: 'Svara ja eller nej på akutfrågan.',
    invalid: 'Svaren stämmer inte med formuläret.',
    invalidRequest: 'Förfrågan är inte giltig.',
  },
  en: {
    unknownReason: 'There is no such contact reason.',
    unknownClinic: 'There is no such clinic.',
    notAtClinic: 'The clinic does not offer this contact reason.',
    forChild: "This contact reason is for children; give the child's age.",
    forAdult: 'This contact reason is for adults; choose a reason for children.',
    unknownFlag: 'There is no such emergency question.',
    unanswered: 'The emergency question must be answered.',
    notYesNo: 'Answer the emergency question yes or no.',
    invalid: 'The answers do not match the questionnaire.',
    invalidRequest: 'The request is not valid.',
  },
};

/** Contact reasons, the emergency screen, questionnaires and assessments, from `@nara/triage`. */
export class TriageService {
  private readonly byId: Map<string, ContactReason>;

  constructor(
    private readonly store: Store,
    private readonly clinics: ClinicDirectory,
    private readonly now: () => Date = () => new Date(),
    private readonly catalogue: ContactReason[] = CATALOGUE,
    /** With a clinic named, the next steps are checked against what it offers and has free time for. */
    private readonly nextSteps?: NextStepResolver,
  ) {
    this.byId = new Map(catalogue.map((reason) => [reason.id, reason]));
  }

  /** Reasons the clinic switched off are not offered; child-health (BVC) errands only where the clinic has a child-health centre. */
  private offered(reason: ContactReason, clinic: string | undefined): boolean {
    if (!clinic) return true;
    if (!this.clinics.offersReason(clinic, reason.id)) return false;
    const hasChildHealth = this.clinics.seed(clinic).services.some((s) => s.id === 'child-health');
    return hasChildHealth || reason.family.id !== 'child-health-centre';
  }

  listReasons(clinic: string | undefined, locale: Locale): ReasonSummary[] {
    if (clinic) this.clinics.seed(clinic); // 404 for an unknown clinic
    return this.catalogue
      .filter((reason) => this.offered(reason, clinic))
      .map((reason) => ({
        id: reason.id,
        title: reason.title[locale],
        // The catalogue's synonyms and the search vocabulary (patients' words for the reason).
        synonyms: searchSynonyms(reason, locale),
        category: reason.category,
        audience: reason.audience,
        questionnaireId: reason.questionnaireId,
        popularity: reason.popularity,
        profession: reason.profession,
      }));
  }

  redFlags(subject: 'self' | 'child' | undefined, locale: Locale): RedFlag[] {
    return (subject ? redFlagsFor(subject) : RED_FLAGS).map((flag) => ({
      id: flag.id,
      question: flag.question[locale],
      ...(flag.help ? { help: flag.help[locale] } : {}),
      audience: flag.audience,
      ...(flag.advice ? { advice: flag.advice[locale] } : {}),
    }));
  }

  questionnaire(id: string, locale: Locale, subject?: 'self' | 'child'): Questionnaire {
    const reason = findReasonByQuestionnaire(id);
    if (!reason || !this.byId.has(reason.id)) throw notFound(`Questionnaire ${id}`);
    return buildQuestionnaire(reason, locale, subject);
  }

  /**
   * Checks the request (a parsed JSON body), assesses it and saves the case (to the person, when
   * signed in). A "yes" to a known red flag is answered with the emergency outcome even when the
   * rest of the request is malformed: safety first. Otherwise problems are a 422 naming the fields.
   */
  async assess(raw: unknown, person: string | undefined, locale: Locale): Promise<Assessment> {
    const yes = screenYes(raw);
    const emergency = Object.keys(yes).length > 0;
    const parsed = AssessmentRequest.safeParse(raw);
    if (!parsed.success) {
      if (!emergency) validate(AssessmentRequest, raw); // throws the 422 naming the fields
      const reason = this.byId.get(FALLBACK_REASON)!;
      // Only what was read from the body is kept: the red flags answered yes and a well-formed subject.
      const request = { reasonId: reason.id, subject: subjectOf(raw), redFlags: yes, response: { resourceType: 'QuestionnaireResponse' as const, status: 'completed' as const } };
      return this.save(reason, request, request.response, person, locale);
    }
    const request = parsed.data;
    const t = messages[locale];
    const known = this.byId.get(request.reasonId);
    if (!known && !emergency) throw new HttpProblem(422, 'invalid', t.unknownReason, [{ path: 'reasonId', message: t.unknownReason }]);
    const reason = known ?? this.byId.get(FALLBACK_REASON)!;
    const problems: Problems = [];
    const clinic = request.clinic && this.clinics.has(request.clinic) ? request.clinic : undefined;
    if (request.clinic && !clinic) problems.push({ path: 'clinic', message: t.unknownClinic });
    if (!this.offered(reason, clinic)) problems.push({ path: 'reasonId', message: t.notAtClinic });
    if (reason.audience === 'child' && request.subject.kind !== 'child') problems.push({ path: 'subject', message: t.forChild });
    if (reason.audience === 'adult' && request.subject.kind === 'child') problems.push({ path: 'subject', message: t.forAdult });
    for (const [id, answer] of Object.entries(request.redFlags)) {
      if (!RED_FLAGS.some((flag) => flag.id === id)) problems.push({ path: `redFlags.${id}`, message: t.unknownFlag });
      else if (typeof answer !== 'boolean') problems.push({ path: `redFlags.${id}`, message: t.notYesNo });
    }
    for (const flag of redFlagsFor(request.subject.kind)) {
      if (typeof request.redFlags[flag.id] !== 'boolean') problems.push({ path: `redFlags.${flag.id}`, message: t.unanswered });
    }
    const questionnaire = buildQuestionnaire(reason, locale, request.subject.kind);
    const response = request.response as QuestionnaireResponse;
    for (const issue of checkResponse(questionnaire, response, locale)) {
      problems.push({ path: issue.path === '(root)' ? 'response' : `response.${issue.path}`, message: issue.message });
    }
    if (problems.length && !emergency) {
      const onlyResponse = problems.every((p) => p.path.startsWith('response'));
      throw new HttpProblem(422, 'invalid', onlyResponse ? t.invalid : t.invalidRequest, problems.slice(0, 50));
    }
    const redFlags = Object.fromEntries(RED_FLAGS.filter((flag) => typeof request.redFlags[flag.id] === 'boolean').map((flag) => [flag.id, request.redFlags[flag.id]]));
    return this.save(reason, { ...request, clinic, response, redFlags }, storedResponse(response), person, locale);
  }

  private async save(
    reason: ContactReason,
    request: { clinic?: string; subject: Subject; redFlags: Record<string, boolean>; response: QuestionnaireResponse },
    stored: unknown,
    person: string | undefined,
    locale: Locale,
  ): Promise<Assessment> {
    const outcome = assess({ reason, response: request.response, subject: request.subject, redFlags: request.redFlags }, locale);
    const assessment: Assessment = {
      id: crypto.randomUUID(),
      reasonId: reason.id,
      created: this.now().toISOString(),
      urgency: outcome.urgency,
      redFlagsMet: outcome.redFlagsMet,
      why: outcome.why,
      actions: request.clinic && this.nextSteps ? await this.nextSteps(outcome.actions, outcome.urgency, request.clinic, locale) : outcome.actions,
      profession: outcome.profession,
      selfCare: outcome.selfCare,
      safetyNet: outcome.safetyNet,
      demo: outcome.demo,
      notice: outcome.notice,
    };
    // Files given as answers belong to the case now: they no longer expire.
    const files = [...JSON.stringify(stored).matchAll(/\/v1\/attachments\/([\w-]{1,200})"/g)].map((m) => m[1]);
    if (files.length && person) await this.store.attachments.markReferenced(person, files);
    await this.store.cases.put({
      id: assessment.id,
      ...(person ? { person } : {}),
      ...(request.clinic ? { clinic: request.clinic } : {}),
      reasonId: reason.id,
      subject: request.subject,
      redFlags: request.redFlags,
      response: stored,
      assessment,
      created: assessment.created,
    });
    return assessment;
  }
}

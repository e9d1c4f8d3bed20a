import type { FormModel, FormNode } from './model.js';
import { translated } from './extensions.js';
import type { QuestionnaireResponse, QuestionnaireResponseItem, Reference } from './types.js';

export interface ResponseOptions {
  status?: QuestionnaireResponse['status'];
  /** When the answers were given; default now. */
  authored?: string;
  subject?: Reference;
  /** The language of the `text` copied into the response; default the Questionnaire's own. */
  locale?: string;
}

/** The canonical reference to a Questionnaire: `url|version`, `url`, or `Questionnaire/id`. */
export function canonicalOf(q: { url?: string; version?: string; id?: string }): string | undefined {
  if (q.url) return q.version ? `${q.url}|${q.version}` : q.url;
  return q.id ? `Questionnaire/${q.id}` : undefined;
}

/**
 * The QuestionnaireResponse (R4) of the form: enabled items with answers only, groups that contain
 * answers, a question's child items nested under its answer, each item's text.
 */
export function buildResponse(model: FormModel, options: ResponseOptions = {}): QuestionnaireResponse {
  const locale = options.locale ?? model.questionnaire.language ?? 'sv';
  const toItem = (node: FormNode): QuestionnaireResponseItem | undefined => {
    const d = node.definition;
    if (d.type === 'display' || !model.enabled(node)) return undefined;
    const children = node.children.map(toItem).filter((x): x is QuestionnaireResponseItem => !!x);
    const base: QuestionnaireResponseItem = { linkId: d.linkId };
    if (d.item.definition) base.definition = d.item.definition;
    const text = translated(d.item.text, d.item._text, locale);
    if (text !== undefined) base.text = text;
    if (d.type === 'group') return children.length ? { ...base, item: children } : undefined;
    const answers = model.answersAt(node.path);
    if (!answers.length) return undefined;
    return { ...base, answer: answers.map((a, i) => (i === 0 && children.length ? { ...a, item: children } : { ...a })) };
  };
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: canonicalOf(model.questionnaire),
    status: options.status ?? 'completed',
    authored: options.authored ?? new Date().toISOString(),
  };
  if (!response.questionnaire) delete response.questionnaire;
  if (options.subject) response.subject = options.subject;
  const items = model.roots.map(toItem).filter((x): x is QuestionnaireResponseItem => !!x);
  if (items.length) response.item = items;
  return response;
}

import type { Locale } from '@nara/contract';
import type { ReportForm } from '@nara/contract/staff';
import type { RatingScale } from '../seed/rating-scales.js';
import { itemLinkId } from '../seed/rating-scales.js';

type Score = NonNullable<ReportForm['score']>;
interface ResponseItem {
  linkId?: string;
  answer?: { valueCoding?: { code?: string }; item?: ResponseItem[] }[];
  item?: ResponseItem[];
}

/** Every answered item of a QuestionnaireResponse by linkId (nested items too). */
function answersByLinkId(response: unknown): Map<string, ResponseItem> {
  const found = new Map<string, ResponseItem>();
  const walk = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items as ResponseItem[]) {
      if (item && typeof item.linkId === 'string' && !found.has(item.linkId)) found.set(item.linkId, item);
      walk(item?.item);
      for (const answer of item?.answer ?? []) walk(answer?.item);
    }
  };
  walk((response as { item?: unknown } | null)?.item);
  return found;
}

/**
 * A rating scale's score from the patient's answer: each item's score is looked up from the code the
 * patient chose in the scale's own options (a code the scale does not have counts as unanswered),
 * so a client can never set the score. Bands and alerts are the scale's.
 */
export function scoreResponse(scale: RatingScale, response: unknown, locale: Locale): Score {
  const answers = answersByLinkId(response);
  let total = 0;
  let incomplete = false;
  const itemScores: (number | undefined)[] = scale.items.map((item, index) => {
    const code = answers.get(itemLinkId(scale, index))?.answer?.[0]?.valueCoding?.code;
    const option = (item.options ?? scale.options ?? []).find(([, score]) => String(score) === code);
    if (!option) {
      incomplete = true;
      return undefined;
    }
    total += option[1];
    return option[1];
  });
  const max = scale.items.reduce((sum, item) => sum + Math.max(...(item.options ?? scale.options ?? []).map(([, s]) => s)), 0);
  const band = scale.bands.find((b) => total >= b.min && total <= b.max) ?? scale.bands[scale.bands.length - 1];
  const alerts = scale.alerts.filter((a) => (itemScores[a.item - 1] ?? 0) >= a.atLeast).map((a) => a.message[locale]);
  return { total, max, band: { code: band.code, label: band.label[locale], min: band.min, max: band.max }, alerts, incomplete };
}

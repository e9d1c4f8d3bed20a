import { html, nothing } from 'lit';
import type { ReportAnswer, ReportAttachment, ReportForm, StaffReport } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { careWords } from '../base/care-words.js';
import { strings } from './strings.js';

/** What the report view needs from the element: pictures already fetched, and opening a file. */
export interface ReportView {
  locale: Locale;
  /** `data:` URLs of fetched pictures, by attachment id. */
  pictures: Map<string, string>;
  openFile(attachment: ReportAttachment): void;
}

function answers(list: ReportAnswer[], attachments: ReportAttachment[], view: ReportView) {
  return html`<dl>
    ${list.map(
      (a) => html`<dt class="depth-${Math.min(2, a.depth)}">${a.question}</dt>
        <dd class="depth-${Math.min(2, a.depth)}">${a.attachmentIds?.length
          ? a.attachmentIds.map((id) => {
              const file = attachments.find((f) => f.id === id);
              return file ? attachment(file, view) : a.answers.join(', ');
            })
          : a.answers.join(', ')}</dd>`,
    )}
  </dl>`;
}

/** A picture is shown inline; a PDF (or a picture not fetched yet) is a button that opens it. */
function attachment(file: ReportAttachment, view: ReportView) {
  const s = strings[view.locale];
  const url = view.pictures.get(file.id);
  if (file.contentType.startsWith('image/') && url) {
    return html`<figure class="picture"><img src=${url} alt=${s.picture(file.name)} /><figcaption>${file.name}</figcaption></figure>`;
  }
  return html`<button class="button quiet" type="button" @click=${() => view.openFile(file)}>${s.openFile(file.name)}</button>`;
}

function form(f: ReportForm, view: ReportView) {
  const s = strings[view.locale];
  return html`<li>
    <h4>${f.title}</h4>
    ${f.score
      ? html`<p class="score">${s.score(f.score.total, f.score.max, f.score.band.label)}</p>
          ${f.score.alerts.map((a) => html`<p class="alert-text">${a}</p>`)} ${f.score.incomplete ? html`<p>${s.incomplete}</p>` : nothing}`
      : f.answeredAt
        ? nothing
        : html`<p class="meta">${s.waitingForAnswer}</p>`}
    ${f.answers.length ? answers(f.answers, [], view) : nothing}
  </li>`;
}

/** The patient's report: reason, subject, every answer, the assessment and advice, files, scored forms. */
export function renderReport(report: StaffReport, view: ReportView) {
  const s = strings[view.locale];
  const words = careWords[view.locale];
  const a = report.assessment;
  const formFiles = report.attachments.filter((f) => f.source === 'form');
  const chatFiles = report.attachments.filter((f) => f.source === 'message');
  return html`<section aria-labelledby="report-h">
    <h3 id="report-h">${s.report}</h3>
    ${report.reason ? html`<p><strong>${s.reason}:</strong> ${report.reason.title}</p>` : nothing}
    ${a
      ? html`<h4>${s.assessment}</h4>
          <dl>
            <dt>${s.urgency}</dt>
            <dd>${words.urgency[a.urgency]}</dd>
            ${a.redFlagsMet.length ? html`<dt>${s.redFlags}</dt><dd class="alert-text">${a.redFlagsMet.join('\n')}</dd>` : nothing}
            ${a.why.length ? html`<dt>${s.why}</dt><dd>${a.why.join('\n')}</dd>` : nothing}
            ${a.selfCare.length ? html`<dt>${s.advice}</dt><dd>${a.selfCare.join('\n')}</dd>` : nothing}
            <dt>${s.safetyNet}</dt>
            <dd>${a.safetyNet}</dd>
          </dl>`
      : nothing}
    <h4>${s.answers}</h4>
    ${report.answers.length ? answers(report.answers, formFiles, view) : html`<p>${s.noAnswers}</p>`}
    ${chatFiles.length
      ? html`<h4>${s.attachments}</h4>
          <ul class="plain">
            ${chatFiles.map((f) => html`<li>${attachment(f, view)}</li>`)}
          </ul>`
      : nothing}
    ${report.forms.length
      ? html`<h4>${s.forms}</h4>
          <ul class="plain">
            ${report.forms.map((f) => form(f, view))}
          </ul>`
      : nothing}
  </section>`;
}

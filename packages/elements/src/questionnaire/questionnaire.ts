import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  FormModel,
  QuestionnaireError,
  buildResponse,
  translated,
  validateForm,
  validateNode,
  type AnswerValue,
  type FormNode,
  type QuestionnaireResponse,
  type ValidationIssue,
} from '@nara/fhir';
import type { CareBackend } from '@nara/contract';
import { LocalizedElement } from '../base/localized-element.js';
import { loadOnce } from '../base/load-once.js';
import { contentLanguage, contentNote } from '../base/content-language.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { base, tokens } from '../styles/tokens.js';
import { addStyles } from '../styles/add-styles.js';
import type { AttachmentUploads } from './attachment-uploads.js';
import type { DateStrings } from './date-strings.js';
import type { FieldContext } from './field-context.js';
import { styles } from './questionnaire.styles.js';
import { heading } from './render-group.js';
import { renderItem } from './render-item.js';
import { strings } from './strings.js';

type AttachmentModule = typeof import('./render-attachment.js');
type SliderModule = typeof import('./render-slider.js');
type DateTextModule = typeof import('./date-text.js');

// Field kinds few forms have: each loads the first time a form has one, before that form renders.
const loadAttachments = loadOnce(() => import('./render-attachment.js'));
const loadSlider = loadOnce(() => import('./render-slider.js'));
const loadDateText = loadOnce(() => import('./date-text.js'));

/** Starts loading the slider while a form that will have one is fetched, so that form need not wait for it after. */
export const preloadSlider = (): void => void loadSlider().catch(() => undefined);

/** Which of those a Questionnaire (object or JSON text, checked or not) has anywhere. */
function lazyFieldsIn(questionnaire: unknown) {
  let json = '';
  try {
    json = (typeof questionnaire === 'string' ? questionnaire : JSON.stringify(questionnaire)) ?? '';
  } catch {
    // not JSON at all: the definition checks say what is wrong
  }
  return {
    attachment: /"type"\s*:\s*"attachment"/.test(json),
    slider: /"code"\s*:\s*"slider"/.test(json),
    dateText: /"type"\s*:\s*"(date|dateTime|time|url)"/.test(json),
  };
}

/**
 * @tagname nara-questionnaire
 * @summary Renders any FHIR R4 Questionnaire as an accessible form and produces its QuestionnaireResponse.
 *
 * @fires nara-change - An answer changed. Detail: `{ response }` (status `in-progress`).
 * @fires nara-submit - The person sent a valid form. Detail: `{ response }` (status `completed`).
 * @fires nara-error - The Questionnaire is malformed, or an attachment could not be sent. Detail: `{ code, message }`.
 * @fires nara-auth-required - Sending an attachment needs the person to sign in. Detail: `{ retry }`.
 *
 * @csspart error - The message shown when the Questionnaire cannot be used.
 * @csspart group - A group of items.
 * @csspart error-summary - The list of errors shown on submit.
 * @csspart submit - The send button.
 * @csspart progress - "Step 2 of 4" when paged.
 *
 * @cssprop --nara-color-primary - Buttons, focus and selected options.
 * @cssprop --nara-color-danger - Errors.
 */
export class NaraQuestionnaire extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    api: {},
    demo: { type: Boolean },
    backend: { attribute: false },
    questionnaire: { attribute: false },
    readonly: { type: Boolean, reflect: true },
    paged: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    submitLabel: { attribute: 'submit-label' },
    noTitle: { type: Boolean, attribute: 'no-title' },
    model: { state: true, attribute: false },
    formError: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    page: { state: true, attribute: false },
    summary: { state: true, attribute: false },
  };
  static override styles = [tokens, base, styles];

  // A backend is needed only to send attachments: its plumbing loads with the attachment field.
  /** Base URL of the backend that stores attachments, when the element is used without a provider. */
  api?: string;

  /** Use the in-page demo backend (no network) for attachments. */
  demo = false;

  /** A backend object to send attachments to instead of `api`/`demo` (any `CareBackend`). */
  backend?: CareBackend;

  /** The FHIR R4 Questionnaire to render (an object, or its JSON text). */
  questionnaire?: unknown;

  /** Show the form read-only (e.g. for review). */
  readonly = false;

  /** One top-level group per step, with back and next. Also on when a top-level group has itemControl `page`. */
  paged = false;

  /** The level of the title's heading; groups go one deeper. */
  headingLevel = 2;

  /** The send button's text; defaults to "Skicka" / "Send". */
  submitLabel?: string;

  /** Leave out the questionnaire's title, when the page around the form already says what it is about. */
  noTitle = false;

  private model?: FormModel;
  private formError?: QuestionnaireError;
  private submitted = false;
  private page = 0;
  private summary: ValidationIssue[] = [];

  private readonly touched = new Set<string>();
  private readonly ids = new Map<string, number>();
  private prefill?: QuestionnaireResponse;
  private readonly focusNext = new FocusAfterRender(this);
  /** Attachment items' field and uploads, once loaded (only for a form that has one). */
  private attachments?: { module: AttachmentModule; uploads: AttachmentUploads };
  /** The slider, once loaded (only for a form that has one). */
  private slider?: SliderModule;
  private scanned?: unknown;
  /** The parsing of date, time and url text, once loaded (only for a form that has such an item). */
  private dateText?: DateTextModule;
  private needs = { attachment: false, slider: false, dateText: false };

  private get s() {
    return strings[this.lang_];
  }

  /** The answers so far as a QuestionnaireResponse (`in-progress`); set it to prefill the form. */
  get response(): QuestionnaireResponse | undefined {
    return this.model && buildResponse(this.model, { status: 'in-progress', locale: this.lang_ });
  }

  set response(value: QuestionnaireResponse | undefined) {
    // kept until a questionnaire arrives, else loaded at once
    this.prefill = this.model ? undefined : value;
    if (value && this.model) this.model.load(value);
  }

  /**
   * A form with an attachment item, a slider or a date, time or url item renders once what that field
   * needs is loaded (as a language's strings are), so it appears whole; other forms render at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.scanned !== this.questionnaire) {
      this.scanned = this.questionnaire;
      this.needs = lazyFieldsIn(this.questionnaire);
    }
    const loads: Promise<void>[] = [];
    if (this.needs.attachment && !this.attachments) {
      loads.push(loadAttachments().then((module) => void (this.attachments = { module, uploads: module.createUploads(this, () => this.provided) })));
    }
    if (this.needs.slider && !this.slider) loads.push(loadSlider().then((module) => void (this.slider = module)));
    if (this.needs.dateText && !this.dateText) loads.push(loadDateText().then((module) => void (this.dateText = module)));
    if (!loads.length) return super.scheduleUpdate();
    return Promise.allSettled(loads).then((results) => {
      for (const result of results) if (result.status === 'rejected') console.warn('Nära: a form field did not load', result.reason);
      const fieldStyles = [this.attachments?.module.styles, this.slider?.styles].filter((style) => style !== undefined);
      addStyles(this.renderRoot, ...fieldStyles);
      return super.scheduleUpdate();
    });
  }

  /** Shows every error (with a summary that takes focus); true when the form can be sent. */
  reportValidity(): boolean {
    return this.check(this.model?.roots ?? []);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('questionnaire')) return;
    this.model = undefined;
    this.formError = undefined;
    this.touched.clear();
    this.submitted = false;
    this.summary = [];
    this.page = 0;
    if (this.questionnaire === undefined) return;
    try {
      let questionnaire = this.questionnaire;
      if (typeof questionnaire === 'string') {
        try {
          questionnaire = JSON.parse(questionnaire);
        } catch {
          throw new QuestionnaireError('not valid JSON', '(root)');
        }
      }
      const model = new FormModel(questionnaire, this.dateText?.parseText);
      if (this.prefill) model.load(this.prefill);
      this.prefill = undefined;
      model.subscribe(() => {
        this.requestUpdate();
        this.emit('nara-change', { response: buildResponse(model, { status: 'in-progress', locale: this.lang_ }) });
      });
      this.model = model;
    } catch (error) {
      // whatever goes wrong, the page keeps working and says what
      this.formError = error instanceof QuestionnaireError ? error : new QuestionnaireError(String((error as Error)?.message ?? error), '(root)');
      this.emit('nara-error', { code: 'invalid', message: this.formError.message });
    }
  }

  /** Top-level items by step: each top-level group is a step, items between groups share one. */
  private pages(): FormNode[][] {
    const model = this.model!;
    const roots = model.roots.filter((n) => model.enabled(n) && !n.definition.hidden);
    const paged = this.paged || roots.some((n) => n.definition.control === 'page');
    if (!paged) return [roots];
    const pages: FormNode[][] = [];
    for (const node of roots) {
      const last = pages[pages.length - 1];
      const isGroup = node.definition.type === 'group';
      if (last && ((!isGroup && last[0].definition.type !== 'group') || (isGroup && last[0].definition === node.definition))) last.push(node);
      else pages.push([node]);
    }
    return pages.length ? pages : [[]];
  }

  private check(roots: FormNode[]): boolean {
    const model = this.model;
    if (!model) return false;
    this.submitted = true;
    this.summary = validateForm(model, roots);
    if (this.summary.length) this.focusNext.request('.error-summary');
    return this.summary.length === 0;
  }

  private onSubmit(event: Event) {
    event.preventDefault();
    if (this.readonly || !this.model) return;
    const pages = this.pages();
    const page = Math.min(this.page, pages.length - 1);
    if (page < pages.length - 1) return this.go(1);
    if (!this.check(this.model.roots)) return;
    this.emit('nara-submit', { response: buildResponse(this.model, { status: 'completed', locale: this.lang_ }) });
  }

  private go(by: 1 | -1) {
    const pages = this.pages();
    const page = Math.min(this.page, pages.length - 1);
    if (by === 1 && !this.check(pages[page])) return;
    this.submitted = false;
    this.summary = [];
    this.page = Math.max(0, Math.min(pages.length - 1, page + by));
    this.focusNext.request('.progress');
  }

  private context(model: FormModel): FieldContext {
    const host = this;
    const s = this.s;
    const locale = this.lang_;
    const dates = this.dateText?.dateStrings[locale];
    const label = (node: FormNode) => {
      const { item } = node.definition;
      const text = [translated(item.prefix, item._prefix, locale), translated(item.text, item._text, locale)].filter(Boolean).join(' ');
      // a question without text still needs a name for its input
      return text || (node.definition.type === 'group' ? '' : item.linkId);
    };
    const ctx: FieldContext = {
      model,
      s,
      dates,
      locale,
      readonly: this.readonly,
      renderAttachment: this.attachments && ((node) => this.attachments!.module.renderAttachmentField(ctx, node, this.attachments!.uploads)),
      renderSlider: this.slider && ((node, hint, readonly) => this.slider!.renderSlider(ctx, node, hint, readonly)),
      id: (path, part = '') => {
        if (!host.ids.has(path)) host.ids.set(path, host.ids.size);
        return `q${host.ids.get(path)}${part}`;
      },
      label,
      issue: (node) => ((host.submitted || host.touched.has(node.path)) && !host.readonly ? validateNode(model, node)[0] : undefined),
      message: (issue, node) => {
        const type = node.definition.type;
        const kind = dates?.[type as keyof DateStrings]?.kind ?? s.kinds[type] ?? '';
        return issue.code === 'type' ? s.errors.type(label(node), kind) : s.errors[issue.code](label(node), issue.limit ?? '');
      },
      setText: (node, text, row) => model.setText(node.path, text, row),
      setAnswers: (node, values: AnswerValue[]) => model.setAnswers(node.path, values),
      touch: (node) => {
        if (host.touched.has(node.path)) return;
        host.touched.add(node.path);
        host.requestUpdate();
      },
      renderItem: (node, level) => renderItem(ctx, node, level),
      addInstance: (node) => {
        model.addInstance(node);
        const base = model.baseOf(node);
        host.focusNext.request(`#${ctx.id(`${base}[${model.count(base) - 1}]`, 'g')}`);
      },
      removeInstance: (node) => {
        model.removeInstance(node);
        host.focusNext.request(`[data-add="${CSS.escape(node.definition.linkId)}"]`);
      },
      addRow: (node) => {
        model.addRow(node.path);
        host.focusNext.request(`#${ctx.id(node.path, `r${model.rows(node.path) - 1}`)}`);
      },
      removeRow: (node, row) => {
        model.removeRow(node.path, row);
        host.focusNext.request(`#${ctx.id(node.path, 'r0')}`);
      },
    };
    return ctx;
  }

  private renderSummary(ctx: FieldContext) {
    // while the summary shows, it follows the fixes: an issue fixed leaves the list
    const current = this.summary.filter((i) => {
      const node = ctx.model.node(i.path);
      return node && validateNode(ctx.model, node).length > 0;
    });
    if (!current.length) return nothing;
    const target = (issue: ValidationIssue) => {
      const node = ctx.model.node(issue.path)!;
      const type = node.definition.type;
      return ctx.id(issue.path, type === 'group' ? 'g' : node.definition.repeats && !['choice', 'open-choice', 'attachment'].includes(type) ? 'r0' : '');
    };
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-heading" part="error-summary">
      <div role="heading" aria-level=${this.headingLevel} class="heading" id="summary-heading">${this.s.summary}</div>
      <ul>
        ${current.map((issue) => {
          const id = target(issue);
          return html`<li>
            <a href=${`#${id}`} @click=${(e: Event) => {
              e.preventDefault();
              const field = this.renderRoot.querySelector(`#${id}`) ?? this.renderRoot.querySelector(`[data-link-id="${CSS.escape(issue.linkId)}"] :is(input, select, textarea, button)`);
              (field as HTMLElement | null)?.focus();
            }}>${ctx.message(issue, ctx.model.node(issue.path)!)}</a>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  override render() {
    if (this.formError) return html`<div class="alert" role="alert" part="error"><p>${this.s.brokenForm}</p><p>${this.formError.message}</p></div>`;
    const model = this.model;
    if (!model) return nothing;
    const ctx = this.context(model);
    const q = model.questionnaire;
    const title = this.noTitle ? undefined : translated(q.title, q._title, this.lang_);
    const pages = this.pages();
    const page = Math.min(this.page, pages.length - 1);
    const last = page === pages.length - 1;
    const level = this.headingLevel + (title ? 1 : 0);
    // questions the backend only had in Swedish are marked so (read with a Swedish voice) and said so
    const c = contentLanguage(q, this.lang_);
    return html`<form novalidate @submit=${this.onSubmit} lang=${this.lang_}>
      ${contentNote(c)}
      ${title ? html`<div class="content" lang=${c.lang ?? nothing} dir=${c.dir ?? nothing}>${heading(this.headingLevel, 'title', title)}</div>` : nothing}
      ${this.submitted ? this.renderSummary(ctx) : nothing}
      ${pages.length > 1
        ? html`<p class="progress" tabindex="-1" part="progress">${this.s.step(page + 1, pages.length)}</p>`
        : nothing}
      <div class="content" lang=${c.lang ?? nothing} dir=${c.dir ?? nothing}>${pages[page].map((node) => renderItem(ctx, node, level))}</div>
      ${this.readonly
        ? nothing
        : html`<div class="actions">
            ${page > 0 ? html`<button type="button" class="button secondary" @click=${() => this.go(-1)}>${this.s.back}</button>` : nothing}
            <button type="submit" class="button" part=${last ? 'submit' : nothing}>${last ? (this.submitLabel ?? this.s.submit) : this.s.next}</button>
          </div>`}
    </form>`;
  }
}

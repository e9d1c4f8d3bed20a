import { defineForm, type FormDefinition, type ItemDefinition } from './definition.js';
import { compareValues, formatValue, parseBasicText, sameValue, valueOf, type TextParser } from './values.js';
import type { AnswerValue, EnableWhen, Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem } from './types.js';

/** One item as it appears in the form: an item of a repeating group appears once per instance. */
export interface FormNode {
  /** Stable while the form's shape stays: `linkId`, `group[1]/linkId`, ... */
  readonly path: string;
  readonly definition: ItemDefinition;
  readonly parent?: FormNode;
  readonly children: FormNode[];
  /** The instance number of a repeating group's node. */
  readonly index?: number;
  /** The result of the item's own enableWhen (true when it has none). */
  condition: boolean;
}

export type FormChange =
  | { type: 'answer'; path: string; /** Nodes whose enableWhen result changed. */ toggled: FormNode[] }
  | { type: 'structure' };

const join = (parent: string, linkId: string) => (parent ? `${parent}/${linkId}` : linkId);
const MAX_STEPS = 100_000;

/**
 * The state of one filled-in Questionnaire, without any UI: answers by item path, the text a person
 * typed, repeating group instances, and which items enableWhen turns on. Listeners hear every change.
 * Changing an answer re-evaluates only the conditions that name that question (and what follows).
 */
export class FormModel {
  readonly definition: FormDefinition;
  readonly questionnaire: Questionnaire;
  private readonly answers = new Map<string, AnswerValue[]>();
  private readonly texts = new Map<string, string[]>();
  private readonly counts = new Map<string, number>();
  private readonly nodes = new Map<string, FormNode>();
  private readonly instances = new Map<ItemDefinition, FormNode[]>();
  private readonly listeners = new Set<(change: FormChange) => void>();
  roots: FormNode[] = [];

  /**
   * Throws `QuestionnaireError` when the Questionnaire cannot be used. `parse` turns typed text into
   * answers: `createForm` gives `parseText` (every item type); without it, date, time, dateTime and
   * url text is not valid (`parseBasicText`), so a page that has no such item need not load their parsing.
   */
  constructor(
    questionnaire: unknown,
    private readonly parse: TextParser = parseBasicText,
  ) {
    this.definition = defineForm(questionnaire);
    this.questionnaire = this.definition.questionnaire;
    this.build();
    for (const node of this.nodes.values()) this.applyInitial(node);
    this.evaluateAll();
  }

  subscribe(listener: (change: FormChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  node(path: string): FormNode | undefined {
    return this.nodes.get(path);
  }

  /** Every node of an item, one per repeating group instance. */
  nodesOf(linkId: string): FormNode[] {
    const definition = this.definition.byLinkId.get(linkId);
    return definition ? (this.instances.get(definition) ?? []) : [];
  }

  /** Whether the item is shown and answered: its own enableWhen and all its ancestors'. */
  enabled(node: FormNode): boolean {
    for (let n: FormNode | undefined = node; n; n = n.parent) if (!n.condition) return false;
    return true;
  }

  answersAt(path: string): AnswerValue[] {
    return this.answers.get(path) ?? [];
  }

  /** What was typed in the item's input (row `index` of a repeating item), if anything. */
  textAt(path: string, index = 0): string | undefined {
    return this.texts.get(path)?.[index];
  }

  /** How many inputs a repeating text-like item shows: one per answer or typed row, at least one. */
  rows(path: string): number {
    return Math.max(1, this.texts.get(path)?.length ?? this.answersAt(path).length);
  }

  /** Whether something typed at `path` is not a valid value of the item's type. */
  invalidText(path: string): boolean {
    const node = this.nodes.get(path);
    return !!node && (this.texts.get(path) ?? []).some((t) => this.parse(node.definition.type, t, node.definition.unit) === undefined);
  }

  /** Replaces the answers of the item at `path` (an empty list clears it). */
  setAnswers(path: string, values: AnswerValue[]): void {
    const node = this.nodes.get(path);
    if (!node) return;
    this.texts.delete(path);
    this.store(node, values);
  }

  /**
   * Records what a person typed in row `index` of the item: the text is kept as typed, the answers
   * are the rows that parse as the item's type.
   */
  setText(path: string, text: string, index = 0): void {
    const node = this.nodes.get(path);
    if (!node) return;
    const rows = this.texts.get(path) ?? this.answersAt(path).map((a) => formatValue(a));
    rows[index] = text;
    this.texts.set(path, rows);
    this.store(node, this.parseRows(node, rows));
  }

  /** Adds an empty input row to a repeating item. */
  addRow(path: string): void {
    const node = this.nodes.get(path);
    if (!node) return;
    const rows = this.texts.get(path) ?? this.answersAt(path).map((a) => formatValue(a));
    if (rows.length === 0) rows.push('');
    rows.push('');
    this.texts.set(path, rows);
    this.emit({ type: 'structure' });
  }

  /** Removes input row `index` of a repeating item, with its answer. */
  removeRow(path: string, index: number): void {
    const node = this.nodes.get(path);
    if (!node) return;
    const rows = this.texts.get(path) ?? this.answersAt(path).map((a) => formatValue(a));
    rows.splice(index, 1);
    this.texts.set(path, rows);
    this.store(node, this.parseRows(node, rows));
  }

  private parseRows(node: FormNode, rows: string[]): AnswerValue[] {
    return rows.map((t) => this.parse(node.definition.type, t, node.definition.unit)).filter((v): v is AnswerValue => !!v);
  }

  /** The number of instances a repeating group has at `base` (its path without `[n]`). */
  count(base: string): number {
    return this.counts.get(base) ?? 1;
  }

  /** Adds an instance to the repeating group whose instance `node` is. */
  addInstance(node: FormNode): void {
    const base = this.baseOf(node);
    this.counts.set(base, this.count(base) + 1);
    this.build();
    for (const n of this.nodes.values()) if (n.path.startsWith(`${base}[${this.count(base) - 1}]`)) this.applyInitial(n);
    this.evaluateAll();
    this.emit({ type: 'structure' });
  }

  /** Removes one instance of a repeating group, with its answers; later instances move up. */
  removeInstance(node: FormNode): void {
    const base = this.baseOf(node);
    const count = this.count(base);
    if (count <= 1 || node.index === undefined) return;
    for (const store of [this.answers, this.texts] as Map<string, unknown>[]) {
      const moved = new Map<string, unknown>();
      for (const [path, value] of store) {
        const i = instanceIndex(path, base);
        if (i === undefined || i < node.index) continue;
        store.delete(path);
        if (i > node.index) moved.set(`${base}[${i - 1}]${path.slice(`${base}[${i}]`.length)}`, value);
      }
      for (const [path, value] of moved) store.set(path, value);
    }
    for (const [key, value] of [...this.counts]) {
      const i = instanceIndex(key, base);
      if (i === undefined || i < node.index) continue;
      this.counts.delete(key);
      if (i > node.index) this.counts.set(`${base}[${i - 1}]${key.slice(`${base}[${i}]`.length)}`, value);
    }
    this.counts.set(base, count - 1);
    this.build();
    this.evaluateAll();
    this.emit({ type: 'structure' });
  }

  /** Replaces every answer with those of a QuestionnaireResponse (items it does not know, and malformed parts, are ignored). */
  load(response: QuestionnaireResponse): void {
    this.answers.clear();
    this.texts.clear();
    this.counts.clear();
    const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value.filter((v) => v && typeof v === 'object') : []);
    const walk = (items: QuestionnaireResponseItem[] | undefined, definitions: ItemDefinition[], parent: string) => {
      for (const definition of definitions) {
        const matching = list(items).filter((i) => i.linkId === definition.linkId);
        const base = join(parent, definition.linkId);
        if (definition.type === 'group' && definition.repeats) {
          this.counts.set(base, Math.max(1, matching.length));
          matching.forEach((m, i) => walk(m.item, definition.children, `${base}[${i}]`));
        } else if (definition.type === 'group') {
          if (matching[0]) walk(matching[0].item, definition.children, base);
        } else if (matching[0]) {
          const answers = list(matching[0].answer).map(({ item: _children, ...value }) => value);
          if (answers.length) this.answers.set(base, answers);
          walk(list(matching[0].answer)[0]?.item ?? matching[0].item, definition.children, base);
        }
      }
    };
    walk(response?.item, this.definition.items, '');
    this.build();
    this.evaluateAll();
    this.emit({ type: 'structure' });
  }

  /** The base path of the repeating group `node` is an instance of. */
  baseOf(node: FormNode): string {
    return node.index === undefined ? node.path : node.path.slice(0, node.path.lastIndexOf('['));
  }

  private store(node: FormNode, values: AnswerValue[]): void {
    if (values.length) this.answers.set(node.path, values);
    else this.answers.delete(node.path);
    const toggled = this.propagate([node.definition]);
    this.emit({ type: 'answer', path: node.path, toggled });
  }

  private emit(change: FormChange) {
    for (const listener of this.listeners) listener(change);
  }

  private build(): void {
    this.nodes.clear();
    this.instances.clear();
    const make = (definition: ItemDefinition, path: string, parent: FormNode | undefined, index?: number): FormNode => {
      const node: FormNode = { path, definition, parent, children: [], index, condition: true };
      this.nodes.set(path, node);
      let list = this.instances.get(definition);
      if (!list) this.instances.set(definition, (list = []));
      list.push(node);
      for (const child of definition.children) node.children.push(...expand(child, path, node));
      return node;
    };
    const expand = (definition: ItemDefinition, parentPath: string, parent?: FormNode): FormNode[] => {
      const base = join(parentPath, definition.linkId);
      if (definition.type !== 'group' || !definition.repeats) return [make(definition, base, parent)];
      if (!this.counts.has(base)) this.counts.set(base, Math.max(1, definition.minOccurs ?? 1));
      return Array.from({ length: this.count(base) }, (_, i) => make(definition, `${base}[${i}]`, parent, i));
    };
    this.roots = this.definition.items.flatMap((d) => expand(d, ''));
  }

  private applyInitial(node: FormNode): void {
    const { item } = node.definition;
    const values: AnswerValue[] = item.initial?.length
      ? item.initial.map((v) => ({ ...v }))
      : node.definition.options.filter((o) => o.initialSelected).map((o) => Object.fromEntries([valueOf(o)!]) as AnswerValue);
    if (values.length && !this.answers.has(node.path)) this.answers.set(node.path, values);
  }

  /** Evaluates every condition until nothing changes (conditions may name items that come later). */
  private evaluateAll(): void {
    for (let pass = 0, changed = true; changed && pass < 1000; pass++) {
      changed = false;
      for (const node of this.nodes.values()) {
        if (!node.definition.item.enableWhen?.length) continue;
        const value = this.evaluate(node);
        if (value !== node.condition) (node.condition = value), (changed = true);
      }
    }
  }

  /** Re-evaluates the conditions that name the given questions, following every consequence. */
  private propagate(start: ItemDefinition[]): FormNode[] {
    const toggled: FormNode[] = [];
    const queue = [...start];
    for (let steps = 0; queue.length && steps < MAX_STEPS; steps++) {
      const definition = queue.shift()!;
      for (const dependent of definition.dependents) {
        for (const node of this.instances.get(dependent) ?? []) {
          const value = this.evaluate(node);
          if (value === node.condition) continue;
          node.condition = value;
          toggled.push(node);
          // Everything under the item appears or disappears: conditions naming those questions follow.
          const stack = [dependent];
          while (stack.length) {
            const d = stack.pop()!;
            if (d.dependents.length) queue.push(d);
            stack.push(...d.children);
          }
        }
      }
    }
    return toggled;
  }

  private evaluate(node: FormNode): boolean {
    const { enableWhen = [], enableBehavior } = node.definition.item;
    const test = (condition: EnableWhen) => this.test(condition, node);
    return enableBehavior === 'any' ? enableWhen.some(test) : enableWhen.every(test);
  }

  private test(condition: EnableWhen, from: FormNode): boolean {
    const values = this.related(condition.question, from)
      .filter((n) => this.enabled(n))
      .flatMap((n) => this.answersAt(n.path).map((a) => valueOf(a)?.[1]));
    if (condition.operator === 'exists') return (values.length > 0) === condition.answerBoolean;
    const expected = Object.entries(condition).find(([k]) => k.startsWith('answer'))?.[1];
    if (condition.operator === '=') return values.some((v) => sameValue(v, expected));
    if (condition.operator === '!=') return !values.some((v) => sameValue(v, expected));
    return values.some((v) => {
      const order = compareValues(v, expected);
      if (order === undefined) return false;
      switch (condition.operator) {
        case '>': return order > 0;
        case '<': return order < 0;
        case '>=': return order >= 0;
        default: return order <= 0;
      }
    });
  }

  /**
   * The nodes of question `linkId` that a condition of `from` sees: inside a repeating group the
   * same instance as `from`, every instance of groups `from` is not in.
   */
  private related(linkId: string, from: FormNode): FormNode[] {
    const target = this.definition.byLinkId.get(linkId);
    if (!target) return [];
    const mine = new Map<ItemDefinition, FormNode>();
    for (let n: FormNode | undefined = from; n; n = n.parent) mine.set(n.definition, n);
    return (this.instances.get(target) ?? []).filter((candidate) => {
      for (let n: FormNode | undefined = candidate; n; n = n.parent) {
        const own: FormNode | undefined = n.index !== undefined ? mine.get(n.definition) : undefined;
        if (own && own !== n) return false;
      }
      return true;
    });
  }
}

/** `i` when `path` is `base[i]` or lies under it. */
function instanceIndex(path: string, base: string): number | undefined {
  if (!path.startsWith(`${base}[`)) return undefined;
  const m = /^\[(\d+)\](?:\/|$)/.exec(path.slice(base.length));
  return m ? Number(m[1]) : undefined;
}

/** A Questionnaire that cannot be used, naming the item at fault. */
export class QuestionnaireError extends Error {
  override readonly name = 'QuestionnaireError';
  /** The `linkId` of the bad item, when the fault is in an item. */
  readonly linkId?: string;
  /** Where in the resource, e.g. `item[2].item[0].enableWhen[1]`. */
  readonly path: string;

  constructor(message: string, path: string, linkId?: string) {
    super(linkId ? `Item "${linkId}" (${path}): ${message}` : `${path}: ${message}`);
    this.path = path;
    this.linkId = linkId;
  }
}

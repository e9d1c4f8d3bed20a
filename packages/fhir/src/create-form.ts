import { parseText } from './dates.js';
import { FormModel } from './model.js';

/** Parses and checks a Questionnaire into a form model that takes every item type; throws `QuestionnaireError` naming the bad item. */
export const createForm = (questionnaire: unknown): FormModel => new FormModel(questionnaire, parseText);

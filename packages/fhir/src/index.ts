export type * from './types.js';
export { QuestionnaireError } from './errors.js';
export { EXT, extension, itemControl, translated } from './extensions.js';
export { defineForm, ITEM_TYPES, VALUE_KEY, type FormDefinition, type ItemDefinition } from './definition.js';
export { FormModel, createForm, type FormChange, type FormNode } from './model.js';
export { validateForm, validateNode, type IssueCode, type ValidationIssue } from './validation.js';
export { buildResponse, canonicalOf, type ResponseOptions } from './response.js';
export { compareValues, formatValue, parseText, sameValue, stockholmOffset, valueOf } from './values.js';

import type { ErrorStrings } from './error-strings.js';

const en: ErrorStrings = {
  network: 'We cannot reach the service right now. Check your internet connection and try again.',
  timeout: 'It took too long to get an answer. Please try again.',
  aborted: 'The action was cancelled.',
  auth: 'You need to sign in to continue.',
  forbidden: 'You do not have access to this.',
  'not-found': 'We could not find what you were looking for.',
  conflict: 'What you chose has changed meanwhile. See the new state and try again.',
  invalid: 'Something in the details is not right. Check and try again.',
  'quota-exceeded': 'You already have as many ongoing errands, booked times or saved files as allowed. Close or cancel one first, or call the clinic.',
  'too-large': 'The file or text is too large.',
  'unsupported-type': 'That file type cannot be sent.',
  'rate-limited': 'You have made many attempts in a short time. Wait a moment and try again.',
  unavailable: 'The service is unavailable right now. Try again in a while.',
  server: 'Something went wrong on our side. Try again in a while.',
  contract: 'We received an answer we cannot read. Try again in a while.',
  config: 'This part of the page is not set up correctly and cannot be shown. Contact whoever runs the website.',
  retry: 'Try again',
};

export default en;

import { NaraProvider } from './provider.js';
import { define } from '../base/define-element.js';

define('nara-provider', NaraProvider);

declare global {
  interface HTMLElementTagNameMap {
    'nara-provider': NaraProvider;
  }
}

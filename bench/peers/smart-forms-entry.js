// CSIRO Smart Forms (a React component) as one script for bench/pages/smart-forms.html: `npm run build`
// here bundles it with React into build/smart-forms.js (esbuild, production React).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SmartFormsRenderer } from '@aehrc/smart-forms-renderer';

window.smartForms = {
  render(questionnaire, container) {
    createRoot(container).render(createElement(SmartFormsRenderer, { questionnaire }));
  },
};
dispatchEvent(new Event('smart-forms-ready'));

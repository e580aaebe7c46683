// html-validate's recommended rules over every built page (`npm run html-validate`, part of `npm test`).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Preact renders void elements self-closed (<input />) and Astro does not, so the pages mix both
    // styles by design; either is valid HTML.
    'void-style': 'off',
  },
};

/** What the site needs to know about a language, beyond its strings. */
export interface LanguageMeta {
  /** The code used in paths and `lang` ("de"). */
  readonly code: string;
  /** The language's name in itself ("Deutsch"), as the switcher shows it. */
  readonly name: string;
  /** The locale numbers, dates and money are written in ("de-DE"). */
  readonly locale: string;
  /** Writing direction. */
  readonly dir: 'ltr' | 'rtl';
  /** The words the content checks (tests/unit/content.test.ts) look for in this language's chapters. */
  readonly contentWords: {
    /** "chapter" as a regular expression, with its plural and cases ("Kapitel[ns]?"). */
    readonly chapter: string;
    /** "and", as between two authors. */
    readonly and: string;
    /** The heading of a chapter's exercise section. */
    readonly exercise: string;
  };
}

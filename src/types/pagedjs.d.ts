/** The part of Paged.js (pagedjs, no types of its own) the book page uses. */
declare module 'pagedjs' {
  /** What Paged.js hands back once it has laid the content out. */
  export interface Flow {
    total: number;
    performance: number;
  }
  /** Paged.js's style processor: its sheets are what the patch in src/features/book/client/ replaces. */
  export class Polisher {
    styleSheet: CSSStyleSheet;
    inserted: { remove(): void }[];
    setup(): CSSStyleSheet;
    insert(text: string): { remove(): void };
  }
  /** The classes of Paged.js's steps (print media, breaks, counters…), which it runs per sheet and page. */
  export const registeredHandlers: { prototype: object }[];
  /** Lays content out in pages. */
  export class Previewer {
    constructor(options?: Record<string, unknown>);
    removeStyles(doc?: Document): (string | Record<string, string>)[];
    preview(
      content: DocumentFragment,
      stylesheets: (string | Record<string, string>)[] | undefined,
      renderTo: HTMLElement,
    ): Promise<Flow>;
  }
}

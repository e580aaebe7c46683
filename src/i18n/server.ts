/** The server's tables: every namespace of every language can be loaded, as any page may render any of them. */
import { addTables, loadText, NAMESPACES } from './text';

addTables(import.meta.glob(['./*/*.ts', '!./*/meta.ts']));

/** Loads every namespace of `lang`: what a page, and the islands it renders on the server, may read. */
export function loadAllText(lang: string): Promise<void> {
  return loadText(lang, NAMESPACES);
}

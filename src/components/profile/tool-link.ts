import { href } from '../../i18n/paths';
import type { ProfileTool } from '../../lib/profile/model';

/** The tool's page in the page's language with the given state in its address, so opening it shows that state. */
export function toolLink(tool: ProfileTool, query: string): string {
  const page = href(`/tools/${tool}/`);
  return query === '' ? page : `${page}?${query}`;
}

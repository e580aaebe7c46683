import { href } from '../../i18n/paths';
import type { ProfileTool } from '../../lib/profile/model';

/** The tool's page in `lang` with the given state in its address, so opening it shows that state. */
export function toolLink(tool: ProfileTool, query: string, lang: string): string {
  const page = href(`/tools/${tool}/`, lang);
  return query === '' ? page : `${page}?${query}`;
}

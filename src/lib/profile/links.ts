import { href } from '../paths';
import type { ProfileTool } from './model';

/** The tool's page with the given state in its address, so opening it shows that state. */
export function toolLink(tool: ProfileTool, query: string): string {
  const page = href(`/tools/${tool}/`);
  return query === '' ? page : `${page}?${query}`;
}

import { LANG_CODES } from '../../i18n/languages';
import { langParam } from '../../i18n/routes';
import { TOOL_IDS, type ToolId } from '../../lib/tools';

/**
 * `getStaticPaths` of the pages built once per language and registered tool (`tools/[tool]/`,
 * `tools/[tool]/embed/`); the page reads its tool as `Astro.props.tool`, its language as `Astro.locals.lang`.
 */
export function toolPaths(): { params: { lang: string | undefined; tool: ToolId }; props: { tool: ToolId } }[] {
  return LANG_CODES.flatMap((lang) =>
    TOOL_IDS.map((tool) => ({ params: { lang: langParam(lang), tool }, props: { tool } })),
  );
}

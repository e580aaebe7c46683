import type { ComponentChildren } from 'preact';
import { useLang, useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import type { ProfileTool } from '../../lib/profile/model';
import type { Summary } from '../../lib/profile/summary';
import { SummaryList } from './SummaryList';
import { toolLink } from './tool-link';

const PROFILE = uses('profile');
const TOOL_NAMES = uses('tool-names');

interface Props {
  idBase: string;
  tool: ProfileTool;
  query: string;
  summary: Summary<unknown> | undefined;
  /** The chart, when the tool has one and its state gives something to draw. */
  chart?: ComponentChildren;
}

/** One tool's part of the profile: its summary, its chart, and a link that opens the tool with this state. */
export function ToolCard({ idBase, tool, query, summary, chart }: Props) {
  const { profileText: t } = useText(PROFILE);
  const { toolNames } = useText(TOOL_NAMES);
  const lang = useLang();
  const id = `${idBase}-${tool}`;
  const name = toolNames[tool].title;
  return (
    <section class={`cx-profile__tool cx-profile__tool--${tool}`} aria-labelledby={id}>
      <h4 id={id}>{name}</h4>
      {summary === undefined || summary.rows.length === 0 ? (
        <p class="cx-profile__hint">{t.tools.notTaken}</p>
      ) : (
        <>
          <div class="cx-profile__tool-body">
            {chart}
            <SummaryList rows={summary.rows} label={t.tools.summaryLabel(name)} />
          </div>
          {summary.notes.map((note) => (
            <p key={note} class="cx-profile__note">
              {note}
            </p>
          ))}
        </>
      )}
      <p class="cx-profile__open cx-no-print">
        <a href={toolLink(tool, query, lang)}>{query === '' ? toolNames[tool].start : toolNames[tool].open}</a>
      </p>
    </section>
  );
}

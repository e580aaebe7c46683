import { useState } from 'preact/hooks';
import { useText } from '../../i18n/island';
import { type Namespaces, uses } from '../../i18n/text';
import { PROFILE_TOOLS, type ProfileTool } from '../../lib/profile/model';
import type { TakeReport } from '../../lib/profile/take';

const PROFILE = uses('profile');
const TOOL_NAMES = uses('tool-names');
const SPECTRUM = uses('spectrum-grid');

interface Props {
  idBase: string;
  onTake: (tools: ProfileTool[]) => TakeReport;
}

/** Words for what taking did: which tools gave state, which had none, how the grid's offering was chosen. */
function reportText(
  r: TakeReport,
  t: Namespaces['profile']['profileText'],
  spectrumText: Namespaces['spectrum-grid']['spectrumText'],
  toolNames: Namespaces['tool-names']['toolNames'],
): string {
  const k = t.take;
  const names = (tools: readonly ProfileTool[]) => k.list(tools.map((tool) => toolNames[tool].title));
  const parts: string[] = [];
  if (r.named !== undefined) parts.push(k.named(r.named));
  if (r.taken.length > 0) parts.push(k.taken(names(r.taken)));
  const g = r.grid;
  if (g) {
    const name = g.name === '' ? spectrumText.frames.unnamed(g.index + 1) : g.name;
    if (g.how === 'matched') parts.push(k.gridMatched(name));
    else parts.push(g.wanted === '' ? k.gridSelected(name) : k.gridOther(g.wanted, name));
  }
  if (r.missing.length > 0) parts.push(k.nothing(names(r.missing)));
  return parts.join(' ');
}

/** The "Take from the tools" control: which tools to take from, the button, and what happened. */
export function TakeFromTools({ idBase, onTake }: Props) {
  const { profileText: t } = useText(PROFILE);
  const { toolNames } = useText(TOOL_NAMES);
  const { spectrumText } = useText(SPECTRUM);
  const [chosen, setChosen] = useState<readonly ProfileTool[]>(PROFILE_TOOLS);
  const [status, setStatus] = useState('');
  const toggle = (tool: ProfileTool, on: boolean) =>
    setChosen((c) => PROFILE_TOOLS.filter((x) => (x === tool ? on : c.includes(x))));
  const take = () =>
    setStatus(chosen.length === 0 ? t.take.noneChosen : reportText(onTake([...chosen]), t, spectrumText, toolNames));
  return (
    <div class="cx-profile__take cx-no-print">
      <p class="cx-profile__hint">{t.take.intro}</p>
      <fieldset class="cx-profile__choice">
        <legend>{t.take.legend}</legend>
        {PROFILE_TOOLS.map((tool) => (
          <label key={tool} class="cx-profile__option">
            <input
              type="checkbox"
              name={`${idBase}-take-${tool}`}
              value={tool}
              checked={chosen.includes(tool)}
              onChange={(e) => toggle(tool, e.currentTarget.checked)}
            />
            <span>{toolNames[tool].title}</span>
          </label>
        ))}
      </fieldset>
      <p class="cx-profile__actions">
        <button type="button" onClick={take}>
          {t.take.button}
        </button>
      </p>
      <p class="cx-profile__status" role="status">
        {status}
      </p>
    </div>
  );
}

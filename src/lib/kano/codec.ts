import type { Codec } from '../state/codec';
import { readChoice, readText } from '../state/fields';
import type { StateNotice } from '../state/notice';
import { type Answer, isAnswer } from './answers';

/** The Kano tool's shareable state: which view is open and the single-answer form. */
export interface KanoState {
  mode: 'single' | 'survey';
  feature: string;
  functional: Answer | '';
  dysfunctional: Answer | '';
}

/** URL keys of the Kano tool, prefixed so they cannot clash with other tools on the same page. */
export const KANO_KEYS = ['kano-mode', 'kano-feature', 'kano-functional', 'kano-dysfunctional'] as const;

const MODES = ['single', 'survey'] as const;
/** Longest feature name kept in the state. */
export const MAX_FEATURE_LENGTH = 120;

function defaults(): KanoState {
  return { mode: 'single', feature: '', functional: '', dysfunctional: '' };
}

/** Reads one answer id; anything else is left unanswered with a notice. */
function readAnswer(
  raw: string | null,
  key: string,
  side: 'functional' | 'dysfunctional',
  notices: StateNotice[],
): Answer | '' {
  if (raw === null || raw === '') return '';
  if (isAnswer(raw)) return raw;
  notices.push({ key, field: { tool: 'kano', field: side }, code: 'bad-answer', given: raw });
  return '';
}

/** Reads the Kano state from a query; each bad value falls back to its default with a notice. */
function decode(params: URLSearchParams) {
  const notices: StateNotice[] = [];
  const keep = <T>(r: { value: T; notice?: StateNotice }): T => {
    if (r.notice) notices.push(r.notice);
    return r.value;
  };
  const value: KanoState = {
    mode: keep(
      readChoice(params.get('kano-mode'), {
        key: 'kano-mode',
        field: { tool: 'kano', field: 'view' },
        choices: MODES,
        fallback: 'single',
      }),
    ),
    feature: keep(
      readText(params.get('kano-feature'), {
        key: 'kano-feature',
        field: { tool: 'kano', field: 'feature' },
        maxLength: MAX_FEATURE_LENGTH,
        fallback: '',
      }),
    ),
    functional: readAnswer(params.get('kano-functional'), 'kano-functional', 'functional', notices),
    dysfunctional: readAnswer(params.get('kano-dysfunctional'), 'kano-dysfunctional', 'dysfunctional', notices),
  };
  return { value, notices };
}

/** Writes only the values that differ from the defaults. */
function encode(state: KanoState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.mode !== 'single') p.set('kano-mode', state.mode);
  if (state.feature !== '') p.set('kano-feature', state.feature);
  if (state.functional !== '') p.set('kano-functional', state.functional);
  if (state.dysfunctional !== '') p.set('kano-dysfunctional', state.dysfunctional);
  return p;
}

/** The Kano tool's URL and storage codec. */
export const kanoCodec: Codec<KanoState> = { name: 'kano', version: 1, defaults, decode, encode };

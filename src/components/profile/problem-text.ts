import { type Namespaces, textOf, uses } from '../../i18n/text';
import type { SchemaIssue } from '../../lib/profile/issues';
import { QUESTION_IDS, type QuestionId } from '../../lib/profile/model';
import type { ProfileProblem, ToolProblem } from '../../lib/profile/problems';
import { STEP_IDS, type StepId } from '../../lib/profile/start-sequence';
import { toolNotice } from '../tools/notice-text';

const PROFILE = uses('profile');
const NOTICES = uses('notices');
const TOOL_NAMES = uses('tool-names');

/** The profile's words in one language. */
type ProfileWords = Namespaces['profile']['profileText'];

const MAX_KEYS_SHOWN = 5;

function isQuestion(key: unknown): key is QuestionId {
  return typeof key === 'string' && (QUESTION_IDS as readonly string[]).includes(key);
}

function isStep(key: unknown): key is StepId {
  return typeof key === 'string' && (STEP_IDS as readonly string[]).includes(key);
}

/** Where in an offering's start sequence: its order, its reason, or one step. */
function startPart(t: ProfileWords, n: number, rest: readonly PropertyKey[]): string {
  const w = t.problems.where;
  const [part, step] = rest;
  if (part === 'order') return w.startOrder(n);
  if (part === 'why') return w.startWhy(n);
  if (part === 'steps' && isStep(step)) return w.startStep(n, t.start.steps[step].name);
  return w.start(n);
}

/** Where in the file an issue is, in words in `lang`: "Offering 2, answer to “How complex is it?”". */
export function whereOf(path: readonly PropertyKey[], lang: string): string {
  const t = textOf(lang, PROFILE).profileText;
  const w = t.problems.where;
  const [top, index, field, sub, ...rest] = path;
  if (top === undefined) return w.file;
  if (top !== 'offerings') return w.field(String(top));
  if (typeof index !== 'number') return w.offerings;
  const n = index + 1;
  if (field === undefined) return w.offering(n);
  if (field === 'name') return w.name(n);
  if (field === 'answers') return isQuestion(sub) ? w.answer(n, t.questions.labels[sub]) : w.answers(n);
  if (field === 'tools') {
    const names: Record<string, { title: string }> = textOf(lang, TOOL_NAMES).toolNames;
    const name = typeof sub === 'string' ? names[sub]?.title : undefined;
    return name === undefined ? w.tools(n) : w.tool(n, name);
  }
  if (field === 'ownership') return typeof sub === 'number' ? w.touchpoint(n, sub + 1) : w.ownership(n);
  if (field === 'start') return startPart(t, n, sub === undefined ? [] : [sub, ...rest]);
  return `${w.offering(n)}, ${w.field(String(field))}`;
}

function typeName(t: ProfileWords, expected: unknown): string {
  const types: Record<string, string> = t.problems.types;
  return (typeof expected === 'string' ? types[expected] : undefined) ?? t.problems.types.other;
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/** One schema issue as a sentence in `lang` a reader can act on; values from the file are quoted, never trusted. */
export function describeIssue(issue: SchemaIssue, lang: string): string {
  const t = textOf(lang, PROFILE).profileText;
  const where = whereOf(issue.path, lang);
  const m = t.problems.issue;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return m.number(where);
      return 'input' in issue && issue.input === undefined
        ? m.missing(where)
        : m.type(where, typeName(t, issue.expected));
    case 'too_big':
      return issue.origin === 'string'
        ? m.longText(where, count(issue.maximum))
        : issue.origin === 'array'
          ? m.tooMany(where, count(issue.maximum))
          : m.number(where);
    case 'too_small':
      return issue.origin === 'array' ? m.tooFew(where, count(issue.minimum)) : m.number(where);
    case 'unrecognized_keys': {
      const { quote } = textOf(lang, NOTICES).noticeText;
      const all = Array.isArray(issue.keys) ? issue.keys.map((k) => quote(String(k))) : [];
      const keys = all.length > MAX_KEYS_SHOWN ? `${all.slice(0, MAX_KEYS_SHOWN).join(', ')}, …` : all.join(', ');
      return m.unknownKeys(where, keys);
    }
    case 'invalid_format':
      return m.control(where);
    default:
      return m.value(where);
  }
}

/** A tool state's problem: "Kano classifier: the key “x” does not belong to this tool." */
function toolProblem(p: ToolProblem, lang: string): string {
  const t = textOf(lang, PROFILE).profileText;
  const name = textOf(lang, TOOL_NAMES).toolNames[p.tool].title;
  if (p.code === 'unknown-key') return t.problems.unknownKey(name, p.key);
  if (p.code === 'tool-notice') return t.problems.toolNotice(name, toolNotice(p.notice, lang));
  return t.problems.toolNotice(name, textOf(lang, NOTICES).noticeText.quote(p.query));
}

/** Why a profile file was refused, in `lang`. */
export function profileProblem(p: ProfileProblem, lang: string): string {
  const m = textOf(lang, PROFILE).profileText.problems;
  switch (p.code) {
    case 'too-large':
      return m.tooLarge(p.size, p.max);
    case 'empty':
      return m.empty;
    case 'not-json':
      return m.notJson;
    case 'too-deep':
      return m.tooDeep(p.max);
    case 'forbidden-key':
      return m.forbiddenKey(p.key);
    case 'not-object':
      return m.notObject;
    case 'wrong-format':
      return m.wrongFormat;
    case 'newer-version':
      return m.newerVersion(p.version, p.supported);
    case 'schema':
      return describeIssue(p.issue, lang);
    case 'bad-current':
      return m.badCurrent;
    case 'offering-tool':
      return `${m.where.offering(p.offering + 1)}, ${toolProblem(p.problem, lang)}`;
    case 'more':
      return m.more(p.count);
    default:
      return m.generic;
  }
}

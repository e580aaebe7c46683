import { readFileSync } from 'node:fs';
import { type Plugin, parseAst } from 'vite';

/**
 * chart.js ships as one ES module, and Rollup/Rolldown put a module in one chunk whole: every chart kind
 * would share one chunk holding every controller any kind registers (the anxiety page would fetch the bar
 * and scatter controllers too), plus the four scales chart.js keeps although nothing registers them
 * (their static fields read properties, which the bundler counts as side effects).
 *
 * This plugin splits that module in the client build, statement by statement, into:
 * - a core module: everything that is not one of chart.js's registerables (Chart, the registry, the
 *   base classes, the helpers they use); the one chunk `chart` (see astro.config.mjs) holds it, with
 *   the helpers chunk and @kurkle/color, and every chart kind shares it;
 * - one module per registerable (each controller, element, scale and plugin, with the statements only
 *   it uses), importing what it needs from the core; statements two registerables share get a module of
 *   their own. A controller thus ships only with the setups that import it (in their chunk, or in a
 *   small one of its own when two setups share it), and what no setup imports is not bundled at all.
 * chart.js's own file is replaced by a facade that re-exports every name from where it now lives, so
 * code imports from 'chart.js' as usual. The split is checked, not assumed: a statement chart.js might
 * run for its effect stays in the core, and a shape this code does not know fails the build.
 */

/** chart.js's ES module, whose registerables are split out. */
const CHART_JS = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/;
const PREFIX = '\0chart-';
/** The id of the split's core module. */
const CORE_ID = `${PREFIX}core`;
/** The id of a part: its chunk, when it gets one of its own, is named after it (`_chart-part_BarController`). */
const partId = (key: string) => `${PREFIX}part:${key}`;
/** The shared chart module (src/components/tools/shared/chart-core.ts), which registers what every kind uses. */
const SHARED = /[\\/]src[\\/]components[\\/]tools[\\/]shared[\\/]chart-core\.ts$/;
/** chart.js's files and its one dependency. */
const PACKAGES = /[\\/]node_modules[\\/](?:chart\.js|@kurkle[\\/]color)[\\/]/;

/**
 * What goes into the one `chart` chunk (a codeSplitting group in astro.config.mjs): chart.js's split
 * core, its helpers, @kurkle/color and the shared chart module; never a part.
 */
export const inChartChunk = (id: string): boolean => id === CORE_ID || SHARED.test(id) || PACKAGES.test(id);
/** What the modules export each top-level name as, so no name meets chart.js's own export names. */
const EXPORT_PREFIX = '__cx_';

/** The ESTree nodes this reads, loosely typed. */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface Statement {
  node: Node;
  text: string;
  /** Top-level names it declares. */
  names: string[];
  /** Top-level names (declared or imported) it reads, by name: never fewer than it uses. */
  refs: Set<string>;
  /** May run for its effect when evaluated (a call without a pure annotation, an assignment, ...). */
  effect: boolean;
}

/** One module of a split: its key ('core' or the registerables that reach it) and its code. */
export interface SplitResult {
  /** Code of the module that takes the original's place: it re-exports every name from its new home. */
  facade: string;
  /** Code of each new module by key; the key of the core is 'core'. */
  modules: Map<string, string>;
  /** Where each top-level name of the original now lives (module key). */
  home: Map<string, string>;
}

const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/** Children of a node, skipping the identifiers that are names of properties or labels, not references. */
function* children(node: Node): Generator<Node> {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    if (
      key === 'key' &&
      !node['computed'] &&
      /^(?:Property|MethodDefinition|PropertyDefinition|AccessorProperty)$/.test(node.type)
    )
      continue;
    if (key === 'property' && node.type === 'MemberExpression' && !node['computed']) continue;
    if (key === 'label') continue;
    if (Array.isArray(value)) {
      for (const v of value) if (isNode(v)) yield v;
    } else if (isNode(value)) yield value;
  }
}

/** The names a binding pattern declares (`a`, `{ a, b: [c] }`, `...d`, `e = 1`). */
function bindingNames(pattern: Node | null | undefined, out: string[] = []): string[] {
  if (!pattern) return out;
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern['name'] as string);
      break;
    case 'ObjectPattern':
      for (const p of pattern['properties'] as Node[]) bindingNames((p['value'] ?? p['argument']) as Node, out);
      break;
    case 'ArrayPattern':
      for (const p of pattern['elements'] as (Node | null)[]) bindingNames(p, out);
      break;
    case 'RestElement':
      bindingNames(pattern['argument'] as Node, out);
      break;
    case 'AssignmentPattern':
      bindingNames(pattern['left'] as Node, out);
      break;
  }
  return out;
}

const isFunction = (n: Node) => /^(?:FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(n.type);

/** The names `var` declares anywhere in a function body, nested blocks included, nested functions not. */
function varNames(node: Node, out: string[] = []): string[] {
  if (node.type === 'VariableDeclaration' && node['kind'] === 'var') {
    for (const d of node['declarations'] as Node[]) bindingNames(d['id'] as Node, out);
  }
  for (const c of children(node)) if (!isFunction(c) && !/^Class/.test(c.type)) varNames(c, out);
  return out;
}

/** The names a list of statements declares for its block: let, const, class and (in strict code) function. */
function lexicalNames(statements: Node[]): string[] {
  return statements.flatMap((s) => {
    if (s.type === 'VariableDeclaration' && s['kind'] !== 'var') {
      return (s['declarations'] as Node[]).flatMap((d) => bindingNames(d['id'] as Node));
    }
    if (s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration') return [(s['id'] as { name: string }).name];
    return [];
  });
}

/**
 * Every free identifier under a node: the names it may read from the module's top level. A name a
 * function, block, loop or catch clause declares hides the top-level one inside it (chart.js calls
 * many locals `scales`, `plugins`, `elements` or `index`, the names of its own top-level objects).
 */
function references(node: Node, out: Set<string>, scopes: readonly Set<string>[] = []): Set<string> {
  const free = (name: string) => !scopes.some((s) => s.has(name));
  const inner = (names: string[], nodes: (Node | null | undefined)[]) => {
    const next = [...scopes, new Set(names)];
    for (const n of nodes) if (n) references(n, out, next);
  };
  switch (node.type) {
    case 'Identifier':
      if (free(node['name'] as string)) out.add(node['name'] as string);
      return out;
    case 'MetaProperty':
      return out;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression': {
      const params = node['params'] as Node[];
      const body = node['body'] as Node;
      const own = node.type === 'FunctionExpression' && node['id'] ? [(node['id'] as { name: string }).name] : [];
      const names = [...own, ...params.flatMap((p) => bindingNames(p)), ...varNames(body)];
      if (body.type === 'BlockStatement') {
        const statements = body['body'] as Node[];
        inner([...names, ...lexicalNames(statements)], [...params, ...statements]);
      } else inner(names, [...params, body]);
      return out;
    }
    case 'ClassDeclaration':
    case 'ClassExpression': {
      const own = node.type === 'ClassExpression' && node['id'] ? [(node['id'] as { name: string }).name] : [];
      inner(own, [node['superClass'] as Node, node['body'] as Node]);
      return out;
    }
    case 'StaticBlock': {
      const statements = node['body'] as Node[];
      inner([...statements.flatMap((s) => varNames(s)), ...lexicalNames(statements)], statements);
      return out;
    }
    case 'BlockStatement':
      inner(lexicalNames(node['body'] as Node[]), node['body'] as Node[]);
      return out;
    case 'SwitchStatement': {
      const cases = node['cases'] as Node[];
      references(node['discriminant'] as Node, out, scopes);
      inner(
        lexicalNames(cases.flatMap((c) => c['consequent'] as Node[])),
        cases.flatMap((c) => [c['test'] as Node, ...(c['consequent'] as Node[])]),
      );
      return out;
    }
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement': {
      const head = (node['init'] ?? node['left']) as Node | null;
      inner(head ? lexicalNames([head]) : [], [...children(node)]);
      return out;
    }
    case 'CatchClause':
      inner(bindingNames(node['param'] as Node), [node['body'] as Node]);
      return out;
  }
  for (const c of children(node)) references(c, out, scopes);
  return out;
}

const PURE = /\/\*\s*[#@]__PURE__\s*\*\/\s*$/;

/**
 * True if evaluating the node (not calling the functions it defines) may have an effect: a call or
 * `new` without a pure annotation, an assignment, a tagged template, a class static block.
 * Property reads count as free, as chart.js's static fields read them.
 */
function mayHaveEffect(node: Node, code: string): boolean {
  switch (node.type) {
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'FunctionDeclaration':
      return false;
    case 'CallExpression':
    case 'NewExpression':
      if (!PURE.test(code.slice(Math.max(0, node.start - 40), node.start))) return true;
      break;
    case 'AssignmentExpression':
    case 'UpdateExpression':
    case 'TaggedTemplateExpression':
    case 'AwaitExpression':
    case 'YieldExpression':
    case 'ImportExpression':
    case 'StaticBlock':
      return true;
    case 'UnaryExpression':
      if (node['operator'] === 'delete') return true;
      break;
    case 'MethodDefinition':
      return false;
    case 'PropertyDefinition':
      // An instance field runs when an instance is made; a static one now.
      if (!node['static']) return Boolean(node['computed']) && mayHaveEffect(node['key'] as Node, code);
      break;
  }
  for (const c of children(node)) if (mayHaveEffect(c, code)) return true;
  return false;
}

function declaredNames(node: Node): string[] {
  if (node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') {
    return [(node['id'] as { name: string }).name];
  }
  if (node.type === 'VariableDeclaration') {
    return (node['declarations'] as Node[]).map((d) => {
      const id = d['id'] as Node;
      if (id.type !== 'Identifier') throw new Error(`chart parts: a destructuring declaration: ${d.type}`);
      return id['name'] as string;
    });
  }
  return [];
}

const nameOf = (n: Node) => (n.type === 'Identifier' ? (n['name'] as string) : String(n['value']));

/**
 * Splits an ES module's top-level statements into a core and parts (see the file's comment).
 * @param roots the top-level names to split out, each with what only it uses
 * @param sourceOf where an import source of the original resolves to, as the new modules must name it
 * @param idOf the id the new modules import each other by
 */
export function splitModule(
  code: string,
  program: { body: unknown[] },
  roots: Iterable<string>,
  sourceOf: (source: string) => string,
  idOf: (key: string) => string,
): SplitResult {
  const imports = new Map<string, { source: string; imported: string }>();
  const bare: string[] = [];
  const exported: { local: string; exported: string }[] = [];
  const statements: Statement[] = [];
  for (const raw of program.body) {
    const node = raw as Node;
    const text = code.slice(node.start, node.end);
    if (node.type === 'ImportDeclaration') {
      const source = sourceOf(String((node['source'] as Node)['value']));
      const specifiers = node['specifiers'] as Node[];
      if (specifiers.length === 0) bare.push(source);
      for (const s of specifiers) {
        if (s.type === 'ImportNamespaceSpecifier') throw new Error('chart parts: a namespace import');
        const imported = s.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(s['imported'] as Node);
        imports.set(nameOf(s['local'] as Node), { source, imported });
      }
    } else if (node.type === 'ExportNamedDeclaration' && !node['declaration'] && !node['source']) {
      for (const s of node['specifiers'] as Node[]) {
        exported.push({ local: nameOf(s['local'] as Node), exported: nameOf(s['exported'] as Node) });
      }
    } else if (/^(?:FunctionDeclaration|ClassDeclaration|VariableDeclaration)$/.test(node.type)) {
      // Checks that the parser's offsets are this string's (a character outside the BMP before them would shift them).
      if (!/^(?:async\s+)?(?:class|function|const|let|var)\b/.test(text)) {
        throw new Error(`chart parts: a ${node.type} reads "${text.slice(0, 30)}"`);
      }
      statements.push({ node, text, names: declaredNames(node), refs: new Set(), effect: mayHaveEffect(node, code) });
    } else if (node.type === 'ExpressionStatement' || node.type === 'EmptyStatement') {
      statements.push({ node, text, names: [], refs: new Set(), effect: node.type === 'ExpressionStatement' });
    } else {
      throw new Error(`chart parts: a top-level ${node.type} this split does not handle`);
    }
  }

  const declaredIn = new Map<string, Statement>();
  for (const s of statements) for (const n of s.names) declaredIn.set(n, s);
  for (const s of statements) {
    for (const n of references(s.node, new Set())) if (declaredIn.has(n) || imports.has(n)) s.refs.add(n);
  }
  const depsOf = (s: Statement) =>
    [...s.refs].flatMap((n) => {
      const d = declaredIn.get(n);
      return d && d !== s ? [d] : [];
    });

  const rootStatements = new Set<Statement>();
  for (const r of roots) {
    const s = declaredIn.get(r);
    if (!s) throw new Error(`chart parts: no top-level ${r}`);
    rootStatements.add(s);
  }
  const exportedLocal = new Set(exported.map((e) => e.local));
  // The core: what runs for its effect and every export not split out, with all they use.
  const core = new Set<Statement>();
  const stack = statements.filter(
    (s) => s.effect || (!rootStatements.has(s) && s.names.some((n) => exportedLocal.has(n))),
  );
  for (let s = stack.pop(); s; s = stack.pop()) {
    if (core.has(s)) continue;
    core.add(s);
    stack.push(...depsOf(s));
  }
  // Each part root reaches what it uses, up to the core and the other roots.
  const partRoots = [...rootStatements].filter((s) => !core.has(s));
  const reachedBy = new Map<Statement, string[]>();
  for (const root of partRoots) {
    const seen = new Set<Statement>();
    const todo = [root];
    for (let s = todo.pop(); s; s = todo.pop()) {
      if (seen.has(s) || core.has(s) || (s !== root && rootStatements.has(s))) continue;
      seen.add(s);
      reachedBy.set(s, [...(reachedBy.get(s) ?? []), root.names[0] as string]);
      todo.push(...depsOf(s));
    }
  }
  const keyOf = new Map<Statement, string>();
  for (const s of statements) {
    if (core.has(s)) keyOf.set(s, 'core');
    else {
      const by = reachedBy.get(s);
      if (by) keyOf.set(s, [...by].sort().join('+'));
    }
  }
  const home = new Map<string, string>();
  for (const [s, key] of keyOf) for (const n of s.names) home.set(n, key);

  // The modules, each with the modules it imports from; a cycle among them would break evaluation order.
  const members = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = keyOf.get(s);
    if (key) members.set(key, [...(members.get(key) ?? []), s]);
  }
  const needs = new Map<string, Set<string>>();
  for (const [key, list] of members) {
    const from = new Set<string>();
    for (const s of list)
      for (const n of s.refs) if (home.has(n) && home.get(n) !== key) from.add(home.get(n) as string);
    needs.set(key, from);
  }
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string, path: string[]) => {
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'open')
      throw new Error(`chart parts: modules import each other: ${[...path, key].join(' → ')}`);
    state.set(key, 'open');
    for (const k of needs.get(key) ?? []) visit(k, [...path, key]);
    state.set(key, 'done');
  };
  for (const key of members.keys()) visit(key, []);

  const modules = new Map<string, string>();
  for (const [key, list] of members) {
    const lines: string[] = [];
    const fromSource = new Map<string, string[]>();
    const fromModule = new Map<string, string[]>();
    for (const n of new Set(list.flatMap((s) => [...s.refs]))) {
      const imp = imports.get(n);
      const at = home.get(n);
      if (imp) fromSource.set(imp.source, [...(fromSource.get(imp.source) ?? []), `${imp.imported} as ${n}`]);
      else if (at && at !== key) fromModule.set(at, [...(fromModule.get(at) ?? []), `${EXPORT_PREFIX}${n} as ${n}`]);
    }
    for (const [source, names] of fromSource)
      lines.push(`import { ${names.join(', ')} } from ${JSON.stringify(source)};`);
    if (key === 'core') for (const source of bare) lines.push(`import ${JSON.stringify(source)};`);
    for (const [at, names] of fromModule)
      lines.push(`import { ${names.join(', ')} } from ${JSON.stringify(idOf(at))};`);
    lines.push(...list.map((s) => s.text));
    lines.push(`export { ${list.flatMap((s) => s.names.map((n) => `${n} as ${EXPORT_PREFIX}${n}`)).join(', ')} };`);
    modules.set(key, lines.join('\n'));
  }
  if (!modules.has('core')) modules.set('core', bare.map((s) => `import ${JSON.stringify(s)};`).join('\n'));

  const facade = exported.map(({ local, exported: name }) => {
    const imp = imports.get(local);
    if (imp) return `export { ${imp.imported} as ${name} } from ${JSON.stringify(imp.source)};`;
    const at = home.get(local);
    if (!at) throw new Error(`chart parts: the export ${name} has no home`);
    return `export { ${EXPORT_PREFIX}${local} as ${name} } from ${JSON.stringify(idOf(at))};`;
  });
  // The core first, so that it runs before any part, whose classes extend its own.
  facade.unshift(`import ${JSON.stringify(idOf('core'))};`);
  return { facade: facade.join('\n'), modules, home };
}

/**
 * chart.js's registerables: what its `registerables` array lists (the `controllers`, `elements`,
 * `plugins` and `scales` namespaces) and what those list, each class or plugin object.
 */
export function registerablesOf(code: string, program: { body: unknown[] }): string[] {
  const top = new Map<string, Node>();
  for (const raw of program.body) {
    const node = raw as Node;
    if (/Declaration$/.test(node.type) && node.type !== 'ExportNamedDeclaration' && node.type !== 'ImportDeclaration') {
      for (const n of declaredNames(node)) top.set(n, node);
    }
  }
  const refsOf = (name: string) => {
    const node = top.get(name);
    if (!node) throw new Error(`chart parts: chart.js declares no ${name}`);
    return [...references(node, new Set())].filter((n) => n !== name && top.has(n));
  };
  const lists = refsOf('registerables');
  if (lists.length === 0)
    throw new Error(`chart parts: chart.js's registerables list nothing (${code.length} chars read)`);
  return [...new Set(['registerables', ...lists, ...lists.flatMap(refsOf)])];
}

/** The Vite plugin: in the client build, chart.js is served split (see the file's comment). */
export function chartParts(): Plugin {
  let split: SplitResult | undefined;
  return {
    name: 'cx-chart-parts',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (env) => env.name === 'client',
    resolveId(source) {
      return source.startsWith(PREFIX) ? source : null;
    },
    async load(id) {
      if (CHART_JS.test(id)) {
        const code = readFileSync(id, 'utf8');
        const program = parseAst(code);
        const sources = new Map<string, string>();
        for (const raw of program.body) {
          if (raw.type !== 'ImportDeclaration') continue;
          const source = String(raw.source.value);
          const resolved = await this.resolve(source, id, { skipSelf: true });
          if (!resolved || resolved.external) throw new Error(`chart parts: cannot resolve ${source} from chart.js`);
          sources.set(source, resolved.id);
        }
        split = splitModule(
          code,
          program,
          registerablesOf(code, program),
          (s) => sources.get(s) ?? s,
          (key) => (key === 'core' ? CORE_ID : partId(key)),
        );
        return { code: split.facade, moduleSideEffects: false };
      }
      if (!id.startsWith(PREFIX)) return null;
      if (!split) throw new Error(`chart parts: ${id.slice(1)} loaded before chart.js`);
      const key = id === CORE_ID ? 'core' : id.slice(partId('').length);
      const code = split.modules.get(key);
      if (code === undefined) throw new Error(`chart parts: no module ${key}`);
      return { code, moduleSideEffects: false };
    },
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { inChartChunk, registerablesOf, splitModule } from '../../src/features/bundle/chart-parts';

const idOf = (key: string) => `virtual:${key}`;
const split = (code: string, roots: string[]) => splitModule(code, parseAst(code), roots, (s) => `/abs/${s}`, idOf);

describe('splitting a module into a core and parts', () => {
  const code = [
    "import { h as helper, k as unused } from './helpers.js';",
    "import './side-effect.js';",
    'class Base { run() { return helper(1); } }',
    'const registry = new Map();',
    'function onlyA(x) { return x + 1; }',
    'function shared(x) { return x * 2; }',
    'class A extends Base { static id = "a"; go() { return onlyA(shared(1)); } }',
    'class B extends Base { static id = "b"; go() { return shared(2); } }',
    'var all = /*#__PURE__*/Object.freeze({ __proto__: null, A: A, B: B });',
    'function dead() { return 0; }',
    'export { Base, registry, A, B as Bee, all, helper as Helper };',
  ].join('\n');
  const result = split(code, ['A', 'B', 'all']);

  it('keeps in the core what is not split out and what runs for its effect', () => {
    expect(result.home.get('Base')).toBe('core');
    expect(result.home.get('registry')).toBe('core');
  });

  it('gives each root what only it uses, and what two roots share a module of its own', () => {
    expect(result.home.get('A')).toBe('A');
    expect(result.home.get('onlyA')).toBe('A');
    expect(result.home.get('B')).toBe('B');
    expect(result.home.get('shared')).toBe('A+B');
    expect(result.home.get('all')).toBe('all');
    expect(result.home.has('dead')).toBe(false);
  });

  it('writes modules that import what they use from where it lives', () => {
    const a = result.modules.get('A') ?? '';
    expect(a).toContain(`import { __cx_Base as Base } from "${idOf('core')}";`);
    expect(a).toContain(`import { __cx_shared as shared } from "${idOf('A+B')}";`);
    expect(a).toContain('export { onlyA as __cx_onlyA, A as __cx_A };');
    const core = result.modules.get('core') ?? '';
    expect(core).toContain('import { h as helper } from "/abs/./helpers.js";');
    expect(core).toContain('import "/abs/./side-effect.js";');
    expect(core).not.toMatch(/class [AB]\b/);
    for (const module of result.modules.values()) expect(() => parseAst(module)).not.toThrow();
  });

  it('re-exports every name from the facade under its own name', () => {
    expect(result.facade.split('\n')).toEqual([
      `import "${idOf('core')}";`,
      `export { __cx_Base as Base } from "${idOf('core')}";`,
      `export { __cx_registry as registry } from "${idOf('core')}";`,
      `export { __cx_A as A } from "${idOf('A')}";`,
      `export { __cx_B as Bee } from "${idOf('B')}";`,
      `export { __cx_all as all } from "${idOf('all')}";`,
      'export { h as Helper } from "/abs/./helpers.js";',
    ]);
  });

  it('keeps a root in the core when the core uses it', () => {
    const used = split(`${code}\nconst boot = registry.set('a', A);`, ['A', 'B', 'all']);
    expect(used.home.get('A')).toBe('core');
    expect(used.home.get('onlyA')).toBe('core');
    expect(used.home.get('B')).toBe('B');
  });

  it('refuses what it cannot split safely', () => {
    expect(() => split('export default 1;', [])).toThrow(/ExportDefaultDeclaration/);
    expect(() => split('const { a } = {};\nexport { a };', [])).toThrow(/destructuring/);
    expect(() => split('const a = 1;\nexport { a };', ['b'])).toThrow(/no top-level b/);
  });
});

describe('chart.js, split', () => {
  const file = join(process.cwd(), 'node_modules/chart.js/dist/chart.js');
  const code = readFileSync(file, 'utf8');
  const program = parseAst(code);
  const result = splitModule(code, program, registerablesOf(code, program), (s) => s, idOf);

  it('puts every controller, element, scale and plugin in a part, and the rest in the core', () => {
    for (const name of ['BarController', 'LineController', 'ScatterController', 'DoughnutController']) {
      expect(result.home.get(name)).toBe(name);
    }
    for (const name of ['LinearScale', 'CategoryScale', 'BarElement', 'PointElement', 'plugin_tooltip']) {
      expect(result.home.get(name)).toBe(name);
    }
    for (const name of ['Chart', 'DatasetController', 'Scale', 'Element', 'registry']) {
      expect(result.home.get(name)).toBe('core');
    }
    expect(result.modules.get('core')).not.toMatch(/class \w+Controller extends DatasetController/);
  });

  it('writes modules that parse, and a facade with every export chart.js has', () => {
    for (const module of result.modules.values()) expect(() => parseAst(module)).not.toThrow();
    const names = (src: string) =>
      parseAst(src)
        .body.flatMap((s) => (s.type === 'ExportNamedDeclaration' ? s.specifiers : []))
        .map((s) => (s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value)))
        .sort();
    expect(names(result.facade)).toEqual(names(code));
  });

  it('sends chart.js, its helpers and the shared chart module to the one chart chunk, and no part', () => {
    expect(inChartChunk(file)).toBe(true);
    expect(inChartChunk('/x/node_modules/@kurkle/color/dist/color.esm.js')).toBe(true);
    expect(inChartChunk('/x/src/components/tools/shared/chart-core.ts')).toBe(true);
    expect(inChartChunk('\0chart-core')).toBe(true);
    expect(inChartChunk('\0chart-part:BarController')).toBe(false);
    expect(inChartChunk('/x/src/components/tools/quiz/chart-setup.ts')).toBe(false);
  });
});

/** Long offering names in Chinese and Cyrillic, and the chat a class of groups sends, for board tests. */

const HAN = '智能家居订阅服务每周送达新鲜食材和个性化食谱卡片让家庭烹饪更轻松愉快健康环保可持续发展的生活方式';
const CYRILLIC = 'Подписка на наборы для ужина с доставкой свежих продуктов и рецептов каждую неделю';

/**
 * A name of exactly `length` characters for group `n` (1-based): its number, then letters of the script
 * drawn by a fixed pseudo-random sequence, so every group's name differs as real names do.
 */
export function longName(n: number, script: 'han' | 'cyrillic', length = 60): string {
  const source = script === 'han' ? HAN : CYRILLIC;
  let out = script === 'han' ? `第${n}组` : `Группа ${n} `;
  let seed = n * 7919 + (script === 'han' ? 1 : 2);
  while (out.length < length) {
    // xorshift32: a fixed, well-spread sequence
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out += source[(seed >>> 0) % source.length];
  }
  return out
    .replace(/\s+/g, ' ')
    .trim()
    .padEnd(length, script === 'han' ? '品' : 'я');
}

/** The four links one group sends for an offering called `name`, each a line of chat. */
export function groupLinks(name: string, n: number, origin = 'https://cx.example.org/'): string[] {
  const place = encodeURIComponent(name.replaceAll('_', ' '));
  const score = (n % 10) + 1;
  return [
    `Group ${n}: ${origin}tools/spectrum-grid/?place=${place}_${score}_${11 - score}`,
    `Group ${n}: ${origin}tools/value-quiz/?quiz-offering=${encodeURIComponent(name)}&problem1=${(n % 5) + 1}&feel2=3`,
    `Group ${n}: ${origin}tools/kano/?kano-feature=${encodeURIComponent(`${name} 功能`)}&kano-functional=like&kano-dysfunctional=dislike`,
    `Group ${n}: ${origin}tools/anxiety-gap/?today.gap=${n}&today.gap-unit=day&customers=${100 * n}`,
  ];
}

/** The chat of `count` groups, each with a long name in the script, every group's links in turn. */
export function classChat(count: number, script: 'han' | 'cyrillic' | 'mixed'): { names: string[]; text: string } {
  const names = Array.from({ length: count }, (_, i) =>
    longName(i + 1, script === 'mixed' ? (i % 2 === 0 ? 'han' : 'cyrillic') : script),
  );
  const text = names.flatMap((name, i) => ['Trainer: next please', ...groupLinks(name, i + 1)]).join('\n');
  return { names, text };
}

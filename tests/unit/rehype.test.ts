import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors, rehypeSiteLinks } from '../../src/features/markdown/rehype-site-links';

const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });
const root = (...children: { type: string }[]) => ({ type: 'root', children });

describe('rehypeSiteLinks', () => {
  it.each([
    ['/glossary/#churn', '/handbook/glossary/#churn'],
    ['#local', '#local'],
    ['https://example.org/', 'https://example.org/'],
    ['//cdn.example/', '//cdn.example/'],
  ])('rewrites %s to %s under /handbook/', (from, to) => {
    const tree = root(link(from));
    rehypeSiteLinks('/handbook/')()(tree);
    expect(tree.children[0]).toMatchObject({ properties: { href: to } });
  });
});

describe('rehypeHeadingAnchors', () => {
  it('adds a named anchor link to h2 and h3 with ids, and leaves others alone', () => {
    const h2 = {
      type: 'element',
      tagName: 'h2',
      properties: { id: 'two-axes' },
      children: [{ type: 'text', value: 'Two axes' }],
    };
    const h4 = { type: 'element', tagName: 'h4', properties: { id: 'x' }, children: [] };
    const tree = root(h2, h4);
    rehypeHeadingAnchors()()(tree);
    const anchor = h2.children[1] as unknown as {
      properties: { href: string; ariaLabel: string };
      children: unknown[];
    };
    expect(anchor.properties.href).toBe('#two-axes');
    expect(anchor.properties.ariaLabel).toBe('Link to section: Two axes');
    // No text inside the link, so the heading's text in the table of contents stays clean.
    expect(anchor.children).toEqual([]);
    expect(h4.children).toHaveLength(0);
  });
});

import { isRootRelative, joinBase } from '../../lib/paths';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}

function walk(node: Node, visit: (n: Node, parent: Node | undefined) => void, parent?: Node) {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

/** Rewrites root-relative links written in chapters ("/glossary/#x") to include the base path. */
export function rehypeSiteLinks(base: string) {
  return () => (tree: Node) => {
    walk(tree, (n) => {
      const target = n.properties?.['href'];
      if (n.tagName === 'a' && n.properties && typeof target === 'string' && isRootRelative(target)) {
        n.properties['href'] = joinBase(base, target);
      }
    });
  };
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Gives every h2 and h3 with an id a visible anchor link that says which section it links to. The
 * link holds no text (its name is an aria-label, its "#" is drawn by CSS), so Astro's own heading
 * collector, which runs after this plugin, keeps the table of contents free of it. Astro only adds
 * heading ids after user plugins, so the config runs `rehypeHeadingIds` just before this one.
 */
export function rehypeHeadingAnchors() {
  return () => (tree: Node) => {
    walk(tree, (n) => {
      if (n.type !== 'element' || (n.tagName !== 'h2' && n.tagName !== 'h3')) return;
      const id = n.properties?.['id'];
      if (typeof id !== 'string') return;
      const label = textOf(n).trim();
      n.properties = { ...n.properties, className: ['cx-heading'] };
      n.children = [
        ...(n.children ?? []),
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['cx-anchor'], href: `#${id}`, ariaLabel: `Link to section: ${label}` },
          children: [],
        },
      ];
    });
  };
}

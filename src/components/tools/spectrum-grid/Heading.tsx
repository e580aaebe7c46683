import type { ComponentChildren } from 'preact';
import { createElement } from 'preact';

interface Props {
  level: number;
  id?: string;
  children: ComponentChildren;
}

/** A heading whose level fits where the tool is mounted (h2 on its page, deeper inside a chapter). */
export function Heading({ level, id, children }: Props) {
  const tag = `h${Math.min(6, Math.max(2, level))}`;
  return createElement(tag, { id, class: 'cx-grid__heading' }, children);
}

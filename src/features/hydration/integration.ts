import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Adds `client:interact` (hydrate a tool when the reader starts to use it) and `client:now` (at once, in the page's language). */
export function hydrateOnUse(): AstroIntegration {
  return {
    name: 'cx-hydrate-on-use',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interact',
          entrypoint: fileURLToPath(new URL('./client/interact.ts', import.meta.url)),
        });
        addClientDirective({
          name: 'now',
          entrypoint: fileURLToPath(new URL('./client/now.ts', import.meta.url)),
        });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on first use or when a chart nears the viewport; the value names the tool's saved state. */
    'client:interact'?: string | boolean;
    /** Hydrate at once, once the strings of the page's language are in place. */
    'client:now'?: boolean;
  }
}

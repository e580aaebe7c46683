import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Adds `client:interact`, which hydrates a tool when the reader starts to use it (see the directive). */
export function hydrateOnUse(): AstroIntegration {
  return {
    name: 'cx-hydrate-on-use',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interact',
          entrypoint: fileURLToPath(new URL('../scripts/directives/interact.ts', import.meta.url)),
        });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on first use or when a chart nears the viewport; the value names the tool's saved state. */
    'client:interact'?: string | boolean;
  }
}

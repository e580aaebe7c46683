/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy two-core machine 5 s is too tight a limit.
    testTimeout: 30_000,
  },
});

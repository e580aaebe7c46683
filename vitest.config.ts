/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy two-core machine 5 s is too tight a limit.
    testTimeout: 30_000,
    // Files share a worker: no test file sets globals another reads, and starting a worker per file cost most of
    // the run (320 s against 92 s on the loaded two-core machine).
    isolate: false,
  },
});

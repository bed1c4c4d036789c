/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run through Astro's Vite config so .astro components and
// astro:content resolve as they do in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    reporters: process.env.CI ? ['default', ['junit', { outputFile: 'reports/unit-junit.xml' }]] : ['default'],
    environment: 'node',
    testTimeout: 20_000,
  },
});

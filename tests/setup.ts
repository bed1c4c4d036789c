/**
 * Runs before every Vitest file: registers the chart kinds' MDX tags, as every
 * route and the content check do, so tests that read the content see the same
 * tag rules as the build.
 */
import '../src/charts/registry.ts';

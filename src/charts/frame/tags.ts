/**
 * The MDX components for every chart kind, made from the registry: each tag
 * (<AidChart />, <EncountersChart series="children" />, ...) is the frame's
 * Chart component bound to its definition, with the tag's attributes as props.
 */
import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
import Chart from './Chart.astro';
import { CHARTS, type AnyChart } from '../registry.ts';

function chartComponent(def: AnyChart) {
  return createComponent((result, props, slots) => render`${renderComponent(result, def.tag.name, Chart, { def, attrs: props }, slots)}`);
}

/** Tag name -> component, for MDX. */
export const chartComponents: Record<string, ReturnType<typeof createComponent>> = Object.fromEntries(CHARTS.map((def) => [def.tag.name, chartComponent(def)]));

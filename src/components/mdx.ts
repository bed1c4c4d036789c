/**
 * The components available in every article without an import. The names
 * must match src/lib/mdx-registry.ts (a unit test checks both lists agree).
 */
import Num from './Num.astro';
import Cite from './Cite.astro';
import Timeline from './Timeline.astro';
import AidChart from '../charts/aid/AidChart.astro';
import VaccineChart from '../charts/vaccine/VaccineChart.astro';
import EncountersChart from '../charts/encounters/EncountersChart.astro';
import SheltersChart from '../charts/shelters/SheltersChart.astro';
import OriginChart from '../charts/origin/OriginChart.astro';
import TripMap from '../charts/map/TripMap.astro';

export const mdxComponents = {
  Num,
  Cite,
  Timeline,
  AidChart,
  VaccineChart,
  EncountersChart,
  SheltersChart,
  OriginChart,
  TripMap,
};

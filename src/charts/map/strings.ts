/**
 * The trip map's words in both languages. Dates and place names are passed
 * in from the data (formatted for the page's language), never typed here.
 */
import type { Lang } from '../../lib/i18n.ts';

export interface MapStrings {
  title: (range: string) => string;
  /** The text alternative: what the map shows, stop by stop. */
  description: (legs: { to: string; date: string }[], start: string) => string;
  countries: Record<string, string>;
  legendRoute: string;
  legendPolicy: string;
  itinerary: string;
  sources: string;
  source: string;
  outlinesNote: string;
}

/** Spanish names the two capitals with an article: "la Ciudad de México". */
const la = (name: string) => (/^Ciudad\b/.test(name) ? `la ${name}` : name);

const list = (items: string[], and: string) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  en: {
    title: (range) => `The trip, ${range}`,
    description: (legs, start) =>
      `Map of the United States, Mexico and Central America. A line traces Vice President Harris’s flights from ${start} ${list(
        legs.map((l, i) => `${i === 0 ? 'to' : i === legs.length - 1 ? 'back to' : 'on to'} ${l.to} (${l.date})`),
        'and',
      )}. Guatemala, Honduras and El Salvador, the countries of the root-causes policy, are hatched.`,
    countries: { '840': 'United States', '484': 'Mexico', '320': 'Guatemala', '340': 'Honduras', '222': 'El Salvador' },
    legendRoute: 'Route flown, with the day of each arrival',
    legendPolicy: 'Hatched: Guatemala, Honduras and El Salvador, the countries of the root-causes policy',
    itinerary: 'Day by day',
    sources: 'Sources',
    source: 'Source',
    outlinesNote: 'map data',
  },
  es: {
    title: (range) => `El viaje, ${range}`,
    description: (legs, start) =>
      `Mapa de Estados Unidos, México y Centroamérica. Una línea traza los vuelos de la vicepresidenta Harris desde ${start} ${list(
        legs.map((l, i) => `${i === 0 ? 'hasta' : i === legs.length - 1 ? 'de regreso a' : 'luego a'} ${la(l.to)} (${l.date})`),
        'y',
      )}. Guatemala, Honduras y El Salvador, los países de la política de causas de raíz, aparecen rayados.`,
    countries: { '840': 'Estados Unidos', '484': 'México', '320': 'Guatemala', '340': 'Honduras', '222': 'El Salvador' },
    legendRoute: 'Ruta de los vuelos, con el día de cada llegada',
    legendPolicy: 'Rayados: Guatemala, Honduras y El Salvador, los países de la política de causas de raíz',
    itinerary: 'Día a día',
    sources: 'Fuentes',
    source: 'Fuente',
    outlinesNote: 'datos del mapa',
  },
};

/** The words around each chart: titles state the finding, descriptions say what is shown, Spanish is Spanish. */
import { describe, expect, it } from 'vitest';
import { encountersCaption, encountersDescription, encountersTitle } from '../../../src/charts/encounters/summary.ts';
import { sheltersDescription, sheltersTitle } from '../../../src/charts/shelters/summary.ts';
import { originTitle } from '../../../src/charts/origin/summary.ts';
import { vaccineDescription, vaccineTakeaway, vaccineTitle } from '../../../src/charts/vaccine/summary.ts';
import { aidTitle } from '../../../src/charts/aid/summary.ts';
import { ofNoun } from '../../../src/charts/core/strings.ts';
import { AID, DAYS, MONTHS, ORIGIN, VAX } from './fixtures.ts';

const plain = (x: string) => x.replace(/\s/g, ' ');

describe('titles state the finding, in sentence case', () => {
  it('encounters: one title per series, from the data', () => {
    expect(encountersTitle(MONTHS, 'all', 'en')).toBe('Encounters in June 2021, the month of the trip, were the most since March 2000');
    expect(encountersTitle(MONTHS, 'children', 'en')).toBe('Encounters with unaccompanied children peaked in March 2021, before the trip');
    expect(encountersTitle(MONTHS, 'children', 'es')).toBe('Los encuentros con menores no acompañados llegaron a su máximo en marzo de 2021, antes del viaje');
    // A higher month after the trip does not change the finding about the trip month.
    const later = MONTHS.map((m) => (m.month === '2000-04' ? { ...m, all: 190000 } : m));
    expect(encountersTitle(later, 'all', 'en')).toBe('Encounters in June 2021, the month of the trip, were the most since April 2000');
  });
  it('shelters, origin, vaccine, aid', () => {
    expect(sheltersTitle(DAYS, 'en')).toBe('Children in HHS shelters peaked in April 2021 and were fewer by the trip');
    expect(sheltersTitle(DAYS.map((d) => ({ ...d, inCare: d.date === '2021-06-07' ? 30000 : d.inCare })), 'en')).toBe('Children in HHS shelters peaked in June 2021');
    expect(originTitle(ORIGIN, 'es')).toBe('Guatemala fue el grupo más grande de menores no acompañados en todos los periodos');
    expect(vaccineTitle(VAX, 'en')).toBe('The first vaccine deliveries after the trip were larger than the doses announced around it');
    expect(vaccineTitle({ ...VAX, events: VAX.events.map((e) => (e.date === '2021-07-08' ? { ...e, doses: 100 } : e)) }, 'en')).toBe('U.S. vaccine doses announced and delivered in 2021');
    expect(aidTitle(AID, 'en')).toBe('The trip’s largest announcement, $130 million, was small beside the $4 billion plan Congress never passed');
    for (const t of [encountersTitle(MONTHS, 'all', 'es'), sheltersTitle(DAYS, 'es'), vaccineTitle(VAX, 'es'), aidTitle(AID, 'es')]) {
      expect(t[0]).toBe(t[0]!.toUpperCase());
      expect(t).not.toMatch(/ [A-Z][a-z]+ [A-Z][a-z]+ [A-Z]/);
      expect(t).not.toMatch(/\.$/);
    }
  });
});

describe('descriptions say what is shown', () => {
  it('names the measure, the span and the agency in full on first use', () => {
    expect(encountersDescription(MONTHS, 'children', 'en')).toMatch(/^Border Patrol encounters with unaccompanied children at the southwest border each month, January 2010 to July 2021;/);
    expect(sheltersDescription(DAYS, 'es')).toContain('Departamento de Salud y Servicios Humanos (HHS)');
    expect(sheltersDescription(DAYS, 'en')).toContain('Department of Health and Human Services (HHS)');
    expect(vaccineDescription(VAX, 'es')).toContain('para 2 países en 2021');
    expect(encountersCaption('children', 'es')).toBe('Datos del gráfico: Encuentros de la Patrulla Fronteriza con menores no acompañados, por mes, de octubre de 2019 a septiembre de 2022');
  });
});

describe('Spanish grammar', () => {
  it('puts "de" between millón/millones and the noun', () => {
    expect(ofNoun('1 millón', 'dosis')).toBe('1 millón de dosis');
    expect(ofNoun('1,5 millones', 'dosis')).toBe('1,5 millones de dosis');
    expect(ofNoun('500,000', 'dosis')).toBe('500,000 dosis');
    expect(plain(vaccineTakeaway(VAX, 'es'))).toContain('1 millón de dosis más para México');
    expect(vaccineTakeaway(VAX, 'es')).not.toMatch(/millón dosis|millones dosis/);
  });
});

import type * as en from '../en/notices';
import { shorten } from '../quote';
import type { Translation } from '../types';

const q = (raw: string) => `„${shorten(raw)}“`;
const n = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 6 });

/** Was an einem Wert aus Link, Datei oder Speicher nicht stimmte und was stattdessen gilt. */
export const noticeText: Translation<typeof en.noticeText> = {
  quote: q,
  notANumber: (label: string, given: string, used: number) =>
    `${label} ${q(given)} ist keine Zahl; verwendet wird ${n(used)}.`,
  outOfRange: (label: string, given: string, min: number, max: number, integer: boolean, used: number) =>
    `${label} ${q(given)} liegt außerhalb von ${n(min)} bis ${n(max)}${integer ? ' (ganze Zahlen)' : ''}; verwendet wird ${n(used)}.`,
  notAChoice: (label: string, given: string, choices: readonly string[], used: string) =>
    `${label} ${q(given)} ist keiner der Werte ${choices.join(', ')}; verwendet wird ${used}.`,
  shortened: (label: string, maxLength: number) => `${label} war länger als ${n(maxLength)} Zeichen und wurde gekürzt.`,
  missing: (label: string, used: number) => `${label} fehlt; verwendet wird ${n(used)}.`,
  noPosition: (label: string, given: string) =>
    `${label} ${q(given)} hat keine Lage (Name_Häufigkeit_Komplexität); es steht jetzt in der Mitte.`,
  tooManyOfferings: (given: number, kept: number) =>
    `Der Link enthielt ${n(given)} Angebote; nur die ersten ${n(kept)} wurden übernommen.`,
  scenarioField: (scenario: string, field: string) => `${scenario}: ${field}`,
  grid: {
    offering: (i: number) => `Angebot ${i}`,
    named: (offering: string, name: string) => `${offering} (${q(name)})`,
    name: (offering: string) => `${offering}, Name`,
    frequency: (offering: string) => `${offering}, Häufigkeit`,
    complexity: (offering: string) => `${offering}, Komplexität`,
    from: (field: string) => `${field} (von)`,
    to: (field: string) => `${field} (bis)`,
    read: 'Gelesenes Angebot',
    refs: 'Referenzprodukte',
  },
};

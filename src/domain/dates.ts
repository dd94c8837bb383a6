// Dates as precise as the documents give them: "den 31 maj 2021" is a day, "i november 2021" a
// month, "2022" a year, "hösten 2020" a season. A seed writes them as 2021-05-31, 2021-11, 2022,
// 2020-autumn; the graph keeps the first day (the Date fields), the last day and the precision,
// so a month-only deadline is due during the whole month.
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'SEASON', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

// Swedish seasons by the calendar's usual reading: våren Mar–May, sommaren Jun–Aug, hösten Sep–Nov.
const SEASONS = { spring: ['03', '05'], summer: ['06', '08'], autumn: ['09', '11'] } as const;

export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?|-(spring|summer|autumn))?$/;

export interface DateSpan {
  start: string;
  end: string;
  precision: DatePrecision;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

export function dateSpan(text: string): DateSpan | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d, season] = m;
  const year = Number(y);
  if (d) {
    if (Number(d) > lastDay(year, Number(mo))) return null;
    return { start: text, end: text, precision: 'DAY' };
  }
  if (mo) return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${pad(lastDay(year, Number(mo)))}`, precision: 'MONTH' };
  if (season) {
    const [from, to] = SEASONS[season as keyof typeof SEASONS];
    return { start: `${y}-${from}-01`, end: `${y}-${to}-${pad(lastDay(year, Number(to)))}`, precision: 'SEASON' };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'YEAR' };
}

// Graph properties for one partial date: <field> (first day), <field>End, <field>Precision.
export function spanProps(field: string, text: string | null): Record<string, string | null> {
  const span = text === null ? null : dateSpan(text);
  return {
    [field]: span?.start ?? null,
    [`${field}End`]: span?.end ?? null,
    [`${field}Precision`]: span?.precision ?? null,
  };
}

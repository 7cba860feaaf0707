/**
 * Partial dates: the sources give some dates to the day ("18 March 1992"), some to the
 * month ("May 1993") and some only to the year ("1996"). A partial date is stored as the
 * ISO string of its own precision, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and is never padded
 * into a more precise date than the source supports.
 */

import { dateTimeFormat } from './intl.ts';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date; returns null for a wrong shape or a day that does not exist. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = SHAPE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  // There is no year 0 in the calendar; '0000' is a placeholder, never a date.
  if (year === 0) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { year, month, day };
}

/** True when `text` is a real calendar date at year, month or day precision. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** Dates formatted so far, by language and date. */
const formatted = new Map<string, string>();

/**
 * Formats a partial date at its own precision in a language (an Intl locale): "1992",
 * "March 1992", "18 March 1992"; "1992 г.", "май 1993 г.", "26 января 1992 г.". Messages to
 * editors are in English, the default. Pure Intl, so the search client can use it too.
 */
export function formatPartialDate(text: string, intl = 'en-GB'): string {
  // A site shows the same few thousand dates on many pages; Intl takes far longer than a lookup.
  const key = `${intl} ${text}`;
  let shown = formatted.get(key);
  if (shown === undefined) formatted.set(key, (shown = formatOnce(text, intl)));
  return shown;
}

function formatOnce(text: string, intl: string): string {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`Not a partial date: "${text}"`);
  const { year, month, day } = date;
  const utc = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: day === undefined ? undefined : 'numeric', timeZone: 'UTC' };
  const parts = dateTimeFormat(intl, options).formatToParts(utc);
  // Intl has no year-only style with the year's word ("1992 г."): take the year and what
  // follows it from the month-and-year form.
  const shown = month === undefined ? parts.slice(parts.findIndex((p) => p.type === 'year')) : parts;
  // The year's word never starts a line on its own ("1992 г."): what follows the year is glued to it.
  return shown
    .map((p, i) => (i > 0 && shown[i - 1].type === 'year' ? p.value.replace(/\s/g, '\u00a0') : p.value))
    .join('')
    .trim();
}

/**
 * Orders partial dates chronologically. A less precise date sorts before the more precise
 * dates it contains ("1992" < "1992-03" < "1992-03-18"), which is plain string order for
 * zero-padded ISO strings.
 */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first day a partial date can mean, as YYYY-MM-DD: "1992" → "1992-01-01". */
export function firstDay(text: string): string {
  const { year, month = 1, day = 1 } = parsePartialDate(text)!;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD: "1992-02" → "1992-02-29". */
export function lastDay(text: string): string {
  const { year, month = 12, day = daysInMonth(year, month) } = parsePartialDate(text)!;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year of a partial date. */
export function yearOf(text: string): number {
  return Number(text.slice(0, 4));
}

/** The decade of a partial date, e.g. 1990 for "1996-05". */
export function decadeOf(text: string): number {
  return Math.floor(yearOf(text) / 10) * 10;
}

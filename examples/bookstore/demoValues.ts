/** Believable single values for the demo rows: titles, ISBNs, names, addresses, money and dates. */
import type { JsonValue } from '../../src/declare/index.js';
import * as words from './demoWords.js';
import type { Random } from './seededRandom.js';

/** `"The Winter Orchard"`, `"The Comet of Sable Bay"`, `"An Island in the Fens"`, `"The Clockmaker's Garden"`. */
export function bookTitle(random: Random): string {
  const noun = random.pick(words.titleNouns);
  const place = random.pick(words.titlePlaces);
  return random.pick([
    `The ${random.pick(words.titleAdjectives)} ${noun}`,
    `${random.pick(words.titleAdjectives)} ${noun}`,
    `The ${noun} of ${place}`,
    `${/^[AEIOU]/.test(noun) ? 'An' : 'A'} ${noun} in ${place}`,
    `The ${random.pick(words.titlePeople)}'s ${noun}`,
  ]);
}

/** A valid ISBN-13 (prefix 978, mod-10 check digit with weights 1 and 3). */
export function isbn13(random: Random): string {
  const body = `978${Array.from({ length: 9 }, () => random.int(0, 9)).join('')}`;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** A 19-digit transaction number below 2^63, as a string (BigInteger values are strings). */
export function paymentRef(random: Random): string {
  const high = BigInt(random.int(0x20000000, 0x7fffffff));
  const low = BigInt(random.int(0, 0xffffffff));
  return ((high << 32n) | low).toString();
}

export function address(random: Random): JsonValue {
  const [city, country] = random.pick(words.cities);
  const letters = 'ABCDEFGHJKLMNPRSTUVWXY';
  const letter = () => letters[random.int(0, letters.length - 1)]!;
  const postcode =
    country === 'GB'
      ? `${letter()}${letter()}${random.int(1, 20)} ${random.int(1, 9)}${letter()}${letter()}`
      : country === 'IE'
        ? `D${String(random.int(1, 24)).padStart(2, '0')} ${letter()}${random.int(100, 999)}`
        : String(random.int(10000, 99999));
  return { line1: `${random.int(1, 240)} ${random.pick(words.streets)}`, city, postcode, country };
}

export function uniqueNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(`${random.pick(words.firstNames)} ${random.pick(words.lastNames)}`);
  return [...names];
}

export function unique(seen: Set<string>, make: () => string): string {
  let value = make();
  while (seen.has(value)) value = make();
  seen.add(value);
  return value;
}

/** `"Crime & Mystery"` → `"crime-and-mystery"`, `"Children's"` → `"childrens"`. */
export function slug(name: string): string {
  return ascii(name)
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/'/g, '')
    .toLowerCase();
}

export function cents(price: string): number {
  const [whole = '0', fraction = '00'] = price.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function money(amount: number): string {
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}

/** A moment between the start of day `from` and the end of day `to`, to the second. */
export function dateBetween(random: Random, from: string, to: string): Date {
  return timeBetween(random, new Date(`${from}T00:00:00Z`), new Date(`${to}T23:59:59Z`));
}

export function timeBetween(random: Random, start: Date, end: Date): Date {
  const span = end.getTime() - start.getTime();
  return new Date(Math.floor((start.getTime() + random.next() * span) / 1000) * 1000);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}

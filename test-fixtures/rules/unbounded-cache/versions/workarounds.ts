// Database settings switched on for server versions that fall inside known bands. The bands are written in the table
// below, so the parsed bounds are a closed set; a band a caller makes up from a request is not.
export interface Band {
  from: string;
  until?: string;
}

interface Workaround {
  setting: string;
  bands: Band[];
}

const WORKAROUNDS: Workaround[] = [
  { setting: "hash_join_off", bands: [{ from: "23.1.0", until: "23.8.4" }] },
  { setting: "lazy_columns_off", bands: [{ from: "24.2.0", until: "24.2.9" }, { from: "24.5.0" }] },
];

const compare = (left: number[], right: number[]): number => {
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
};

// ok: unbounded-cache -- production only parses the bounds of the table above: every band handed in is one of its entries
const parsedBounds = new Map<string, number[]>();

function parseBound(bound: string): number[] {
  const known = parsedBounds.get(bound);
  if (known) return known;
  const parts = bound.split(".").map(Number);
  parsedBounds.set(bound, parts);
  return parts;
}

export function inBand(version: number[], band: Band): boolean {
  if (compare(version, parseBound(band.from)) < 0) return false;
  return band.until === undefined || compare(version, parseBound(band.until)) < 0;
}

export function settingsFor(version: number[]): string[] {
  const enabled: string[] = [];
  for (const workaround of WORKAROUNDS) {
    if (workaround.bands.some((band) => inBand(version, band))) enabled.push(workaround.setting);
  }
  return enabled;
}

// expect: unbounded-cache
const parsedMinimums = new Map<string, number[]>();

function parseMinimum(bound: string): number[] {
  const known = parsedMinimums.get(bound);
  if (known) return known;
  const parts = bound.split(".").map(Number);
  parsedMinimums.set(bound, parts);
  return parts;
}

/** The band comes from whoever calls: the version-check endpoint passes the one in the query string. */
export function meetsMinimum(version: number[], band: Band): boolean {
  return compare(version, parseMinimum(band.from)) >= 0;
}

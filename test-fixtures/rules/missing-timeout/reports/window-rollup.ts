// Server code that sums metrics over a time window: its `window` is a parameter of each function that uses it,
// never the browser global, so the module stays server code.
interface TimeWindow {
  from: number;
  to: number;
}

export async function fetchWindowTotals(window: TimeWindow): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(`https://metrics.example.com/totals?from=${window.from}&to=${window.to}`);
  return response.json();
}

export function widen(window: TimeWindow, by: number): TimeWindow {
  return { from: window.from - by, to: window.to + by };
}

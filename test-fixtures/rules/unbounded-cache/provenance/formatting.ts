// Date formatting helpers shared by the pages. Each memo is keyed by the locale and options its callers pass: the
// app's own settings, never text a client wrote, so they hold one entry per combination the code uses.

// ok: unbounded-cache -- keyed by locale and style from the callers' settings, not by request data
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(value: Date, locale: string, style: "short" | "long"): string {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: style });
    dateFormats.set(key, format);
  }
  return format.format(value);
}

// ok: unbounded-cache -- the registry is keyed by the names extensions declare through the API they are handed
const commands = new Map<string, (args: string[]) => void>();

export function addCommand(name: string, run: (args: string[]) => void): void {
  commands.set(name, run);
}

// ok: unbounded-cache -- keyed by the store's configured bucket name, a handful per deployment
const bucketsChecked: Record<string, boolean> = {};

export class ObjectStore {
  constructor(private readonly bucket: string) {}

  async ensureBucket(create: () => Promise<void>): Promise<void> {
    if (bucketsChecked[this.bucket]) return;
    await create();
    bucketsChecked[this.bucket] = true;
  }
}

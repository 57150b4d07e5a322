export const store = {
  async save(kind: string, value: unknown): Promise<string> {
    return `${kind}:${JSON.stringify(value).length}`;
  },
  async load(kind: string, key: string | undefined): Promise<string | undefined> {
    return key ? `${kind}:${key}` : undefined;
  },
};

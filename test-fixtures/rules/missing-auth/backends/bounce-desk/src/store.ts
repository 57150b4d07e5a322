interface Setting {
  value: string;
}

export const store = {
  client() {
    return { settings: { async findFirst(_query: { where: unknown }): Promise<Setting | undefined> { return undefined; } } };
  },
  async findTenantSetting(tenant: string, name: string): Promise<Setting | undefined> {
    return { value: `${tenant}:${name}` };
  },
  async recordBounce(_tenant: string, _event: unknown): Promise<void> {},
  async recordComplaint(_tenant: string, _event: unknown): Promise<void> {},
};

export const both = (...conditions: unknown[]) => ({ all: conditions });
export const matches = (field: string, value: string) => ({ field, value });

export function readSetting(raw: string | undefined, _name: string) {
  const parsed = raw ? { key: raw } : undefined;
  return {
    map: <T>(pick: (setting: { key: string }) => T) => ({ orElse: (fallback: T | null) => (parsed ? pick(parsed) : fallback) }),
  };
}

export const accounts = {
  check(name: string, password: string): { id: string } | undefined {
    return name && password ? { id: name } : undefined;
  },
};

export const rooms = {
  post(accountId: string, text: string): void {
    void accountId;
    void text;
  },
  leave(accountId: string): void {
    void accountId;
  },
};

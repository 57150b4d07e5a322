export const sessions = {
  async lookup(token: string | string[] | undefined) {
    return typeof token === "string" && token.length > 0 ? { id: token } : undefined;
  },
};
export const pages = {
  async drop(id: string) {
    return id;
  },
};

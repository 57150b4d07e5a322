export const playlists = {
  async create(input: { title: string; description: unknown; coverUrl?: string; shuffle: boolean }): Promise<{ id: string }> {
    void input;
    return { id: "p1" };
  },
};

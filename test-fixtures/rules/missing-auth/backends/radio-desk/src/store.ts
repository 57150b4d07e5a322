const rows = new Map<string, string[]>();

export const playlists = {
  async remove(id: string) {
    rows.delete(id);
  },
};

const rows = new Map<string, { id: string; apiKey: string; listings: string[] }>();

export const partners = {
  async findByApiKey(apiKey: string) {
    return [...rows.values()].find((row) => row.apiKey === apiKey);
  },
  async findById(id: string) {
    return rows.get(id);
  },
  async addListing(id: string, title: string) {
    rows.get(id)?.listings.push(title);
  },
  async removeListing(id: string, listingId: string) {
    const row = rows.get(id);
    if (row) row.listings = row.listings.filter((listing) => listing !== listingId);
  },
};

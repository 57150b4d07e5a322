// A random position in a list picks one of its entries, whatever the field it is kept in is called.
declare const badges: { insert(row: { ownerId: string; paletteId: number; badgeId: number; createdAt: number }): Promise<void> };
declare function badgePalette(): string[];

export async function issueBadge(ownerId: string): Promise<void> {
  await badges.insert({
    ownerId,
    // ok: timestamp-id -- an index into the palette, bounded by its length: a colour choice that repeats by design
    paletteId: Math.floor(Math.random() * badgePalette().length),
    // expect: timestamp-id
    badgeId: Math.floor(Math.random() * 1e9),
    createdAt: Date.now(),
  });
}

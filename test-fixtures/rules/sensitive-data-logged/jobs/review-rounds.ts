// A reviewer that repeats its pass over a draft until it finds nothing more, logging each round.
export async function reviewUntilClean(draft: string[], maxRounds: number, review: (lines: string[]) => Promise<string[]>) {
  for (let pass = 1; pass <= maxRounds; pass++) {
    const issues = await review(draft);
    // ok: sensitive-data-logged -- `pass` is the loop's round number, declared by the for statement as a count
    console.warn(`review pass ${pass}: ${issues.length} issues left`);
    if (issues.length === 0) break;
  }
}

// Tries each candidate password of a locked archive in turn.
export async function unlockArchive(candidates: string[], open: (password: string) => Promise<boolean>) {
  for (const pass of candidates) {
    // expect: sensitive-data-logged
    console.warn(`trying ${pass}`);
    if (await open(pass)) return true;
  }
  return false;
}

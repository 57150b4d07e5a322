let visits = 0;

export function recordVisit(): number {
  visits += 1;
  return visits;
}

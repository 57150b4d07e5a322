export function nextJobId(): string {
  return `job-${Date.now()}`;
}

export const job = { id: Date.now().toString(), attempts: 0 };

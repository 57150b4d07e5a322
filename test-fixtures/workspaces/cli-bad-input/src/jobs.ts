export function nextJobToken(): string {
  return `job-${Date.now()}`;
}

export const jobToken = Date.now().toString();

// Synthetic data for a dashboard preview: made up on every call and thrown away.
interface InstanceNode {
  id: string;
  label: string;
}

export function previewInstances(region: string, count: number): InstanceNode[] {
  return Array.from({ length: count }, (_, index) => {
    // ok: timestamp-id -- a display label of synthetic data, never stored
    const instanceId = Math.random().toString(36).substring(2, 6);
    return { id: `${region}-${instanceId}-${index + 1}`, label: `node ${instanceId}` };
  });
}

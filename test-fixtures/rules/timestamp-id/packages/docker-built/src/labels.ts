// The image that runs the package is built from Node 18 (its Dockerfile sits in docker/): randomUUID is imported.
declare const labels: { create(input: { data: { id: string; text: string } }): Promise<void> };

export async function queueLabel(text: string): Promise<string> {
  // expect: timestamp-id
  const labelId = "label-" + Date.now();
  await labels.create({ data: { id: labelId, text } });
  return labelId;
}

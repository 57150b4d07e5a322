export async function describeProduct(id: string): Promise<string> {
  return `Product ${id}`;
}

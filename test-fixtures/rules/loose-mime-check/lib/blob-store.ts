export async function putBlob(bytes: Uint8Array, contentType: string): Promise<void> {
  void bytes;
  void contentType;
}

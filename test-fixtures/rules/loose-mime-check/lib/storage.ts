// Object storage for the upload fixtures: keeps bytes under a key, with the type they are served with if given.
export async function saveBytes(bytes: Buffer, name: string, servedAs?: string): Promise<string> {
  return `${name}-${bytes.length}-${servedAs ?? "application/octet-stream"}`;
}

export async function saveUpload(file: Express.Multer.File): Promise<string> {
  return saveBytes(file.buffer, file.originalname, file.mimetype);
}

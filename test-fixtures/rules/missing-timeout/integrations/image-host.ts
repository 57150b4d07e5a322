// Uploads to an image host: the abort a timeout adds also bounds sending the file, so a fixed 30 s would cut off a
// large one on a slow link. The timeout is still missing; its length is for a person to choose.
export async function storeImage(name: string, picture: Blob): Promise<string> {
  const form = new FormData();
  form.append("file", picture);
  form.append("name", name);
  // expect: missing-timeout
  const answer = await fetch("https://images.example.com/v2/upload", { method: "POST", body: form });
  return (await answer.json()).url;
}

export async function replaceImage(id: string, picture: Blob): Promise<void> {
  // expect: missing-timeout
  await fetch(`https://images.example.com/v2/images/${id}`, { method: "PUT", body: picture });
}

// A JSON body has a size the code chose: the fix adds the timeout as it does everywhere.
export async function renameImage(id: string, name: string): Promise<void> {
  // expect: missing-timeout
  await fetch(`https://images.example.com/v2/images/${id}`, { method: "PATCH", body: JSON.stringify({ name }) });
}

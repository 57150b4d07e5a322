export const store = {
  async archive(id: string): Promise<void> {
    console.info("archive", id);
  },
  async retry(id: string): Promise<void> {
    console.info("retry", id);
  },
};

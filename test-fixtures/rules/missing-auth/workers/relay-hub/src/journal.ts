const marks: string[] = [];

export const journal = {
  mark(url: string) {
    marks.push(url);
  },
  async flush() {
    const count = marks.length;
    marks.length = 0;
    return { count };
  },
};

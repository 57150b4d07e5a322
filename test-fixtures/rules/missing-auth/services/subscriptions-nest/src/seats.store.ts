let total = 0;

export const seats = {
  async add(count: number) {
    total += count;
    return total;
  },
  async reset() {
    total = 0;
    return total;
  },
};

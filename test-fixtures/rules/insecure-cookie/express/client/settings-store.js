// A key-value store of page settings kept in localStorage: its `get` reads no cookie.
export const settingsStore = {
  get(key) {
    return window.localStorage.getItem(key);
  },
};

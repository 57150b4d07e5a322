// The cookie helpers' entry: the app imports them from here, so none of them is left behind.
export { refreshHeaders } from "./header";

// A package entry that names what it passes on, under names of its own.
export { isAppError as isProductFault, isSomeError as isAnyFault } from "./app-errors";

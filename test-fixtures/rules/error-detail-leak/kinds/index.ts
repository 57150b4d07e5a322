// The folder's entry re-exports the named barrel whole: a kind check is found two barrels away.
export * from "./named-barrel";

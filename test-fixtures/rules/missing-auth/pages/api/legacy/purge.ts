import purgeDrafts from "../purge-drafts";

// The old URL serves a handler that checks nothing.
// expect: missing-auth
export default purgeDrafts;

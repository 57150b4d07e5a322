import seatHandler from "../../../../lib/quota/seat-handler";

// The shared handler's DELETE branch checks nothing.
// expect: missing-auth
export default seatHandler;

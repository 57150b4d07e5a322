const targets = new Map();
const members = new Map();
const visits = new Map();

exports.getTarget = async (code) => targets.get(code);
exports.getMemberIdByHandle = async (handle) => members.get(handle);
exports.incrementVisits = async (code) => visits.set(code, (visits.get(code) || 0) + 1);

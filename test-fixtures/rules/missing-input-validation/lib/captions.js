// Caption helpers, CommonJS: one joins whatever parts it is handed into a single string, one hands them back as they are.
exports.joinParts = (parts, separator = " ") => {
  return parts.filter((part) => !!part).join(separator);
};

exports.firstPart = (parts) => parts[0];

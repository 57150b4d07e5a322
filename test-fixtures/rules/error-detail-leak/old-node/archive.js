exports.read = async (name) => `contents of ${name}`;

exports.renderPdf = async (input) => Buffer.from(JSON.stringify(input));

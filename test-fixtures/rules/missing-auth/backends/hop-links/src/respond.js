exports.respond = (status, res, payload) => {
  res.status(status).json({ status, payload: payload === undefined ? null : payload });
};

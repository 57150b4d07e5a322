module.exports = async function removeAlbum(req, res) {
  res.status(204).send(String(req.params.id));
};

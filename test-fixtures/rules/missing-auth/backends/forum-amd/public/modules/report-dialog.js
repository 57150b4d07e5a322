// A page module for RequireJS: the loader hands the factory its dependencies, and `api` is the page's request
// helper. Node has no global `define`, so none of this runs on the server.
define("report-dialog", ["api", "notices"], function (api, notices) {
  const dialog = {};

  dialog.submit = function (postId, reason) {
    const payload = { postId: postId, reason: reason };
    // ok: missing-auth -- a request the browser sends to the server's route, not a route this file serves
    api.post("/reports", payload, function (err) {
      notices.show(err ? err.message : "Thanks, a moderator will look at it.");
    });
  };

  return dialog;
});

// Caption routes: the query's display words are joined into one string by a project helper (or `.join` in place),
// and expiry thresholds are only compared with a number. A value the helper hands back as it came is still unchecked.
const express = require("express");
const { joinParts, firstPart } = require("../lib/captions");

const router = express.Router();

router.get("/captions/:id", async (req, res) => {
  // ok: missing-input-validation -- every word is joined into text and the thresholds are only compared with numbers
  const { before, title, after, unit, lowDays, highDays } = req.query;
  const days = await daysLeft(req.params.id);
  const caption = joinParts([before, title ?? `Expires in (${unit})`, after]);
  const tone = days > highDays ? "green" : days > lowDays ? "amber" : "red";
  const note = [before, after].join("-");
  res.json({ caption, tone, note });
});

router.get("/captions/:id/raw", async (req, res) => {
  // expect: missing-input-validation
  const { title } = req.query;
  res.json({ caption: firstPart([title]) });
});

async function daysLeft(id) {
  return id.length;
}

module.exports = router;

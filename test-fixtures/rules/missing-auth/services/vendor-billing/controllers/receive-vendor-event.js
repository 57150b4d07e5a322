import crypto from "crypto";

export default async (req, res) => {
  if (!verifyVendorSignature(req.body)) {
    return res.sendStatus(401);
  }
  await recordVendorEvent(req.body);
  return res.sendStatus(200);
};

function verifyVendorSignature(form) {
  const { sig, ...fields } = form;
  const checker = crypto.createVerify("sha256");
  checker.update(JSON.stringify(fields));
  return checker.verify(process.env.VENDOR_PUBLIC_KEY, sig, "base64");
}

async function recordVendorEvent(event) {
  return event;
}

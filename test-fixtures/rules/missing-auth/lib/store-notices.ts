import { Environment, SignedDataVerifier } from "@apple/app-store-server-library";

const appleRoots: Buffer[] = [];
let liveVerifier: SignedDataVerifier | null = null;
let testVerifier: SignedDataVerifier | null = null;

function verifierFor(environment: Environment): SignedDataVerifier {
  if (environment === Environment.PRODUCTION) {
    liveVerifier ||= new SignedDataVerifier(appleRoots, true, Environment.PRODUCTION, "com.example.notes", 1234);
    return liveVerifier;
  }
  testVerifier ||= new SignedDataVerifier(appleRoots, true, Environment.SANDBOX, "com.example.notes");
  return testVerifier;
}

async function openIn(environment: Environment, signedPayload: string) {
  const notice = await verifierFor(environment).verifyAndDecodeNotification(signedPayload);
  return { environment, notice };
}

// Tries production first, then the sandbox; a payload neither accepts ends in the throw.
export async function openStoreNotice(signedPayload: string) {
  let failure: unknown;
  for (const environment of [Environment.PRODUCTION, Environment.SANDBOX]) {
    try {
      return await openIn(environment, signedPayload);
    } catch (error) {
      failure = error;
    }
  }
  throw failure instanceof Error ? failure : new Error("store notice rejected");
}

// Reads the payload's claims without checking who signed it.
export async function peekStoreNotice(signedPayload: string) {
  let failure: unknown;
  try {
    return JSON.parse(Buffer.from(signedPayload.split(".")[1] ?? "", "base64url").toString());
  } catch (error) {
    failure = error;
  }
  throw failure;
}

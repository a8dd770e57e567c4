import * as crypto from 'node:crypto';

interface ProposedDsse {
  apiVersion: string;
  kind: 'dsse';
  spec: { proposedContent: { envelope: string; verifiers: string[] } };
}

/**
 * Real Rekor never logs a proposed `dsse` entry verbatim: it stores the canonical form (the
 * envelope's and payload's sha256, and one signature/verifier pair per signature), and the
 * verifier compares the bundle against that form. Other kinds (hashedrekord) are logged as
 * proposed, as Rekor does for them.
 */
export function canonicalizeRekorEntry(entry: unknown): unknown {
  const proposed = entry as Partial<ProposedDsse>;
  if (proposed?.kind !== 'dsse') return entry;
  const content = proposed.spec?.proposedContent;
  if (!content || typeof content.envelope !== 'string' || !Array.isArray(content.verifiers)) {
    throw new Error('dsse entry needs spec.proposedContent.envelope and verifiers');
  }
  const envelope = JSON.parse(content.envelope) as {
    payload: string;
    payloadType: string;
    signatures: { sig: string; keyid?: string }[];
  };
  if (content.verifiers.length !== 1 || envelope.signatures.length === 0) {
    throw new Error('dsse entry needs exactly one verifier and at least one signature');
  }
  const sha256 = (data: Buffer | string) => crypto.createHash('sha256').update(data).digest('hex');
  return {
    apiVersion: proposed.apiVersion ?? '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s) => ({ signature: s.sig, verifier: content.verifiers[0] })),
    },
  };
}

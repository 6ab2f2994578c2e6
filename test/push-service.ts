import { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** What the push service received: the decrypted payload and the VAPID claims it was signed with. */
export interface ReceivedPush {
  payload: unknown;
  ttl: string | undefined;
  claims: { aud: string; sub: string; exp: number };
}

const b64url = (b: Buffer) => b.toString("base64url");

/** RFC 8291 (aes128gcm): what a browser does with a push message it receives. */
function decrypt(body: Buffer, userAgent: { privateKey: Buffer; publicKey: Buffer; auth: Buffer }): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const serverPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(userAgent.privateKey);
  const shared = ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), userAgent.publicKey, serverPublic]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, userAgent.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then zero padding.
  const end = padded.lastIndexOf(2);
  return padded.subarray(0, end).toString("utf8");
}

/** Checks the `vapid t=<jwt>, k=<key>` authorization the way a push service does, and returns its claims. */
function verifyVapid(header: string | undefined, expectedKey: string | undefined): ReceivedPush["claims"] {
  const match = header?.match(/^vapid t=([^,]+),\s*k=(.+)$/);
  if (!match) throw new Error(`no VAPID authorization: ${header}`);
  const [, token, key] = match as unknown as [string, string, string];
  if (expectedKey && key !== expectedKey) throw new Error("signed with another VAPID key");
  const [header64, claims64, signature64] = token.split(".") as [string, string, string];
  const raw = Buffer.from(key, "base64url");
  const publicKey = createPublicKey({ key: { kty: "EC", crv: "P-256", x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33, 65)) }, format: "jwk" });
  const ok = verify("sha256", Buffer.from(`${header64}.${claims64}`), { key: publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(signature64, "base64url"));
  if (!ok) throw new Error("VAPID signature does not verify");
  return JSON.parse(Buffer.from(claims64, "base64url").toString("utf8"));
}

/**
 * A local stand-in for a browser's push service: it hands out subscriptions (endpoint + the keys a
 * browser would make), answers like a real one, and decrypts what arrives.
 */
export async function startPushService(options: { vapidPublicKey?: string; port?: number } = {}) {
  const received = new Map<string, ReceivedPush[]>();
  const answers = new Map<string, number[]>();
  const devices = new Map<string, { privateKey: Buffer; publicKey: Buffer; auth: Buffer }>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const id = req.url!.slice(1);
      const device = devices.get(id);
      const status = answers.get(id)?.shift() ?? (device ? 201 : 404);
      if (status === 201 && device) {
        try {
          const claims = verifyVapid(req.headers.authorization, options.vapidPublicKey);
          const payload = JSON.parse(decrypt(Buffer.concat(chunks), device));
          received.set(id, [...(received.get(id) ?? []), { payload, ttl: req.headers.ttl as string | undefined, claims }]);
        } catch (error) {
          res.writeHead(400).end((error as Error).message);
          return;
        }
      }
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    /** A new device's subscription, as PushSubscription.toJSON() gives it. */
    subscribe() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const id = randomBytes(8).toString("hex");
      const device = { privateKey: ecdh.getPrivateKey(), publicKey: ecdh.getPublicKey(), auth: randomBytes(16) };
      devices.set(id, device);
      return { endpoint: `${base}/${id}`, keys: { p256dh: b64url(device.publicKey), auth: b64url(device.auth) }, id };
    },
    /** The next answers for a device, e.g. [410] when the user unsubscribed, [500, 201] for a hiccup. */
    answerWith: (id: string, statuses: number[]) => answers.set(id, [...statuses]),
    received: (id: string) => received.get(id) ?? [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * What a story's findings depend on, in a few characters: its text (two 32-bit hashes and the length) and the config
 * it was checked under. A scan that reads a file and finds the same fingerprint keeps the findings it has: the next
 * start re-read 10,000 stories from disk and ran the engine on each again, only to find what the saved index said.
 */
export function textHash(text: string): string {
  // FNV-1a and a multiply-xorshift over the UTF-16 code units: a collision needs both to agree, and the length.
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${text.length.toString(36)}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/** Configs of this session, numbered as first seen: a config changed is a new object (settings.ts), so a new number. */
const configIds = new WeakMap<object, number>();
let nextConfigId = 1;

/** The text's hash with the config's number (this session only: the saved index keeps the hash alone). */
export function fingerprintOf(hash: string, config: object): string {
  let id = configIds.get(config);
  if (id === undefined) {
    id = nextConfigId++;
    configIds.set(config, id);
  }
  return `${hash}@${id}`;
}

/** The text's hash inside a fingerprint, for the saved index. */
export function hashOf(fingerprint: string | undefined): string | undefined {
  return fingerprint?.slice(0, fingerprint.lastIndexOf('@'));
}

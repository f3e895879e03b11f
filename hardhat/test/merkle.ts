// A small JavaScript mirror of Granary's Merkle rules (Go `proofs`, AgreementMarket's shard trees):
//   leaf hash = sha256(0x00 || 256-byte leaf), node = sha256(0x01 || left || right);
//   a shard's tree is padded to the next power of two with bytes32(0) nodes (a 1-leaf shard's root is
//   its leaf hash). A DealTree cuts its leaves into such shard trees (agreements-helpers.ts builds an
//   AgreementTree from 1-shard DealTrees).
import { createHash } from "node:crypto";

export const LEAF_SIZE = 256;
export const ZERO32 = "0x" + "00".repeat(32);

function sha256(...parts: Uint8Array[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}

const PREFIX_LEAF = Uint8Array.of(0);
const PREFIX_NODE = Uint8Array.of(1);
const ZERO = Buffer.alloc(32);

export function hashLeaf(data: Uint8Array): Buffer {
  if (data.length !== LEAF_SIZE) throw new Error(`leaf is ${data.length} bytes, want ${LEAF_SIZE}`);
  return sha256(PREFIX_LEAF, data);
}

export function hashNode(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(PREFIX_NODE, left, right);
}

export function hex(b: Uint8Array): string {
  return "0x" + Buffer.from(b).toString("hex");
}

export function log2ceil(n: number): number {
  let d = 0;
  while (1 << d < n) d++;
  return d;
}

/** Levels of a padded binary tree over `nodes` (level 0 = the nodes padded with zero nodes). */
function buildLevels(nodes: Buffer[]): Buffer[][] {
  const width = 1 << log2ceil(nodes.length);
  let level = nodes.slice();
  while (level.length < width) level.push(ZERO);
  const levels = [level];
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(hashNode(level[i], level[i + 1]));
    levels.push(next);
    level = next;
  }
  return levels;
}

function siblings(levels: Buffer[][], idx: number): Buffer[] {
  const out: Buffer[] = [];
  for (let l = 0; l < levels.length - 1; l++) {
    out.push(levels[l][idx ^ 1]);
    idx >>= 1;
  }
  return out;
}

/** Deterministic pseudo-random 256-byte content for leaf `g` of the deal tagged `tag` (sha256 of the
 * name seeds an xorshift128 stream: cheap enough for trees of 10^5 leaves). */
export function leafData(tag: string, g: number): Buffer {
  const d = sha256(Buffer.from(`${tag}/${g}`));
  let [a, b, c, e] = [d.readUInt32LE(0), d.readUInt32LE(4), d.readUInt32LE(8), d.readUInt32LE(12) | 1];
  const out = Buffer.alloc(LEAF_SIZE);
  for (let k = 0; k < LEAF_SIZE; k += 4) {
    let t = a ^ (a << 11);
    [a, b, c] = [b, c, e];
    e = (e ^ (e >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
    out.writeUInt32LE(e, k);
  }
  return out;
}

/** A whole deal: its leaves, shard trees and deal tree, and proofs for any leaf. */
export class DealTree {
  readonly leaves: number;
  readonly shardLeaves: number;
  readonly size: bigint;
  readonly shardSize: bigint;
  readonly root: string;
  private readonly data: Buffer[];
  private readonly shardLevels: Buffer[][][];
  private readonly dealLevels: Buffer[][];

  constructor(data: Buffer[], shardLeaves: number) {
    if (data.length === 0 || shardLeaves <= 0) throw new Error("empty deal");
    this.data = data;
    this.leaves = data.length;
    this.shardLeaves = shardLeaves;
    this.size = BigInt(data.length * LEAF_SIZE);
    this.shardSize = BigInt(shardLeaves * LEAF_SIZE);
    this.shardLevels = [];
    for (let s = 0; s * shardLeaves < data.length; s++) {
      const hashes = data.slice(s * shardLeaves, (s + 1) * shardLeaves).map(hashLeaf);
      this.shardLevels.push(buildLevels(hashes));
    }
    this.dealLevels = buildLevels(this.shardLevels.map((lv) => lv[lv.length - 1][0]));
    this.root = hex(this.dealLevels[this.dealLevels.length - 1][0]);
  }

  /** A deal of `leaves` leaves whose content is derived from `tag`. */
  static random(tag: string, leaves: number, shardLeaves: number): DealTree {
    return new DealTree(Array.from({ length: leaves }, (_, g) => leafData(tag, g)), shardLeaves);
  }

  get shards(): number {
    return this.shardLevels.length;
  }

  leaf(g: number): Buffer {
    return this.data[g];
  }

  /** The path of deal leaf g: shard-tree siblings bottom-up, then deal-tree siblings. */
  proof(g: number): string[] {
    const shard = Math.floor(g / this.shardLeaves);
    const idx = g % this.shardLeaves;
    return [...siblings(this.shardLevels[shard], idx), ...siblings(this.dealLevels, shard)].map(hex);
  }

  /** The depth of leaf g's path (shard depth + deal depth), from the geometry alone. */
  pathLength(g: number): number {
    const shard = Math.floor(g / this.shardLeaves);
    const inShard = shard === this.shards - 1 ? this.leaves - shard * this.shardLeaves : this.shardLeaves;
    return log2ceil(inShard) + log2ceil(this.shards);
  }
}

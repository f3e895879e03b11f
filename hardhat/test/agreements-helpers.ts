// Helpers for the AgreementMarket tests: deployment, EIP-712 OpenTerms / Revision signing, time travel by
// periods (the market's periods are by timestamp), agreement trees (shard trees under a tree of entries,
// as Go `proofs` builds them) and heartbeat proofs.
import { AbiCoder, Signature, concat, keccak256, sha256, toBeHex } from "ethers";
import { DealTree, LEAF_SIZE, ZERO32, hashNode, hex, leafData, log2ceil } from "./merkle.js";
import type { Account, Conn } from "./helpers.js";

export interface AParams {
  periodSeconds: number;
  graceSeconds: number;
  sampleBps: number;
  reportPeriods: number;
  minStake: bigint;
  unbondingSeconds: number;
  slashBps: number;
  reporterBountyBps: number;
  disqualifyAfterMisses: number;
  challengeSeconds: number;
  challengeFee: bigint;
}

/** Hourly periods and every live agreement due each period (sampleBps = 10^4), so that unit tests know
 * what is due without reading seeds; tests of the draw itself deploy with a smaller q. */
export const A_UNIT: AParams = {
  periodSeconds: 3600,
  graceSeconds: 600,
  sampleBps: 10_000,
  reportPeriods: 3,
  minStake: 1_000n,
  unbondingSeconds: 5 * 3600,
  slashBps: 1_000,
  reporterBountyBps: 2_000,
  disqualifyAfterMisses: 3,
  challengeSeconds: 3600,
  challengeFee: 10n,
};

export const BPS = 10_000n;
export const FAR = (1n << 40n);
const abi = AbiCoder.defaultAbiCoder();

export const OPEN_TYPES = {
  OpenTerms: [
    { name: "renter", type: "address" },
    { name: "farmer", type: "address" },
    { name: "pricePerGiB", type: "uint128" },
    { name: "collateral", type: "uint128" },
    { name: "endPeriod", type: "uint32" },
    { name: "nonce", type: "uint64" },
    { name: "deadline", type: "uint64" },
  ],
};
export const REVISION_TYPES = {
  Revision: [
    { name: "agreementId", type: "uint64" },
    { name: "number", type: "uint64" },
    { name: "root", type: "bytes32" },
    { name: "leaves", type: "uint64" },
    { name: "shards", type: "uint64" },
    { name: "endPeriod", type: "uint32" },
  ],
};

export interface OpenTerms {
  renter: string;
  farmer: string;
  pricePerGiB: bigint;
  collateral: bigint;
  endPeriod: number;
  nonce: bigint;
  deadline: bigint;
}
export interface Revision {
  agreementId: bigint;
  number: bigint;
  root: string;
  leaves: bigint;
  shards: bigint;
  endPeriod: number;
}
export interface Proof {
  agreementId: bigint;
  shardLeaves: bigint;
  leaf: string;
  shardPath: string[];
  treePath: string[];
}

// ---------------------------------------------------------------------------------------------------
// Pure rules (JS mirror of the contract's)

export function entryHash(shardRoot: string, shardLeaves: number | bigint): string {
  return sha256(concat(["0x02", shardRoot, toBeHex(BigInt(shardLeaves), 8)]));
}
export function seedFrom(blockHash: string, randao: bigint, p: number): string {
  return keccak256(abi.encode(["bytes32", "uint256", "uint32"], [blockHash, randao, p]));
}
export function dueAt(seed: string, id: bigint, bps: number): boolean {
  return BigInt(keccak256(abi.encode(["bytes32", "uint64"], [seed, id]))) % BPS < BigInt(bps);
}
export function pick(seed: string, id: bigint, shards: number, shardLeaves: number): [number, number] {
  const j = BigInt(keccak256(abi.encode(["bytes32", "uint64", "uint256"], [seed, id, 1n]))) % BigInt(shards);
  const i = BigInt(keccak256(abi.encode(["bytes32", "uint64", "uint256"], [seed, id, 2n]))) % BigInt(shardLeaves);
  return [Number(j), Number(i)];
}
export function challengeSeedFrom(blockHash: string, id: bigint): string {
  return keccak256(abi.encode(["bytes32", "uint64", "string"], [blockHash, id, "challenge"]));
}
export function rateFor(price: bigint, leaves: bigint): bigint {
  return (price * leaves + (1n << 22n) - 1n) >> 22n;
}

/** The levels of a zero-padded binary tree over `nodes` (hex strings). */
export function levels(nodes: string[]): string[][] {
  const width = 1 << log2ceil(nodes.length);
  let level = nodes.map((n) => Buffer.from(n.slice(2), "hex"));
  while (level.length < width) level.push(Buffer.from(ZERO32.slice(2), "hex"));
  const out = [level.map(hex)];
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(hashNode(level[i], level[i + 1]));
    out.push(next.map(hex));
    level = next;
  }
  return out;
}

/** The shards a farmer holds for one renter: each shard its own tree; the agreement tree over the
 * entries sorted by shard root. */
export class AgreementTree {
  readonly shards: { tree: DealTree; root: string; leaves: number }[];
  readonly root: string;
  readonly leaves: bigint;
  private readonly top: string[][];

  constructor(shardTrees: DealTree[]) {
    if (shardTrees.length === 0) throw new Error("no shards");
    this.shards = shardTrees
      .map((tree) => ({ tree, root: tree.root, leaves: tree.leaves }))
      .sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
    this.top = levels(this.shards.map((s) => entryHash(s.root, s.leaves)));
    this.root = this.top[this.top.length - 1][0];
    this.leaves = BigInt(this.shards.reduce((n, s) => n + s.leaves, 0));
  }

  /** `n` shards of the given leaf counts with content derived from `tag`. */
  static random(tag: string, sizes: number[]): AgreementTree {
    return new AgreementTree(sizes.map((n, k) => DealTree.random(`${tag}/${k}`, n, n)));
  }

  get count(): bigint {
    return BigInt(this.shards.length);
  }

  /** The proof of agreement `id` at `seed` (heartbeat or challenge pick). */
  proof(id: bigint, seed: string): Proof {
    const [j, i] = pick(seed, id, this.shards.length, this.shards[j0(this, seed, id)].leaves);
    const s = this.shards[j];
    const treePath: string[] = [];
    let idx = j;
    for (let l = 0; l < this.top.length - 1; l++) {
      treePath.push(this.top[l][idx ^ 1]);
      idx >>= 1;
    }
    return { agreementId: id, shardLeaves: BigInt(s.leaves), leaf: hex(s.tree.leaf(i)), shardPath: s.tree.proof(i), treePath };
  }
}

function j0(t: AgreementTree, seed: string, id: bigint): number {
  return pick(seed, id, t.shards.length, 1)[0];
}

export function revisionOf(id: bigint, number: bigint, tree: AgreementTree | null, endPeriod: number): Revision {
  return {
    agreementId: id,
    number,
    root: tree ? tree.root : ZERO32,
    leaves: tree ? tree.leaves : 0n,
    shards: tree ? tree.count : 0n,
    endPeriod,
  };
}

// ---------------------------------------------------------------------------------------------------
// A deployed market

export class AM {
  readonly trees = new Map<bigint, AgreementTree | null>();
  readonly numbers = new Map<bigint, bigint>();
  readonly ends = new Map<bigint, number>();
  private readonly nonces = new Map<string, bigint>();

  constructor(
    readonly conn: Conn,
    readonly token: any,
    readonly market: any,
    readonly params: AParams,
    readonly genesis: number,
    readonly signers: Account[],
  ) {}

  static async deploy(conn: Conn, params: AParams = A_UNIT, supply: bigint = 10n ** 30n): Promise<AM> {
    const signers = (await conn.ethers.getSigners()) as unknown as Account[];
    const token = await conn.ethers.deployContract("GranaryToken", [signers[0].address, supply], signers[0]);
    const market = await conn.ethers.deployContract("AgreementMarket", [token.target, params], signers[0]);
    const genesis = Number(await market.genesis());
    return new AM(conn, token, market, params, genesis, signers);
  }

  clone(): AM {
    const m = new AM(this.conn, this.token, this.market, this.params, this.genesis, this.signers);
    for (const [k, v] of this.trees) m.trees.set(k, v);
    for (const [k, v] of this.numbers) m.numbers.set(k, v);
    for (const [k, v] of this.ends) m.ends.set(k, v);
    for (const [k, v] of this.nonces) m.nonces.set(k, v);
    return m;
  }

  get ethers() {
    return this.conn.ethers;
  }
  get helpers() {
    return this.conn.networkHelpers;
  }
  get address(): string {
    return this.market.target as string;
  }
  get holder(): Account {
    return this.signers[0];
  }

  // --- time
  periodStart(p: number): number {
    return this.genesis + p * this.params.periodSeconds;
  }
  async now(): Promise<number> {
    return (await this.ethers.provider.getBlock("latest"))!.timestamp;
  }
  /** The next transaction executes at timestamp `ts` exactly. */
  async at(ts: number): Promise<void> {
    const now = await this.now();
    if (ts <= now) throw new Error(`timestamp ${ts} is past (latest ${now})`);
    await this.helpers.time.setNextBlockTimestamp(ts);
  }
  /** The period of a transaction sent at the latest block's timestamp + 1. */
  async period(): Promise<number> {
    return Math.floor(((await this.now()) + 1 - this.genesis) / this.params.periodSeconds);
  }
  /** Moves to period p (+ offset seconds), records its beacon and seals the block after it, so that
   * p's seed is available to the next transaction. */
  async enter(p: number, offset = 60): Promise<void> {
    await this.at(this.periodStart(p) + offset);
    await (await this.market.poke()).wait();
    await this.helpers.mine(2); // eth_call sees the latest block: it must be past beacon + 1
  }
  /** Period p's beacon block, from its Beacon event. */
  async beacon(p: number): Promise<[number]> {
    const logs = await this.market.queryFilter(this.market.filters.Beacon(p));
    if (logs.length === 0) throw new Error(`no beacon for period ${p}`);
    return [Number(logs[0].args.blockNumber)];
  }
  async seed(p: number): Promise<string> {
    return this.market.seedOf(p);
  }

  // --- money
  async fund(to: string, amount: bigint) {
    await (await this.token.connect(this.holder).transfer(to, amount)).wait();
  }
  async approve(owner: Account, amount: bigint) {
    await (await this.token.connect(owner).approve(this.address, amount)).wait();
  }
  async stake(farmer: Account, amount: bigint) {
    await this.fund(farmer.address, amount);
    await this.approve(farmer, amount);
    await (await this.market.connect(farmer).stake(amount)).wait();
  }

  // --- signatures
  domain() {
    return { name: "Granary", version: "2", chainId: 31337n, verifyingContract: this.address };
  }
  nextNonce(farmer: string): bigint {
    const n = this.nonces.get(farmer) ?? 0n;
    this.nonces.set(farmer, n + 1n);
    return n;
  }
  terms(renter: Account, farmer: Account, o: Partial<OpenTerms> = {}): OpenTerms {
    return {
      renter: renter.address,
      farmer: farmer.address,
      pricePerGiB: 1n << 22n, // 1 token unit per leaf per period: amounts by hand
      collateral: 500n,
      endPeriod: 10,
      nonce: o.nonce ?? this.nextNonce(farmer.address),
      deadline: FAR,
      ...o,
    };
  }
  async signOpen(farmer: Account, t: OpenTerms): Promise<string> {
    return farmer.signTypedData(this.domain(), OPEN_TYPES, t);
  }
  async signRevision(signer: Account, r: Revision): Promise<string> {
    return signer.signTypedData(this.domain(), REVISION_TYPES, r);
  }

  /** Opens an agreement (renter sends, farmer signs), approving `escrow` first. */
  async open(renter: Account, farmer: Account, o: Partial<OpenTerms> = {}, escrow = 10_000n): Promise<bigint> {
    const t = this.terms(renter, farmer, o);
    if (escrow > 0n) await this.approve(renter, escrow);
    const rc = await (await this.market.connect(renter).open(t, await this.signOpen(farmer, t), escrow)).wait();
    const id = this.idOf(rc);
    this.trees.set(id, null);
    this.numbers.set(id, 0n);
    this.ends.set(id, t.endPeriod);
    return id;
  }
  idOf(rc: any): bigint {
    for (const ev of this.events(rc, "AgreementOpened")) return ev.id;
    throw new Error("no AgreementOpened");
  }

  /** The next revision of `id` over `tree` (null: empty), signed by both parties. */
  async nextRevision(id: bigint, renter: Account, farmer: Account, tree: AgreementTree | null, endPeriod?: number) {
    const number = (this.numbers.get(id) ?? 0n) + 1n;
    const r = revisionOf(id, number, tree, endPeriod ?? this.ends.get(id)!);
    return { r, rs: await this.signRevision(renter, r), fs: await this.signRevision(farmer, r) };
  }
  /** Posts the next revision (sent by `sender`, the renter by default) and records it. */
  async revise(id: bigint, renter: Account, farmer: Account, tree: AgreementTree | null, o: { endPeriod?: number; sender?: Account } = {}) {
    const { r, rs, fs } = await this.nextRevision(id, renter, farmer, tree, o.endPeriod);
    const rc = await (await this.market.connect(o.sender ?? renter).postRevision(r, rs, fs)).wait();
    this.record(r, tree);
    return rc;
  }
  record(r: Revision, tree: AgreementTree | null) {
    this.numbers.set(r.agreementId, r.number);
    this.trees.set(r.agreementId, tree);
    this.ends.set(r.agreementId, r.endPeriod);
  }

  /** Proofs of `ids` for period p (sorted), from the recorded trees. */
  async proofs(ids: bigint[], p: number): Promise<Proof[]> {
    const seed = await this.seed(p);
    return [...ids].sort((a, b) => (a < b ? -1 : 1)).map((id) => this.trees.get(id)!.proof(id, seed));
  }
  async heartbeat(farmer: Account, p: number, ids: bigint[], revs: any[] = []) {
    return (await this.market.connect(farmer).heartbeat(p, revs, await this.proofs(ids, p))).wait();
  }
  async dueIds(ids: bigint[], p: number): Promise<bigint[]> {
    const out: bigint[] = [];
    for (const id of ids) if (await this.market.isDue(id, p)) out.push(id);
    return out;
  }

  /** An ERC-2612 permit of `owner` (by default the signer) for `spender` (by default the market), at the
   * owner's current nonce. */
  async signPermit(signer: Account, value: bigint, deadline: bigint, spender: string = this.address, owner: string = signer.address) {
    const nonce: bigint = await this.token.nonces(owner);
    const domain = { name: "Granary Token", version: "1", chainId: 31337n, verifyingContract: this.token.target as string };
    const types = {
      Permit: [
        { name: "owner", type: "address" },
        { name: "spender", type: "address" },
        { name: "value", type: "uint256" },
        { name: "nonce", type: "uint256" },
        { name: "deadline", type: "uint256" },
      ],
    };
    const sig = Signature.from(await signer.signTypedData(domain, types, { owner, spender, value, nonce, deadline }));
    return { v: sig.v, r: sig.r, s: sig.s };
  }

  events(rc: any, name: string): any[] {
    const out: any[] = [];
    for (const log of rc.logs) {
      if (log.address.toLowerCase() !== this.address.toLowerCase()) continue;
      const ev = this.market.interface.parseLog(log);
      if (ev?.name === name) out.push(ev.args);
    }
    return out;
  }
  async ag(id: bigint) {
    return this.market.getAgreement(id);
  }
  async farmer(a: string) {
    return this.market.getFarmer(a);
  }
  async balance(a: string): Promise<bigint> {
    return this.market.balances(a);
  }
}

/** Standard cast: f1, f2 staked with 100,000; r1, r2 funded with 1,000,000. */
export const STAKE = 100_000n;
export async function aworld(conn: Conn, params: AParams = A_UNIT): Promise<AM> {
  const m = await AM.deploy(conn, params);
  const [, f1, f2, , r1, r2] = m.signers;
  for (const f of [f1, f2]) await m.stake(f, STAKE);
  for (const r of [r1, r2]) await m.fund(r.address, 1_000_000n);
  return m;
}
export function acast(m: AM) {
  const [holder, f1, f2, f3, r1, r2, r3, reporter, outsider] = m.signers;
  return { holder, f1, f2, f3, r1, r2, r3, reporter, outsider };
}

export { LEAF_SIZE, leafData };

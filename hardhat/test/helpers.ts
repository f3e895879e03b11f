// Shared test helpers: deployment, EIP-712 deal signing, period navigation, heartbeat proofs, and a
// JavaScript mirror of the challengeable set and of StorageMarket._pick.
import { network } from "hardhat";
import { AbiCoder, Signature, concat, keccak256, toBeHex, type Signer } from "ethers";
import type { DealTree } from "./merkle.js";

export type Conn = Awaited<ReturnType<typeof network.create>>;
export type Ethers = Conn["ethers"];
export type Account = Signer & { address: string };

export interface Params {
  periodBlocks: number;
  proofWindow: number;
  challengesPerHeartbeat: number;
  minStake: bigint;
  unbondingDelay: number;
  minCollateralBps: number;
  slashBps: number;
  reporterBountyBps: number;
  disqualifyAfterMisses: number;
}

/** Small round numbers so that every expected amount in the unit tests can be computed by hand. */
export const UNIT_PARAMS: Params = {
  periodBlocks: 40,
  proofWindow: 5,
  challengesPerHeartbeat: 3,
  minStake: 1000n,
  unbondingDelay: 10,
  minCollateralBps: 5000,
  slashBps: 1000,
  reporterBountyBps: 2000,
  disqualifyAfterMisses: 3,
};

export const BPS = 10_000n;
export const ACC_SCALE = 10n ** 18n;
export const FAR_DEADLINE = 1n << 40n;

export interface Terms {
  renter: string;
  farmer: string;
  root: string;
  size: bigint;
  shardSize: bigint;
  pricePerPeriod: bigint;
  periods: number;
  collateral: bigint;
  nonce: bigint;
  deadline: bigint;
}

export const DEAL_TYPES = {
  DealTerms: [
    { name: "renter", type: "address" },
    { name: "farmer", type: "address" },
    { name: "root", type: "bytes32" },
    { name: "size", type: "uint64" },
    { name: "shardSize", type: "uint64" },
    { name: "pricePerPeriod", type: "uint128" },
    { name: "periods", type: "uint32" },
    { name: "collateral", type: "uint128" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
};

const abi = AbiCoder.defaultAbiCoder();

export function challengeSeed(blockHash: string, farmer: string, period: number): string {
  return keccak256(abi.encode(["bytes32", "address", "uint32"], [blockHash, farmer, period]));
}

export interface Pick {
  dealId: bigint;
  leaf: bigint;
}

/** A deployed GranaryToken + StorageMarket and the bookkeeping the tests need around them. */
export class Market {
  readonly trees = new Map<bigint, DealTree>();
  private readonly nonces = new Map<string, bigint>();

  constructor(
    readonly conn: Conn,
    readonly token: any,
    readonly market: any,
    readonly params: Params,
    readonly genesis: number,
    readonly signers: Account[],
  ) {}

  /** A copy with its own bookkeeping, for a test that starts from a loadFixture snapshot of `this`. */
  clone(): Market {
    const m = new Market(this.conn, this.token, this.market, this.params, this.genesis, this.signers);
    for (const [k, v] of this.trees) m.trees.set(k, v);
    for (const [k, v] of this.nonces) m.nonces.set(k, v);
    return m;
  }

  get ethers(): Ethers {
    return this.conn.ethers;
  }
  get helpers() {
    return this.conn.networkHelpers;
  }
  get holder(): Account {
    return this.signers[0];
  }
  get address(): string {
    return this.market.target as string;
  }

  /** Deploys the token (nonce 0 of account 0, whole supply to it) and the market (nonce 1). */
  static async deploy(conn: Conn, params: Params = UNIT_PARAMS, supply: bigint = 10n ** 30n): Promise<Market> {
    const signers = (await conn.ethers.getSigners()) as unknown as Account[];
    const token = await conn.ethers.deployContract("GranaryToken", [signers[0].address, supply], signers[0]);
    const market = await conn.ethers.deployContract("StorageMarket", [token.target, params], signers[0]);
    const genesis = Number(await market.genesisBlock());
    return new Market(conn, token, market, params, genesis, signers);
  }

  // ---------------------------------------------------------------------------------------------
  // Blocks and periods. A transaction sent now executes in block latest()+1; a view call sees latest().

  periodStart(p: number): number {
    return this.genesis + p * this.params.periodBlocks;
  }
  seedBlock(p: number): number {
    return this.periodStart(p) + this.params.periodBlocks - this.params.proofWindow - 1;
  }
  async latest(): Promise<number> {
    return this.ethers.provider.getBlockNumber();
  }
  /** The period the next transaction executes in. */
  async period(): Promise<number> {
    return Math.floor(((await this.latest()) + 1 - this.genesis) / this.params.periodBlocks);
  }
  /** Mines blocks so that the next transaction executes in block `block`. */
  async nextTxAt(block: number): Promise<void> {
    const latest = await this.latest();
    if (latest > block - 1) throw new Error(`block ${block} is past (latest ${latest})`);
    if (latest < block - 1) await this.helpers.mine(block - 1 - latest);
  }
  /** Next transaction in period p's heartbeat window, `offset` blocks after it opens. */
  async toWindow(p: number, offset = 0): Promise<void> {
    await this.nextTxAt(this.seedBlock(p) + 1 + offset);
  }
  /** Next transaction at the first block of period p (+ offset). */
  async toPeriod(p: number, offset = 0): Promise<void> {
    await this.nextTxAt(this.periodStart(p) + offset);
  }

  // ---------------------------------------------------------------------------------------------
  // Money, stake, announce

  async fund(to: string, amount: bigint): Promise<void> {
    await (await this.token.connect(this.holder).transfer(to, amount)).wait();
  }
  async approve(owner: Account, amount: bigint): Promise<void> {
    await (await this.token.connect(owner).approve(this.address, amount)).wait();
  }
  async stake(farmer: Account, amount: bigint): Promise<any> {
    await this.approve(farmer, amount);
    return (await this.market.connect(farmer).stake(amount)).wait();
  }
  async announce(farmer: Account, capacity: bigint, pricePerGiB = 1n): Promise<any> {
    return (await this.market.connect(farmer).announce("0x1234", "0x5678", pricePerGiB, capacity)).wait();
  }
  /** Funds, stakes and announces a farmer. */
  async setupFarmer(farmer: Account, stake: bigint, capacity: bigint = 1n << 40n): Promise<void> {
    await this.fund(farmer.address, stake);
    await this.stake(farmer, stake);
    await this.announce(farmer, capacity);
  }

  // ---------------------------------------------------------------------------------------------
  // Deals

  domain(chainId = 31337n) {
    return { name: "Granary StorageMarket", version: "1", chainId, verifyingContract: this.address };
  }
  nextNonce(renter: string): bigint {
    const n = this.nonces.get(renter) ?? 0n;
    this.nonces.set(renter, n + 1n);
    return n;
  }
  /** Terms for a deal over `tree`; collateral defaults to the minimum the market accepts. */
  terms(renter: string, farmer: string, tree: DealTree, o: Partial<Terms> = {}): Terms {
    const price = o.pricePerPeriod ?? 100n;
    const periods = o.periods ?? 5;
    const minColl = (price * BigInt(periods) * BigInt(this.params.minCollateralBps)) / BPS;
    return {
      renter,
      farmer,
      root: tree.root,
      size: tree.size,
      shardSize: tree.shardSize,
      pricePerPeriod: price,
      periods,
      collateral: minColl,
      nonce: o.nonce ?? this.nextNonce(renter),
      deadline: FAR_DEADLINE,
      ...o,
    };
  }
  async sign(signer: Account, t: Terms): Promise<string> {
    return signer.signTypedData(this.domain(), DEAL_TYPES, t);
  }
  /** Signs `t` by both parties and sends createDeal (from the renter unless `sender` is given). */
  async createDeal(
    renter: Account,
    farmer: Account,
    t: Terms,
    tree?: DealTree,
    o: { sender?: Account; approve?: boolean } = {},
  ): Promise<{ id: bigint; receipt: any }> {
    const escrow = t.pricePerPeriod * BigInt(t.periods);
    if (o.approve ?? true) {
      const have: bigint = await this.token.allowance(renter.address, this.address);
      await this.approve(renter, have + escrow);
    }
    const [rs, fs] = [await this.sign(renter, t), await this.sign(farmer, t)];
    const tx = await this.market.connect(o.sender ?? renter).createDeal(t, rs, fs);
    const receipt = await tx.wait();
    const id = this.dealIdOf(receipt);
    if (tree) this.trees.set(id, tree);
    return { id, receipt };
  }
  dealIdOf(receipt: any): bigint {
    for (const log of receipt.logs) {
      const ev = this.market.interface.parseLog(log);
      if (ev?.name === "DealCreated") return ev.args.dealId;
    }
    throw new Error("no DealCreated event");
  }
  /** A deal with default terms over `tree`; returns its id. */
  async deal(renter: Account, farmer: Account, tree: DealTree, o: Partial<Terms> = {}): Promise<bigint> {
    return (await this.createDeal(renter, farmer, this.terms(renter.address, farmer.address, tree, o), tree)).id;
  }

  // ---------------------------------------------------------------------------------------------
  // Heartbeats

  async seed(farmer: string, p: number): Promise<string> {
    const b = await this.ethers.provider.getBlock(this.seedBlock(p));
    if (!b?.hash) throw new Error(`no block ${this.seedBlock(p)}`);
    return challengeSeed(b.hash, farmer, p);
  }

  /** Period p's challenges of `farmer`, read from pickChallenge; the queue is flushed in a snapshot
   * that is then reverted, so the heartbeat still does its own flush. Call inside p's proof window. */
  async picks(farmer: string, p: number): Promise<Pick[]> {
    const seed = await this.seed(farmer, p);
    const f = await this.market.getFarmer(farmer);
    let snap: any;
    if (f.queueHead < f.queueTail) {
      snap = await this.helpers.takeSnapshot();
      await (await this.market.flush(farmer)).wait();
    }
    try {
      const out: Pick[] = [];
      for (let i = 0; i < this.params.challengesPerHeartbeat; i++) {
        const [dealId, leaf] = await this.market.pickChallenge(farmer, seed, i);
        out.push({ dealId, leaf });
      }
      return out;
    } finally {
      if (snap) await snap.restore();
    }
  }

  /** heartbeat(period, leaves, path) arguments proving `picks` with the stored trees. */
  proofFor(picks: Pick[]): { leaves: string; path: string[] } {
    const leaves: Uint8Array[] = [];
    const path: string[] = [];
    for (const { dealId, leaf } of picks) {
      const tree = this.trees.get(dealId);
      if (!tree) throw new Error(`no tree for deal ${dealId}`);
      leaves.push(tree.leaf(Number(leaf)));
      path.push(...tree.proof(Number(leaf)));
    }
    return { leaves: concat(leaves), path };
  }

  /** Sends farmer's honest heartbeat for the period of the next transaction (must be in its window). */
  async heartbeat(farmer: Account): Promise<any> {
    const p = await this.period();
    const { leaves, path } = this.proofFor(await this.picks(farmer.address, p));
    return (await this.market.connect(farmer).heartbeat(p, leaves, path)).wait();
  }

  /** answerChallenge arguments for the open challenge of `dealId`. */
  async answerArgs(dealId: bigint): Promise<[bigint, Uint8Array, string[]]> {
    const d = await this.market.getDeal(dealId);
    const tree = this.trees.get(dealId)!;
    return [dealId, tree.leaf(Number(d.challengeLeaf)), tree.proof(Number(d.challengeLeaf))];
  }

  /** An ERC-2612 permit of `owner` (by default the signer) for `spender`, at the owner's current nonce. */
  async signPermit(signer: Account, spender: string, value: bigint, deadline: bigint, owner: string = signer.address) {
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

  /** Parsed events of `name` in a receipt. */
  events(receipt: any, name: string): any[] {
    const out: any[] = [];
    for (const log of receipt.logs) {
      if (log.address.toLowerCase() !== this.address.toLowerCase()) continue;
      const ev = this.market.interface.parseLog(log);
      if (ev?.name === name) out.push(ev.args);
    }
    return out;
  }

  async getFarmer(a: string): Promise<any> {
    return this.market.getFarmer(a);
  }
  async balance(a: string): Promise<bigint> {
    return this.market.balances(a);
  }
}

// ---------------------------------------------------------------------------------------------------
// The standard cast: account 0 deploys and holds the supply; farmers f1-f3 staked and announced;
// renters r1-r3 funded; a reporter and an outsider with nothing.

export const FARMER_STAKE = 100_000n;
export const RENTER_FUNDS = 1_000_000n;

export async function world(conn: Conn, params: Params = UNIT_PARAMS): Promise<Market> {
  const m = await Market.deploy(conn, params);
  const [, f1, f2, f3, r1, r2, r3] = m.signers;
  for (const f of [f1, f2, f3]) await m.setupFarmer(f, FARMER_STAKE);
  for (const r of [r1, r2, r3]) await m.fund(r.address, RENTER_FUNDS);
  return m;
}

export function cast(m: Market) {
  const [holder, f1, f2, f3, r1, r2, r3, reporter, outsider] = m.signers;
  return { holder, f1, f2, f3, r1, r2, r3, reporter, outsider };
}

// ---------------------------------------------------------------------------------------------------
// A JavaScript mirror of a farmer's challengeable set and of StorageMarket._pick.

export function log2floor(n: bigint): number {
  let d = 0;
  while (n > 1n) {
    n >>= 1n;
    d++;
  }
  return d;
}

function h3(seed: string, i: number, x: bigint): bigint {
  return BigInt(keccak256(concat([seed, toBeHex(i, 32), toBeHex(x, 32)])));
}

export class SetModel {
  totalLeaves = 0n;
  readonly classes = new Map<number, { total: bigint; members: bigint[] }>();
  readonly index = new Map<bigint, number>();

  add(dealId: bigint, leaves: bigint): void {
    const c = log2floor(leaves);
    let cl = this.classes.get(c);
    if (!cl) this.classes.set(c, (cl = { total: 0n, members: [] }));
    this.index.set(dealId, cl.members.length);
    cl.members.push(dealId);
    cl.total += leaves;
    this.totalLeaves += leaves;
  }

  remove(dealId: bigint, leaves: bigint): void {
    const c = log2floor(leaves);
    const cl = this.classes.get(c)!;
    const idx = this.index.get(dealId)!;
    const last = cl.members.length - 1;
    if (idx !== last) {
      const moved = cl.members[last];
      cl.members[idx] = moved;
      this.index.set(moved, idx);
    }
    cl.members.pop();
    this.index.delete(dealId);
    cl.total -= leaves;
    if (cl.members.length === 0) this.classes.delete(c);
    this.totalLeaves -= leaves;
  }

  clone(): SetModel {
    const c = new SetModel();
    c.totalLeaves = this.totalLeaves;
    for (const [k, v] of this.classes) c.classes.set(k, { total: v.total, members: v.members.slice() });
    for (const [k, v] of this.index) c.index.set(k, v);
    return c;
  }

  has(dealId: bigint): boolean {
    return this.index.has(dealId);
  }

  /** Mirror of _pick(farmer, f, seed, i); `leavesOf` gives a deal's leaf count. */
  pick(seed: string, i: number, leavesOf: (id: bigint) => bigint, maxAttempts = 16): Pick {
    let r = h3(seed, i, 0n) % this.totalLeaves;
    const order = [...this.classes.keys()].sort((a, b) => a - b);
    let c = -1;
    for (const k of order) {
      const cl = this.classes.get(k)!;
      if (r < cl.total) {
        c = k;
        break;
      }
      r -= cl.total;
    }
    if (c < 0) throw new Error("set inconsistent");
    const members = this.classes.get(c)!.members;
    let dealId = 0n;
    let leaves = 0n;
    for (let a = 1; a <= maxAttempts; a++) {
      const h = h3(seed, i, BigInt(a));
      dealId = members[Number((h & ((1n << 128n) - 1n)) % BigInt(members.length))];
      leaves = leavesOf(dealId);
      if ((h >> 128n) % (2n << BigInt(c)) < leaves) break;
    }
    const leaf = h3(seed, i, dealId | (1n << 255n)) % leaves;
    return { dealId, leaf };
  }
}

/** A small seeded PRNG (mulberry32) so randomized tests reproduce from the printed seed. */
export function prng(seed: number): { next(): number; int(n: number): number; pick<T>(xs: T[]): T; chance(p: number): boolean } {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

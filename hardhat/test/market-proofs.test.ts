// Merkle verification (JS helper against checkProof), heartbeats, challenge picks and the set's queue.
import { network } from "hardhat";
import { expect } from "chai";
import { concat } from "ethers";
import { DealTree, LEAF_SIZE, ZERO32, hashLeaf, hashNode, hex, leafData, verifyLeaf } from "./merkle.js";
import { Market, SetModel, UNIT_PARAMS, cast, challengeSeed, world, type Pick } from "./helpers.js";

const conn = await network.create();
const { networkHelpers } = conn;

// Three deals of f1 with different shapes (leaves, shardLeaves): every class/shard geometry case.
const T1 = DealTree.random("p1", 13, 4); // 4 shards (4,4,4,1): shard depth 2 or 0, deal depth 2
const T2 = DealTree.random("p2", 6, 16); // 1 short shard of 6 -> padded to 8
const T3 = DealTree.random("p3", 32, 8); // 4 full shards
const T3b = DealTree.random("p3b", 32, 8); // same shape as T3, other data

async function base(): Promise<Market> {
  const m = await world(conn);
  const { f1, f2, r1, r2 } = cast(m);
  await m.deal(r1, f1, T1);
  await m.deal(r2, f1, T2);
  await m.deal(r1, f1, T3);
  await m.deal(r2, f2, T3b); // f2's only deal
  return m;
}
const load = async () => (await networkHelpers.loadFixture(base)).clone();

/** Honest heartbeat arguments of `farmer` for period p (call inside its window). */
async function honest(m: Market, farmer: string, p: number): Promise<{ picks: Pick[]; leaves: string; path: string[] }> {
  const picks = await m.picks(farmer, p);
  return { picks, ...m.proofFor(picks) };
}

function split(leaves: string): Buffer[] {
  const b = Buffer.from(leaves.slice(2), "hex");
  return Array.from({ length: b.length / LEAF_SIZE }, (_, i) => b.subarray(i * LEAF_SIZE, (i + 1) * LEAF_SIZE));
}

function flipBit(hexStr: string, byte: number, bit = 0): string {
  const b = Buffer.from(hexStr.slice(2), "hex");
  b[byte] ^= 1 << bit;
  return "0x" + b.toString("hex");
}

describe("Merkle proofs: JS helper against checkProof", function () {
  it("the helper follows the stated rules on small trees", function () {
    const l = [0, 1, 2].map((g) => leafData("rules", g));
    expect(new DealTree([l[0]], 1).root).to.equal(hex(hashLeaf(l[0])));
    expect(new DealTree([l[0]], 4).root).to.equal(hex(hashLeaf(l[0])));
    const z = Buffer.alloc(32);
    const shard3 = hashNode(hashNode(hashLeaf(l[0]), hashLeaf(l[1])), hashNode(hashLeaf(l[2]), z));
    expect(new DealTree(l, 4).root).to.equal(hex(shard3));
    // Shards of 2: roots r0 = H(l0,l1), r1 = leaf hash of l2; deal = node(r0, r1).
    const r0 = hashNode(hashLeaf(l[0]), hashLeaf(l[1]));
    expect(new DealTree(l, 2).root).to.equal(hex(hashNode(r0, hashLeaf(l[2]))));
    // 3 shards of 1: padded deal tree.
    expect(new DealTree(l, 1).root).to.equal(hex(hashNode(hashNode(hashLeaf(l[0]), hashLeaf(l[1])), hashNode(hashLeaf(l[2]), z))));
    expect(new DealTree(l, 1).proof(2)).to.deep.equal([ZERO32, hex(r0)]);
  });

  const shapes: [number, number][] = [
    [1, 1], [1, 8], [2, 1], [3, 2], [5, 2], [7, 4], [8, 8], [9, 4], [13, 16], [17, 4], [33, 8],
  ];
  for (const [leaves, shardLeaves] of shapes) {
    it(`checkProof accepts every leaf of a ${leaves}-leaf deal in shards of ${shardLeaves}, and rejects tampering`, async function () {
      const m = await load();
      const t = DealTree.random(`shape-${leaves}-${shardLeaves}`, leaves, shardLeaves);
      const check = (g: number, data: Uint8Array, path: string[], n = leaves, s = shardLeaves, root = t.root) =>
        m.market.checkProof(root, n, s, g, data, path);
      for (let g = 0; g < leaves; g++) {
        const path = t.proof(g);
        expect(path.length).to.equal(t.pathLength(g));
        expect(verifyLeaf(t.root, leaves, shardLeaves, g, t.leaf(g), path)).to.equal(true);
        expect(await check(g, t.leaf(g), path)).to.equal(true, `leaf ${g}`);
      }
      const g = leaves - 1;
      const path = t.proof(g);
      expect(await check(g, flipBit(hex(t.leaf(g)), 17, 3) as any, path)).to.equal(false);
      expect(await check(g, t.leaf(g), [...path, ZERO32])).to.equal(false);
      expect(await check(g, t.leaf(g).subarray(0, 255), path)).to.equal(false);
      expect(await check(g, t.leaf(g), path, leaves, 0)).to.equal(false);
      expect(await check(leaves, t.leaf(g), path)).to.equal(false);
      expect(await check(g, t.leaf(g), path, leaves, shardLeaves, flipBit(t.root, 31, 0))).to.equal(false);
      if (path.length > 0) {
        expect(await check(g, t.leaf(g), path.slice(0, -1))).to.equal(false);
        expect(await check(g, t.leaf(g), [flipBit(path[0], 31, 7), ...path.slice(1)])).to.equal(false);
      }
      if (leaves > 1) expect(await check(0, t.leaf(1), t.proof(1))).to.equal(false);
    });
  }
});

describe("StorageMarket: heartbeats", function () {
  it("accepts honest heartbeats over several periods and records them", async function () {
    const m = await load();
    const { f1 } = cast(m);
    for (const p of [1, 2, 3, 4]) {
      await m.toWindow(p, p % 3); // anywhere in the window
      const { leaves, path, picks } = await honest(m, f1.address, p);
      expect(picks.length).to.equal(3);
      const tx = await m.market.connect(f1).heartbeat(p, leaves, path);
      await expect(tx).to.emit(m.market, "HeartbeatProven").withArgs(f1.address, BigInt(p));
      const f = await m.getFarmer(f1.address);
      expect([f.lastProven, f.provenPeriods, f.consecutiveMisses]).to.deep.equal([BigInt(p + 1), BigInt(p), 0n]);
    }
    expect(await m.market.provenBits(f1.address, 0)).to.equal(0b11110n);
    expect((await m.getFarmer(f1.address)).totalLeaves).to.equal(13n + 6n + 32n);
  });

  it("the first heartbeat applies the queued deals itself, in creation order", async function () {
    const m = await load();
    const { f1 } = cast(m);
    await m.toWindow(1, 4); // last block of the window
    const { leaves, path } = await honest(m, f1.address, 1);
    expect((await m.getFarmer(f1.address)).queueHead).to.equal(0n);
    const tx = await m.market.connect(f1).heartbeat(1, leaves, path);
    await expect(tx).to.emit(m.market, "DealActivated").withArgs(f1.address, 1n, 3n, 0n);
    await expect(tx).to.emit(m.market, "DealActivated").withArgs(f1.address, 2n, 2n, 0n);
    await expect(tx).to.emit(m.market, "DealActivated").withArgs(f1.address, 3n, 5n, 0n);
    const f = await m.getFarmer(f1.address);
    expect([f.queueHead, f.queueTail, f.classMask]).to.deep.equal([3n, 3n, (1n << 3n) | (1n << 2n) | (1n << 5n)]);
  });

  it("computes the seed from the seed block's hash, the farmer and the period", async function () {
    const m = await load();
    const { f1 } = cast(m);
    await m.toWindow(1);
    const bh = (await conn.ethers.provider.getBlock(m.seedBlock(1)))!.hash!;
    expect(await m.market.challengeSeed(bh, f1.address, 1)).to.equal(challengeSeed(bh, f1.address, 1));
    expect(await m.seed(f1.address, 1)).to.equal(challengeSeed(bh, f1.address, 1));
    expect(challengeSeed(bh, f1.address, 2)).to.not.equal(challengeSeed(bh, f1.address, 1));
  });

  it("pickChallenge matches the JavaScript mirror of the pick, and is uniform over leaves", async function () {
    const m = await load();
    const { f1 } = cast(m);
    await m.toWindow(1);
    await (await m.market.flush(f1.address)).wait();
    const set = new SetModel();
    const leavesOf = new Map<bigint, bigint>([[1n, 13n], [2n, 6n], [3n, 32n]]);
    for (const [id, n] of leavesOf) set.add(id, n);
    const counts = new Map<bigint, number>();
    const N = 120;
    for (let i = 0; i < N; i++) {
      const seed = challengeSeed(ZERO32, f1.address, i);
      const [dealId, leaf] = await m.market.pickChallenge(f1.address, seed, i % 64);
      const js = set.pick(seed, i % 64, (id) => leavesOf.get(id)!);
      expect({ dealId, leaf }).to.deep.equal(js);
      expect(leaf < leavesOf.get(dealId)!).to.equal(true);
      counts.set(dealId, (counts.get(dealId) ?? 0) + 1);
    }
    // Weighted by size: deal 3 holds 32 of 51 leaves (expected 75 of 120 picks), deal 2 only 6 (14).
    expect(counts.get(3n)!).to.be.within(55, 95);
    expect(counts.get(2n)!).to.be.within(4, 28);
  });

  it("pickChallenge reverts NothingToProve on an empty set and QueueNotFlushed before a due flush", async function () {
    const m = await load();
    const { f1, f3 } = cast(m);
    await expect(m.market.pickChallenge(f3.address, ZERO32, 0)).to.be.revertedWithCustomError(m.market, "NothingToProve");
    await m.toWindow(1);
    await networkHelpers.mine(1); // the view now runs in the window: the period-0 queue is due
    await expect(m.market.pickChallenge(f1.address, ZERO32, 0)).to.be.revertedWithCustomError(m.market, "NothingToProve");
    await (await m.market.flush(f1.address)).wait();
    await m.deal(cast(m).r3, f1, DealTree.random("late", 4, 4)); // queued in period 1
    await m.toWindow(2);
    await networkHelpers.mine(1);
    await expect(m.market.pickChallenge(f1.address, ZERO32, 0)).to.be.revertedWithCustomError(m.market, "QueueNotFlushed");
    await (await m.market.flush(f1.address)).wait();
    const [dealId] = await m.market.pickChallenge(f1.address, ZERO32, 0);
    expect([1n, 2n, 3n, 5n]).to.include(dealId);
  });

  it("rejects a flipped bit in any leaf with InvalidProof(i)", async function () {
    const m = await load();
    const { f1 } = cast(m);
    await m.toWindow(1);
    const { leaves, path } = await honest(m, f1.address, 1);
    for (let i = 0; i < 3; i++) {
      const bad = flipBit(leaves, i * LEAF_SIZE + 100, i);
      await expect(m.market.connect(f1).heartbeat(1, bad, path)).to.be.revertedWithCustomError(m.market, "InvalidProof").withArgs(BigInt(i));
    }
    await expect(m.market.connect(f1).heartbeat(1, leaves, path)).to.emit(m.market, "HeartbeatProven");
  });

  it("rejects a flipped bit in the path with InvalidProof of the challenge it belongs to", async function () {
    const m = await load();
    const { f1 } = cast(m);
    await m.toWindow(1);
    const { leaves, path, picks } = await honest(m, f1.address, 1);
    let off = 0;
    for (let i = 0; i < picks.length; i++) {
      const len = m.trees.get(picks[i].dealId)!.pathLength(Number(picks[i].leaf));
      if (len > 0) {
        const bad = path.slice();
        bad[off + len - 1] = flipBit(bad[off + len - 1], 0, 0);
        await expect(m.market.connect(f1).heartbeat(1, leaves, bad)).to.be.revertedWithCustomError(m.market, "InvalidProof").withArgs(BigInt(i));
      }
      off += len;
    }
    expect(off).to.equal(path.length);
  });

  it("rejects a proof of another deal's leaf, of another leaf, in a swapped order, and wrong lengths", async function () {
    const m = await load();
    const { f1, f2 } = cast(m);
    await m.toWindow(1);
    // f2 holds only deal 4 (T3b): every challenge is a leaf of T3b, every path 3 + 2 = 5 nodes long.
    const picks = await m.picks(f2.address, 1);
    expect(picks.every((p) => p.dealId === 4n)).to.equal(true);
    // The same leaves of f1's deal 3 (T3, same shape, other data): right lengths, wrong root.
    m.trees.set(4n, T3);
    const foreign = m.proofFor(picks);
    m.trees.set(4n, T3b);
    await expect(m.market.connect(f2).heartbeat(1, foreign.leaves, foreign.path))
      .to.be.revertedWithCustomError(m.market, "InvalidProof")
      .withArgs(0n);
    // A valid proof of the neighbouring leaf instead of challenge 0's.
    const wrong = m.proofFor([{ dealId: 4n, leaf: (picks[0].leaf + 1n) % 32n }, ...picks.slice(1)]);
    await expect(m.market.connect(f2).heartbeat(1, wrong.leaves, wrong.path))
      .to.be.revertedWithCustomError(m.market, "InvalidProof")
      .withArgs(0n);
    // Challenges answered out of order.
    const j = picks.findIndex((p) => p.leaf !== picks[0].leaf);
    if (j > 0) {
      const order = picks.slice();
      [order[0], order[j]] = [order[j], order[0]];
      const swapped = m.proofFor(order);
      await expect(m.market.connect(f2).heartbeat(1, swapped.leaves, swapped.path))
        .to.be.revertedWithCustomError(m.market, "InvalidProof")
        .withArgs(0n);
    }
    const { leaves, path } = m.proofFor(picks);
    const ls = split(leaves);
    // One path node too many: BadProofLength; one too few: the last challenge cannot verify.
    await expect(m.market.connect(f2).heartbeat(1, leaves, [...path, ZERO32])).to.be.revertedWithCustomError(m.market, "BadProofLength");
    await expect(m.market.connect(f2).heartbeat(1, leaves, path.slice(0, -1)))
      .to.be.revertedWithCustomError(m.market, "InvalidProof")
      .withArgs(2n);
    // Leaves not c * 256 bytes.
    await expect(m.market.connect(f2).heartbeat(1, concat(ls.slice(0, 2)), path)).to.be.revertedWithCustomError(m.market, "BadProofLength");
    await expect(m.market.connect(f2).heartbeat(1, concat([...ls, ls[0]]), path)).to.be.revertedWithCustomError(m.market, "BadProofLength");
    await expect(m.market.connect(f2).heartbeat(1, leaves + "00", path)).to.be.revertedWithCustomError(m.market, "BadProofLength");
    await expect(m.market.connect(f2).heartbeat(1, leaves, path)).to.emit(m.market, "HeartbeatProven").withArgs(f2.address, 1n);
    // f1's honest proof still works (the failures above changed nothing).
    await m.heartbeat(f1);
    expect((await m.getFarmer(f1.address)).provenPeriods).to.equal(1n);
  });

  it("accepts only the current period, inside its window, once", async function () {
    const m = await load();
    const { f1, f3 } = cast(m);
    // Before the window: at the seed block itself.
    await m.nextTxAt(m.seedBlock(1));
    await expect(m.market.connect(f1).heartbeat(1, "0x", [])).to.be.revertedWithCustomError(m.market, "OutsideProofWindow");
    await m.toWindow(1);
    const { leaves, path } = await honest(m, f1.address, 1);
    await expect(m.market.connect(f1).heartbeat(2, leaves, path)).to.be.revertedWithCustomError(m.market, "WrongPeriod").withArgs(1n);
    await expect(m.market.connect(f1).heartbeat(0, leaves, path)).to.be.revertedWithCustomError(m.market, "WrongPeriod").withArgs(1n);
    await expect(m.market.connect(f3).heartbeat(1, leaves, path)).to.be.revertedWithCustomError(m.market, "NothingToProve");
    await (await m.market.connect(f1).heartbeat(1, leaves, path)).wait();
    await expect(m.market.connect(f1).heartbeat(1, leaves, path)).to.be.revertedWithCustomError(m.market, "AlreadyProven");
    // After the window: period 1 is over.
    await m.toWindow(2);
    const next = await honest(m, f1.address, 2);
    await m.toPeriod(3);
    await expect(m.market.connect(f1).heartbeat(2, next.leaves, next.path)).to.be.revertedWithCustomError(m.market, "WrongPeriod").withArgs(3n);
    // Last block of the window is still in.
    await m.toWindow(3, UNIT_PARAMS.proofWindow - 1);
    const last = await honest(m, f1.address, 3);
    await expect(m.market.connect(f1).heartbeat(3, last.leaves, last.path)).to.emit(m.market, "HeartbeatProven").withArgs(f1.address, 3n);
  });

  it("a proof computed for another farmer's seed fails", async function () {
    const m = await load();
    const { f1, f2 } = cast(m);
    await m.toWindow(1);
    const forF2 = await honest(m, f2.address, 1); // f2 holds only T3b
    await expect(m.market.connect(f1).heartbeat(1, forF2.leaves, forF2.path)).to.be.revertedWithCustomError(m.market, "InvalidProof");
    await expect(m.market.connect(f2).heartbeat(1, forF2.leaves, forF2.path)).to.emit(m.market, "HeartbeatProven");
  });
});

describe("StorageMarket: the challengeable set's queue", function () {
  it("a deal created in period p joins the set only after seedBlock(p+1); flush is a no-op before", async function () {
    const m = await load();
    const { f1 } = cast(m);
    await m.nextTxAt(m.seedBlock(1)); // flush at the seed block itself: still period 0's set
    await (await m.market.flush(f1.address)).wait();
    expect((await m.getFarmer(f1.address)).totalLeaves).to.equal(0n);
    const tx = await m.market.flush(f1.address); // seedBlock + 1
    await expect(tx).to.emit(m.market, "DealActivated").withArgs(f1.address, 3n, 5n, 0n);
    const f = await m.getFarmer(f1.address);
    expect([f.totalLeaves, f.queueHead]).to.deep.equal([51n, 3n]);
  });

  it("flushSome applies at most n changes; a removal swaps the class's last member in", async function () {
    const m = await load();
    const { f1, r1, r2, r3 } = cast(m);
    // Two more class-3 deals next to deal 1 (13 leaves): 8 and 15 leaves.
    const a = await m.deal(r3, f1, DealTree.random("q-a", 8, 8));
    const b = await m.deal(r3, f1, DealTree.random("q-b", 15, 8));
    await m.toWindow(1);
    await expect(m.market.flushSome(f1.address, 2))
      .to.emit(m.market, "DealActivated")
      .withArgs(f1.address, 2n, 2n, 0n);
    let f = await m.getFarmer(f1.address);
    expect([f.queueHead, f.totalLeaves]).to.deep.equal([2n, 19n]);
    await expect(m.market.flushSome(f1.address, 0)).to.not.emit(m.market, "DealActivated");
    const tx = await m.market.flushSome(f1.address, 100);
    await expect(tx).to.emit(m.market, "DealActivated").withArgs(f1.address, a, 3n, 1n);
    await expect(tx).to.emit(m.market, "DealActivated").withArgs(f1.address, b, 3n, 2n);
    f = await m.getFarmer(f1.address);
    expect([f.queueHead, f.queueTail, f.totalLeaves]).to.deep.equal([5n, 5n, 13n + 6n + 32n + 8n + 15n]);
    // Cancel deal 1 (index 0 of class 3): it leaves from period 2, deal b moves into index 0.
    await (await m.market.connect(r1).cancel(1n)).wait();
    expect((await m.getFarmer(f1.address)).totalLeaves).to.equal(74n);
    await m.toWindow(2);
    await expect(m.market.flush(f1.address)).to.emit(m.market, "DealDeactivated").withArgs(f1.address, 1n, 3n, 0n, b);
    expect((await m.market.getDeal(b)).classIndex).to.equal(0n);
    expect((await m.getFarmer(f1.address)).totalLeaves).to.equal(61n);
    // Removing the last member of a class clears its bit.
    await (await m.market.connect(r2).cancel(2n)).wait();
    await m.toWindow(3);
    await expect(m.market.flush(f1.address)).to.emit(m.market, "DealDeactivated").withArgs(f1.address, 2n, 2n, 0n, 0n);
    expect((await m.getFarmer(f1.address)).classMask).to.equal((1n << 3n) | (1n << 5n));
  });
});

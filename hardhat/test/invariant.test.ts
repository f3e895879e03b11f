// Randomized invariant test. A seeded PRNG drives a few hundred steps (stakes, unstakes, deals,
// heartbeats honest / skipped / corrupted, miss reports, renter challenges, cancels, settles,
// withdrawals, flushes and block advances) across 4 farmers, 4 renters and 2 reporters. A JavaScript
// model of the market predicts every outcome, including the exact custom error of an invalid call, and
// builds heartbeat proofs from its own mirror of the challengeable set and of the pick. After EVERY step:
//   token.balanceOf(market) == Σ unsettled deals' escrow + Σ farmers (stake + locked + unbonding +
//                              slashPool) + Σ balances(account)            (on-chain values)
//   for every account: tokens out of the market <= tokens in + what it legitimately earned
//   and the farmers' state, every balance and every wallet equal the model's.
// Reproduce a failure with INVARIANT_SEED=<seed printed below>; INVARIANT_STEPS changes the length.
import { network } from "hardhat";
import { expect } from "chai";
import { AbiCoder, MaxUint256, concat, keccak256 } from "ethers";
import { DealTree } from "./merkle.js";
import { ACC_SCALE, BPS, Market, SetModel, challengeSeed, prng, type Params } from "./helpers.js";

const SEED = Number(process.env.INVARIANT_SEED ?? Math.floor(Math.random() * 2 ** 31));
const STEPS = Number(process.env.INVARIANT_STEPS ?? 400);

const P: Params = {
  periodBlocks: 30,
  proofWindow: 6,
  challengesPerHeartbeat: 3,
  minStake: 1_000n,
  unbondingDelay: 15,
  minCollateralBps: 5_000,
  slashBps: 1_000,
  reporterBountyBps: 2_000,
  disqualifyAfterMisses: 3,
};

// Deal shapes drawn at random; deals reuse these trees (a deal's data only has to match its root).
const SHAPES: [number, number][] = [[1, 1], [3, 2], [4, 4], [7, 4], [8, 2], [13, 4], [16, 16], [21, 8], [32, 8], [40, 16]];
const TREES = SHAPES.map(([n, s], i) => DealTree.random(`inv-${i}`, n, s));

type Op = { dealId: bigint; period: number; add: boolean };

interface DealM {
  id: bigint;
  renter: string;
  farmer: string;
  tree: DealTree;
  leaves: bigint;
  price: bigint;
  periods: number;
  collateral: bigint;
  start: number;
  end: number;
  active: boolean;
  removeQueued: boolean;
  settled: boolean;
  retired: boolean;
  accStart: bigint;
  deadline: number; // 0: no open challenge
  challengeLeaf: bigint;
}

interface FarmerM {
  addr: string;
  reliability: number;
  stake: bigint;
  locked: bigint;
  unbonding: bigint;
  ready: number;
  lastProven: number;
  lastMissReported: number;
  capacity: bigint;
  used: bigint;
  liveDeals: number;
  consecutiveMisses: number;
  disqualified: boolean;
  dqPeriod: number;
  queue: Op[];
  head: number;
  set: SetModel;
  slashAcc: bigint;
  slashPool: bigint;
  proven: Set<number>;
}

describe("randomized invariants", function () {
  it(`holds every invariant over a random run (seed ${SEED}, ${STEPS} steps)`, async function () {
    console.log(`      invariant seed: ${SEED} (rerun with INVARIANT_SEED=${SEED})`);
    const rng = prng(SEED);
    const conn = await network.create();
    const m = await Market.deploy(conn, P);
    const { market, token } = m;
    const ethers = conn.ethers;
    const farmers = m.signers.slice(1, 5);
    const renters = m.signers.slice(5, 9);
    const reporters = m.signers.slice(9, 11);
    const everyone = [...farmers, ...renters, ...reporters];
    const byAddr = new Map(everyone.map((a) => [a.address, a]));

    // ---- model ------------------------------------------------------------------------------
    const wallet = new Map<string, bigint>();
    const tokIn = new Map<string, bigint>(); // tokens each account moved into the market
    const tokOut = new Map<string, bigint>(); // tokens the market paid to each account
    const legit = new Map<string, bigint>(); // what it legitimately earned, in token units
    const legitScaled = new Map<string, bigint>(); // slash shares it may claim, scaled by ACC_SCALE
    const balances = new Map<string, bigint>();
    for (const a of everyone) for (const mp of [wallet, tokIn, tokOut, legit, legitScaled, balances]) mp.set(a.address, 0n);
    const add = (mp: Map<string, bigint>, a: string, x: bigint) => mp.set(a, (mp.get(a) ?? 0n) + x);
    const deals = new Map<bigint, DealM>();
    const F = new Map<string, FarmerM>();
    const nonces = new Map<string, bigint>();
    // The escrow of every deal not yet settled, from the DealCreated / DealSettled events.
    const unsettledEscrow = new Map<bigint, bigint>();

    const ps = (p: number) => m.periodStart(p);
    const sb = (p: number) => m.seedBlock(p);
    let B = 0; // the block the next transaction executes in
    let cur = 0; // its period
    const refreshClock = async () => {
      B = (await m.latest()) + 1;
      cur = Math.floor((B - m.genesis) / P.periodBlocks);
    };

    const initialStake = [30_000n, 20_000n, 15_000n, 8_000n];
    const reliability = [0.97, 0.85, 0.6, 0.3];
    for (const [i, f] of farmers.entries()) {
      await m.fund(f.address, 100_000n);
      wallet.set(f.address, 100_000n);
      await m.approve(f, MaxUint256);
      await (await market.connect(f).stake(initialStake[i])).wait();
      add(wallet, f.address, -initialStake[i]);
      add(tokIn, f.address, initialStake[i]);
      const capacity = BigInt(1024 * (200 + 200 * i)); // 200-800 leaves
      await m.announce(f, capacity);
      F.set(f.address, {
        addr: f.address, reliability: reliability[i], stake: initialStake[i], locked: 0n, unbonding: 0n, ready: 0,
        lastProven: 0, lastMissReported: 0, capacity, used: 0n, liveDeals: 0, consecutiveMisses: 0, disqualified: false,
        dqPeriod: 0, queue: [], head: 0, set: new SetModel(), slashAcc: 0n, slashPool: 0n, proven: new Set(),
      });
    }
    for (const r of renters) {
      await m.fund(r.address, 1_000_000n);
      wallet.set(r.address, 1_000_000n);
      await m.approve(r, MaxUint256);
    }

    // ---- model mechanics (mirror StorageMarket's private functions) --------------------------
    const effEnd = (d: DealM) => {
      const f = F.get(d.farmer)!;
      return f.disqualified && f.dqPeriod < d.end ? Math.max(f.dqPeriod, d.start) : d.end;
    };
    const takeShare = (f: FarmerM, d: DealM) => {
      let share = (d.leaves * (f.slashAcc - d.accStart)) / ACC_SCALE;
      if (share > f.slashPool) share = f.slashPool;
      f.slashPool -= share;
      return share;
    };
    const activate = (f: FarmerM, d: DealM) => {
      if (d.retired) return;
      f.set.add(d.id, d.leaves);
      d.accStart = f.slashAcc;
      d.active = true;
    };
    const deactivate = (f: FarmerM, d: DealM) => {
      if (!d.active) return;
      f.set.remove(d.id, d.leaves);
      d.active = false;
      d.retired = true;
      const share = takeShare(f, d);
      add(balances, d.renter, share);
    };
    /** Applies queued changes made before `boundary`, at most `max`. */
    const flushModel = (f: FarmerM, boundary: number, max = Infinity) => {
      let n = 0;
      while (f.head < f.queue.length && n < max) {
        const op = f.queue[f.head];
        if (op.period >= boundary) break;
        f.head++;
        n++;
        const d = deals.get(op.dealId)!;
        if (op.add) activate(f, d);
        else deactivate(f, d);
      }
    };
    /** The set as it will be after flushing to `boundary`, without changing the model. */
    const setAfterFlush = (f: FarmerM, boundary: number) => {
      const set = f.set.clone();
      for (let h = f.head; h < f.queue.length && f.queue[h].period < boundary; h++) {
        const op = f.queue[h];
        const d = deals.get(op.dealId)!;
        if (op.add && !d.retired) set.add(d.id, d.leaves);
        else if (!op.add && set.has(d.id)) set.remove(d.id, d.leaves);
      }
      return set;
    };
    const leavesAfterFlush = (f: FarmerM, boundary: number) => setAfterFlush(f, boundary).totalLeaves;
    const flushBoundary = () => (B > sb(cur) || cur === 0 ? cur : cur - 1);
    const queueRemoval = (f: FarmerM, d: DealM) => {
      d.removeQueued = true;
      f.used -= d.leaves * 256n;
      f.queue.push({ dealId: d.id, period: cur, add: false });
    };
    const penalize = (f: FarmerM, renter: string | null, dqFrom: number, reporter: string) => {
      let amount = ((f.stake + f.locked) * BigInt(P.slashBps)) / BPS;
      if (amount > f.stake) amount = f.stake;
      const bounty = (amount * BigInt(P.reporterBountyBps)) / BPS;
      const rest = amount - bounty;
      f.stake -= amount;
      f.consecutiveMisses++;
      add(balances, reporter, bounty);
      add(legit, reporter, bounty);
      if (renter) {
        add(balances, renter, rest);
        add(legit, renter, rest);
      } else {
        f.slashPool += rest;
        f.slashAcc += (rest * ACC_SCALE) / f.set.totalLeaves;
        // Each deal in the set may claim rest * leaves / totalLeaves of it (an upper bound).
        for (const cl of f.set.classes.values()) {
          for (const id of cl.members) {
            const d = deals.get(id)!;
            add(legitScaled, d.renter, (rest * d.leaves * ACC_SCALE) / f.set.totalLeaves);
          }
        }
      }
      if (f.consecutiveMisses >= P.disqualifyAfterMisses) {
        f.disqualified = true;
        f.dqPeriod = dqFrom;
      }
    };

    // ---- sending, with the model's prediction ------------------------------------------------
    const counts: Record<string, number> = {};
    const note = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
    /** Sends `send()`; if `error` is set it must revert with it, else it must succeed. */
    const run = async (name: string, error: string | null, send: () => Promise<any>): Promise<any | null> => {
      if (error) {
        await expect(send(), `${name} should revert ${error}`).to.be.revertedWithCustomError(market, error);
        note(`${name} -> ${error}`);
        return null;
      }
      const rc = await (await send()).wait();
      expect(rc.status, name).to.equal(1);
      note(name);
      for (const log of rc.logs) {
        if (log.address !== m.address) continue;
        const ev = market.interface.parseLog(log)!;
        if (ev.name === "DealCreated") unsettledEscrow.set(ev.args.dealId, ev.args.pricePerPeriod * ev.args.periods);
        if (ev.name === "DealSettled") unsettledEscrow.delete(ev.args.dealId);
      }
      return rc;
    };
    /** A random farmer; mostly one still in business. */
    const pickFarmer = () => {
      const live = [...F.values()].filter((f) => !f.disqualified);
      return live.length && rng.chance(0.9) ? rng.pick(live) : F.get(rng.pick(farmers).address)!;
    };
    const pickDeal = (pred: (d: DealM) => boolean = () => true): DealM | undefined => {
      const xs = [...deals.values()].filter(pred);
      return xs.length ? rng.pick(xs) : undefined;
    };

    // ---- heartbeats and miss reports (also driven in rounds by advance) ----------------------
    const doHeartbeat = async (f: FarmerM) => {
      const signer = byAddr.get(f.addr)!;
      let err: string | null = null;
      if (f.disqualified) err = "FarmerDisqualified";
      else if (B <= sb(cur)) err = "OutsideProofWindow";
      else if (f.lastProven === cur + 1) err = "AlreadyProven";
      else if (leavesAfterFlush(f, cur) === 0n) err = "NothingToProve";
      if (err) return void (await run("heartbeat", err, () => market.connect(signer).heartbeat(cur, "0x", [])));
      const set = setAfterFlush(f, cur);
      const bh = (await ethers.provider.getBlock(sb(cur)))!.hash!;
      const seed = challengeSeed(bh, f.addr, cur);
      const picks = Array.from({ length: P.challengesPerHeartbeat }, (_, i) => set.pick(seed, i, (id) => deals.get(id)!.leaves));
      const leaves = picks.map((p) => deals.get(p.dealId)!.tree.leaf(Number(p.leaf)));
      const path = picks.flatMap((p) => deals.get(p.dealId)!.tree.proof(Number(p.leaf)));
      if (rng.chance(0.08)) {
        const i = rng.int(picks.length);
        const bad = leaves.map((l, k) => (k === i ? Buffer.from(l).fill(l[0] ^ 1, 0, 1) : l));
        await expect(market.connect(signer).heartbeat(cur, concat(bad), path))
          .to.be.revertedWithCustomError(market, "InvalidProof")
          .withArgs(BigInt(i));
        return void note("heartbeat -> InvalidProof");
      }
      await run("heartbeat", null, () => market.connect(signer).heartbeat(cur, concat(leaves), path));
      flushModel(f, cur);
      expect(f.set.totalLeaves).to.equal(set.totalLeaves);
      f.proven.add(cur);
      f.lastProven = cur + 1;
      f.consecutiveMisses = 0;
    };
    const reportError = (f: FarmerM, p: number): string | null => {
      if (f.disqualified) return "FarmerDisqualified";
      if (B < ps(p + 1)) return "ReportTooEarly";
      if (B > sb(p + 1)) return "ReportTooLate";
      if (f.lastProven === p + 1) return "AlreadyProven";
      if (f.lastMissReported === p + 1) return "AlreadyReported";
      if (leavesAfterFlush(f, p) === 0n) return "NotObliged";
      return null;
    };
    const doReport = async (f: FarmerM, p: number) => {
      const by = rng.pick([...reporters, ...renters]);
      const rc = await run("reportMissed", reportError(f, p), () => market.connect(by).reportMissed(f.addr, p));
      if (!rc) return;
      flushModel(f, p);
      f.lastMissReported = p + 1;
      penalize(f, null, p + 1, by.address);
    };
    /** Runs `fn` as a sub-step: the invariants are checked after it too. */
    const sub = async (fn: () => Promise<void>) => {
      await refreshClock();
      await fn();
      await refreshClock();
      await check();
    };

    // ---- actions -----------------------------------------------------------------------------
    const actions: [number, () => Promise<void>][] = [
      [14, async function advance() {
        // Time passes; whenever it reaches a proof window the farmers' clients send their heartbeats
        // (each with its reliability), and at each period start watchers report the misses they see.
        const small = rng.chance(0.4);
        if (B <= sb(cur)) {
          const target = small ? B + 1 + rng.int(3) : sb(cur) + 1;
          if (target <= sb(cur)) return void (await m.nextTxAt(target), note("advance"));
          await m.nextTxAt(sb(cur) + 1 + (small ? 0 : rng.int(2)));
          note("advance to window");
          for (const f of [...F.values()].sort(() => rng.next() - 0.5)) {
            if (!f.disqualified && rng.chance(f.reliability)) await sub(() => doHeartbeat(f));
          }
          return;
        }
        const target = small ? B + 1 + rng.int(3) : ps(cur + 1);
        if (target < ps(cur + 1)) return void (await m.nextTxAt(target), note("advance"));
        await m.nextTxAt(ps(cur + 1) + rng.int(3));
        note("advance to period");
        await refreshClock();
        for (const f of F.values()) {
          const err = reportError(f, cur - 1);
          if ((err === null && rng.chance(0.8)) || rng.chance(0.05)) await sub(() => doReport(f, cur - 1));
        }
      }],
      [16, async function heartbeat() {
        const f = pickFarmer();
        if (!rng.chance(f.reliability)) return void note("heartbeat skipped");
        await doHeartbeat(f);
      }],
      [9, async function reportMissed() {
        const f = pickFarmer();
        const p = Math.max(0, cur - 1 + (rng.chance(0.1) ? rng.pick([-1, 1]) : 0));
        await doReport(f, p);
      }],
      [14, async function createDeal() {
        const f = pickFarmer();
        const renter = rng.pick(renters);
        const tree = rng.pick(TREES);
        const price = BigInt(1 + rng.int(40));
        const periods = 1 + rng.int(6);
        const escrow = price * BigInt(periods);
        const minColl = (escrow * BigInt(P.minCollateralBps)) / BPS;
        const collateral = rng.chance(0.05) && minColl > 0n ? minColl - 1n : minColl + BigInt(rng.int(200));
        const nonce = nonces.get(renter.address) ?? 0n;
        const t = {
          renter: renter.address, farmer: f.addr, root: tree.root, size: tree.size, shardSize: tree.shardSize,
          pricePerPeriod: price, periods, collateral, nonce, deadline: 1n << 40n,
        };
        const free = f.capacity > f.used ? f.capacity - f.used : 0n;
        let err: string | null = null;
        if (f.disqualified) err = "FarmerDisqualified";
        else if (tree.size > free) err = "OverCapacity";
        else if (collateral < minColl) err = "CollateralTooLow";
        else if (f.stake < collateral + P.minStake) err = "InsufficientStake";
        const farmerSigner = byAddr.get(f.addr)!;
        const sigs = [await m.sign(renter, t), await m.sign(farmerSigner, t)];
        const sender = rng.chance(0.5) ? renter : farmerSigner;
        const rc = await run("createDeal", err, () => market.connect(sender).createDeal(t, ...sigs));
        if (!rc) return;
        nonces.set(renter.address, nonce + 1n);
        const id = m.dealIdOf(rc);
        expect(id).to.equal(BigInt(deals.size + 1));
        deals.set(id, {
          id, renter: renter.address, farmer: f.addr, tree, leaves: BigInt(tree.leaves), price, periods, collateral,
          start: cur + 1, end: cur + 1 + periods, active: false, removeQueued: false, settled: false, retired: false,
          accStart: 0n, deadline: 0, challengeLeaf: 0n,
        });
        f.stake -= collateral;
        f.locked += collateral;
        f.used += tree.size;
        f.liveDeals++;
        f.queue.push({ dealId: id, period: cur, add: true });
        add(wallet, renter.address, -escrow);
        add(tokIn, renter.address, escrow);
      }],
      [6, async function challenge() {
        const d = pickDeal((d) => !d.settled);
        if (!d) return;
        const f = F.get(d.farmer)!;
        let err: string | null = null;
        if (d.settled || cur < d.start || cur >= effEnd(d)) err = "DealNotLive";
        else if (f.disqualified) err = "FarmerDisqualified";
        else if (d.deadline !== 0) err = "ChallengeOpen";
        const rc = await run("challenge", err, () => market.connect(byAddr.get(d.renter)!).challenge(d.id));
        if (!rc) return;
        const prev = (await ethers.provider.getBlock(rc.blockNumber - 1))!.hash!;
        d.challengeLeaf = BigInt(keccak256(AbiCoder.defaultAbiCoder().encode(["bytes32", "uint64"], [prev, d.id]))) % d.leaves;
        d.deadline = rc.blockNumber + P.proofWindow;
        const ev = m.events(rc, "ChallengeIssued")[0];
        expect([ev.leaf, ev.deadline]).to.deep.equal([d.challengeLeaf, BigInt(d.deadline)]);
      }],
      [7, async function answerChallenge() {
        const d = pickDeal((d) => d.deadline !== 0);
        if (!d) return;
        const f = F.get(d.farmer)!;
        if (!rng.chance(f.reliability)) return void note("answer skipped");
        const err = B > d.deadline ? "ChallengeExpired" : null;
        const g = Number(d.challengeLeaf);
        const rc = await run("answerChallenge", err, () => market.connect(byAddr.get(d.farmer)!).answerChallenge(d.id, d.tree.leaf(g), d.tree.proof(g)));
        if (rc) d.deadline = 0;
      }],
      [5, async function reportChallengeMissed() {
        const d = pickDeal((d) => d.deadline !== 0);
        if (!d) return;
        const f = F.get(d.farmer)!;
        const by = rng.pick([...reporters, ...farmers]);
        let err: string | null = null;
        if (B <= d.deadline) err = "ChallengeNotExpired";
        else if (f.disqualified) err = "FarmerDisqualified";
        const rc = await run("reportChallengeMissed", err, () => market.connect(by).reportChallengeMissed(d.id));
        if (!rc) return;
        d.deadline = 0;
        penalize(f, d.renter, cur, by.address);
      }],
      [4, async function cancel() {
        const d = pickDeal((d) => !d.settled);
        if (!d) return;
        let err: string | null = null;
        if (d.settled || d.removeQueued || cur >= effEnd(d)) err = "DealNotLive";
        const rc = await run("cancel", err, () => market.connect(byAddr.get(d.renter)!).cancel(d.id));
        if (!rc) return;
        d.end = Math.max(cur + 1, d.start);
        queueRemoval(F.get(d.farmer)!, d);
      }],
      [9, async function settle() {
        const d = pickDeal((d) => !d.settled || rng.chance(0.05));
        if (!d) return;
        const f = F.get(d.farmer)!;
        const end = effEnd(d);
        let err: string | null = null;
        if (d.settled) err = "AlreadySettled";
        else if (cur < end) err = "DealNotEnded";
        else if (d.deadline >= B) err = "ChallengeOpen";
        const by = rng.pick(everyone);
        const rc = await run("settle", err, () => market.connect(by).settle(d.id));
        if (!rc) return;
        let provenCount = 0;
        for (let p = d.start; p < end; p++) if (f.proven.has(p)) provenCount++;
        const earned = d.price * BigInt(provenCount);
        const refund = d.price * BigInt(d.periods) - earned;
        d.settled = true;
        f.locked -= d.collateral;
        f.liveDeals--;
        let toRenter = refund;
        let collToRenter = 0n;
        let share = 0n;
        if (f.disqualified) {
          collToRenter = d.collateral;
          if (d.active && !d.retired) {
            share = takeShare(f, d);
            f.set.remove(d.id, d.leaves); // the contract leaves it in its (dead) set; the model drops it
          }
          d.active = false;
          d.retired = true;
          if (!d.removeQueued) f.used -= d.leaves * 256n;
          toRenter += collToRenter + share;
          add(legit, d.renter, collToRenter);
        } else {
          f.stake += d.collateral;
          if (!d.removeQueued) queueRemoval(f, d);
        }
        add(balances, d.farmer, earned);
        add(legit, d.farmer, earned);
        add(balances, d.renter, toRenter);
        const ev = m.events(rc, "DealSettled")[0];
        expect([ev.earned, ev.refund, ev.collateralToRenter, ev.slashShare]).to.deep.equal([earned, refund, collToRenter, share]);
      }],
      [6, async function withdraw() {
        const a = rng.pick(everyone);
        const bal = balances.get(a.address)!;
        const rc = await run("withdraw", bal === 0n ? "NothingToWithdraw" : null, () => market.connect(a).withdraw());
        if (!rc) return;
        balances.set(a.address, 0n);
        add(wallet, a.address, bal);
        add(tokOut, a.address, bal);
      }],
      [3, async function stake() {
        const f = pickFarmer();
        const amount = rng.chance(0.05) ? 0n : BigInt(100 + rng.int(3000));
        let err: string | null = null;
        if (amount === 0n) err = "ZeroAmount";
        else if (f.disqualified) err = "FarmerDisqualified";
        const rc = await run("stake", err, () => market.connect(byAddr.get(f.addr)!).stake(amount));
        if (!rc) return;
        f.stake += amount;
        add(wallet, f.addr, -amount);
        add(tokIn, f.addr, amount);
      }],
      [4, async function requestUnstake() {
        const f = pickFarmer();
        const amount = rng.chance(0.5) ? BigInt(1 + rng.int(Number(f.stake / 2n) + 1)) : f.stake - P.minStake + BigInt(rng.int(3));
        let err: string | null = null;
        if (amount <= 0n) return;
        if (amount > f.stake) err = "InsufficientStake";
        else if (f.liveDeals > 0 && !f.disqualified && f.stake - amount < P.minStake) err = "StakeLocked";
        const rc = await run("requestUnstake", err, () => market.connect(byAddr.get(f.addr)!).requestUnstake(amount));
        if (!rc) return;
        f.stake -= amount;
        f.unbonding += amount;
        f.ready = rc.blockNumber + P.unbondingDelay;
      }],
      [4, async function withdrawStake() {
        const f = pickFarmer();
        let err: string | null = null;
        if (f.unbonding === 0n) err = "NothingUnbonding";
        else if (B < f.ready) err = "Unbonding";
        const rc = await run("withdrawStake", err, () => market.connect(byAddr.get(f.addr)!).withdrawStake());
        if (!rc) return;
        add(wallet, f.addr, f.unbonding);
        add(tokOut, f.addr, f.unbonding);
        f.unbonding = 0n;
      }],
      [3, async function flush() {
        const f = pickFarmer();
        const by = rng.pick(everyone);
        const boundary = flushBoundary();
        if (rng.chance(0.5)) {
          const n = rng.int(3);
          await run("flushSome", null, () => market.connect(by).flushSome(f.addr, n));
          flushModel(f, boundary, n);
        } else {
          await run("flush", null, () => market.connect(by).flush(f.addr));
          flushModel(f, boundary);
        }
      }],
    ];
    const totalWeight = actions.reduce((a, [w]) => a + w, 0);

    // ---- the checks after every step -----------------------------------------------------------
    const check = async () => {
      const onChain: bigint = await token.balanceOf(m.address);
      let escrow = 0n;
      for (const e of unsettledEscrow.values()) escrow += e;
      let modelEscrow = 0n;
      for (const d of deals.values()) if (!d.settled) modelEscrow += d.price * BigInt(d.periods);
      expect(escrow, "unsettled escrow (events) vs model").to.equal(modelEscrow);
      let held = 0n;
      for (const fm of F.values()) {
        const f = await market.getFarmer(fm.addr);
        held += f.stake + f.locked + f.unbonding + f.slashPool;
        const got = {
          stake: f.stake, locked: f.locked, unbonding: f.unbonding, slashPool: f.slashPool, slashAcc: f.slashAcc,
          totalLeaves: fm.disqualified ? 0n : f.totalLeaves, used: f.used, liveDeals: Number(f.liveDeals),
          consecutiveMisses: Number(f.consecutiveMisses), disqualified: f.disqualified, dqPeriod: Number(f.dqPeriod),
          queueHead: Number(f.queueHead), queueTail: Number(f.queueTail), lastProven: Number(f.lastProven),
        };
        const want = {
          stake: fm.stake, locked: fm.locked, unbonding: fm.unbonding, slashPool: fm.slashPool, slashAcc: fm.slashAcc,
          totalLeaves: fm.disqualified ? 0n : fm.set.totalLeaves, used: fm.used, liveDeals: fm.liveDeals,
          consecutiveMisses: fm.consecutiveMisses, disqualified: fm.disqualified, dqPeriod: fm.dqPeriod,
          queueHead: fm.head, queueTail: fm.queue.length, lastProven: fm.lastProven,
        };
        expect(got, `farmer ${fm.addr}`).to.deep.equal(want);
      }
      let owed = 0n;
      for (const a of everyone) {
        const bal: bigint = await market.balances(a.address);
        expect(bal, `balances(${a.address})`).to.equal(balances.get(a.address));
        owed += bal;
        expect(await token.balanceOf(a.address), `wallet of ${a.address}`).to.equal(wallet.get(a.address));
        // Out of the market <= in + earned (bounties, earnings, collateral, slash shares).
        const bound = (tokIn.get(a.address)! + legit.get(a.address)!) * ACC_SCALE + legitScaled.get(a.address)!;
        expect(tokOut.get(a.address)! * ACC_SCALE <= bound, `tokens out of ${a.address} exceed in + earned`).to.equal(true);
        // Even counting what it can still withdraw.
        expect((tokOut.get(a.address)! + bal) * ACC_SCALE <= bound, `out + balance of ${a.address} exceed in + earned`).to.equal(true);
      }
      expect(onChain, "token.balanceOf(market) == escrow + farmer funds + balances").to.equal(escrow + held + owed);
    };

    await refreshClock();
    await check();
    const t0 = Date.now();
    for (let step = 0; step < STEPS; step++) {
      let r = rng.int(totalWeight);
      let action = actions[0][1];
      for (const [w, a] of actions) {
        if (r < w) {
          action = a;
          break;
        }
        r -= w;
      }
      try {
        await refreshClock();
        await action();
        await refreshClock();
        await check();
      } catch (e: any) {
        e.message = `seed ${SEED}, step ${step} (${action.name}, block ${B}, period ${cur}): ${e.message}`;
        throw e;
      }
    }
    const settled = [...deals.values()].filter((d) => d.settled).length;
    const dq = [...F.values()].filter((f) => f.disqualified).length;
    console.log(`      ${STEPS} steps in ${((Date.now() - t0) / 1000).toFixed(1)} s over ${cur} periods: ${deals.size} deals (${settled} settled), ${dq} farmer(s) disqualified`);
    console.log("      " + Object.entries(counts).sort().map(([k, v]) => `${k}: ${v}`).join(", "));
    // The run must have exercised the interesting paths, not only reverts.
    for (const k of ["createDeal", "heartbeat", "settle", "withdraw", "reportMissed", "cancel"]) {
      expect(counts[k] ?? 0, `successful ${k} calls`).to.be.greaterThan(0);
    }
    await conn.close();
  });
});

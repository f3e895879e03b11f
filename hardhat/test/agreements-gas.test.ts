// AgreementMarket gas table (hardfork osaka): gasUsed of real receipts for every operation, heartbeats of
// farmers with 1, 100 and 10,000 live agreements of the reference shape (100 GiB in 64 MiB shards: proofs
// of depth 18 + 11), and the chain gas per TB-month of the reference load (scripts/tbmonth.ts).
import { network } from "hardhat";
import { expect } from "chai";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { hashLeaf, hashNode, hex, leafData } from "./merkle.js";
import { AM, entryHash, levels, pick, revisionOf, type AParams, type Proof } from "./agreements-helpers.js";
import { REFERENCE, detection, gasPerTBMonth, maxSampleBps, proofDepth, type Measured } from "../scripts/tbmonth.js";

export const DEFAULT_SAMPLE_BPS = 150;
const DAY = 86_400;
const GAS_PARAMS: AParams = {
  periodSeconds: DAY,
  graceSeconds: 3_600,
  sampleBps: DEFAULT_SAMPLE_BPS,
  reportPeriods: 3,
  minStake: 1_000n,
  unbondingSeconds: 5 * DAY,
  slashBps: 100,
  reporterBountyBps: 2_000,
  disqualifyAfterMisses: 3,
  challengeSeconds: DAY,
  challengeFee: 10n,
};

const SHARD_LEAVES_LOG2 = 18; // 64 MiB of 256-byte leaves
const SHARDS = 1600; // 100 GiB
const LEAVES = BigInt(SHARDS) << BigInt(SHARD_LEAVES_LOG2);

/** 1600 shards of 2^18 leaves; every leaf of shard k is the same 256 bytes, so that shard roots cost 18
 * hashes each while the proofs have the real depth and random-looking bytes. */
class ReferenceTree {
  readonly root: string;
  private readonly shards: { leaf: Buffer; path: string[]; root: string }[] = [];
  private readonly top: string[][];
  constructor(tag: string) {
    for (let k = 0; k < SHARDS; k++) {
      const leaf = leafData(tag, k);
      let h = hashLeaf(leaf);
      const path: string[] = [];
      for (let l = 0; l < SHARD_LEAVES_LOG2; l++) {
        path.push(hex(h));
        h = hashNode(h, h);
      }
      this.shards.push({ leaf, path, root: hex(h) });
    }
    this.shards.sort((a, b) => (a.root < b.root ? -1 : 1));
    this.top = levels(this.shards.map((s) => entryHash(s.root, 1n << BigInt(SHARD_LEAVES_LOG2))));
    this.root = this.top[this.top.length - 1][0];
  }
  proof(id: bigint, seed: string): Proof {
    const [j] = pick(seed, id, SHARDS, 1 << SHARD_LEAVES_LOG2);
    const treePath: string[] = [];
    let idx = j;
    for (let l = 0; l < this.top.length - 1; l++) {
      treePath.push(this.top[l][idx ^ 1]);
      idx >>= 1;
    }
    const s = this.shards[j];
    return { agreementId: id, shardLeaves: 1n << BigInt(SHARD_LEAVES_LOG2), leaf: hex(s.leaf), shardPath: s.path, treePath };
  }
}

// Any signature of an account delegating to this code (EIP-7702 designator) is valid under ERC-1271, so
// 10,000 agreements need no 10,000 ECDSA signatures in JavaScript. The measured rows use ECDSA.
// The largest farmer: 10,000 agreements with AGREEMENTS_GAS_FULL=1 (20,000 set-up transactions, 1-5 min on
// this machine depending on load), 1,000 by default so that the suite stays within a few minutes.
const BIG = process.env.AGREEMENTS_GAS_FULL === "1" ? 10_000 : 1_000;

const ALWAYS_VALID_1271 = "0x631626ba7e60e01b5f5260205ff3";
const DELEGATE = "0x00000000000000000000000000000000000a11ce";

describe("AgreementMarket gas table (hardfork osaka)", function () {
  it("measures every operation, heartbeats with 1, 100 and 10,000 agreements, and gas per TB-month", async function () {
    const conn = await network.create();
    const { ethers, networkHelpers } = conn;
    expect((conn.networkConfig as any).hardfork).to.equal("osaka");
    const m = await AM.deploy(conn, GAS_PARAMS);
    const { market } = m;
    const [, fA, f1, f100, f10k, rA, rBulk, reporter] = m.signers;
    const rows: [string, bigint, string][] = [];
    const gasOf = async (txp: Promise<any>) => {
      const rc = await (await txp).wait();
      expect(rc.status).to.equal(1);
      return rc.gasUsed as bigint;
    };
    const tree = new ReferenceTree("gas");
    expect(proofDepth(REFERENCE)).to.equal(29);
    const price = 1n; // per GiB per period: rate 100 a period
    const escrowFor = (periods: number) => 100n * price * BigInt(periods);

    for (const [f, s] of [[fA, 100_000n], [f1, 10_000n], [f100, 10_000n], [f10k, 10_000n]] as const) await m.stake(f, s);
    await m.fund(rA.address, 10_000_000n);
    // Payees already hold tokens (a farmer that was paid before): payouts overwrite a token balance
    // instead of creating one, as they do in steady state.
    for (const a of [fA, f1, f100, f10k, reporter]) await m.fund(a.address, 1n);
    await m.fund(rBulk.address, 10n ** 12n);
    await m.approve(rBulk, 10n ** 12n);

    // --- period 5: opens and revisions (ECDSA rows on fA). (Not period 1: a revision there accrues to
    // period 0 and leaves the accounting word zero, which would make the first proof write it fresh.)
    await m.enter(5);
    const END = 180;
    await m.approve(rA, 10n ** 9n);
    const openA = async (o: any = {}, escrow = escrowFor(END)) => {
      const t = m.terms(rA, fA, { pricePerGiB: price, collateral: 1_000n, endPeriod: END, ...o });
      return market.connect(rA).open(t, await m.signOpen(fA, t), escrow);
    };
    await gasOf(openA()); // fA's first: writes its nonce word
    const openRc = await (await openA()).wait();
    rows.push(["open", openRc.gasUsed, "escrow for 180 days, collateral 1,000; farmer's nonce word already written"]);
    const idA = m.idOf(openRc);
    await m.approve(rA, 0n);
    const tp = m.terms(rA, fA, { pricePerGiB: price, collateral: 1_000n, endPeriod: END });
    const pm = await m.signPermit(rA, escrowFor(END), 1n << 40n);
    const permitRc = await (await market.connect(rA).openWithPermit(tp, await m.signOpen(fA, tp), escrowFor(END), 1n << 40n, pm.v, pm.r, pm.s)).wait();
    rows.push(["openWithPermit", permitRc.gasUsed, "allowance short: permit called"]);
    const idP = m.idOf(permitRc);
    await m.approve(rA, 10n ** 9n);
    rows.push(["deposit", await gasOf(market.connect(rA).deposit(idA, 1_000n)), ""]);
    const rev1 = revisionOf(idA, 1n, null, END);
    Object.assign(rev1, { root: tree.root, leaves: LEAVES, shards: BigInt(SHARDS) });
    // fA already owes heartbeats for another agreement (the usual case): the first data only extends it.
    const idShort = m.idOf(await (await openA({ endPeriod: 6 }, 1_000_000n)).wait());
    const revS = { ...rev1, agreementId: idShort, endPeriod: 6 };
    await gasOf(market.connect(rA).postRevision(revS, "0x", await m.signRevision(fA, revS)));
    rows.push(["postRevision (data arrives: 0 -> 100 GiB)", await gasOf(market.connect(rA).postRevision(rev1, "0x", await m.signRevision(fA, rev1))), "sent by the renter, farmer's ECDSA signature"]);
    const rev2 = { ...rev1, number: 2n, root: "0x" + "11".repeat(32) };
    rows.push(["postRevision (later: new root)", await gasOf(market.connect(rA).postRevision(rev2, "0x", await m.signRevision(fA, rev2))), "same"]);
    const rev3 = { ...rev1, number: 3n };
    await gasOf(market.connect(rA).postRevision(rev3, "0x", await m.signRevision(fA, rev3)));
    const idEmpty = m.idOf(await (await openA({}, 1_000n)).wait());

    // --- bulk agreements: f1 1, f100 100, f10k 10,000 (renter rBulk sends open and revision; farmers delegate to the 1271 stub).
    await networkHelpers.setCode(DELEGATE, ALWAYS_VALID_1271);
    const designator = "0xef0100" + DELEGATE.slice(2);
    for (const f of [f1, f100, f10k]) await networkHelpers.setCode(f.address, designator);
    const ids = new Map<string, bigint[]>();
    let next = (await market.agreementCount()) + 1n;
    const t0 = Date.now();
    for (const [f, n] of [[f1, 1], [f100, 100], [f10k, BIG]] as const) {
      const list: bigint[] = [];
      for (let k = 0; k < n; k++) {
        const t = { renter: rBulk.address, farmer: f.address, pricePerGiB: price, collateral: 0n, endPeriod: END, nonce: BigInt(k), deadline: 1n << 40n };
        const data = market.interface.encodeFunctionData("open", [t, "0x", escrowFor(END)]);
        await ethers.provider.send("eth_sendTransaction", [{ from: rBulk.address, to: m.address, data, gas: "0x60000" }]);
        const r = { ...rev1, agreementId: next };
        const rdata = market.interface.encodeFunctionData("postRevision", [r, "0x", "0x"]);
        await ethers.provider.send("eth_sendTransaction", [{ from: rBulk.address, to: m.address, data: rdata, gas: "0x60000" }]);
        list.push(next++);
      }
      ids.set(f.address, list);
    }
    console.log(`      ${101 + BIG} bulk agreements opened and revised in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const f of [f1, f100, f10k]) await networkHelpers.setCode(f.address, "0x");
    expect(await market.agreementCount()).to.equal(next - 1n);
    expect(await m.period()).to.equal(5);

    const dueOf = async (list: bigint[], p: number) => {
      const seed = await m.seed(p);
      return list.filter((id) => BigInt(ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["bytes32", "uint64"], [seed, id]))) % 10_000n < BigInt(DEFAULT_SAMPLE_BPS));
    };
    const proofsOf = async (list: bigint[], p: number) => {
      const seed = await m.seed(p);
      return (await dueOf(list, p)).map((id) => tree.proof(id, seed));
    };
    const beat = async (f: any, p: number, list: bigint[]) => {
      const proofs = await proofsOf(list, p);
      const tx = await market.connect(f).heartbeat(p, [], proofs);
      const rc = await tx.wait();
      return { gas: rc.gasUsed as bigint, proofs: proofs.length, bytes: (tx.data.length - 2) / 2 };
    };

    // --- period 6: first heartbeats (write the proven-bits word); period 7: measured.
    await m.enter(6);
    for (const f of [fA, f1, f100, f10k]) await beat(f, 6, f === fA ? [idA, idShort] : ids.get(f.address)!);
    await m.enter(7);
    await (await market.poke()).wait(); // the period's seed is stored by now (someone's first call does it)
    const hb: { n: number; gas: bigint; proofs: number; bytes: number }[] = [];
    for (const [f, n] of [[f1, 1], [f100, 100], [f10k, BIG]] as const) {
      const r = await beat(f, 7, ids.get(f.address)!);
      hb.push({ n, ...r });
      rows.push([`heartbeat, ${n.toLocaleString("en-US")} agreement${n === 1 ? "" : "s"}`, r.gas, `${r.proofs} due proofs, ${r.bytes.toLocaleString("en-US")} B calldata`]);
    }
    const base = await beat(fA, 7, []); // carries no proof: the heartbeat's fixed cost
    rows.push(["heartbeat, no proof (fixed cost)", base.gas, `${base.bytes} B calldata`]);
    const big = hb[2];
    expect(big.proofs).to.be.greaterThan(0); // 1.5%: ~150 of 10,000, ~15 of 1,000 (none: p = 3e-7)
    const perProof = Number(big.gas - base.gas) / big.proofs;

    // --- challenge and answer on fA's agreement (the on-chain root is the reference tree).
    rows.push(["challenge", await gasOf(market.connect(rA).challenge(idA)), "fee pulled"]);
    await networkHelpers.mine(2);
    const cseed = await market.challengeSeedOf(idA);
    rows.push(["answerChallenge", await gasOf(market.connect(fA).answerChallenge(idA, tree.proof(idA, cseed))), `proof depth ${SHARD_LEAVES_LOG2} + 11`]);
    rows.push(["claim (1 agreement)", await gasOf(market.connect(fA).claim([idA])), ""]);
    rows.push(["claim (100 agreements)", await gasOf(market.connect(f100).claim(ids.get(f100.address)!)), ""]);
    rows.push(["abandon", await gasOf(market.connect(f100).abandon(ids.get(f100.address)![0])), ""]);
    rows.push(["close (empty agreement)", await gasOf(market.connect(rA).close(idEmpty)), ""]);

    // --- period 8: f1 sends nothing (reportMissed); f10k leaves out one due agreement (reportUnproven).
    await m.enter(8);
    const due8 = await dueOf(ids.get(f10k.address)!, 8);
    const seed8 = await m.seed(8);
    await (await market.connect(f10k).heartbeat(8, [], due8.slice(1).map((id) => tree.proof(id, seed8)))).wait();
    await m.at(m.periodStart(9) + GAS_PARAMS.graceSeconds + 10);
    await (await market.poke()).wait(); // the period's beacon is someone else's first call, not the measured one's
    rows.push(["reportMissed", await gasOf(market.connect(reporter).reportMissed(f1.address, 8)), "slash, bounty, burn"]);
    rows.push(["reportUnproven", await gasOf(market.connect(reporter).reportUnproven(due8[0], 8)), "agreement fails, paid out"]);

    // --- settle idShort (ended in period 2) once its report window closed.
    await m.at(Number(await market.settleTime(idShort)) + 1);
    await (await market.poke()).wait();
    rows.push(["settle", await gasOf(market.settle(idShort)), "pays farmer and renter"]);
    rows.push(["withdraw", await gasOf(market.connect(reporter).withdraw()), "bounties"]);
    void idP;

    const get = (name: string) => Number(rows.find(([n]) => n === name)![1]);
    const measured: Measured = {
      open: get("open"),
      firstRevision: get("postRevision (data arrives: 0 -> 100 GiB)"),
      settle: get("settle"),
      heartbeatBase: Number(base.gas),
      perProof: Math.round(perProof),
      proofDepth: SHARD_LEAVES_LOG2 + 11,
    };
    const { perTBMonth, lines } = gasPerTBMonth(measured, { ...REFERENCE, sampleBps: DEFAULT_SAMPLE_BPS });
    const d = detection(DEFAULT_SAMPLE_BPS, 30);
    const table = [
      "| operation (hardfork osaka) | gas | notes |",
      "|---|---:|---|",
      ...rows.map(([op, gas, note]) => `| ${op} | ${gas.toLocaleString("en-US")} | ${note} |`),
      `| per due proof (marginal, from the ${BIG.toLocaleString("en-US")} row) | ${measured.perProof.toLocaleString("en-US")} | depth ${measured.proofDepth}, 256-byte leaf |`,
    ].join("\n");
    const text = [
      table,
      "",
      ...lines,
      `q = ${DEFAULT_SAMPLE_BPS} bps: a lost agreement is due (and caught) with ${(d.perPeriod * 100).toFixed(1)}% per period, ${(d.within * 100).toFixed(1)}% within 30 periods; the largest q under the target is ${maxSampleBps(measured)} bps.`,
    ].join("\n");
    console.log("\n" + text + "\n");
    const dir = fileURLToPath(new URL("../cache", import.meta.url));
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/agreements-gas.md`, text + "\n");
    writeFileSync(`${dir}/agreements-gas.json`, JSON.stringify({ measured, sampleBps: DEFAULT_SAMPLE_BPS, rows: rows.map(([n, g, note]) => ({ op: n, gas: Number(g), note })) }, null, 2));

    // Targets.
    expect(get("open")).to.be.at.most(150_000);
    expect(get("postRevision (later: new root)")).to.be.at.most(60_000);
    expect(get("settle")).to.be.at.most(100_000);
    expect(get("close (empty agreement)")).to.be.at.most(100_000);
    expect(perTBMonth).to.be.at.most(1_000_000);
    expect(big.gas).to.be.lessThan(16_777_216n); // one transaction under Osaka's cap
    await conn.close();
  });
});

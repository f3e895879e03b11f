// The gas table: gasUsed of real transaction receipts under the network's hardfork (osaka), one row per
// operation, with heartbeats of farmers holding 1, 100 and 10,000 live deals of the same size.
import { network } from "hardhat";
import { expect } from "chai";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DealTree } from "./merkle.js";
import { Market, type Account, type Params, type Terms } from "./helpers.js";

// A transaction is capped at 2^24 gas since Osaka (EIP-7825): applying 10,000 queued activations takes
// many flushSome transactions.
const FLUSH_BATCH = 250;

// One period holds the whole set-up: 10,100 createDeal transactions, one block each. (With automine
// off, EDR re-validates its whole mempool on every new transaction, so batching 10,000 transactions
// into a few blocks is quadratic: ~1 ms per transaction mined one per block against >10 ms batched.)
const GAS_PARAMS: Params = {
  periodBlocks: 12_000,
  proofWindow: 200,
  challengesPerHeartbeat: 4,
  minStake: 1_000n,
  unbondingDelay: 10,
  minCollateralBps: 5_000,
  slashBps: 1_000,
  reporterBountyBps: 2_000,
  disqualifyAfterMisses: 3,
};

// Every deal of every farmer has the same shape: 16 shards of 4096 leaves (1 MiB) except a last one of
// 4000, ~16 MiB. Every leaf's path is 12 + 4 = 16 siblings, and the size is just under a power of two so
// the pick's rejection sampler almost always accepts its first candidate, for every farmer alike.
const SHARD_LEAVES = 4096;
const LEAVES = 15 * 4096 + 4000;
const PATH = 16;

// A contract whose every call returns the ERC-1271 magic value 0x1626ba7e: while a bulk farmer or renter
// delegates to it (EIP-7702 designator set with hardhat_setCode) any signature of theirs is valid, so
// 10,000 deals need no 20,000 ECDSA signatures in JavaScript. The designator is removed before the
// heartbeats, which are then sent by plain EOAs. The createDeal row is measured with ECDSA signatures.
const ALWAYS_VALID_1271 = "0x631626ba7e60e01b5f5260205ff3";
const DELEGATE = "0x00000000000000000000000000000000000a11ce";

describe("gas table (hardfork osaka)", function () {
  it("measures every operation and keeps heartbeats flat in the number of deals", async function () {
    const conn = await network.create();
    const { ethers, networkHelpers } = conn;
    expect(conn.networkConfig.type).to.equal("edr-simulated");
    const hardfork = (conn.networkConfig as any).hardfork as string;
    expect(hardfork).to.equal("osaka");

    const m = await Market.deploy(conn, GAS_PARAMS);
    const { market, token } = m;
    const [, f1, f100, f10k, r1, rBulk, reporter, newFarmer] = m.signers;
    const rows: [string, bigint][] = [];
    const gasOf = async (txp: Promise<any>): Promise<bigint> => {
      const rc = await (await txp).wait();
      expect(rc.status).to.equal(1);
      return rc.gasUsed as bigint;
    };

    // --- stake and announce, on a fresh farmer (first stake, first announce).
    await m.fund(newFarmer.address, 10_000n);
    await m.approve(newFarmer, 10_000n);
    rows.push(["stake (first)", await gasOf(market.connect(newFarmer).stake(10_000n))]);
    // A 38-byte libp2p Ed25519 peer id and two multiaddrs (/ip4/…/tcp/4001 and /ip4/…/udp/4001/quic-v1).
    const peerId = "0x002408011220" + "5a".repeat(32);
    const addrs = "0x" + "04c0a80001060fa1" + "04c0a8000191020fa1cc03";
    rows.push([
      "announce (first)",
      await gasOf(market.connect(newFarmer).announce(peerId, addrs, 1_000n, 1n << 40n)),
    ]);

    // --- farmers and renters
    const tree = DealTree.random("gas", LEAVES, SHARD_LEAVES);
    expect(tree.shards).to.equal(16);
    expect(tree.pathLength(0)).to.equal(PATH);
    expect(tree.pathLength(LEAVES - 1)).to.equal(PATH);
    const price = 1n;
    const periods = 10;
    const collateral = 5n; // price * periods * 50%
    await m.setupFarmer(f1, 10_000n);
    await m.setupFarmer(f100, 10_000n);
    await m.setupFarmer(f10k, 60_000n);
    await m.fund(r1.address, 1_000n);
    await m.fund(rBulk.address, 200_000n);
    await m.approve(rBulk, 200_000n);

    // --- createDeal, with ECDSA signatures (f1's only deal, sent by the renter, escrow by allowance).
    const t1 = m.terms(r1.address, f1.address, tree, { pricePerPeriod: 10n, periods: 2, collateral: 10n });
    await m.approve(r1, 20n);
    const sigs = [await m.sign(r1, t1), await m.sign(f1, t1)];
    const createRc = await (await market.connect(r1).createDeal(t1, ...sigs)).wait();
    rows.push(["createDeal", createRc.gasUsed]);
    const d1 = m.dealIdOf(createRc);
    m.trees.set(d1, tree);

    // --- bulk deals: f100 gets 100, f10k 10,000, all from rBulk, in period 0.
    await networkHelpers.setCode(DELEGATE, ALWAYS_VALID_1271);
    const designator = "0xef0100" + DELEGATE.slice(2);
    for (const a of [f100, f10k, rBulk]) await networkHelpers.setCode(a.address, designator);
    // createDeal calldata differs between bulk deals only in the nonce word (field 8 of the inline
    // tuple): encode once, patch the nonce.
    const template = m.terms(rBulk.address, f100.address, tree, { pricePerPeriod: price, periods, collateral, nonce: 0n });
    const encode = (t: Terms) => market.interface.encodeFunctionData("createDeal", [t, "0x", "0x"]) as string;
    const NONCE_AT = 2 + 8 + 8 * 64;
    const bulk = async (farmer: Account, firstNonce: bigint, n: number) => {
      const base = encode({ ...template, farmer: farmer.address });
      expect(encode({ ...template, farmer: farmer.address, nonce: 12345n })).to.equal(
        base.slice(0, NONCE_AT) + (12345).toString(16).padStart(64, "0") + base.slice(NONCE_AT + 64),
      );
      const first = (await market.dealCount()) + 1n;
      for (let k = 0n; k < BigInt(n); k++) {
        const data = base.slice(0, NONCE_AT) + (firstNonce + k).toString(16).padStart(64, "0") + base.slice(NONCE_AT + 64);
        await ethers.provider.send("eth_sendTransaction", [{ from: farmer.address, to: m.address, data, gas: "0x7a120" }]);
      }
      for (let id = first; id < first + BigInt(n); id++) m.trees.set(id, tree);
    };
    const t0 = Date.now();
    await bulk(f100, 1n, 100);
    await bulk(f10k, 101n, 10_000);
    console.log(`      10,100 bulk deals created in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const a of [f100, f10k, rBulk]) await networkHelpers.setCode(a.address, "0x");
    expect(await market.dealCount()).to.equal(10_101n);
    expect(await m.period()).to.equal(0, "all deals must be created in period 0");
    expect((await m.getFarmer(f10k.address)).liveDeals).to.equal(10_000n);
    expect((await m.getFarmer(f10k.address)).locked).to.equal(50_000n);

    // --- period 1: the queued activations join the sets after seedBlock(1).
    await m.toWindow(1);
    // 10,000 activations cannot fit one transaction under the 2^24 cap: plain flush runs out of gas.
    let flushAll = "";
    try {
      await market.flush.estimateGas(f10k.address);
    } catch (e: any) {
      flushAll = String(e.message);
    }
    console.log(`      plain flush of 10,000 activations: ${flushAll.split("\n")[0].slice(0, 160)}`);
    expect(flushAll).to.match(/gas/i, "flush of 10,000 activations must not fit one transaction");
    const flushGas: bigint[] = [];
    for (;;) {
      const f = await m.getFarmer(f10k.address);
      if (f.queueHead === f.queueTail) break;
      flushGas.push(await gasOf(market.flushSome(f10k.address, FLUSH_BATCH)));
    }
    expect(flushGas.length).to.equal(10_000 / FLUSH_BATCH);
    expect((await m.getFarmer(f10k.address)).totalLeaves).to.equal(10_000n * BigInt(LEAVES));
    const perActivation = flushGas[1] / BigInt(FLUSH_BATCH);
    expect(flushGas[1]).to.be.lessThan(16_777_216n);
    for (const f of [f1, f100]) await (await market.flush(f.address)).wait();
    for (const f of [f1, f100, f10k]) await m.heartbeat(f); // first proof of each: same storage writes

    // --- period 2: steady state (nothing queued, proven-bits word already written): the measured heartbeats.
    await m.toWindow(2);
    const hb: bigint[] = [];
    for (const f of [f1, f100, f10k]) hb.push((await m.heartbeat(f)).gasUsed);
    rows.push(["heartbeat, 1 live deal", hb[0]]);
    rows.push(["heartbeat, 100 live deals", hb[1]]);
    rows.push(["heartbeat, 10,000 live deals", hb[2]]);

    // --- renter challenge and answer (f1's deal d1 runs periods 1 and 2).
    const chRc = await (await market.connect(r1).challenge(d1)).wait();
    rows.push(["challenge (renter)", chRc.gasUsed]);
    const ans = await m.answerArgs(d1);
    rows.push(["answerChallenge", await gasOf(market.connect(f1).answerChallenge(...ans))]);

    // --- settle d1 in period 3 (its end): f1 earns both proven periods. f1 then misses period 3.
    await m.toPeriod(3, 1);
    const settleRc = await (await market.settle(d1)).wait();
    rows.push(["settle", settleRc.gasUsed]);
    const settled = market.interface.parseLog(settleRc.logs.find((l: any) => market.interface.parseLog(l)?.name === "DealSettled"));
    expect(settled!.args.earned).to.equal(20n);
    await m.toPeriod(4, 1);
    rows.push(["reportMissed", await gasOf(market.connect(reporter).reportMissed(f1.address, 3))]);

    // --- withdraw (f1's earnings; the balance slot is emptied).
    const before: bigint = await token.balanceOf(f1.address);
    rows.push(["withdraw", await gasOf(market.connect(f1).withdraw())]);
    expect((await token.balanceOf(f1.address)) - before).to.equal(20n);

    rows.push([`flushSome, per queued activation (batches of ${FLUSH_BATCH})`, perActivation]);

    // --- the table
    const lines = [
      `| operation (hardfork ${hardfork}) | gas |`,
      "|---|---:|",
      ...rows.map(([op, gas]) => `| ${op} | ${gas.toLocaleString("en-US")} |`),
    ];
    const notes = [
      "",
      `Measured by hardhat/test/gas.test.ts: gasUsed of transaction receipts on Hardhat's edr-simulated network,`,
      `hardfork ${hardfork}, solc 0.8.28 via-IR, optimizer 200 runs, EVM target cancun. challengesPerHeartbeat = 4; every deal is`,
      `${LEAVES} leaves of 256 bytes (~16 MiB) in shards of ${SHARD_LEAVES} leaves (1 MiB), so each challenge carries a`,
      `256-byte leaf and ${PATH} path nodes. Heartbeats are measured in steady state (no queued set changes, the period's`,
      `proven-bits word already written). "first" rows write fresh storage.`,
    ];
    const table = lines.join("\n");
    console.log("\n" + table + "\n");
    mkdirSync(fileURLToPath(new URL("../cache", import.meta.url)), { recursive: true });
    writeFileSync(fileURLToPath(new URL("../cache/gas-table.md", import.meta.url)), ["# Gas table", "", table, ...notes, ""].join("\n"));

    // Flat heartbeats. 100 and 10,000 deals cost about the same: each challenge reads a deal's cold
    // storage either way. With a single deal the 2nd-4th challenges find its slots warm (EIP-2929,
    // ~24k gas cheaper). The seed is a block hash, different every run, so two of the 4 challenges
    // may land on one deal (~6% of heartbeats over 100 deals, ~0.06% over 10,000: one warm
    // challenge, ~8k cheaper) and rejection sampling may take an extra attempt (~2k): 10,000 deals
    // may cost a few percent more than 100, never in proportion (100x the deals here). One run
    // measured 171,687 / 187,719 / 195,973.
    const max = hb.reduce((a, b) => (a > b ? a : b));
    const min = hb.reduce((a, b) => (a < b ? a : b));
    expect(Number(max) / Number(min)).to.be.lessThan(1.15, `heartbeat gas ${hb.join(" / ")}`);
    expect(Number(hb[2]) / Number(hb[1])).to.be.lessThan(1.08, `heartbeat gas ${hb.join(" / ")}`);
    await conn.close();
  });
});

// AgreementMarket: every rule that moves money, each with a test that tries to break it.
import { network } from "hardhat";
import { expect } from "chai";
import { ZERO32 } from "./merkle.js";
import { A_UNIT, AM, AgreementTree, STAKE, acast, aworld, rateFor, revisionOf, type AParams } from "./agreements-helpers.js";

const conn = await network.create();
const { networkHelpers, ethers } = conn;
const P = A_UNIT.periodSeconds;
const G = A_UNIT.graceSeconds;
const A = AgreementTree.random("core-a", [4, 3, 1]); // 8 leaves, 3 shards: rate 8 per period
const A2 = AgreementTree.random("core-a2", [4, 3, 1, 8]); // 16 leaves: rate 16
const B = AgreementTree.random("core-b", [2, 2]); // 4 leaves

/** f1 holds agreement 1 with r1 (A, collateral 500, escrow 10,000, end 10), revised in period 1: live from 2. */
async function base(): Promise<AM> {
  const m = await aworld(conn);
  const { f1, r1 } = acast(m);
  await m.enter(1);
  const id = await m.open(r1, f1);
  expect(id).to.equal(1n);
  await m.revise(id, r1, f1, A);
  return m;
}
const world0 = () => aworld(conn);
const load = async () => (await networkHelpers.loadFixture(base)).clone();

describe("AgreementMarket: open", function () {
  it("opens an empty agreement: pulls the escrow, locks the collateral", async function () {
    const m = (await networkHelpers.loadFixture(world0)).clone();
    const { f1, r1 } = acast(m);
    await m.enter(1);
    const t = m.terms(r1, f1);
    await m.approve(r1, 10_000n);
    const tx = m.market.connect(r1).open(t, await m.signOpen(f1, t), 10_000n);
    await expect(tx).to.emit(m.market, "AgreementOpened").withArgs(1n, r1.address, f1.address, t.pricePerGiB, 500n, 10_000n, 1n, 10n);
    await expect(tx).to.changeTokenBalances(ethers, m.token, [r1.address, m.address], [-10_000n, 10_000n]);
    const a = await m.ag(1n);
    expect([a.leaves, a.shards, a.number, a.root, a.escrow, a.collateral, a.startPeriod, a.liveFrom, a.status]).to.deep.equal([0n, 0n, 0n, ZERO32, 10_000n, 500n, 1n, 0n, 1n]);
    const f = await m.farmer(f1.address);
    expect([f.free, f.locked]).to.deep.equal([STAKE - 500n, 500n]);
    expect(await m.market.usedNonce(f1.address, t.nonce)).to.equal(true);
  });

  it("refuses: sender not the renter, wrong signer, replayed or cancelled nonce, expired, past end, short stake", async function () {
    const m = (await networkHelpers.loadFixture(world0)).clone();
    const { f1, f2, r1, r2 } = acast(m);
    await m.enter(1);
    await m.approve(r1, 100_000n);
    const t = m.terms(r1, f1);
    const sig = await m.signOpen(f1, t);
    await expect(m.market.connect(f1).open(t, sig, 0n)).to.be.revertedWithCustomError(m.market, "NotRenter");
    await expect(m.market.connect(r2).open(t, sig, 0n)).to.be.revertedWithCustomError(m.market, "NotRenter");
    await expect(m.market.connect(r1).open(t, await m.signOpen(f2, t), 0n)).to.be.revertedWithCustomError(m.market, "BadSignature").withArgs(f1.address);
    await expect(m.market.connect(r1).open({ ...t, collateral: 501n }, sig, 0n)).to.be.revertedWithCustomError(m.market, "BadSignature");
    await (await m.market.connect(r1).open(t, sig, 0n)).wait();
    await expect(m.market.connect(r1).open(t, sig, 0n)).to.be.revertedWithCustomError(m.market, "NonceUsed");
    const t2 = m.terms(r1, f1);
    const sig2 = await m.signOpen(f1, t2);
    await (await m.market.connect(f1).cancelNonce(t2.nonce)).wait();
    await expect(m.market.connect(r1).open(t2, sig2, 0n)).to.be.revertedWithCustomError(m.market, "NonceUsed");
    const t3 = m.terms(r1, f1, { deadline: BigInt(await m.now()) });
    await expect(m.market.connect(r1).open(t3, await m.signOpen(f1, t3), 0n)).to.be.revertedWithCustomError(m.market, "Expired");
    const t4 = m.terms(r1, f1, { endPeriod: 1 });
    await expect(m.market.connect(r1).open(t4, await m.signOpen(f1, t4), 0n)).to.be.revertedWithCustomError(m.market, "BadTerms");
    const t5 = m.terms(r1, f1, { collateral: STAKE - 500n - 999n });
    await expect(m.market.connect(r1).open(t5, await m.signOpen(f1, t5), 0n))
      .to.be.revertedWithCustomError(m.market, "InsufficientStake").withArgs(STAKE - 500n, STAKE - 500n - 999n + 1000n);
  });

  it("openWithPermit: a front-run permit does not break it, and a larger allowance is not overwritten", async function () {
    const m = (await networkHelpers.loadFixture(world0)).clone();
    const { f1, r1, outsider } = acast(m);
    await m.enter(1);
    const t = m.terms(r1, f1);
    const { v, r, s } = await m.signPermit(r1, 1_000n, FAR_DL);
    // Someone sees the permit in the mempool and submits it first.
    await (await m.token.connect(outsider).permit(r1.address, m.address, 1_000n, FAR_DL, v, r, s)).wait();
    await expect(m.market.connect(r1).openWithPermit(t, await m.signOpen(f1, t), 1_000n, FAR_DL, v, r, s)).to.emit(m.market, "AgreementOpened");
    // A renter with a larger allowance: the permit is not even called.
    await m.approve(r1, 50_000n);
    const t2 = m.terms(r1, f1);
    const p2 = await m.signPermit(r1, 1_000n, FAR_DL);
    await (await m.market.connect(r1).openWithPermit(t2, await m.signOpen(f1, t2), 1_000n, FAR_DL, p2.v, p2.r, p2.s)).wait();
    expect(await m.token.allowance(r1.address, m.address)).to.equal(49_000n);
  });
});

const FAR_DL = 1n << 40n;

describe("AgreementMarket: revisions", function () {
  it("applies a co-signed revision: live from the next period, obliges the farmer", async function () {
    const m = await load();
    const { f1 } = acast(m);
    const a = await m.ag(1n);
    expect([a.number, a.root, a.leaves, a.shards, a.liveFrom, a.accruedTo]).to.deep.equal([1n, A.root, 8n, 3n, 2n, 0n]);
    expect(await m.market.rateOf(1n)).to.equal(8n);
    const f = await m.farmer(f1.address);
    expect([f.obligedFrom, f.obligedUntil]).to.deep.equal([2n, 10n]);
  });

  it("refuses: a wrong signer, a replayed or older number, a shorter end, a bad shape, escrow too low", async function () {
    const m = await load();
    const { f1, r1, r2, outsider } = acast(m);
    const { r, rs, fs } = await m.nextRevision(1n, r1, f1, A2);
    await expect(m.market.connect(outsider).postRevision(r, await m.signRevision(r2, r), fs)).to.be.revertedWithCustomError(m.market, "BadSignature").withArgs(r1.address);
    await expect(m.market.connect(outsider).postRevision(r, rs, await m.signRevision(r1, r))).to.be.revertedWithCustomError(m.market, "BadSignature").withArgs(f1.address);
    // The renter sending it needs only the farmer's signature; anyone else needs both.
    await (await m.market.connect(r1).postRevision(r, "0x", fs)).wait();
    m.record(r, A2);
    await expect(m.market.connect(outsider).postRevision(r, rs, fs)).to.be.revertedWithCustomError(m.market, "StaleRevision").withArgs(2n);
    const old = revisionOf(1n, 1n, A, 10);
    await expect(m.market.connect(r1).postRevision(old, "0x", await m.signRevision(f1, old))).to.be.revertedWithCustomError(m.market, "StaleRevision");
    const shorter = revisionOf(1n, 3n, A, 9);
    await expect(m.market.connect(r1).postRevision(shorter, "0x", await m.signRevision(f1, shorter))).to.be.revertedWithCustomError(m.market, "EndShortened").withArgs(10n);
    for (const bad of [{ leaves: 0n, shards: 1n }, { leaves: 3n, shards: 0n }, { leaves: 2n, shards: 3n }]) {
      const rv = { ...revisionOf(1n, 3n, A, 10), ...bad };
      await expect(m.market.connect(r1).postRevision(rv, "0x", await m.signRevision(f1, rv))).to.be.revertedWithCustomError(m.market, "BadRevision");
    }
    // Escrow 10,000 cannot cover 2,000 leaves for periods 1..10.
    const big = AgreementTree.random("big", [1000, 1000]);
    const rv = revisionOf(1n, 3n, big, 10);
    await expect(m.market.connect(r1).postRevision(rv, "0x", await m.signRevision(f1, rv)))
      .to.be.revertedWithCustomError(m.market, "EscrowTooLow").withArgs(2000n * 10n, 10_000n); // periods 1..10: the current one is charged
    await m.approve(r1, 10_000n);
    await expect(m.market.connect(r1).deposit(1n, 10_000n)).to.emit(m.market, "Deposited").withArgs(1n, 10_000n);
    await (await m.market.connect(r1).postRevision(rv, "0x", await m.signRevision(f1, rv))).wait();
  });

  it("charges the old rate up to the last completed period before changing it", async function () {
    const m = await load();
    const { f1, r1 } = acast(m);
    await m.enter(4);
    await m.revise(1n, r1, f1, A2); // periods 2..3 at 8 (period 1 was empty: nothing), from 4 at 16
    const a = await m.ag(1n);
    expect([a.accrued, a.accruedTo, a.vindicated]).to.deep.equal([8n * 3n, 3n, 0n]);
  });
});

describe("AgreementMarket: heartbeats", function () {
  it("proves a due agreement: vindicates its pay, sets the period's bit", async function () {
    const m = await load();
    const { f1 } = acast(m);
    await m.enter(2);
    expect(await m.market.isDue(1n, 2)).to.equal(true); // q = 100%
    const rc = await m.heartbeat(f1, 2, [1n]);
    expect(m.events(rc, "AgreementProven").map((e) => e.id)).to.deep.equal([1n]);
    const a = await m.ag(1n);
    expect([a.accrued, a.vindicated, a.accruedTo, a.lastProven, a.provenMask]).to.deep.equal([16n, 16n, 2n, 2n, 1n]);
    expect(await m.market.provenBits(f1.address, 0)).to.equal(1n << 2n);
    await expect(m.market.connect(f1).heartbeat(2, [], await m.proofs([1n], 2))).to.be.revertedWithCustomError(m.market, "AlreadyProven");
  });

  it("is accepted from the seed until just before periodStart(p+1) + grace, and not before the seed exists", async function () {
    const m = await load();
    const { f1 } = acast(m);
    await m.at(m.periodStart(2) + 10);
    await (await m.market.poke()).wait(); // beacon recorded at block b; the seed needs block b+1 sealed
    const bb = (await m.ethers.provider.getBlockNumber());
    await expect(m.market.connect(f1).heartbeat(2, [], [])).to.be.revertedWithCustomError(m.market, "SeedNotReady").withArgs(bb);
    await networkHelpers.mine(2);
    // Half-open: the last second of the window is periodStart(3) + G - 1; at periodStart(3) + G the
    // report window opens instead (never both in one block).
    const late = await m.proofs([1n], 2);
    await m.at(m.periodStart(3) + G);
    await expect(m.market.connect(f1).heartbeat(2, [], late)).to.be.revertedWithCustomError(m.market, "OutsideWindow");
    await expect(m.market.connect(f1).heartbeat(5, [], [])).to.be.revertedWithCustomError(m.market, "OutsideWindow");
  });

  it("refuses a proof against an older revision's root once a newer one is posted", async function () {
    const m = await load();
    const { f1, r1 } = acast(m);
    await m.enter(2);
    const seed = await m.seed(2);
    const stale = A.proof(1n, seed);
    await m.revise(1n, r1, f1, A2);
    await expect(m.market.connect(f1).heartbeat(2, [], [stale])).to.be.revertedWithCustomError(m.market, "InvalidProof").withArgs(1n);
    await (await m.market.connect(f1).heartbeat(2, [], [A2.proof(1n, seed)])).wait();
  });

  it("refuses duplicate or unordered proof ids, another farmer's agreement, an empty agreement, a corrupted leaf", async function () {
    const m = await load();
    const { f1, f2, r1, r2 } = acast(m);
    const id2 = await m.open(r2, f1);
    await m.revise(id2, r2, f1, B);
    const id3 = await m.open(r1, f2);
    await m.revise(id3, r1, f2, B);
    const id4 = await m.open(r2, f1); // stays empty
    await m.enter(2);
    const pr = await m.proofs([1n, id2], 2);
    await expect(m.market.connect(f1).heartbeat(2, [], [pr[0], pr[0]])).to.be.revertedWithCustomError(m.market, "ProofsNotIncreasing");
    await expect(m.market.connect(f1).heartbeat(2, [], [pr[1], pr[0]])).to.be.revertedWithCustomError(m.market, "ProofsNotIncreasing");
    await expect(m.market.connect(f1).heartbeat(2, [], await m.proofs([id3], 2))).to.be.revertedWithCustomError(m.market, "NotFarmer");
    const fake = { ...B.proof(id4, await m.seed(2)), agreementId: id4 };
    await expect(m.market.connect(f1).heartbeat(2, [], [fake])).to.be.revertedWithCustomError(m.market, "NotLive").withArgs(id4);
    const bad = { ...pr[0], leaf: "0x" + "ab".repeat(256) };
    await expect(m.market.connect(f1).heartbeat(2, [], [bad])).to.be.revertedWithCustomError(m.market, "InvalidProof").withArgs(1n);
    const short = { ...pr[0], treePath: pr[0].treePath.slice(1) };
    await expect(m.market.connect(f1).heartbeat(2, [], [short])).to.be.revertedWithCustomError(m.market, "InvalidProof");
    await (await m.market.connect(f1).heartbeat(2, [], pr)).wait();
  });

  it("applies renter-signed revisions carried by the heartbeat before its proofs", async function () {
    const m = await load();
    const { f1, r1 } = acast(m);
    await m.enter(2);
    const { r, rs } = await m.nextRevision(1n, r1, f1, A2);
    const seed = await m.seed(2);
    await (await m.market.connect(f1).heartbeat(2, [{ rev: r, renterSig: rs }], [A2.proof(1n, seed)])).wait();
    expect((await m.ag(1n)).root).to.equal(A2.root);
    const r3 = revisionOf(1n, 3n, A, 10);
    await m.enter(3);
    await expect(m.market.connect(f1).heartbeat(3, [{ rev: r3, renterSig: await m.signRevision(f1, r3) }], [])).to.be.revertedWithCustomError(m.market, "BadSignature").withArgs(r1.address);
  });
});

/** f1 with agreement 1 live from period 2; f1 proves period 2 honestly. */
async function proven2(): Promise<AM> {
  const m = await base();
  await m.enter(2);
  await m.heartbeat(acast(m).f1, 2, [1n]);
  return m;
}
const loadProven = async () => (await networkHelpers.loadFixture(proven2)).clone();

const HISTORY = "0x0000F90827F1C53a10cb7A02335B175320002935";
const EIP2935_CODE =
  "0x3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500";

describe("AgreementMarket: seeds and liveness", function () {
  it("a revision withheld by the renter and posted late cannot make a past period due", async function () {
    const m = (await networkHelpers.loadFixture(world0)).clone();
    const { f1, r1, reporter } = acast(m);
    await m.enter(1);
    const id = await m.open(r1, f1);
    const { r, fs } = await m.nextRevision(id, r1, f1, A); // co-signed in period 1, kept back by the renter
    await m.enter(2);
    await m.heartbeat(f1, 2, []); // nothing live on chain
    await m.enter(3);
    await (await m.market.connect(r1).postRevision(r, "0x", fs)).wait();
    expect((await m.ag(id)).liveFrom).to.equal(4n);
    expect(await m.market.isDue(id, 2)).to.equal(false);
    await m.at(m.periodStart(3) + G + 1);
    await expect(m.market.connect(reporter).reportUnproven(id, 2)).to.be.revertedWithCustomError(m.market, "NotLive").withArgs(id);
  });

  it("reads the beacon's next block hash from EIP-2935 once blockhash has forgotten it, and keeps the seed once stored", async function () {
    const m = (await networkHelpers.loadFixture(world0)).clone();
    await m.enter(1);
    const early = await m.seed(1);
    // EDR puts a stand-in at the EIP-2935 address; install the EIP's runtime code and the slot the system
    // call would have written for the block after the beacon (block % 8191).
    await networkHelpers.setCode(HISTORY, EIP2935_CODE);
    const [bb] = await m.beacon(1);
    const next = await m.ethers.provider.getBlock(bb + 1);
    await networkHelpers.setStorageAt(HISTORY, (bb + 1) % 8191, next!.hash!);
    await networkHelpers.mine(300); // blockhash covers 256 blocks
    expect(await m.seed(1)).to.equal(early);
    await (await m.market.poke()).wait(); // stores it
    await networkHelpers.mine(8200); // beyond EIP-2935's 8,191 blocks too
    expect(await m.seed(1)).to.equal(early);
  });
});

describe("AgreementMarket: reportMissed", function () {
  it("slashes ceil((free + unbonding) * slashBps), pays the bounty, burns the rest; window and double report", async function () {
    const m = await loadProven();
    const { f1, reporter } = acast(m);
    await m.at(m.periodStart(4) + G - 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 3)).to.be.revertedWithCustomError(m.market, "ReportTooEarly");
    await expect(m.market.connect(reporter).reportMissed(f1.address, 2)).to.be.revertedWithCustomError(m.market, "AlreadyProven");
    const free = STAKE - 500n;
    const slash = (free * 1000n + 9999n) / 10_000n;
    const bounty = (slash * 2000n) / 10_000n;
    const supply: bigint = await m.token.totalSupply();
    await m.at(m.periodStart(4) + G); // (reverted calls mine no block)
    const tx = m.market.connect(reporter).reportMissed(f1.address, 3);
    await expect(tx).to.emit(m.market, "MissReported").withArgs(f1.address, 3n, reporter.address, slash, bounty);
    await expect(tx).to.changeTokenBalances(ethers, m.token, [m.address], [-(slash - bounty)]);
    expect(await m.token.totalSupply()).to.equal(supply - (slash - bounty));
    expect(await m.balance(reporter.address)).to.equal(bounty);
    expect((await m.farmer(f1.address)).free).to.equal(free - slash);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 3)).to.be.revertedWithCustomError(m.market, "AlreadyReported");
    await m.at(m.periodStart(3 + 1 + A_UNIT.reportPeriods));
    await expect(m.market.connect(reporter).reportMissed(f1.address, 4)).to.emit(m.market, "MissReported");
    await expect(m.market.connect(reporter).reportMissed(f1.address, 3 - 0)).to.be.revertedWithCustomError(m.market, "ReportTooLate");
  });

  it("refuses periods in which the farmer owed nothing", async function () {
    const m = await loadProven();
    const { f1, f2, reporter } = acast(m);
    await m.at(m.periodStart(3) + G + 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 1)).to.be.revertedWithCustomError(m.market, "NotObliged");
    await expect(m.market.connect(reporter).reportMissed(f2.address, 2)).to.be.revertedWithCustomError(m.market, "NotObliged");
  });

  it("slashes unbonding stake too (requestUnstake does not escape)", async function () {
    const m = await loadProven();
    const { f1, reporter } = acast(m);
    await m.at(m.periodStart(3) + 100);
    await (await m.market.connect(f1).requestUnstake(STAKE - 500n)).wait();
    await m.at(m.periodStart(4) + G);
    const slash = ((STAKE - 500n) * 1000n + 9999n) / 10_000n;
    await expect(m.market.connect(reporter).reportMissed(f1.address, 3)).to.emit(m.market, "MissReported").withArgs(f1.address, 3n, reporter.address, slash, (slash * 2000n) / 10_000n);
    const f = await m.farmer(f1.address);
    expect([f.free, f.unbonding]).to.deep.equal([0n, STAKE - 500n - slash]);
    await expect(m.market.connect(f1).withdrawStake()).to.be.revertedWithCustomError(m.market, "Unbonding");
  });

  it("disqualifies after disqualifyAfterMisses unproven periods, and when the stake falls under minStake", async function () {
    const m = await loadProven();
    const { f1, reporter } = acast(m);
    await m.at(m.periodStart(6) + G);
    for (const p of [3, 4]) await expect(m.market.connect(reporter).reportMissed(f1.address, p)).to.not.emit(m.market, "Disqualified");
    await expect(m.market.connect(reporter).reportMissed(f1.address, 5)).to.emit(m.market, "Disqualified").withArgs(f1.address, 5n);
    const f = await m.farmer(f1.address);
    expect([f.disqualified, f.dqPeriod]).to.deep.equal([true, 5n]);
    // A 1,000-stake farmer: one slash takes it under minStake.
    const m2 = (await networkHelpers.loadFixture(world0)).clone();
    const { f3, r2 } = acast(m2);
    await m2.stake(f3, 1_100n);
    await m2.fund(r2.address, 100_000n);
    await m2.enter(1);
    const id = await m2.open(r2, f3, { collateral: 100n });
    await m2.revise(id, r2, f3, B);
    await m2.at(m2.periodStart(3) + G);
    await expect(m2.market.connect(reporter).reportMissed(f3.address, 2)).to.emit(m2.market, "Disqualified").withArgs(f3.address, 2n);
  });

  it("ignores a proven period in the run: misses 3, 5, 6 with 4 proven do not disqualify at 5", async function () {
    const m = await loadProven();
    const { f1, reporter } = acast(m);
    await m.enter(4);
    await m.heartbeat(f1, 4, [1n]);
    await m.at(m.periodStart(7) + G);
    for (const p of [5, 6]) await expect(m.market.connect(reporter).reportMissed(f1.address, p)).to.not.emit(m.market, "Disqualified");
  });
});

describe("AgreementMarket: reportUnproven", function () {
  it("fails a due agreement the heartbeat left out: bounty of the collateral, the rest and the unvindicated escrow to the renter", async function () {
    const m = await loadProven();
    const { f1, r1, reporter } = acast(m);
    await m.enter(3);
    await m.heartbeat(f1, 3, []); // leaves the due agreement out
    await m.at(m.periodStart(4) + G - 1);
    await expect(m.market.connect(reporter).reportUnproven(1n, 3)).to.be.revertedWithCustomError(m.market, "ReportTooEarly");
    await m.at(m.periodStart(4) + G);
    const tx = m.market.connect(reporter).reportUnproven(1n, 3);
    // vindicated 16 (periods 1..2); the farmer gets it, the renter 10,000 - 16 + 400 of the collateral.
    await expect(tx).to.emit(m.market, "AgreementFailed").withArgs(1n, 1n, reporter.address);
    await expect(tx).to.emit(m.market, "AgreementSettled").withArgs(1n, 16n, 10_000n - 16n + 400n);
    await expect(tx).to.changeTokenBalances(ethers, m.token, [f1.address, r1.address, reporter.address, m.address], [16n, 10_000n - 16n + 400n, 100n, -10_500n]);
    const f = await m.farmer(f1.address);
    expect([f.free, f.locked]).to.deep.equal([STAKE - 500n, 0n]);
    await expect(m.market.connect(reporter).reportUnproven(1n, 3)).to.be.revertedWithCustomError(m.market, "AgreementNotOpen");
  });

  it("refuses a proven agreement, a period without heartbeat, and a not-live period", async function () {
    const m = await loadProven();
    const { f1, reporter } = acast(m);
    await m.at(m.periodStart(4) + G);
    await expect(m.market.connect(reporter).reportUnproven(1n, 2)).to.be.revertedWithCustomError(m.market, "WasProven");
    await expect(m.market.connect(reporter).reportUnproven(1n, 3)).to.be.revertedWithCustomError(m.market, "NoHeartbeat");
    await expect(m.market.connect(reporter).reportUnproven(1n, 1)).to.be.revertedWithCustomError(m.market, "NotLive");
    // A later proof does not erase an omission: prove 4 (with the agreement), then report 3 after leaving it out.
    void f1;
  });

  it("a proof in a later period does not erase an omission", async function () {
    const m = await loadProven();
    const { f1, reporter } = acast(m);
    await m.enter(3);
    await m.heartbeat(f1, 3, []);
    await m.enter(4, 1); // heartbeat for 4 lands inside period 3's grace, before its report window
    await m.heartbeat(f1, 4, [1n]);
    await m.at(m.periodStart(4) + G);
    await expect(m.market.connect(reporter).reportUnproven(1n, 3)).to.emit(m.market, "AgreementFailed");
  });

  it("refuses an agreement that was not due (q = 1 bp)", async function () {
    const params: AParams = { ...A_UNIT, sampleBps: 1 };
    const m = await aworld(conn, params);
    const { f1, r1, reporter } = acast(m);
    await m.enter(1);
    const id = await m.open(r1, f1);
    await m.revise(id, r1, f1, A);
    let p = 2;
    for (; p < 10; p++) {
      await m.enter(p);
      if (!(await m.market.isDue(id, p))) break;
    }
    expect(await m.market.isDue(id, p)).to.equal(false);
    await m.heartbeat(f1, p, []);
    await m.at(m.periodStart(p + 1) + G);
    await expect(m.market.connect(reporter).reportUnproven(id, p)).to.be.revertedWithCustomError(m.market, "NotDue");
  });
});

describe("AgreementMarket: renter challenges", function () {
  it("costs a fee, one open at a time; answered: fee to the farmer, vindicates pay", async function () {
    const m = await loadProven();
    const { f1, r1 } = acast(m);
    await m.enter(4);
    await m.approve(r1, 100n);
    await expect(m.market.connect(r1).challenge(1n)).to.changeTokenBalances(ethers, m.token, [r1.address, m.address], [-10n, 10n]);
    await expect(m.market.connect(r1).challenge(1n)).to.be.revertedWithCustomError(m.market, "ChallengeOpen");
    await expect(m.market.connect(f1).challenge(1n)).to.be.revertedWithCustomError(m.market, "NotRenter");
    await expect(m.market.challengeSeedOf(1n)).to.be.revertedWithCustomError(m.market, "ChallengeNotReady");
    await networkHelpers.mine(2);
    const seed = await m.market.challengeSeedOf(1n);
    await expect(m.market.connect(f1).answerChallenge(1n, { ...A.proof(1n, seed), leaf: "0x" + "00".repeat(256) })).to.be.revertedWithCustomError(m.market, "InvalidProof");
    await expect(m.market.connect(f1).answerChallenge(1n, A.proof(1n, seed))).to.emit(m.market, "ChallengeAnswered").withArgs(1n);
    expect(await m.balance(f1.address)).to.equal(10n);
    const a = await m.ag(1n);
    expect([a.vindicated, a.accruedTo, a.lastProven]).to.deep.equal([8n * 2n + 8n, 3n, 2n]); // to period 3, not a period proof
    await expect(m.market.connect(r1).challenge(1n)).to.emit(m.market, "ChallengeIssued");
  });

  it("unanswered: anyone fails the agreement, fee and collateral to the renter, no slash, no disqualification", async function () {
    const m = await loadProven();
    const { f1, r1, reporter } = acast(m);
    await m.enter(3);
    await m.approve(r1, 10n);
    await (await m.market.connect(r1).challenge(1n)).wait();
    await networkHelpers.mine(2);
    const a = await m.ag(1n);
    await expect(m.market.connect(reporter).claimChallenge(1n)).to.be.revertedWithCustomError(m.market, "ChallengeNotExpired");
    const seed = await m.market.challengeSeedOf(1n);
    await m.at(Number(a.challengeDeadline) + 1);
    await expect(m.market.connect(f1).answerChallenge(1n, A.proof(1n, seed))).to.be.revertedWithCustomError(m.market, "ChallengeExpired");
    const before = await m.farmer(f1.address);
    await expect(m.market.connect(reporter).claimChallenge(1n)).to.emit(m.market, "AgreementSettled").withArgs(1n, 16n, 10_000n - 16n + 500n + 10n);
    const f = await m.farmer(f1.address);
    expect([f.free, f.disqualified]).to.deep.equal([before.free, false]);
    expect(await m.balance(reporter.address)).to.equal(0n);
  });
});

describe("AgreementMarket: ending", function () {
  it("abandon: the farmer gives up, collateral all to the renter", async function () {
    const m = await loadProven();
    const { f1, r1 } = acast(m);
    await m.enter(3);
    await expect(m.market.connect(r1).abandon(1n)).to.be.revertedWithCustomError(m.market, "NotFarmer");
    const tx = m.market.connect(f1).abandon(1n);
    await expect(tx).to.emit(m.market, "AgreementFailed").withArgs(1n, 3n, ethers.ZeroAddress);
    await expect(tx).to.changeTokenBalances(ethers, m.token, [r1.address, f1.address], [10_000n - 16n + 500n, 16n]);
  });

  it("close: only the renter, only when empty; pays what was vindicated, refunds the rest, unlocks collateral", async function () {
    const m = await loadProven();
    const { f1, r1 } = acast(m);
    await m.enter(3);
    await expect(m.market.connect(r1).close(1n)).to.be.revertedWithCustomError(m.market, "NotEmpty");
    await m.heartbeat(f1, 3, [1n]); // vindicates 1..3: 24
    await m.revise(1n, r1, f1, null);
    await expect(m.market.connect(f1).close(1n)).to.be.revertedWithCustomError(m.market, "NotRenter");
    await expect(m.market.connect(r1).close(1n)).to.emit(m.market, "AgreementSettled").withArgs(1n, 24n, 10_000n - 24n);
    expect((await m.farmer(f1.address)).free).to.equal(STAKE);
  });

  it("settle: after endPeriod's report window, once; pending since the last proof goes back to the renter", async function () {
    const m = await loadProven();
    const { f1, r1, outsider } = acast(m);
    // Proves 2 only (agreement runs 2..10 at 8): earned 16, the other 8 periods' 64 back to r1.
    const t = Number(await m.market.settleTime(1n));
    expect(t).to.equal(m.periodStart(10 + 1 + A_UNIT.reportPeriods));
    await m.at(t - 1);
    await expect(m.market.connect(outsider).settle(1n)).to.be.revertedWithCustomError(m.market, "NotEnded").withArgs(t);
    await m.at(t);
    await expect(m.market.connect(outsider).settle(1n)).to.emit(m.market, "AgreementSettled").withArgs(1n, 16n, 10_000n - 16n);
    await expect(m.market.connect(outsider).settle(1n)).to.be.revertedWithCustomError(m.market, "AgreementNotOpen");
    expect((await m.farmer(f1.address)).free).to.equal(STAKE);
    void r1;
  });

  it("settle after disqualification: agreements that ended before it return collateral, live ones fail", async function () {
    const m = (await networkHelpers.loadFixture(world0)).clone();
    const { f1, r1, r2, reporter, outsider } = acast(m);
    await m.enter(1);
    const short = await m.open(r1, f1, { endPeriod: 2 });
    await m.revise(short, r1, f1, B);
    const long = await m.open(r2, f1, { endPeriod: 20 });
    await m.revise(long, r2, f1, A);
    await m.enter(2);
    await m.heartbeat(f1, 2, [short, long]);
    // f1 goes dark from period 3 on and is disqualified at 5.
    await m.at(m.periodStart(6) + G);
    for (const p of [3, 4, 5]) await (await m.market.connect(reporter).reportMissed(f1.address, p)).wait();
    expect((await m.farmer(f1.address)).dqPeriod).to.equal(5n);
    await expect(m.market.connect(outsider).settle(short)).to.emit(m.market, "AgreementSettled").withArgs(short, 8n, 10_000n - 8n);
    const tx = m.market.connect(outsider).settle(long);
    await expect(tx).to.emit(m.market, "AgreementFailed").withArgs(long, 4n, ethers.ZeroAddress);
    await expect(tx).to.changeTokenBalances(ethers, m.token, [r2.address], [10_000n - 16n + 500n]);
    const f = await m.farmer(f1.address);
    expect(f.locked).to.equal(0n);
  });

  it("claim pays the vindicated pay of open agreements once; settle then pays only the rest", async function () {
    const m = await loadProven();
    const { f1, f2, r1 } = acast(m);
    await expect(m.market.connect(f2).claim([1n])).to.be.revertedWithCustomError(m.market, "NotFarmer");
    const tx = m.market.connect(f1).claim([1n]);
    await expect(tx).to.emit(m.market, "Claimed").withArgs(f1.address, 16n);
    await expect(tx).to.changeTokenBalances(ethers, m.token, [f1.address, m.address], [16n, -16n]);
    await expect(m.market.connect(f1).claim([1n])).to.emit(m.market, "Claimed").withArgs(f1.address, 0n);
    await m.at(Number(await m.market.settleTime(1n)));
    await expect(m.market.settle(1n)).to.changeTokenBalances(ethers, m.token, [f1.address, r1.address], [0n, 10_000n - 16n]);
  });

  it("withdraw pays out balances (bounties, challenge fees) once", async function () {
    const m = await loadProven();
    const { f1, reporter } = acast(m);
    await m.at(m.periodStart(4) + G);
    await (await m.market.connect(reporter).reportMissed(f1.address, 3)).wait();
    const b = await m.balance(reporter.address);
    expect(b).to.be.greaterThan(0n);
    await expect(m.market.connect(reporter).withdraw()).to.changeTokenBalances(ethers, m.token, [reporter.address, m.address], [b, -b]);
    await expect(m.market.connect(reporter).withdraw()).to.be.revertedWithCustomError(m.market, "NothingToWithdraw");
  });
});

describe("AgreementMarket: parameters", function () {
  it("refuses sets that cannot work", async function () {
    const signers = await ethers.getSigners();
    const token = await ethers.deployContract("GranaryToken", [signers[0].address, 1000n]);
    const F = await ethers.getContractFactory("AgreementMarket");
    const bad: [number, Partial<AParams>][] = [
      [1, { periodSeconds: 59 }],
      [2, { graceSeconds: A_UNIT.periodSeconds / 2 + 1 }],
      [3, { sampleBps: 0 }],
      [3, { sampleBps: 10_001 }],
      [4, { reportPeriods: 1 }],
      [4, { reportPeriods: 63 }],
      [5, { minStake: 0n }],
      [6, { unbondingSeconds: 0 }],
      [6, { unbondingSeconds: (A_UNIT.reportPeriods + 2) * A_UNIT.periodSeconds - 1 }],
      [7, { slashBps: 0 }],
      [8, { reporterBountyBps: 10_001 }],
      [9, { disqualifyAfterMisses: 0 }],
      [9, { disqualifyAfterMisses: 65 }],
      [10, { challengeSeconds: A_UNIT.periodSeconds - 1 }],
      [11, { challengeFee: 0n }],
    ];
    for (const [which, o] of bad) {
      await expect(F.deploy(token.target, { ...A_UNIT, ...o })).to.be.revertedWithCustomError(F, "BadParams").withArgs(which);
    }
    await expect(F.deploy(ethers.ZeroAddress, A_UNIT)).to.be.revertedWithCustomError(F, "BadParams").withArgs(0);
    await F.deploy(token.target, A_UNIT);
  });

  it("stake never truncates (SafeCast)", async function () {
    const m = await AM.deploy(conn, A_UNIT, 1n << 200n);
    const { f1 } = acast(m);
    const amount = (1n << 128n) + 5n;
    await m.fund(f1.address, amount);
    await m.approve(f1, amount);
    await expect(m.market.connect(f1).stake(amount)).to.be.revertedWithCustomError(m.market, "SafeCastOverflowedUintDowncast");
    expect((await m.farmer(f1.address)).free).to.equal(0n);
  });

  it("rate = ceil(pricePerGiB * leaves / 2^22)", async function () {
    const m = (await networkHelpers.loadFixture(world0)).clone();
    for (const [price, leaves] of [[1n, 1n], [3n, 1n << 22n], [(1n << 96n) - 1n, (1n << 64n) - 1n], [7n, 12345n]]) {
      expect(await m.market.rateFor(price, leaves)).to.equal(rateFor(price, leaves));
    }
  });
});

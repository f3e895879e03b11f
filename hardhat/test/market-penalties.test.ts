// Renter challenges, miss reports, slashing, slash shares and disqualification.
import { network } from "hardhat";
import { expect } from "chai";
import { AbiCoder, keccak256 } from "ethers";
import { DealTree, ZERO32 } from "./merkle.js";
import { ACC_SCALE, BPS, FARMER_STAKE, Market, UNIT_PARAMS, cast, world, type Account } from "./helpers.js";

const conn = await network.create();
const { networkHelpers, ethers } = conn;
const A = DealTree.random("pen-a", 7, 4); // r1's deal with f1: 7 leaves
const B = DealTree.random("pen-b", 24, 8); // r2's deal with f1: 24 leaves
const SLASH = BigInt(UNIT_PARAMS.slashBps);
const BOUNTY = BigInt(UNIT_PARAMS.reporterBountyBps);
const W = UNIT_PARAMS.proofWindow;

// f1 holds deal 1 (A, r1) and deal 2 (B, r2): price 100, periods 1..5, collateral 250 each.
async function base(): Promise<Market> {
  const m = await world(conn);
  const { f1, r1, r2 } = cast(m);
  await m.deal(r1, f1, A);
  await m.deal(r2, f1, B);
  return m;
}
const load = async () => (await networkHelpers.loadFixture(base)).clone();

function slashOf(stake: bigint, locked: bigint): { amount: bigint; bounty: bigint; rest: bigint } {
  let amount = ((stake + locked) * SLASH) / BPS;
  if (amount > stake) amount = stake;
  const bounty = (amount * BOUNTY) / BPS;
  return { amount, bounty, rest: amount - bounty };
}

async function prove(m: Market, f: Account, p: number) {
  await m.toWindow(p);
  await m.heartbeat(f);
}

/** reportMissed(farmer, p) by `by`, at the first block of period p+1 (+offset). */
async function report(m: Market, by: Account, farmer: Account, p: number, offset = 0) {
  await m.toPeriod(p + 1, offset);
  return m.market.connect(by).reportMissed(farmer.address, p);
}

describe("StorageMarket: reportMissed", function () {
  it("slashes (stake + locked) * slashBps, pays the reporter its bounty, pools the rest for the renters", async function () {
    const m = await load();
    const { f1, reporter } = cast(m);
    const s = slashOf(FARMER_STAKE - 500n, 500n);
    expect(s).to.deep.equal({ amount: 10_000n, bounty: 2_000n, rest: 8_000n });
    const tx = await report(m, reporter, f1, 1);
    await expect(tx).to.emit(m.market, "MissReported").withArgs(f1.address, 1n, reporter.address);
    await expect(tx).to.emit(m.market, "Slashed").withArgs(f1.address, reporter.address, 10_000n, 2_000n);
    await expect(tx).to.not.emit(m.market, "Disqualified");
    await expect(tx).to.changeTokenBalances(ethers, m.token, [m.address], [0n]);
    const f = await m.getFarmer(f1.address);
    expect([f.stake, f.locked, f.slashPool, f.slashAcc]).to.deep.equal([FARMER_STAKE - 500n - 10_000n, 500n, 8_000n, (8_000n * ACC_SCALE) / 31n]);
    expect([f.missedPeriods, f.consecutiveMisses, f.slashCount, f.lastMissReported]).to.deep.equal([1n, 1n, 1n, 2n]);
    expect(await m.balance(reporter.address)).to.equal(2_000n);
    const rep = await m.market.reputation(f1.address);
    expect([rep[0], rep[1], rep[2], rep[3]]).to.deep.equal([0n, 1n, 1n, false]);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 1)).to.be.revertedWithCustomError(m.market, "AlreadyReported");
    // The reporter withdraws exactly its bounty.
    const w = await m.market.connect(reporter).withdraw();
    await expect(w).to.changeTokenBalances(ethers, m.token, [reporter.address, m.address], [2_000n, -2_000n]);
  });

  it("is open from the first block of period p+1 to seedBlock(p+1), inclusive", async function () {
    const m = await load();
    const { f1, f2, reporter } = cast(m);
    await m.deal(cast(m).r3, f2, B); // f2 also has a deal, created in period 0 as well
    await m.nextTxAt(m.periodStart(2) - 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 1)).to.be.revertedWithCustomError(m.market, "ReportTooEarly");
    await m.nextTxAt(m.periodStart(2));
    await expect(m.market.connect(reporter).reportMissed(f1.address, 1)).to.emit(m.market, "MissReported");
    await m.nextTxAt(m.seedBlock(2));
    await expect(m.market.connect(reporter).reportMissed(f2.address, 1)).to.emit(m.market, "MissReported");
    await m.nextTxAt(m.seedBlock(2) + 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 2)).to.be.revertedWithCustomError(m.market, "ReportTooEarly");
    await m.nextTxAt(m.periodStart(3) - 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 2)).to.be.revertedWithCustomError(m.market, "ReportTooEarly");
    await m.nextTxAt(m.seedBlock(3) + 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 2)).to.be.revertedWithCustomError(m.market, "ReportTooLate");
    await m.nextTxAt(m.seedBlock(4) + 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 3)).to.be.revertedWithCustomError(m.market, "ReportTooLate");
  });

  it("reverts AlreadyProven for a proven period and NotObliged without deals in the period's set", async function () {
    const m = await load();
    const { f1, f3, reporter, r3 } = cast(m);
    await m.toPeriod(1);
    // Period 0: f1's deals were only queued.
    await expect(m.market.connect(reporter).reportMissed(f1.address, 0)).to.be.revertedWithCustomError(m.market, "NotObliged");
    await expect(m.market.connect(reporter).reportMissed(f3.address, 0)).to.be.revertedWithCustomError(m.market, "NotObliged");
    // f3 takes a deal in period 1: not obliged for period 1 either.
    await m.deal(r3, f3, A);
    await prove(m, f1, 1);
    await m.toPeriod(2);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 1)).to.be.revertedWithCustomError(m.market, "AlreadyProven");
    await expect(m.market.connect(reporter).reportMissed(f3.address, 1)).to.be.revertedWithCustomError(m.market, "NotObliged");
    await expect(m.market.connect(reporter).reportMissed(reporter.address, 1)).to.be.revertedWithCustomError(m.market, "NotObliged");
  });

  it("caps the slash at the free stake", async function () {
    const m = await load();
    const { f3, r3, reporter } = cast(m);
    await m.deal(r3, f3, A, { collateral: 95_000n });
    const s = slashOf(5_000n, 95_000n);
    expect(s).to.deep.equal({ amount: 5_000n, bounty: 1_000n, rest: 4_000n });
    await expect(report(m, reporter, f3, 1)).to.emit(m.market, "Slashed").withArgs(f3.address, reporter.address, 5_000n, 1_000n);
    const f = await m.getFarmer(f3.address);
    expect([f.stake, f.locked, f.slashPool]).to.deep.equal([0n, 95_000n, 4_000n]);
    // With nothing free, the next miss slashes nothing but still counts.
    await expect(report(m, reporter, f3, 2)).to.emit(m.market, "Slashed").withArgs(f3.address, reporter.address, 0n, 0n);
    expect((await m.getFarmer(f3.address)).consecutiveMisses).to.equal(2n);
  });

  it("shares the pooled slash among the period's deals by leaves when they leave the set", async function () {
    const m = await load();
    const { f1, r1, r2, reporter } = cast(m);
    await report(m, reporter, f1, 1);
    const acc = (8_000n * ACC_SCALE) / 31n;
    const shareA = (7n * acc) / ACC_SCALE;
    const shareB = (24n * acc) / ACC_SCALE;
    expect([shareA, shareB]).to.deep.equal([1806n, 6193n]);
    await prove(m, f1, 2);
    await (await m.market.connect(r1).cancel(1n)).wait(); // A leaves from period 3
    await m.toWindow(3);
    await expect(m.market.flush(f1.address)).to.emit(m.market, "SlashShareCredited").withArgs(1n, r1.address, shareA);
    expect(await m.balance(r1.address)).to.equal(shareA);
    await m.heartbeat(f1); // period 3: B only
    await m.toPeriod(6);
    // B ran periods 1-5; f1 proved 2 and 3.
    await expect(m.market.settle(2n)).to.emit(m.market, "DealSettled").withArgs(2n, 200n, 300n, 0n, 0n);
    await m.toWindow(7);
    await expect(m.market.flush(f1.address)).to.emit(m.market, "SlashShareCredited").withArgs(2n, r2.address, shareB);
    expect(await m.balance(r2.address)).to.equal(300n + shareB);
    expect((await m.getFarmer(f1.address)).slashPool).to.equal(8_000n - shareA - shareB); // rounding dust stays
    await expect(m.market.settle(1n)).to.emit(m.market, "DealSettled").withArgs(1n, 100n, 400n, 0n, 0n);
  });
});

describe("StorageMarket: disqualification", function () {
  it("a heartbeat resets the consecutive misses", async function () {
    const m = await load();
    const { f1, reporter } = cast(m);
    await report(m, reporter, f1, 1);
    await report(m, reporter, f1, 2);
    await prove(m, f1, 3);
    expect((await m.getFarmer(f1.address)).consecutiveMisses).to.equal(0n);
    const tx = await report(m, reporter, f1, 4);
    await expect(tx).to.not.emit(m.market, "Disqualified");
    const f = await m.getFarmer(f1.address);
    expect([f.consecutiveMisses, f.missedPeriods, f.disqualified]).to.deep.equal([1n, 3n, false]);
  });

  it("disqualifies at the threshold; renters get escrow minus earned, the collateral and their slash share", async function () {
    const m = await load();
    const { f1, r1, r2, r3, reporter, outsider } = cast(m);
    await prove(m, f1, 1);
    let stake = FARMER_STAKE - 500n;
    let acc = 0n;
    let bounties = 0n;
    for (const p of [2, 3, 4]) {
      const s = slashOf(stake, 500n);
      const tx = await report(m, reporter, f1, p);
      await expect(tx).to.emit(m.market, "Slashed").withArgs(f1.address, reporter.address, s.amount, s.bounty);
      if (p < 4) await expect(tx).to.not.emit(m.market, "Disqualified");
      else await expect(tx).to.emit(m.market, "Disqualified").withArgs(f1.address, 5n);
      stake -= s.amount;
      acc += (s.rest * ACC_SCALE) / 31n;
      bounties += s.bounty;
    }
    expect(bounties).to.equal(2_000n + 1_800n + 1_620n);
    expect(await m.balance(reporter.address)).to.equal(bounties);
    const f = await m.getFarmer(f1.address);
    expect([f.disqualified, f.dqPeriod, f.stake, f.consecutiveMisses]).to.deep.equal([true, 5n, stake, 3n]);
    expect(f.slashAcc).to.equal(acc);

    // The deals end at period 5 (the current one) instead of 6; period 1 was proven.
    expect(await m.period()).to.equal(5);
    const shareA = (7n * acc) / ACC_SCALE;
    const shareB = (24n * acc) / ACC_SCALE;
    const sa = await m.market.connect(outsider).settle(1n);
    await expect(sa).to.emit(m.market, "DealSettled").withArgs(1n, 100n, 400n, 250n, shareA);
    await expect(m.market.settle(2n)).to.emit(m.market, "DealSettled").withArgs(2n, 100n, 400n, 250n, shareB);
    expect(await m.balance(r1.address)).to.equal(400n + 250n + shareA);
    expect(await m.balance(r2.address)).to.equal(400n + 250n + shareB);
    expect(await m.balance(f1.address)).to.equal(200n);
    const g = await m.getFarmer(f1.address);
    expect([g.locked, g.liveDeals, g.used, g.slashPool]).to.deep.equal([0n, 0n, 0n, 8_000n + 7_200n + 6_480n - shareA - shareB]);
    // r1 withdraws exactly what it is owed.
    await expect(m.market.connect(r1).withdraw()).to.changeTokenBalances(ethers, m.token, [r1.address], [650n + shareA]);

    // Nothing else works for a disqualified farmer...
    await m.fund(f1.address, 10n);
    await m.approve(f1, 10n);
    await expect(m.market.connect(f1).stake(10n)).to.be.revertedWithCustomError(m.market, "FarmerDisqualified");
    await expect(m.market.connect(f1).announce("0x", "0x", 1n, 1n)).to.be.revertedWithCustomError(m.market, "FarmerDisqualified");
    await m.toWindow(5);
    await expect(m.market.connect(f1).heartbeat(5, "0x", [])).to.be.revertedWithCustomError(m.market, "FarmerDisqualified");
    await m.toPeriod(6);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 5)).to.be.revertedWithCustomError(m.market, "FarmerDisqualified");
    await m.approve(r3, 500n);
    const t = m.terms(r3.address, f1.address, A);
    await expect(m.market.connect(r3).createDeal(t, await m.sign(r3, t), await m.sign(f1, t))).to.be.revertedWithCustomError(
      m.market,
      "FarmerDisqualified",
    );
    // ...but it may take back its remaining free stake.
    await expect(m.market.connect(f1).requestUnstake(stake)).to.emit(m.market, "UnstakeRequested");
  });

  it("a disqualified farmer with live deals may unstake below minStake", async function () {
    const m = await load();
    const { f1, reporter } = cast(m);
    await expect(m.market.connect(f1).requestUnstake(FARMER_STAKE - 500n)).to.be.revertedWithCustomError(m.market, "StakeLocked");
    for (const p of [1, 2, 3]) await report(m, reporter, f1, p);
    const f = await m.getFarmer(f1.address);
    expect([f.disqualified, f.liveDeals]).to.deep.equal([true, 2n]);
    const ready = BigInt((await m.latest()) + 1 + UNIT_PARAMS.unbondingDelay);
    await expect(m.market.connect(f1).requestUnstake(f.stake)).to.emit(m.market, "UnstakeRequested").withArgs(f1.address, f.stake, ready);
    expect((await m.getFarmer(f1.address)).stake).to.equal(0n);
  });
});

describe("StorageMarket: renter challenges", function () {
  it("challenge picks a leaf from the previous block hash and sets a deadline proofWindow blocks on", async function () {
    const m = await load();
    const { r1, f1 } = cast(m);
    await m.toPeriod(1, 3);
    const tx = await m.market.connect(r1).challenge(1n);
    const rc = await tx.wait();
    const prev = (await ethers.provider.getBlock(rc.blockNumber - 1))!.hash!;
    const leaf = BigInt(keccak256(AbiCoder.defaultAbiCoder().encode(["bytes32", "uint64"], [prev, 1n]))) % 7n;
    const deadline = BigInt(rc.blockNumber + W);
    await expect(tx).to.emit(m.market, "ChallengeIssued").withArgs(1n, f1.address, leaf, deadline);
    const d = await m.market.getDeal(1n);
    expect([d.challengeLeaf, d.challengeDeadline]).to.deep.equal([leaf, deadline]);
    await expect(m.market.connect(r1).challenge(1n)).to.be.revertedWithCustomError(m.market, "ChallengeOpen");
  });

  it("challenge reverts UnknownDeal, NotRenter and DealNotLive outside the deal's periods", async function () {
    const m = await load();
    const { r1, r2 } = cast(m);
    await expect(m.market.connect(r1).challenge(9n)).to.be.revertedWithCustomError(m.market, "UnknownDeal");
    await expect(m.market.connect(r2).challenge(1n)).to.be.revertedWithCustomError(m.market, "NotRenter");
    await expect(m.market.connect(r1).challenge(1n)).to.be.revertedWithCustomError(m.market, "DealNotLive"); // period 0
    await m.toPeriod(6);
    await expect(m.market.connect(r1).challenge(1n)).to.be.revertedWithCustomError(m.market, "DealNotLive"); // ended
    await (await m.market.settle(1n)).wait();
    await expect(m.market.connect(r1).challenge(1n)).to.be.revertedWithCustomError(m.market, "DealNotLive");
  });

  it("answerChallenge accepts the proof up to the deadline and closes the challenge", async function () {
    const m = await load();
    const { r1, f1 } = cast(m);
    await m.toPeriod(1, 3);
    const rc = await (await m.market.connect(r1).challenge(1n)).wait();
    const deadline = rc.blockNumber + W;
    const [id, leaf, path] = await m.answerArgs(1n);
    await expect(m.market.connect(r1).answerChallenge(id, leaf, path)).to.be.revertedWithCustomError(m.market, "NotFarmer");
    await expect(m.market.connect(f1).answerChallenge(id, leaf.subarray(1), path)).to.be.revertedWithCustomError(m.market, "BadProofLength");
    const flipped = Buffer.from(leaf);
    flipped[0] ^= 1;
    await expect(m.market.connect(f1).answerChallenge(id, flipped, path)).to.be.revertedWithCustomError(m.market, "InvalidProof").withArgs(0n);
    await expect(m.market.connect(f1).answerChallenge(id, leaf, [...path, ZERO32])).to.be.revertedWithCustomError(m.market, "InvalidProof").withArgs(0n);
    await expect(m.market.connect(f1).answerChallenge(id, leaf, path.slice(1))).to.be.revertedWithCustomError(m.market, "InvalidProof").withArgs(0n);
    await m.nextTxAt(deadline);
    await expect(m.market.connect(f1).answerChallenge(id, leaf, path)).to.emit(m.market, "ChallengeAnswered").withArgs(1n, f1.address);
    expect((await m.market.getDeal(1n)).challengeDeadline).to.equal(0n);
    await expect(m.market.connect(f1).answerChallenge(id, leaf, path)).to.be.revertedWithCustomError(m.market, "NoChallenge");
    await expect(m.market.reportChallengeMissed(1n)).to.be.revertedWithCustomError(m.market, "NoChallenge");
    await expect(m.market.connect(r1).challenge(1n)).to.emit(m.market, "ChallengeIssued");
  });

  it("a missed challenge: ChallengeExpired for the farmer, reportable by anyone after the deadline", async function () {
    const m = await load();
    const { r1, f1, reporter } = cast(m);
    await m.toPeriod(1, 3);
    const rc = await (await m.market.connect(r1).challenge(1n)).wait();
    const deadline = rc.blockNumber + W;
    const [id, leaf, path] = await m.answerArgs(1n);
    await m.nextTxAt(deadline);
    await expect(m.market.connect(reporter).reportChallengeMissed(1n)).to.be.revertedWithCustomError(m.market, "ChallengeNotExpired");
    await m.nextTxAt(deadline + 1);
    await expect(m.market.connect(f1).answerChallenge(id, leaf, path)).to.be.revertedWithCustomError(m.market, "ChallengeExpired");
    await expect(m.market.connect(r1).challenge(1n)).to.be.revertedWithCustomError(m.market, "ChallengeOpen");
    const s = slashOf(FARMER_STAKE - 500n, 500n);
    const tx = await m.market.connect(reporter).reportChallengeMissed(1n);
    await expect(tx).to.emit(m.market, "ChallengeMissReported").withArgs(1n, f1.address, reporter.address);
    await expect(tx).to.emit(m.market, "Slashed").withArgs(f1.address, reporter.address, s.amount, s.bounty);
    // The renter that challenged gets the rest directly; nothing is pooled.
    expect(await m.balance(r1.address)).to.equal(s.rest);
    expect(await m.balance(reporter.address)).to.equal(s.bounty);
    const f = await m.getFarmer(f1.address);
    expect([f.stake, f.slashPool, f.missedPeriods, f.consecutiveMisses, f.slashCount]).to.deep.equal([
      FARMER_STAKE - 500n - s.amount,
      0n,
      1n,
      1n,
      1n,
    ]);
    expect((await m.market.getDeal(1n)).challengeDeadline).to.equal(0n);
    await expect(m.market.reportChallengeMissed(1n)).to.be.revertedWithCustomError(m.market, "NoChallenge");
  });

  it("missed challenges count towards disqualification (from the current period)", async function () {
    const m = await load();
    const { r1, r2, f1, reporter } = cast(m);
    await m.toPeriod(1, 1);
    for (let k = 0; k < 3; k++) {
      const rc = await (await m.market.connect(r1).challenge(1n)).wait();
      await m.nextTxAt(rc.blockNumber + W + 1);
      const tx = await m.market.connect(reporter).reportChallengeMissed(1n);
      if (k < 2) await expect(tx).to.not.emit(m.market, "Disqualified");
      else await expect(tx).to.emit(m.market, "Disqualified").withArgs(f1.address, 1n);
    }
    expect((await m.getFarmer(f1.address)).dqPeriod).to.equal(1n);
    // Deals end at period 1, before anything ran: full refunds plus collateral.
    await m.toPeriod(1, 30);
    await expect(m.market.connect(r2).challenge(2n)).to.be.revertedWithCustomError(m.market, "DealNotLive");
    await expect(m.market.settle(2n)).to.emit(m.market, "DealSettled").withArgs(2n, 0n, 500n, 250n, 0n);
  });

  it("reportChallengeMissed reverts FarmerDisqualified once the farmer is out", async function () {
    const m = await load();
    const { r2, f1, reporter } = cast(m);
    await report(m, reporter, f1, 1);
    await report(m, reporter, f1, 2);
    await m.toPeriod(3, 10);
    await (await m.market.connect(r2).challenge(2n)).wait();
    await report(m, reporter, f1, 3); // third miss: disqualified from period 4
    expect((await m.getFarmer(f1.address)).disqualified).to.equal(true);
    await expect(m.market.connect(reporter).reportChallengeMissed(2n)).to.be.revertedWithCustomError(m.market, "FarmerDisqualified");
  });
});

// The security review findings of issue 12. For each: (a) the attack against the OLD StorageMarket,
// asserting that it succeeds today, and (b) the same attack against AgreementMarket, refused or
// unprofitable.
import { network } from "hardhat";
import { expect } from "chai";
import { concat } from "ethers";
import { DealTree, hashLeaf, hashNode, hex } from "./merkle.js";
import { FAR_DEADLINE, Market, UNIT_PARAMS, cast, world, challengeSeed, type Params } from "./helpers.js";
import { A_UNIT, AM, AgreementTree, STAKE, acast, aworld, type AParams } from "./agreements-helpers.js";

const conn = await network.create();
const { networkHelpers, ethers } = conn;
const G = A_UNIT.graceSeconds;
const REAL = DealTree.random("finding-real", 8, 4);
const A = AgreementTree.random("finding-a", [4, 3, 1]);
const B = AgreementTree.random("finding-b", [2, 2]);

const oldWorld = () => world(conn);
const newWorld = () => aworld(conn);
const loadOld = async () => (await networkHelpers.loadFixture(oldWorld)).clone();
const loadNew = async () => (await networkHelpers.loadFixture(newWorld)).clone();

/** An all-zero deal of 2^63 bytes in 1 GiB shards: its root and any leaf's proof are computable
 * without storing a byte. */
function zeroDeal() {
  const L = [hashLeaf(new Uint8Array(256))];
  for (let k = 1; k <= 22; k++) L.push(hashNode(L[k - 1], L[k - 1]));
  const S = [L[22]];
  for (let k = 1; k <= 33; k++) S.push(hashNode(S[k - 1], S[k - 1]));
  return {
    root: hex(S[33]),
    size: 1n << 63n,
    shardSize: 1n << 30n,
    path: [...L.slice(0, 22), ...S.slice(0, 33)].map(hex),
  };
}

/** New market: f1 holds agreement 1 with r1 over A, live from period 2 (opened and revised in period 1). */
async function newBase(): Promise<AM> {
  const m = await aworld(conn);
  const { f1, r1 } = acast(m);
  await m.enter(1);
  const id = await m.open(r1, f1);
  await m.revise(id, r1, f1, A);
  return m;
}
const loadNewBase = async () => (await networkHelpers.loadFixture(newBase)).clone();

describe("finding: self-deal dilution / paid for deleted data", function () {
  it("(a) old: a 2^63-byte zero self-deal absorbs every challenge; the farmer deletes the renter's data and is paid in full", async function () {
    const m = await loadOld();
    const { f1, r1, outsider } = cast(m);
    await m.announce(f1, (1n << 63n) + (1n << 40n));
    const real = await m.deal(r1, f1, REAL); // price 100 for 5 periods
    const z = zeroDeal();
    await m.fund(outsider.address, 10_000n); // the farmer's own second address as renter
    const selfTerms = m.terms(outsider.address, f1.address, { root: z.root, size: z.size, shardSize: z.shardSize } as any, { pricePerPeriod: 1n });
    const self = (await m.createDeal(outsider, f1, selfTerms)).id;
    // The farmer deletes REAL at once and never looks at it again.
    for (let p = 1; p <= 5; p++) {
      await m.toWindow(p);
      const picks = await m.picks(f1.address, p);
      for (const pk of picks) expect(pk.dealId).to.equal(self); // 8 leaves against 2^55: never picked
      const leaves = concat(picks.map(() => new Uint8Array(256)));
      await (await m.market.connect(f1).heartbeat(p, leaves, picks.flatMap(() => z.path))).wait();
    }
    await m.toPeriod(6, 1);
    const tx = await m.market.settle(real);
    const ev = m.market.interface.parseLog((await tx.wait()).logs.find((l: any) => m.market.interface.parseLog(l)?.name === "DealSettled"));
    expect(ev!.args.earned).to.equal(500n); // paid for all 5 periods of data it deleted in period 0
  });

  it("(b) new: a self-agreement cannot dilute; the deleted agreement is due on its own, omitting it fails it", async function () {
    const m = await loadNewBase();
    const { f1, reporter, outsider, r1 } = acast(m);
    await m.fund(outsider.address, 100_000n);
    const self = await m.open(outsider, f1);
    const Z = AgreementTree.random("self", [256]);
    await m.revise(self, outsider, f1, Z);
    await m.enter(2);
    expect(await m.market.isDue(1n, 2)).to.equal(true);
    // The farmer deleted A: it proves only its self-agreement and leaves 1 out.
    await m.heartbeat(f1, 2, [self]);
    await m.at(m.periodStart(3) + G);
    const tx = m.market.connect(reporter).reportUnproven(1n, 2);
    await expect(tx).to.emit(m.market, "AgreementSettled").withArgs(1n, 0n, 10_000n + 400n);
    // Nothing for the deleted data, and its collateral is gone.
    await expect(tx).to.changeTokenBalances(ethers, m.token, [f1.address, r1.address, reporter.address], [0n, 10_400n, 100n]);
  });
});

describe("finding: deal before upload, farmer-submitted deal, unrevocable nonce", function () {
  it("(a) old: the farmer submits the renter's signed terms whenever it likes; escrow is pulled for data never uploaded; no way to revoke", async function () {
    const m = await loadOld();
    const { f1, r1 } = cast(m);
    const t = m.terms(r1.address, f1.address, REAL);
    await m.approve(r1, 10_000n);
    const [rs, fs] = [await m.sign(r1, t), await m.sign(f1, t)];
    await m.helpers.mine(100); // the renter changed its mind meanwhile; it has no call to revoke
    const names = m.market.interface.fragments.filter((f: any) => f.type === "function").map((f: any) => f.name);
    expect(names).to.not.include("cancelNonce");
    await expect(m.market.connect(f1).createDeal(t, rs, fs)).to.changeTokenBalances(ethers, m.token, [r1.address], [-500n]);
  });

  it("(b) new: only the renter opens; the agreement starts empty (rate 0); the farmer can cancel its nonce", async function () {
    const m = await loadNew();
    const { f1, r1 } = acast(m);
    await m.enter(1);
    const t = m.terms(r1, f1);
    const sig = await m.signOpen(f1, t);
    await m.approve(r1, 10_000n);
    await expect(m.market.connect(f1).open(t, sig, 10_000n)).to.be.revertedWithCustomError(m.market, "NotRenter");
    const id = await m.open(r1, f1);
    expect(await m.market.rateOf(id)).to.equal(0n);
    expect((await m.ag(id)).liveFrom).to.equal(0n);
    await (await m.market.connect(f1).cancelNonce(t.nonce)).wait();
    await expect(m.market.connect(r1).open(t, sig, 0n)).to.be.revertedWithCustomError(m.market, "NonceUsed");
  });
});

describe("finding: renter griefing into disqualification", function () {
  it("(a) old: a renter that never uploads challenges 3 times and disqualifies the farmer", async function () {
    const m = await loadOld();
    const { f1, r1, r2, reporter } = cast(m);
    const other = await m.deal(r2, f1, DealTree.random("innocent", 8, 4));
    const grief = await m.deal(r1, f1, REAL); // REAL's data never reaches the farmer
    await m.toPeriod(1, 1);
    for (let k = 0; k < 3; k++) {
      await (await m.market.connect(r1).challenge(grief)).wait(); // free
      await m.helpers.mine(UNIT_PARAMS.proofWindow + 1);
      await (await m.market.connect(reporter).reportChallengeMissed(grief)).wait();
    }
    const rep = await m.market.reputation(f1.address);
    expect([rep[2], rep[3]]).to.deep.equal([3n, true]); // slashed three times, disqualified
    await m.helpers.mine(UNIT_PARAMS.periodBlocks); // the innocent renter's deal ends with the farmer: it settles at once
    await expect(m.market.settle(other)).to.emit(m.market, "DealSettled");
  });

  it("(b) new: nothing to challenge before data; unanswered challenges fail only their agreement, cost the renter a fee, never slash", async function () {
    const m = await loadNew();
    const { f1, r1 } = acast(m);
    await m.enter(1);
    const empty = await m.open(r1, f1);
    await m.approve(r1, 1_000n);
    await expect(m.market.connect(r1).challenge(empty)).to.be.revertedWithCustomError(m.market, "NotLive");
    const ids: bigint[] = [];
    for (let k = 0; k < 3; k++) {
      const id = await m.open(r1, f1);
      await m.revise(id, r1, f1, B); // (a griefing renter could post a root for data it never sent only with the farmer's signature)
      ids.push(id);
    }
    await m.approve(r1, 1_000n);
    for (const id of ids) await (await m.market.connect(r1).challenge(id)).wait();
    await m.at(m.periodStart(3));
    const before = await m.farmer(f1.address);
    for (const id of ids) await (await m.market.connect(r1).claimChallenge(id)).wait();
    const f = await m.farmer(f1.address);
    expect([f.disqualified, f.free, f.unbonding]).to.deep.equal([false, before.free, before.unbonding]);
    expect((await m.ag(empty)).status).to.equal(1n); // other agreements untouched
  });
});

describe("finding: slash escape via requestUnstake, slashes capped at free stake", function () {
  it("(a) old: the farmer unstakes everything free, misses, and the slash is 0", async function () {
    const m = await loadOld();
    const { f1, r1, reporter } = cast(m);
    await m.deal(r1, f1, REAL);
    const f0 = await m.getFarmer(f1.address);
    const out = f0.stake - 1_000n; // all but minStake
    await (await m.market.connect(f1).requestUnstake(out)).wait();
    await m.toPeriod(2, 1);
    // (stake + locked) * 10% with the stake down to 1,000: 125 instead of ~10,000.
    const slash = ((1_000n + f0.locked) * 1_000n) / 10_000n;
    await expect(m.market.connect(reporter).reportMissed(f1.address, 1)).to.emit(m.market, "Slashed").withArgs(f1.address, reporter.address, slash, slash / 5n);
    expect((await m.getFarmer(f1.address)).unbonding).to.equal(out); // untouched, withdrawable after the delay
  });

  it("(b) new: unbonding stake is slashed like free stake", async function () {
    const m = await loadNewBase();
    const { f1, reporter } = acast(m);
    await (await m.market.connect(f1).requestUnstake(STAKE - 500n)).wait();
    await m.at(m.periodStart(3) + G);
    const slash = ((STAKE - 500n) * 1000n + 9999n) / 10_000n;
    await expect(m.market.connect(reporter).reportMissed(f1.address, 2)).to.emit(m.market, "MissReported").withArgs(f1.address, 2n, reporter.address, slash, (slash * 2000n) / 10_000n);
    expect((await m.farmer(f1.address)).unbonding).to.equal(STAKE - 500n - slash);
  });
});

describe("finding: disqualification forfeits ended deals' collateral", function () {
  it("(a) old: a deal fully proven and ended, settled after a later disqualification, loses its collateral", async function () {
    const m = await loadOld();
    const { f1, r1, reporter } = cast(m);
    m.trees.clear();
    const d = await m.deal(r1, f1, REAL, { periods: 1 }); // period 1 only, collateral 50
    await m.toWindow(1);
    await m.heartbeat(f1);
    const later = await m.deal(r1, f1, DealTree.random("later", 8, 4), { periods: 10 });
    void later;
    for (const p of [2, 3, 4]) {
      await m.toPeriod(p + 1, 1);
      await (await m.market.connect(reporter).reportMissed(f1.address, p)).wait();
    }
    expect((await m.getFarmer(f1.address)).disqualified).to.equal(true);
    const rc = await (await m.market.settle(d)).wait();
    const ev = m.market.interface.parseLog(rc.logs.find((l: any) => m.market.interface.parseLog(l)?.name === "DealSettled"));
    expect(ev!.args.earned).to.equal(100n);
    expect(ev!.args.collateralToRenter).to.equal(50n); // forfeited although the deal was served in full
  });

  it("(b) new: an agreement that ended before the disqualification period returns its collateral", async function () {
    const m = await loadNew();
    const { f1, r1, r2, reporter } = acast(m);
    await m.enter(1);
    const short = await m.open(r1, f1, { endPeriod: 2 });
    await m.revise(short, r1, f1, B);
    const long = await m.open(r2, f1, { endPeriod: 30 });
    await m.revise(long, r2, f1, A);
    await m.enter(2);
    await m.heartbeat(f1, 2, [short, long]);
    await m.at(m.periodStart(6) + G);
    for (const p of [3, 4, 5]) await (await m.market.connect(reporter).reportMissed(f1.address, p)).wait();
    const free = (await m.farmer(f1.address)).free;
    await (await m.market.settle(short)).wait();
    expect((await m.farmer(f1.address)).free).to.equal(free + 500n);
  });
});

describe("finding: grindable seed", function () {
  it("(a) old: the seed block of every period is fixed at deployment; its hash alone (and the farmer) decides the challenges", async function () {
    const m = await loadOld();
    const { f1 } = cast(m);
    await m.deal(cast(m).r1, f1, REAL);
    await m.toWindow(1);
    expect(m.seedBlock(1)).to.equal(m.genesis + 40 + 40 - 5 - 1); // known at deployment
    const b = await m.ethers.provider.getBlock(m.seedBlock(1));
    expect(await m.seed(f1.address, 1)).to.equal(challengeSeed(b!.hash!, f1.address, 1));
  });

  it("(b) new: the seed mixes the hash of the block AFTER the period's beacon block (and its prevrandao), unknown when the beacon is set", async function () {
    const m = await loadNew();
    await m.at(m.periodStart(1) + 5);
    const rc = await (await m.market.poke()).wait();
    const bb = rc.blockNumber;
    expect(m.events(rc, "Beacon").map((e) => [e.period, e.blockNumber])).to.deep.equal([[1n, BigInt(bb)]]);
    await expect(m.market.seedOf(1)).to.be.revertedWithCustomError(m.market, "SeedNotReady").withArgs(bb);
    await networkHelpers.mine(2);
    const next = await m.ethers.provider.getBlock(bb + 1);
    const beacon = await m.ethers.provider.getBlock(bb);
    const raw = await m.ethers.provider.send("eth_getBlockByNumber", ["0x" + bb.toString(16), false]);
    const randao = BigInt(raw.mixHash); // block.prevrandao is the header's mixHash since the merge
    expect(await m.market.seedOf(1)).to.equal(await m.market.seedFrom(next!.hash!, randao, 1));
    expect(await m.market.seedOf(1)).to.not.equal(await m.market.seedFrom(beacon!.hash!, randao, 1));
  });
});

describe("finding: challenge spam", function () {
  it("(a) old: a renter challenges again and again for free; each answer costs the farmer a transaction", async function () {
    const m = await loadOld();
    const { f1, r1 } = cast(m);
    const d = await m.deal(r1, f1, REAL);
    await m.toPeriod(1, 1);
    const bal = await m.token.balanceOf(r1.address);
    let farmerGas = 0n;
    for (let k = 0; k < 5; k++) {
      await (await m.market.connect(r1).challenge(d)).wait();
      farmerGas += (await (await m.market.connect(f1).answerChallenge(...(await m.answerArgs(d)))).wait()).gasUsed;
    }
    expect(await m.token.balanceOf(r1.address)).to.equal(bal);
    expect(farmerGas).to.be.greaterThan(5n * 40_000n);
  });

  it("(b) new: each challenge pays challengeFee (to the farmer when answered), one open at a time", async function () {
    const m = await loadNewBase();
    const { f1, r1 } = acast(m);
    await m.enter(2);
    await m.approve(r1, 100n);
    for (let k = 0; k < 3; k++) {
      await (await m.market.connect(r1).challenge(1n)).wait();
      await expect(m.market.connect(r1).challenge(1n)).to.be.revertedWithCustomError(m.market, "ChallengeOpen");
      await networkHelpers.mine(2);
      await (await m.market.connect(f1).answerChallenge(1n, A.proof(1n, await m.market.challengeSeedOf(1n)))).wait();
    }
    expect(await m.balance(f1.address)).to.equal(3n * A_UNIT.challengeFee);
  });
});

describe("finding: short report window", function () {
  it("(a) old: a miss is reportable only until seedBlock(p+1); an auditor one period late cannot report it", async function () {
    const m = await loadOld();
    const { f1, r1, reporter } = cast(m);
    await m.deal(r1, f1, REAL);
    await m.toPeriod(3, 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 1)).to.be.revertedWithCustomError(m.market, "ReportTooLate");
  });

  it("(b) new: reportable for reportPeriods periods after the grace", async function () {
    const m = await loadNewBase();
    const { f1, reporter } = acast(m);
    await m.at(m.periodStart(2 + 1 + A_UNIT.reportPeriods) - 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 2)).to.emit(m.market, "MissReported");
  });
});

describe("finding: queued set changes make reports expensive", function () {
  it("(a) old: a report must apply the farmer's queued set changes: 30 new deals make it >3x dearer", async function () {
    const cost = async (n: number) => {
      const m = await loadOld();
      const { f1, r1, reporter } = cast(m);
      for (let k = 0; k < n; k++) await m.deal(r1, f1, REAL);
      await m.toPeriod(2, 1);
      return (await (await m.market.connect(reporter).reportMissed(f1.address, 1)).wait()).gasUsed as bigint;
    };
    const [one, many] = [await cost(1), await cost(30)];
    expect(many).to.be.greaterThan(one * 3n);
  });

  it("(b) new: no queue; a report costs the same with 1 or 30 agreements", async function () {
    const cost = async (n: number) => {
      const m = await loadNew();
      const { f1, r1, reporter } = acast(m);
      await m.enter(1);
      for (let k = 0; k < n; k++) {
        const id = await m.open(r1, f1, {}, 1_000n);
        await m.revise(id, r1, f1, B);
      }
      await m.at(m.periodStart(3) + G);
      return (await (await m.market.connect(reporter).reportMissed(f1.address, 2)).wait()).gasUsed as bigint;
    };
    const [one, many] = [await cost(1), await cost(30)];
    expect(Number(many) / Number(one)).to.be.within(0.98, 1.02);
  });
});

describe("finding: stake truncation", function () {
  it("(a) old: stake(2^128 + 5) takes 2^128 + 5 tokens and credits 5", async function () {
    const m = await Market.deploy(conn, UNIT_PARAMS, 1n << 200n);
    const f = m.signers[1];
    const amount = (1n << 128n) + 5n;
    await m.fund(f.address, amount);
    await m.approve(f, amount);
    await expect(m.market.connect(f).stake(amount)).to.changeTokenBalances(ethers, m.token, [f.address], [-amount]);
    expect((await m.getFarmer(f.address)).stake).to.equal(5n);
  });

  it("(b) new: SafeCast refuses it", async function () {
    const m = await AM.deploy(conn, A_UNIT, 1n << 200n);
    const f = m.signers[1];
    const amount = (1n << 128n) + 5n;
    await m.fund(f.address, amount);
    await m.approve(f, amount);
    await expect(m.market.connect(f).stake(amount)).to.be.revertedWithCustomError(m.market, "SafeCastOverflowedUintDowncast");
  });
});

describe("finding: parameter bounds (disqualifyAfterMisses, zero minStake / unbonding)", function () {
  it("(a) old: accepts disqualifyAfterMisses beyond its uint16 miss counter, minStake 0 and unbondingDelay 0", async function () {
    const signers = await ethers.getSigners();
    const token = await ethers.deployContract("GranaryToken", [signers[0].address, 1000n]);
    const p: Params = { ...UNIT_PARAMS, disqualifyAfterMisses: 70_000, minStake: 0n, unbondingDelay: 0 };
    const old = await ethers.deployContract("StorageMarket", [token.target, p]);
    expect(await old.disqualifyAfterMisses()).to.equal(70_000n); // never reached: consecutiveMisses is a uint16
    expect(await old.minStake()).to.equal(0n);
    expect(await old.unbondingDelay()).to.equal(0n);
  });

  it("(b) new: refuses them", async function () {
    const signers = await ethers.getSigners();
    const token = await ethers.deployContract("GranaryToken", [signers[0].address, 1000n]);
    const F = await ethers.getContractFactory("AgreementMarket");
    const cases: [number, Partial<AParams>][] = [[9, { disqualifyAfterMisses: 65 }], [5, { minStake: 0n }], [6, { unbondingSeconds: 0 }]];
    for (const [which, o] of cases) await expect(F.deploy(token.target, { ...A_UNIT, ...o })).to.be.revertedWithCustomError(F, "BadParams").withArgs(which);
  });
});

describe("finding: permit overwriting a larger allowance", function () {
  it("(a) old: createDealWithPermit always permits the escrow, wiping the renter's larger allowance", async function () {
    const m = await loadOld();
    const { f1, r1 } = cast(m);
    await m.approve(r1, 10_000n);
    const t = m.terms(r1.address, f1.address, REAL);
    const p = await m.signPermit(r1, m.address, 500n, FAR_DEADLINE);
    await (await m.market.connect(r1).createDealWithPermit(t, await m.sign(r1, t), await m.sign(f1, t), FAR_DEADLINE, p.v, p.r, p.s)).wait();
    expect(await m.token.allowance(r1.address, m.address)).to.equal(0n); // not 9,500
  });

  it("(b) new: the permit is used only when the allowance is short", async function () {
    const m = await loadNew();
    const { f1, r1 } = acast(m);
    await m.enter(1);
    await m.approve(r1, 10_000n);
    const t = m.terms(r1, f1);
    const p = await m.signPermit(r1, 500n, FAR_DEADLINE);
    await (await m.market.connect(r1).openWithPermit(t, await m.signOpen(f1, t), 500n, FAR_DEADLINE, p.v, p.r, p.s)).wait();
    expect(await m.token.allowance(r1.address, m.address)).to.equal(9_500n);
  });
});

describe("finding: slash dust", function () {
  it("(a) old: a small stake rounds the slash down to 0", async function () {
    const m = await Market.deploy(conn, { ...UNIT_PARAMS, slashBps: 1, minStake: 1n, minCollateralBps: 0 });
    const [, f1, , , r1, , , reporter] = m.signers;
    await m.setupFarmer(f1, 5_000n);
    await m.fund(r1.address, 10_000n);
    await m.deal(r1, f1, REAL, { collateral: 0n });
    await m.toPeriod(2, 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 1)).to.emit(m.market, "Slashed").withArgs(f1.address, reporter.address, 0n, 0n);
  });

  it("(b) new: the slash rounds up, at least one unit of a non-zero stake", async function () {
    const m = await AM.deploy(conn, { ...A_UNIT, slashBps: 1, minStake: 1n });
    const { f1, r1, reporter } = acast(m);
    await m.stake(f1, 5_000n);
    await m.fund(r1.address, 100_000n);
    await m.enter(1);
    const id = await m.open(r1, f1, { collateral: 0n });
    await m.revise(id, r1, f1, B);
    await m.at(m.periodStart(3) + G);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 2)).to.emit(m.market, "MissReported").withArgs(f1.address, 2n, reporter.address, 1n, 0n);
  });
});

describe("finding: unbounded farmer list (documented)", function () {
  it("new: one entry per address, only with minStake behind it, and nothing on chain iterates the list", async function () {
    const m = await loadNew();
    const { f1, outsider } = acast(m);
    await expect(m.market.connect(outsider).announce("0x01", "0x02", 1n, 1n)).to.be.revertedWithCustomError(m.market, "NotStaked");
    await (await m.market.connect(f1).announce("0x0102", "0x0304", 5n, 1n << 40n)).wait();
    await (await m.market.connect(f1).announce("0x0a", "0x0b", 6n, 1n << 41n)).wait();
    expect(await m.market.farmerCount()).to.equal(1n);
    expect(await m.market.farmerAt(0)).to.equal(f1.address);
    expect(await m.market.peerInfo(f1.address)).to.deep.equal(["0x0a", "0x0b"]);
    expect(await m.market.peerInfo(outsider.address)).to.deep.equal(["0x", "0x"]);
  });
});

// The security review findings of issue 12, each as an attack against AgreementMarket that is refused or
// unprofitable. (Each was an attack that succeeded against the earlier StorageMarket design, since
// removed.)
import { network } from "hardhat";
import { expect } from "chai";
import { A_UNIT, AM, AgreementTree, FAR, STAKE, acast, aworld, type AParams } from "./agreements-helpers.js";

const conn = await network.create();
const { networkHelpers, ethers } = conn;
const G = A_UNIT.graceSeconds;
const A = AgreementTree.random("finding-a", [4, 3, 1]);
const B = AgreementTree.random("finding-b", [2, 2]);

const newWorld = () => aworld(conn);
const loadNew = async () => (await networkHelpers.loadFixture(newWorld)).clone();

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
  it("a self-agreement cannot dilute; the deleted agreement is due on its own, omitting it fails it", async function () {
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
  it("only the renter opens; the agreement starts empty (rate 0); the farmer can cancel its nonce", async function () {
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
  it("nothing to challenge before data; unanswered challenges fail only their agreement, cost the renter a fee, never slash", async function () {
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
  it("unbonding stake is slashed like free stake", async function () {
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
  it("an agreement that ended before the disqualification period returns its collateral", async function () {
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
  it("the seed mixes the hash of the block AFTER the period's beacon block (and its prevrandao), unknown when the beacon is set", async function () {
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
  it("each challenge pays challengeFee (to the farmer when answered), one open at a time", async function () {
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
  it("reportable for reportPeriods periods after the grace", async function () {
    const m = await loadNewBase();
    const { f1, reporter } = acast(m);
    await m.at(m.periodStart(2 + 1 + A_UNIT.reportPeriods) - 1);
    await expect(m.market.connect(reporter).reportMissed(f1.address, 2)).to.emit(m.market, "MissReported");
  });
});

describe("finding: queued set changes make reports expensive", function () {
  it("no queue; a report costs the same with 1 or 30 agreements", async function () {
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
  it("SafeCast refuses it", async function () {
    const m = await AM.deploy(conn, A_UNIT, 1n << 200n);
    const f = m.signers[1];
    const amount = (1n << 128n) + 5n;
    await m.fund(f.address, amount);
    await m.approve(f, amount);
    await expect(m.market.connect(f).stake(amount)).to.be.revertedWithCustomError(m.market, "SafeCastOverflowedUintDowncast");
  });
});

describe("finding: parameter bounds (disqualifyAfterMisses, zero minStake / unbonding)", function () {
  it("refuses them", async function () {
    const signers = await ethers.getSigners();
    const token = await ethers.deployContract("GranaryToken", [signers[0].address, 1000n]);
    const F = await ethers.getContractFactory("AgreementMarket");
    const cases: [number, Partial<AParams>][] = [[9, { disqualifyAfterMisses: 65 }], [5, { minStake: 0n }], [6, { unbondingSeconds: 0 }]];
    for (const [which, o] of cases) await expect(F.deploy(token.target, { ...A_UNIT, ...o })).to.be.revertedWithCustomError(F, "BadParams").withArgs(which);
  });
});

describe("finding: permit overwriting a larger allowance", function () {
  it("the permit is used only when the allowance is short", async function () {
    const m = await loadNew();
    const { f1, r1 } = acast(m);
    await m.enter(1);
    await m.approve(r1, 10_000n);
    const t = m.terms(r1, f1);
    const p = await m.signPermit(r1, 500n, FAR);
    await (await m.market.connect(r1).openWithPermit(t, await m.signOpen(f1, t), 500n, FAR, p.v, p.r, p.s)).wait();
    expect(await m.token.allowance(r1.address, m.address)).to.equal(9_500n);
  });
});

describe("finding: slash dust", function () {
  it("the slash rounds up, at least one unit of a non-zero stake", async function () {
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
  it("one entry per address, only with minStake behind it, and nothing on chain iterates the list", async function () {
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

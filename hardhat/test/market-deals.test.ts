// createDeal / createDealWithPermit, cancel, settle and withdraw.
import { network } from "hardhat";
import { expect } from "chai";
import { DealTree } from "./merkle.js";
import { DEAL_TYPES, FARMER_STAKE, FAR_DEADLINE, Market, RENTER_FUNDS, UNIT_PARAMS, cast, world, type Account } from "./helpers.js";

const conn = await network.create();
const { networkHelpers, ethers } = conn;
const TREE = DealTree.random("deals", 8, 4); // 2 KiB in 2 shards of 1 KiB
const OTHER = DealTree.random("deals-2", 8, 4);

async function base(): Promise<Market> {
  return world(conn);
}
const load = async () => (await networkHelpers.loadFixture(base)).clone();

/** Signs `t` by both parties (or the given signers) and returns createDeal's arguments. */
async function signed(m: Market, t: any, renterSigner: Account, farmerSigner: Account): Promise<[any, string, string]> {
  return [t, await m.sign(renterSigner, t), await m.sign(farmerSigner, t)];
}

async function proveEach(m: Market, farmer: Account, periods: number[]): Promise<void> {
  for (const p of periods) {
    await m.toWindow(p);
    await m.heartbeat(farmer);
  }
}

describe("StorageMarket: createDeal", function () {
  it("creates a deal with an allowance: escrow in, collateral locked, queued for the next period", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    const t = m.terms(r1.address, f1.address, TREE);
    expect([t.pricePerPeriod, t.periods, t.collateral]).to.deep.equal([100n, 5, 250n]);
    await m.approve(r1, 500n);
    const args = await signed(m, t, r1, f1);
    expect(await m.market.hashDealTerms(t)).to.equal(ethers.TypedDataEncoder.hash(m.domain(), DEAL_TYPES, t));
    const tx = await m.market.connect(r1).createDeal(...args);
    const rc = await tx.wait();
    const start = Math.floor((rc.blockNumber - m.genesis) / m.params.periodBlocks) + 1;
    expect(start).to.equal(1);
    await expect(tx)
      .to.emit(m.market, "DealCreated")
      .withArgs(1n, r1.address, f1.address, TREE.root, 2048n, 1024n, 100n, 5n, 250n, BigInt(start));
    await expect(tx).to.changeTokenBalances(ethers, m.token, [r1.address, m.address], [-500n, 500n]);
    const d = await m.market.getDeal(1n);
    expect(d.renter).to.equal(r1.address);
    expect(d.farmer).to.equal(f1.address);
    expect([d.startPeriod, d.endPeriod, d.flags]).to.deep.equal([BigInt(start), BigInt(start + 5), 0n]);
    expect([d.leaves, d.class, d.shardLeaves, d.periods, d.pricePerPeriod, d.collateral]).to.deep.equal([8n, 3n, 4n, 5n, 100n, 250n]);
    expect(d.root).to.equal(TREE.root);
    const f = await m.getFarmer(f1.address);
    expect([f.stake, f.locked, f.used, f.liveDeals, f.queueHead, f.queueTail, f.totalLeaves]).to.deep.equal([
      FARMER_STAKE - 250n,
      250n,
      2048n,
      1n,
      0n,
      1n,
      0n,
    ]);
    expect(await m.market.nonceUsed(r1.address, t.nonce)).to.equal(true);
    expect(await m.market.dealCount()).to.equal(1n);
  });

  it("may be sent by the farmer", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    const { id } = await m.createDeal(r1, f1, m.terms(r1.address, f1.address, TREE), TREE, { sender: f1 });
    expect(id).to.equal(1n);
    expect((await m.market.getDeal(id)).renter).to.equal(r1.address);
  });

  it("createDealWithPermit funds the escrow with the renter's ERC-2612 permit", async function () {
    const m = await load();
    const { f1, r2 } = cast(m);
    const t = m.terms(r2.address, f1.address, TREE);
    const p = await m.signPermit(r2, m.address, 500n, FAR_DEADLINE);
    const tx = await m.market.connect(f1).createDealWithPermit(...(await signed(m, t, r2, f1)), FAR_DEADLINE, p.v, p.r, p.s);
    await expect(tx).to.emit(m.market, "DealCreated");
    await expect(tx).to.changeTokenBalances(ethers, m.token, [r2.address, m.address], [-500n, 500n]);
    expect(await m.token.nonces(r2.address)).to.equal(1n);
    expect(await m.token.allowance(r2.address, m.address)).to.equal(0n);
  });

  it("createDealWithPermit ignores a failing permit: the allowance pays, or InsufficientEscrowFunds", async function () {
    const m = await load();
    const { f1, r2, outsider } = cast(m);
    const bad = await m.signPermit(outsider, m.address, 500n, FAR_DEADLINE, r2.address); // not r2's signature
    const t1 = m.terms(r2.address, f1.address, TREE);
    await expect(m.market.connect(r2).createDealWithPermit(...(await signed(m, t1, r2, f1)), FAR_DEADLINE, bad.v, bad.r, bad.s))
      .to.be.revertedWithCustomError(m.market, "InsufficientEscrowFunds")
      .withArgs(RENTER_FUNDS, 0n, 500n);
    await m.approve(r2, 500n);
    await expect(m.market.connect(r2).createDealWithPermit(...(await signed(m, t1, r2, f1)), FAR_DEADLINE, bad.v, bad.r, bad.s)).to.emit(
      m.market,
      "DealCreated",
    );
    // A permit front-run by someone else (already used): ignored too, the allowance it set pays.
    const t2 = m.terms(r2.address, f1.address, TREE);
    const p = await m.signPermit(r2, m.address, 500n, FAR_DEADLINE);
    await (await m.token.connect(outsider).permit(r2.address, m.address, 500n, FAR_DEADLINE, p.v, p.r, p.s)).wait();
    await expect(m.market.connect(r2).createDealWithPermit(...(await signed(m, t2, r2, f1)), FAR_DEADLINE, p.v, p.r, p.s)).to.emit(
      m.market,
      "DealCreated",
    );
    expect(await m.token.balanceOf(r2.address)).to.equal(RENTER_FUNDS - 1000n);
  });

  it("reverts NotParty when a third party sends it", async function () {
    const m = await load();
    const { f1, r1, outsider } = cast(m);
    const t = m.terms(r1.address, f1.address, TREE);
    await m.approve(r1, 500n);
    await expect(m.market.connect(outsider).createDeal(...(await signed(m, t, r1, f1)))).to.be.revertedWithCustomError(m.market, "NotParty");
  });

  it("reverts Expired after the deadline", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    const now = BigInt((await ethers.provider.getBlock("latest"))!.timestamp);
    const t = m.terms(r1.address, f1.address, TREE, { deadline: now });
    await m.approve(r1, 500n);
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t, r1, f1)))).to.be.revertedWithCustomError(m.market, "Expired");
    const later = m.terms(r1.address, f1.address, TREE, { deadline: now + 1000n });
    await expect(m.market.connect(r1).createDeal(...(await signed(m, later, r1, f1)))).to.emit(m.market, "DealCreated");
  });

  it("reverts NonceUsed on replay and on new terms under a used nonce", async function () {
    const m = await load();
    const { f1, f2, r1 } = cast(m);
    const t = m.terms(r1.address, f1.address, TREE);
    await m.approve(r1, 5_000n);
    const args = await signed(m, t, r1, f1);
    await (await m.market.connect(r1).createDeal(...args)).wait();
    await expect(m.market.connect(r1).createDeal(...args)).to.be.revertedWithCustomError(m.market, "NonceUsed");
    await expect(m.market.connect(f1).createDeal(...args)).to.be.revertedWithCustomError(m.market, "NonceUsed");
    const t2 = m.terms(r1.address, f2.address, OTHER, { nonce: t.nonce });
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t2, r1, f2)))).to.be.revertedWithCustomError(m.market, "NonceUsed");
    // The nonce is the renter's: another renter may use the same number.
    expect(await m.market.nonceUsed(r1.address, t.nonce)).to.equal(true);
  });

  it("reverts BadSignature naming the renter, then the farmer", async function () {
    const m = await load();
    const { f1, r1, outsider } = cast(m);
    await m.approve(r1, 500n);
    const t = m.terms(r1.address, f1.address, TREE);
    const rs = await m.sign(r1, t);
    const fs = await m.sign(f1, t);
    const forged = await m.sign(outsider, t);
    const bad = (e: any) => expect(e).to.be.revertedWithCustomError(m.market, "BadSignature");
    await bad(m.market.connect(r1).createDeal(t, forged, fs)).withArgs(r1.address);
    await bad(m.market.connect(r1).createDeal(t, rs, forged)).withArgs(f1.address);
    await bad(m.market.connect(r1).createDeal(t, fs, rs)).withArgs(r1.address);
    await bad(m.market.connect(r1).createDeal(t, "0x", fs)).withArgs(r1.address);
    // Terms changed after signing: neither signature matches.
    await bad(m.market.connect(r1).createDeal({ ...t, pricePerPeriod: 99n }, rs, fs)).withArgs(r1.address);
    // A signature for another chain id (same contract address) does not verify here.
    const otherChain = await r1.signTypedData(m.domain(1n), DEAL_TYPES, t);
    await bad(m.market.connect(r1).createDeal(t, otherChain, fs)).withArgs(r1.address);
    await expect(m.market.connect(r1).createDeal(t, rs, fs)).to.emit(m.market, "DealCreated");
  });

  const badTerms: [string, (t: any, m: Market) => any][] = [
    ["size = 0", (t) => ({ ...t, size: 0n })],
    ["size not a multiple of 256", (t) => ({ ...t, size: 2047n })],
    ["shardSize = 0", (t) => ({ ...t, shardSize: 0n })],
    ["shardSize not a multiple of 256", (t) => ({ ...t, shardSize: 1000n })],
    ["periods = 0", (t) => ({ ...t, periods: 0 })],
  ];
  for (const [name, change] of badTerms) {
    it(`reverts BadTerms when ${name}`, async function () {
      const m = await load();
      const { f1, r1 } = cast(m);
      await m.approve(r1, 500n);
      const t = change(m.terms(r1.address, f1.address, TREE), m);
      await expect(m.market.connect(r1).createDeal(...(await signed(m, t, r1, f1)))).to.be.revertedWithCustomError(m.market, "BadTerms");
    });
  }

  it("reverts BadTerms when the renter is the farmer", async function () {
    const m = await load();
    const { f1 } = cast(m);
    await m.fund(f1.address, 500n);
    await m.approve(f1, 500n);
    const t = m.terms(f1.address, f1.address, TREE);
    await expect(m.market.connect(f1).createDeal(...(await signed(m, t, f1, f1)))).to.be.revertedWithCustomError(m.market, "BadTerms");
  });

  it("reverts UnknownFarmer for a farmer that never announced", async function () {
    const m = await load();
    const { r1, outsider } = cast(m);
    await m.fund(outsider.address, 5_000n);
    await m.stake(outsider, 5_000n);
    await m.approve(r1, 500n);
    const t = m.terms(r1.address, outsider.address, TREE);
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t, r1, outsider)))).to.be.revertedWithCustomError(
      m.market,
      "UnknownFarmer",
    );
  });

  it("reverts OverCapacity(free, size) beyond the announced capacity", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    await m.announce(f1, 3072n);
    await m.deal(r1, f1, TREE); // 2048 of 3072
    const big = DealTree.random("big", 8, 8);
    const t = m.terms(r1.address, f1.address, big);
    await m.approve(r1, 500n);
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t, r1, f1))))
      .to.be.revertedWithCustomError(m.market, "OverCapacity")
      .withArgs(1024n, 2048n);
    // Announcing less than is used leaves no free space at all.
    await m.announce(f1, 1024n);
    const small = DealTree.random("small", 1, 1);
    const t2 = m.terms(r1.address, f1.address, small);
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t2, r1, f1))))
      .to.be.revertedWithCustomError(m.market, "OverCapacity")
      .withArgs(0n, 256n);
  });

  it("reverts CollateralTooLow(required) below minCollateralBps of the escrow", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    await m.approve(r1, 10_000n);
    const t = m.terms(r1.address, f1.address, TREE, { pricePerPeriod: 333n, periods: 3, collateral: 498n });
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t, r1, f1))))
      .to.be.revertedWithCustomError(m.market, "CollateralTooLow")
      .withArgs(499n); // 999 * 5000 / 10000, rounded down
    const t2 = m.terms(r1.address, f1.address, TREE, { pricePerPeriod: 333n, periods: 3, collateral: 499n });
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t2, r1, f1)))).to.emit(m.market, "DealCreated");
  });

  it("reverts InsufficientStake(available, required) unless collateral + minStake is free", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    await m.approve(r1, 10_000n);
    const t = m.terms(r1.address, f1.address, TREE, { collateral: FARMER_STAKE - 999n });
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t, r1, f1))))
      .to.be.revertedWithCustomError(m.market, "InsufficientStake")
      .withArgs(FARMER_STAKE, FARMER_STAKE + 1n);
    const ok = m.terms(r1.address, f1.address, TREE, { collateral: FARMER_STAKE - 1000n });
    await expect(m.market.connect(r1).createDeal(...(await signed(m, ok, r1, f1)))).to.emit(m.market, "DealCreated");
    expect((await m.getFarmer(f1.address)).stake).to.equal(1000n);
  });

  it("reverts InsufficientEscrowFunds(balance, allowance, required)", async function () {
    const m = await load();
    const { f1, r1, outsider } = cast(m);
    const t = m.terms(outsider.address, f1.address, TREE);
    await expect(m.market.connect(outsider).createDeal(...(await signed(m, t, outsider, f1))))
      .to.be.revertedWithCustomError(m.market, "InsufficientEscrowFunds")
      .withArgs(0n, 0n, 500n);
    await m.approve(outsider, 500n);
    await m.fund(outsider.address, 499n);
    await expect(m.market.connect(outsider).createDeal(...(await signed(m, t, outsider, f1))))
      .to.be.revertedWithCustomError(m.market, "InsufficientEscrowFunds")
      .withArgs(499n, 500n, 500n);
    await m.approve(r1, 499n);
    const t2 = m.terms(r1.address, f1.address, TREE);
    await expect(m.market.connect(r1).createDeal(...(await signed(m, t2, r1, f1))))
      .to.be.revertedWithCustomError(m.market, "InsufficientEscrowFunds")
      .withArgs(RENTER_FUNDS, 499n, 500n);
  });
});

describe("StorageMarket: cancel", function () {
  it("before the start: the deal never runs, the renter gets everything back at settlement", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    const id = await m.deal(r1, f1, TREE);
    const start = Number((await m.market.getDeal(id)).startPeriod);
    await expect(m.market.connect(r1).cancel(id)).to.emit(m.market, "DealCancelled").withArgs(id, BigInt(start));
    let f = await m.getFarmer(f1.address);
    expect([f.used, f.liveDeals, f.queueTail]).to.deep.equal([0n, 1n, 2n]);
    const d = await m.market.getDeal(id);
    expect(d.endPeriod).to.equal(BigInt(start));
    await expect(m.market.connect(r1).cancel(id)).to.be.revertedWithCustomError(m.market, "DealNotLive");
    await expect(m.market.settle(id)).to.be.revertedWithCustomError(m.market, "DealNotEnded").withArgs(BigInt(start));
    await m.toPeriod(start);
    await expect(m.market.settle(id)).to.emit(m.market, "DealSettled").withArgs(id, 0n, 500n, 0n, 0n);
    expect(await m.balance(r1.address)).to.equal(500n);
    f = await m.getFarmer(f1.address);
    expect([f.stake, f.locked, f.liveDeals]).to.deep.equal([FARMER_STAKE, 0n, 0n]);
  });

  it("mid-deal: the current period is the last one paid, the deal leaves the set next period", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    const id = await m.deal(r1, f1, TREE); // periods 1..5
    await proveEach(m, f1, [1]);
    await m.toPeriod(2, 3);
    await expect(m.market.connect(r1).cancel(id)).to.emit(m.market, "DealCancelled").withArgs(id, 3n);
    expect((await m.getFarmer(f1.address)).used).to.equal(0n);
    await proveEach(m, f1, [2]); // still in period 2's set
    await m.toWindow(3);
    await expect(m.market.connect(f1).heartbeat(3, "0x", [])).to.be.revertedWithCustomError(m.market, "NothingToProve");
    await expect(m.market.connect(r1).cancel(id)).to.be.revertedWithCustomError(m.market, "DealNotLive");
    await expect(m.market.settle(id)).to.emit(m.market, "DealSettled").withArgs(id, 200n, 300n, 0n, 0n);
    expect(await m.balance(f1.address)).to.equal(200n);
    expect(await m.balance(r1.address)).to.equal(300n);
  });

  it("reverts UnknownDeal, NotRenter, and DealNotLive after the end or settlement", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    await expect(m.market.connect(r1).cancel(7n)).to.be.revertedWithCustomError(m.market, "UnknownDeal");
    const id = await m.deal(r1, f1, TREE, { periods: 1 }); // period 1 only
    await expect(m.market.connect(f1).cancel(id)).to.be.revertedWithCustomError(m.market, "NotRenter");
    await m.toPeriod(2);
    await expect(m.market.connect(r1).cancel(id)).to.be.revertedWithCustomError(m.market, "DealNotLive");
    await (await m.market.settle(id)).wait();
    await expect(m.market.connect(r1).cancel(id)).to.be.revertedWithCustomError(m.market, "DealNotLive");
  });
});

describe("StorageMarket: settle and withdraw", function () {
  it("pays the farmer exactly price x proven periods and refunds the rest", async function () {
    const m = await load();
    const { f1, r1, outsider } = cast(m);
    const id = await m.deal(r1, f1, TREE, { pricePerPeriod: 70n, periods: 5, collateral: 400n }); // periods 1..5
    await proveEach(m, f1, [1, 2, 4]);
    await m.toPeriod(5, 1);
    await expect(m.market.settle(id)).to.be.revertedWithCustomError(m.market, "DealNotEnded").withArgs(6n);
    // Period 6 is after the deal, but the deal stays in the set until it is settled (and the period
    // after): f1 proves it, unpaid.
    await proveEach(m, f1, [6]);
    const tx = await m.market.connect(outsider).settle(id);
    await expect(tx).to.emit(m.market, "DealSettled").withArgs(id, 210n, 140n, 0n, 0n);
    await expect(tx).to.changeTokenBalances(ethers, m.token, [m.address, f1.address, r1.address], [0n, 0n, 0n]);
    expect(await m.balance(f1.address)).to.equal(210n);
    expect(await m.balance(r1.address)).to.equal(140n);
    const f = await m.getFarmer(f1.address);
    expect([f.stake, f.locked, f.used, f.liveDeals]).to.deep.equal([FARMER_STAKE, 0n, 0n, 0n]);
    expect((await m.market.getDeal(id)).flags & 4n).to.equal(4n);
    await expect(m.market.settle(id)).to.be.revertedWithCustomError(m.market, "AlreadySettled");
    await expect(m.market.settle(99n)).to.be.revertedWithCustomError(m.market, "UnknownDeal");

    // withdraw pays exactly the balance, once.
    const w = await m.market.connect(f1).withdraw();
    await expect(w).to.emit(m.market, "Withdrawn").withArgs(f1.address, 210n);
    await expect(w).to.changeTokenBalances(ethers, m.token, [f1.address, m.address], [210n, -210n]);
    expect(await m.balance(f1.address)).to.equal(0n);
    await expect(m.market.connect(f1).withdraw()).to.be.revertedWithCustomError(m.market, "NothingToWithdraw");
    await expect(m.market.connect(outsider).withdraw()).to.be.revertedWithCustomError(m.market, "NothingToWithdraw");
  });

  it("reverts ChallengeOpen while a renter challenge is unanswered and not yet expired", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    const id = await m.deal(r1, f1, TREE, { periods: 1 }); // period 1 only
    await m.nextTxAt(m.periodStart(2) - 2);
    const rc = await (await m.market.connect(r1).challenge(id)).wait();
    const deadline = rc.blockNumber + UNIT_PARAMS.proofWindow;
    await m.toPeriod(2);
    await expect(m.market.settle(id)).to.be.revertedWithCustomError(m.market, "ChallengeOpen");
    await m.nextTxAt(deadline);
    await expect(m.market.settle(id)).to.be.revertedWithCustomError(m.market, "ChallengeOpen");
    await m.nextTxAt(deadline + 1);
    await expect(m.market.settle(id)).to.emit(m.market, "DealSettled").withArgs(id, 0n, 100n, 0n, 0n);
  });

  it("counts proven periods across a 256-period word of the proven bitmap", async function () {
    const c2 = await network.create();
    const params = { ...UNIT_PARAMS, periodBlocks: 8, proofWindow: 3 };
    const m = await world(c2, params);
    const { f1, r1 } = cast(m);
    await m.toPeriod(249);
    const id = await m.deal(r1, f1, TREE, { pricePerPeriod: 11n, periods: 12 }); // periods 250..261
    expect((await m.market.getDeal(id)).startPeriod).to.equal(250n);
    const proven = [250, 253, 255, 256, 257, 261];
    await proveEach(m, f1, proven);
    expect(await m.market.provenBits(f1.address, 0)).to.equal((1n << 250n) | (1n << 253n) | (1n << 255n));
    expect(await m.market.provenBits(f1.address, 1)).to.equal((1n << 0n) | (1n << 1n) | (1n << 5n));
    await m.toPeriod(262);
    await expect(m.market.settle(id)).to.emit(m.market, "DealSettled").withArgs(id, 66n, 66n, 0n, 0n);
    const rep = await m.market.reputation(f1.address);
    expect([rep[0], rep[1], rep[2], rep[3]]).to.deep.equal([6n, 0n, 0n, false]);
    await c2.close();
  });
});

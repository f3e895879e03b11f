// Construction, stake / unstake / unbonding, announce and the farmer views.
import { network } from "hardhat";
import { expect } from "chai";
import { DealTree } from "./merkle.js";
import { DEAL_TYPES, FARMER_STAKE, Market, UNIT_PARAMS, cast, world, type Params } from "./helpers.js";

const conn = await network.create();
const { networkHelpers, ethers } = conn;

async function base(): Promise<Market> {
  return world(conn);
}
const load = async () => (await networkHelpers.loadFixture(base)).clone();

describe("StorageMarket: construction", function () {
  it("stores every parameter and the genesis block", async function () {
    const m = await load();
    const { market } = m;
    expect(await market.token()).to.equal(m.token.target);
    expect(await market.periodBlocks()).to.equal(40n);
    expect(await market.proofWindow()).to.equal(5n);
    expect(await market.challengesPerHeartbeat()).to.equal(3n);
    expect(await market.minStake()).to.equal(1000n);
    expect(await market.unbondingDelay()).to.equal(10n);
    expect(await market.minCollateralBps()).to.equal(5000n);
    expect(await market.slashBps()).to.equal(1000n);
    expect(await market.reporterBountyBps()).to.equal(2000n);
    expect(await market.disqualifyAfterMisses()).to.equal(3n);
    expect(await market.LEAF_SIZE()).to.equal(256n);
    expect(await market.MAX_PICK_ATTEMPTS()).to.equal(16n);
    expect(await market.DEAL_TERMS_TYPEHASH()).to.equal(
      ethers.id(ethers.TypedDataEncoder.from(DEAL_TYPES).encodeType("DealTerms")),
    );
    const domain = await market.eip712Domain();
    expect([domain.name, domain.version, domain.chainId, domain.verifyingContract]).to.deep.equal([
      "Granary StorageMarket",
      "1",
      31337n,
      m.address,
    ]);
    expect(m.genesis).to.be.greaterThan(0);
    expect(await market.periodStart(3)).to.equal(BigInt(m.genesis + 120));
    expect(await market.seedBlock(3)).to.equal(BigInt(m.genesis + 120 + 40 - 5 - 1));
    // A view sees the latest block; the next transaction the one after it.
    await m.toPeriod(2);
    expect(await market.currentPeriod()).to.equal(1n);
    expect(await m.period()).to.equal(2);
    await networkHelpers.mine(1);
    expect(await market.currentPeriod()).to.equal(2n);
  });

  const bad: [string, Partial<Params>][] = [
    ["periodBlocks = 0", { periodBlocks: 0 }],
    ["proofWindow = 0", { proofWindow: 0 }],
    ["proofWindow = 256", { periodBlocks: 1000, proofWindow: 256 }],
    ["proofWindow = periodBlocks", { periodBlocks: 5, proofWindow: 5 }],
    ["challengesPerHeartbeat = 0", { challengesPerHeartbeat: 0 }],
    ["challengesPerHeartbeat = 65", { challengesPerHeartbeat: 65 }],
    ["slashBps > 10000", { slashBps: 10_001 }],
    ["reporterBountyBps > 10000", { reporterBountyBps: 10_001 }],
    ["disqualifyAfterMisses = 0", { disqualifyAfterMisses: 0 }],
  ];
  for (const [name, p] of bad) {
    it(`reverts BadParams when ${name}`, async function () {
      const m = await load();
      const factory = await ethers.getContractFactory("StorageMarket");
      await expect(factory.deploy(m.token.target, { ...UNIT_PARAMS, ...p })).to.be.revertedWithCustomError(factory, "BadParams");
    });
  }

  it("reverts BadParams for the zero token, and accepts the boundary values", async function () {
    const m = await load();
    const factory = await ethers.getContractFactory("StorageMarket");
    await expect(factory.deploy(ethers.ZeroAddress, UNIT_PARAMS)).to.be.revertedWithCustomError(factory, "BadParams");
    const edge = { ...UNIT_PARAMS, periodBlocks: 256, proofWindow: 255, challengesPerHeartbeat: 64, slashBps: 10_000, reporterBountyBps: 10_000, disqualifyAfterMisses: 1 };
    const ok = await factory.deploy(m.token.target, edge);
    expect(await ok.proofWindow()).to.equal(255n);
    expect(await ok.challengesPerHeartbeat()).to.equal(64n);
  });
});

describe("StorageMarket: stake, unstake, unbonding", function () {
  it("stakes: pulls the tokens and credits free stake", async function () {
    const m = await load();
    const { outsider } = cast(m);
    await m.fund(outsider.address, 5_000n);
    await m.approve(outsider, 5_000n);
    const tx = await m.market.connect(outsider).stake(3_000n);
    await expect(tx).to.emit(m.market, "Staked").withArgs(outsider.address, 3_000n);
    await expect(tx).to.changeTokenBalances(ethers, m.token, [outsider.address, m.address], [-3_000n, 3_000n]);
    await (await m.market.connect(outsider).stake(2_000n)).wait();
    expect((await m.getFarmer(outsider.address)).stake).to.equal(5_000n);
  });

  it("reverts ZeroAmount, and OpenZeppelin's errors without allowance or balance", async function () {
    const m = await load();
    const { outsider } = cast(m);
    await expect(m.market.connect(outsider).stake(0n)).to.be.revertedWithCustomError(m.market, "ZeroAmount");
    await expect(m.market.connect(outsider).stake(1n))
      .to.be.revertedWithCustomError(m.token, "ERC20InsufficientAllowance")
      .withArgs(m.address, 0n, 1n);
    await m.approve(outsider, 1n);
    await expect(m.market.connect(outsider).stake(1n))
      .to.be.revertedWithCustomError(m.token, "ERC20InsufficientBalance")
      .withArgs(outsider.address, 0n, 1n);
  });

  it("requestUnstake moves free stake to unbonding; withdrawStake pays it after the delay", async function () {
    const m = await load();
    const { f1 } = cast(m);
    const tx = await m.market.connect(f1).requestUnstake(40_000n);
    const rc = await tx.wait();
    const ready = BigInt(rc.blockNumber + 10);
    await expect(tx).to.emit(m.market, "UnstakeRequested").withArgs(f1.address, 40_000n, ready);
    let f = await m.getFarmer(f1.address);
    expect([f.stake, f.unbonding, f.unbondingReadyBlock]).to.deep.equal([60_000n, 40_000n, ready]);

    await m.nextTxAt(Number(ready) - 1);
    await expect(m.market.connect(f1).withdrawStake()).to.be.revertedWithCustomError(m.market, "Unbonding").withArgs(ready);
    await m.nextTxAt(Number(ready)); // a reverted call mines no block
    const w = await m.market.connect(f1).withdrawStake();
    await expect(w).to.emit(m.market, "StakeWithdrawn").withArgs(f1.address, 40_000n);
    await expect(w).to.changeTokenBalances(ethers, m.token, [f1.address, m.address], [40_000n, -40_000n]);
    f = await m.getFarmer(f1.address);
    expect([f.stake, f.unbonding]).to.deep.equal([60_000n, 0n]);
    await expect(m.market.connect(f1).withdrawStake()).to.be.revertedWithCustomError(m.market, "NothingUnbonding");
  });

  it("a second request adds to unbonding and restarts the delay for all of it", async function () {
    const m = await load();
    const { f1 } = cast(m);
    await (await m.market.connect(f1).requestUnstake(1_000n)).wait();
    await networkHelpers.mine(5);
    const rc = await (await m.market.connect(f1).requestUnstake(2_000n)).wait();
    const ready = rc.blockNumber + 10;
    await m.nextTxAt(ready - 1);
    await expect(m.market.connect(f1).withdrawStake()).to.be.revertedWithCustomError(m.market, "Unbonding").withArgs(ready);
    await m.nextTxAt(ready);
    await expect(m.market.connect(f1).withdrawStake()).to.emit(m.market, "StakeWithdrawn").withArgs(f1.address, 3_000n);
  });

  it("requestUnstake reverts ZeroAmount, InsufficientStake and StakeLocked", async function () {
    const m = await load();
    const { f1, r1 } = cast(m);
    await expect(m.market.connect(f1).requestUnstake(0n)).to.be.revertedWithCustomError(m.market, "ZeroAmount");
    await expect(m.market.connect(f1).requestUnstake(FARMER_STAKE + 1n))
      .to.be.revertedWithCustomError(m.market, "InsufficientStake")
      .withArgs(FARMER_STAKE, FARMER_STAKE + 1n);
    // Without deals the whole stake may go.
    const snap = await networkHelpers.takeSnapshot();
    await (await m.market.connect(f1).requestUnstake(FARMER_STAKE)).wait();
    expect((await m.getFarmer(f1.address)).stake).to.equal(0n);
    await snap.restore();
    // With a live deal minStake (1000) must stay free; the collateral (250) is locked, not free.
    await m.deal(r1, f1, DealTree.random("s", 4, 4));
    const free = FARMER_STAKE - 250n;
    expect((await m.getFarmer(f1.address)).stake).to.equal(free);
    await expect(m.market.connect(f1).requestUnstake(free - 999n)).to.be.revertedWithCustomError(m.market, "StakeLocked");
    await expect(m.market.connect(f1).requestUnstake(free - 1000n)).to.emit(m.market, "UnstakeRequested");
    expect((await m.getFarmer(f1.address)).stake).to.equal(1000n);
  });
});

describe("StorageMarket: announce", function () {
  it("lists the farmer once and publishes its peer info and offer", async function () {
    const m = await load();
    const { f1, f2, f3 } = cast(m);
    expect(await m.market.farmerCount()).to.equal(3n);
    expect([await m.market.farmerAt(0), await m.market.farmerAt(1), await m.market.farmerAt(2)]).to.deep.equal([
      f1.address,
      f2.address,
      f3.address,
    ]);
    await expect(m.market.connect(f2).announce("0xaabb", "0xccddee", 7n, 4096n))
      .to.emit(m.market, "Announced")
      .withArgs(f2.address, "0xaabb", "0xccddee", 7n, 4096n);
    expect(await m.market.farmerCount()).to.equal(3n);
    expect(await m.market.peerInfo(f2.address)).to.deep.equal(["0xaabb", "0xccddee"]);
    const f = await m.getFarmer(f2.address);
    expect([f.announced, f.pricePerGiB, f.capacity]).to.deep.equal([true, 7n, 4096n]);
  });

  it("reverts NotStaked without stake or below minStake", async function () {
    const m = await load();
    const { outsider } = cast(m);
    await expect(m.market.connect(outsider).announce("0x", "0x", 1n, 1n)).to.be.revertedWithCustomError(m.market, "NotStaked");
    await m.fund(outsider.address, 999n);
    await m.stake(outsider, 999n);
    await expect(m.market.connect(outsider).announce("0x", "0x", 1n, 1n)).to.be.revertedWithCustomError(m.market, "NotStaked");
    await m.fund(outsider.address, 1n);
    await m.stake(outsider, 1n);
    await expect(m.market.connect(outsider).announce("0x", "0x", 1n, 1n)).to.emit(m.market, "Announced");
    expect(await m.market.farmerAt(3)).to.equal(outsider.address);
  });
});

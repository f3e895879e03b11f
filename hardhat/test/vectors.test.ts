// Cross-language vectors: ../proofs/testdata/vectors.json is written by the Go `proofs` package; the
// contract (and this suite's JavaScript helpers) must agree with it. A missing or empty file FAILS.
// (GRANARY_VECTORS=/path/to/vectors.json points the test at another file, to debug a generator.)
import { network } from "hardhat";
import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TypedDataEncoder, getCreateAddress } from "ethers";
import { LEAF_SIZE, verifyLeaf } from "./merkle.js";
import { DEAL_TYPES, Market, challengeSeed, type Params } from "./helpers.js";

const VECTORS = process.env.GRANARY_VECTORS ?? fileURLToPath(new URL("../../proofs/testdata/vectors.json", import.meta.url));

interface Vectors {
  leafSize: number;
  trees: { name: string; leaves: number; shardLeaves: number; root: string; proofs: { leaf: number; data: string; path: string[]; valid: boolean }[] }[];
  eip712: { chainId: number; verifyingContract: string; terms: Record<string, string>; digest: string }[];
  seeds: { blockHash: string; farmer: string; period: number; seed: string }[];
  picks: {
    params: Record<string, string>;
    farmer: number;
    renter: number;
    deals: { size: string; shardSize: string }[];
    seed: string;
    expected: { dealId: number; leaf: number }[];
  }[];
}

function load(): Vectors {
  if (!existsSync(VECTORS)) {
    throw new Error(`cross-language vectors missing: ${VECTORS} does not exist. Generate it with the Go proofs package (proofs/testdata/vectors.json).`);
  }
  let v: Vectors;
  try {
    v = JSON.parse(readFileSync(VECTORS, "utf8"));
  } catch (e: any) {
    throw new Error(`cross-language vectors unreadable: ${VECTORS}: ${e.message}`);
  }
  expect(v.leafSize, "leafSize").to.equal(LEAF_SIZE);
  return v;
}

function nonEmpty<T>(xs: T[] | undefined, what: string): T[] {
  expect(xs, `${VECTORS}: "${what}"`).to.be.an("array").that.is.not.empty;
  return xs!;
}

function params(p: Record<string, string>): Params {
  return {
    periodBlocks: Number(p.periodBlocks),
    proofWindow: Number(p.proofWindow),
    challengesPerHeartbeat: Number(p.challengesPerHeartbeat),
    minStake: BigInt(p.minStake),
    unbondingDelay: Number(p.unbondingDelay),
    minCollateralBps: Number(p.minCollateralBps),
    slashBps: Number(p.slashBps),
    reporterBountyBps: Number(p.reporterBountyBps),
    disqualifyAfterMisses: Number(p.disqualifyAfterMisses),
  };
}

describe("cross-language vectors (proofs/testdata/vectors.json)", function () {
  it("trees: checkProof (and the JS helper) return `valid` for every proof", async function () {
    const v = load();
    const conn = await network.create();
    const m = await Market.deploy(conn);
    let valid = 0;
    let invalid = 0;
    for (const t of nonEmpty(v.trees, "trees")) {
      for (const p of nonEmpty(t.proofs, `trees[${t.name}].proofs`)) {
        const what = `tree ${t.name} (${t.leaves} leaves, shards of ${t.shardLeaves}), leaf ${p.leaf}, valid=${p.valid}`;
        expect(await m.market.checkProof(t.root, t.leaves, t.shardLeaves, p.leaf, p.data, p.path), what).to.equal(p.valid);
        const data = Buffer.from(p.data.replace(/^0x/, ""), "hex");
        expect(verifyLeaf(t.root, t.leaves, t.shardLeaves, p.leaf, data, p.path), `JS helper: ${what}`).to.equal(p.valid);
        if (p.valid) valid++;
        else invalid++;
      }
    }
    expect(valid, "valid proofs in the vectors").to.be.greaterThan(0);
    expect(invalid, "invalid proofs in the vectors").to.be.greaterThan(0);
    await conn.close();
  });

  it("eip712: hashDealTerms equals the digest for the market deployed at nonce 1 of account 0", async function () {
    const v = load();
    const conn = await network.create();
    const m = await Market.deploy(conn); // token at nonce 0, market at nonce 1 of account 0
    const chainId = (await conn.ethers.provider.getNetwork()).chainId;
    expect(m.address).to.equal(getCreateAddress({ from: m.holder.address, nonce: 1 }));
    for (const e of nonEmpty(v.eip712, "eip712")) {
      expect(BigInt(e.chainId), "chainId of the vector").to.equal(chainId);
      expect(e.verifyingContract.toLowerCase(), "verifyingContract of the vector").to.equal(m.address.toLowerCase());
      const t = e.terms;
      const terms = {
        renter: t.renter,
        farmer: t.farmer,
        root: t.root,
        size: BigInt(t.size),
        shardSize: BigInt(t.shardSize),
        pricePerPeriod: BigInt(t.pricePerPeriod),
        periods: BigInt(t.periods),
        collateral: BigInt(t.collateral),
        nonce: BigInt(t.nonce),
        deadline: BigInt(t.deadline),
      };
      expect(await m.market.hashDealTerms(terms), `digest of ${JSON.stringify(t)}`).to.equal(e.digest.toLowerCase());
      expect(TypedDataEncoder.hash(m.domain(chainId), DEAL_TYPES, terms), "JS EIP-712 digest").to.equal(e.digest.toLowerCase());
    }
    await conn.close();
  });

  it("seeds: challengeSeed(blockHash, farmer, period) equals the seed", async function () {
    const v = load();
    const conn = await network.create();
    const m = await Market.deploy(conn);
    for (const s of nonEmpty(v.seeds, "seeds")) {
      expect(await m.market.challengeSeed(s.blockHash, s.farmer, s.period), JSON.stringify(s)).to.equal(s.seed.toLowerCase());
      expect(challengeSeed(s.blockHash, s.farmer, s.period)).to.equal(s.seed.toLowerCase());
    }
    await conn.close();
  });

  it("picks: pickChallenge(farmer, seed, i) equals the expected (dealId, leaf) on a fresh market", async function () {
    const v = load();
    for (const [k, c] of nonEmpty(v.picks, "picks").entries()) {
      nonEmpty(c.deals, `picks[${k}].deals`);
      nonEmpty(c.expected, `picks[${k}].expected`);
      const conn = await network.create();
      const p = params(c.params);
      const m = await Market.deploy(conn, p);
      const farmer = m.signers[c.farmer];
      const renter = m.signers[c.renter];
      // Deals of price 1 for 1 period; collateral the minimum, rounded up.
      const collateral = (BigInt(p.minCollateralBps) + 9_999n) / 10_000n;
      const capacity = c.deals.reduce((a, d) => a + BigInt(d.size), 0n);
      const stake = p.minStake + collateral * BigInt(c.deals.length) + 1n;
      if (farmer.address !== m.holder.address) await m.fund(farmer.address, stake);
      await m.stake(farmer, stake);
      await m.announce(farmer, capacity);
      if (renter.address !== m.holder.address) await m.fund(renter.address, BigInt(c.deals.length));
      await m.approve(renter, BigInt(c.deals.length));
      for (const [i, d] of c.deals.entries()) {
        const t = {
          renter: renter.address,
          farmer: farmer.address,
          root: "0x" + (i + 1).toString(16).padStart(64, "0"),
          size: BigInt(d.size),
          shardSize: BigInt(d.shardSize),
          pricePerPeriod: 1n,
          periods: 1,
          collateral,
          nonce: BigInt(i),
          deadline: 1n << 40n,
        };
        const { id } = await m.createDeal(renter, farmer, t, undefined, { approve: false });
        expect(id).to.equal(BigInt(i + 1));
      }
      const created = await m.period();
      // The deals join the set for the next period once its seed block is mined.
      await m.toWindow(created + 1);
      await (await m.market.flush(farmer.address)).wait();
      const total = c.deals.reduce((a, d) => a + BigInt(d.size) / 256n, 0n);
      expect((await m.getFarmer(farmer.address)).totalLeaves).to.equal(total);
      for (const [i, e] of c.expected.entries()) {
        const [dealId, leaf] = await m.market.pickChallenge(farmer.address, c.seed, i);
        expect({ dealId: Number(dealId), leaf: Number(leaf) }, `picks[${k}] challenge ${i}`).to.deep.equal({ dealId: e.dealId, leaf: e.leaf });
      }
      await conn.close();
    }
  });
});

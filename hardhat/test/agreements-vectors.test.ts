// Cross-language vectors for AgreementMarket: ../proofs/testdata/agreement_vectors.json is written by Go
// (`go test ./market -run TestAgreementVectors -update`); the contract's pure/view rules must give the
// same entry hashes, tree roots, proof verdicts, picks, due draws, seeds, EIP-712 digests and rates.
// A missing or empty file FAILS. (GRANARY_AGREEMENT_VECTORS=/path overrides the file.)
import { network } from "hardhat";
import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TypedDataEncoder } from "ethers";
import { A_UNIT, OPEN_TYPES, REVISION_TYPES, levels } from "./agreements-helpers.js";

const FILE = process.env.GRANARY_AGREEMENT_VECTORS ?? fileURLToPath(new URL("../../proofs/testdata/agreement_vectors.json", import.meta.url));

function load(): any {
  if (!existsSync(FILE)) throw new Error(`agreement vectors missing: ${FILE}`);
  // Integers beyond 2^53 (uint64 ids, uint128 prices) are read from their source text as BigInt.
  const v = JSON.parse(readFileSync(FILE, "utf8"), (_k, val, ctx?: any) =>
    typeof val === "number" && !Number.isSafeInteger(val) && ctx?.source ? BigInt(ctx.source) : val,
  );
  expect(v.leafSize).to.equal(256);
  for (const k of ["entries", "trees", "proofs", "picks", "due", "periodSeeds", "challengeSeeds", "rates"]) {
    expect(v[k], `${FILE}: "${k}"`).to.be.an("array").that.is.not.empty;
  }
  return v;
}

describe("AgreementMarket: cross-language vectors (Go proofs/market)", function () {
  let v: any;
  let market: any;
  before(async function () {
    v = load();
    const conn = await network.create();
    const [holder] = await conn.ethers.getSigners();
    const token = await conn.ethers.deployContract("GranaryToken", [holder.address, 10n ** 24n]);
    // The vectors' verifying contract is account 0's nonce-2 address: burn nonce 1, then deploy.
    await (await holder.sendTransaction({ to: holder.address, value: 0n })).wait();
    market = await conn.ethers.deployContract("AgreementMarket", [token.target, A_UNIT]);
  });

  it("entry hashes", async function () {
    for (const e of v.entries) expect(await market.entryHash(e.shardRoot, e.shardLeaves)).to.equal(e.entry);
  });

  it("tree roots (entries through the contract's entryHash, levels through its nodeHash)", async function () {
    for (const t of v.trees) {
      const entries: string[] = [];
      for (const e of t.entries) entries.push(await market.entryHash(e.shardRoot, e.shardLeaves));
      expect(entries).to.deep.equal(t.entries.map((e: any) => e.entry));
      const lv = levels(entries);
      for (let l = 0; l + 1 < lv.length; l++) {
        for (let k = 0; k < lv[l + 1].length; k++) expect(await market.nodeHash(lv[l][2 * k], lv[l][2 * k + 1])).to.equal(lv[l + 1][k]);
      }
      expect(lv[lv.length - 1][0], t.name).to.equal(t.root);
      expect(t.shards).to.equal(t.entries.length);
    }
  });

  it("proof verdicts (valid and corrupted) and their picks", async function () {
    let valid = 0;
    for (const p of v.proofs) {
      const ok = await market.checkProof(p.root, p.shards, p.seed, p.proof);
      expect(ok, `${p.name}: ${p.why ?? "valid"}`).to.equal(p.valid);
      if (p.valid) {
        valid++;
        const [j, i] = await market.pick(p.seed, p.proof.agreementId, p.shards, p.proof.shardLeaves);
        expect([j, i], p.name).to.deep.equal([BigInt(p.j), BigInt(p.i)]);
      }
    }
    expect(valid).to.be.greaterThan(0);
    expect(v.proofs.length - valid).to.be.greaterThan(0);
  });

  it("picks", async function () {
    for (const p of v.picks) {
      const [j, i] = await market.pick(p.seed, p.agreementId, p.shards, p.shardLeaves);
      expect([j, i]).to.deep.equal([BigInt(p.j), BigInt(p.i)]);
    }
  });

  it("due draws", async function () {
    const seen = new Set<boolean>();
    for (const d of v.due) {
      expect(await market.dueAt(d.seed, d.agreementId, d.sampleBps), JSON.stringify(d)).to.equal(d.due);
      seen.add(d.due);
    }
    expect([...seen].sort()).to.deep.equal([false, true]);
  });

  it("period and challenge seeds", async function () {
    for (const s of v.periodSeeds) expect(await market.seedFrom(s.blockHash, s.randao, s.period)).to.equal(s.seed);
    for (const s of v.challengeSeeds) expect(await market.challengeSeedFrom(s.blockHash, s.agreementId)).to.equal(s.seed);
  });

  it("EIP-712 digests of OpenTerms and Revision", async function () {
    const e = v.eip712;
    expect(await market.getAddress()).to.equal(e.verifyingContract);
    const domain = { name: e.name, version: e.version, chainId: e.chainId, verifyingContract: e.verifyingContract };
    expect(TypedDataEncoder.hashDomain(domain)).to.equal(e.domainSeparator);
    expect(e.openTerms.length + e.revisions.length).to.be.greaterThan(0);
    for (const t of e.openTerms) {
      const terms = { renter: t.renter, farmer: t.farmer, pricePerGiB: t.pricePerGiB, collateral: t.collateral, endPeriod: t.endPeriod, nonce: t.nonce, deadline: t.deadline };
      expect(await market.hashOpenTerms(terms)).to.equal(t.digest);
      expect(TypedDataEncoder.hash(domain, OPEN_TYPES, terms)).to.equal(t.digest);
    }
    for (const r of e.revisions) {
      const rev = { agreementId: r.agreementId, number: r.number, root: r.root, leaves: r.leaves, shards: r.shards, endPeriod: r.endPeriod };
      expect(await market.hashRevision(rev)).to.equal(r.digest);
      expect(TypedDataEncoder.hash(domain, REVISION_TYPES, rev)).to.equal(r.digest);
    }
  });

  it("rates", async function () {
    for (const r of v.rates) expect(await market.rateFor(r.pricePerGiB, r.leaves)).to.equal(BigInt(r.rate));
  });
});

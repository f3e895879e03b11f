// Chain gas per TB-month of the reference load, from the measured rows of the AgreementMarket gas table.
// Called by test/agreements-gas.test.ts; also runs alone on the rows that test last wrote:
//   node --experimental-strip-types scripts/tbmonth.ts [cache/agreements-gas.json]
import { existsSync, readFileSync } from "node:fs";

export interface Measured {
  open: number; // gas of open (steady state)
  firstRevision: number; // postRevision that puts the data on chain (0 -> n leaves)
  settle: number;
  heartbeatBase: number; // a heartbeat carrying no proof
  perProof: number; // marginal gas of one due proof at the reference depth
  proofDepth: number; // shardPath + treePath siblings of the measured proofs
}

export interface Load {
  farmerBytes: number;
  renters: number; // one agreement each
  agreementBytes: number;
  periodsPerMonth: number; // daily periods: 30
  agreementMonths: number; // 6
  shardBytes: number;
  sampleBps: number;
}

const GiB = 2 ** 30;
export const REFERENCE: Omit<Load, "sampleBps"> = {
  farmerBytes: 100 * 100 * GiB,
  renters: 100,
  agreementBytes: 100 * GiB,
  periodsPerMonth: 30,
  agreementMonths: 6,
  shardBytes: 64 * 2 ** 20,
};

export function proofDepth(l: Omit<Load, "sampleBps">): number {
  const shardLeaves = l.shardBytes / 256;
  const shards = Math.ceil(l.agreementBytes / l.shardBytes);
  return Math.ceil(Math.log2(shardLeaves)) + Math.ceil(Math.log2(shards));
}

/** Gas per TB-month (TB = 10^12 bytes) and the arithmetic, line by line. */
export function gasPerTBMonth(m: Measured, l: Load): { perTBMonth: number; lines: string[] } {
  const q = l.sampleBps / 10_000;
  const tb = l.farmerBytes / 1e12;
  const f = (x: number) => Math.round(x).toLocaleString("en-US");
  const heartbeats = l.periodsPerMonth * m.heartbeatBase;
  const dueProofs = l.periodsPerMonth * l.renters * q;
  const proofs = dueProofs * m.perProof;
  const lifecycle = (l.renters / l.agreementMonths) * (m.open + m.firstRevision + m.settle);
  const total = heartbeats + proofs + lifecycle;
  const perTBMonth = total / tb;
  const lines = [
    `reference load: ${tb.toFixed(2)} TB farmer = ${l.renters} renters x ${(l.agreementBytes / GiB).toFixed(0)} GiB, ` +
      `${l.periodsPerMonth} periods a month, ${l.agreementMonths}-month agreements, ${(l.shardBytes / 2 ** 20).toFixed(0)} MiB shards ` +
      `(proof depth ${proofDepth(l)}; measured at depth ${m.proofDepth}), q = ${l.sampleBps} bps`,
    `heartbeats: ${l.periodsPerMonth} x ${f(m.heartbeatBase)} = ${f(heartbeats)}`,
    `due proofs: ${l.periodsPerMonth} x ${l.renters} x ${q} = ${dueProofs.toFixed(1)} x ${f(m.perProof)} = ${f(proofs)}`,
    `open + first revision + settle, amortised: ${l.renters} / ${l.agreementMonths} x (${f(m.open)} + ${f(m.firstRevision)} + ${f(m.settle)}) = ${f(lifecycle)}`,
    `per month: ${f(total)} gas for ${tb.toFixed(2)} TB = ${f(perTBMonth)} gas per TB-month (target <= 1,000,000)`,
  ];
  return { perTBMonth, lines };
}

/** The largest q (in steps of 25 bps) that keeps the reference load under `target` gas per TB-month. */
export function maxSampleBps(m: Measured, target = 1_000_000): number {
  let best = 0;
  for (let bps = 25; bps <= 10_000; bps += 25) {
    if (gasPerTBMonth(m, { ...REFERENCE, sampleBps: bps }).perTBMonth <= target) best = bps;
  }
  return best;
}

/** Probability that a lost agreement is due (and so caught) in one period, and within n periods. */
export function detection(sampleBps: number, n: number): { perPeriod: number; within: number } {
  const q = sampleBps / 10_000;
  return { perPeriod: q, within: 1 - (1 - q) ** n };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const file = process.argv[2] ?? new URL("../cache/agreements-gas.json", import.meta.url).pathname;
  if (!existsSync(file)) {
    console.error(`${file} does not exist: run \`npx hardhat test mocha test/agreements-gas.test.ts\` first`);
    process.exit(1);
  }
  const { measured, sampleBps } = JSON.parse(readFileSync(file, "utf8")) as { measured: Measured; sampleBps: number };
  for (const line of gasPerTBMonth(measured, { ...REFERENCE, sampleBps }).lines) console.log(line);
  const d = detection(sampleBps, 30);
  console.log(`detection of a lost agreement: ${(d.perPeriod * 100).toFixed(1)}% per period, ${(d.within * 100).toFixed(1)}% within 30 periods`);
  console.log(`largest q under the target: ${maxSampleBps(measured)} bps`);
}

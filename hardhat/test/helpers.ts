// Shared test helpers: the connection and account types, and a seeded PRNG.
import { network } from "hardhat";
import type { Signer } from "ethers";

export type Conn = Awaited<ReturnType<typeof network.create>>;
export type Ethers = Conn["ethers"];
export type Account = Signer & { address: string };

/** A small seeded PRNG (mulberry32) so randomized tests reproduce from the printed seed. */
export function prng(seed: number): { next(): number; int(n: number): number; pick<T>(xs: T[]): T; chance(p: number): boolean } {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

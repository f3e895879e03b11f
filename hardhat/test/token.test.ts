import { network } from "hardhat";
import { expect } from "chai";
import { id } from "ethers";
import { AM } from "./agreements-helpers.js";

const conn = await network.create();
const { networkHelpers } = conn;
const SUPPLY = 10n ** 30n;

async function deployed(): Promise<AM> {
  return AM.deploy(conn);
}

describe("GranaryToken", function () {
  it("mints the whole supply to the holder, once", async function () {
    const { token, holder, signers } = (await networkHelpers.loadFixture(deployed)).clone();
    expect(await token.name()).to.equal("Granary Token");
    expect(await token.symbol()).to.equal("GRN");
    expect(await token.decimals()).to.equal(18n);
    expect(await token.totalSupply()).to.equal(SUPPLY);
    expect(await token.balanceOf(holder.address)).to.equal(SUPPLY);
    expect(await token.balanceOf(signers[1].address)).to.equal(0n);
  });

  it("has no mint function nor owner", async function () {
    const { token, signers } = (await networkHelpers.loadFixture(deployed)).clone();
    const names = token.interface.fragments.filter((f: any) => f.type === "function").map((f: any) => f.name);
    expect(names).to.not.include("mint");
    expect(names).to.not.include("owner");
    // Nor a hidden one: the selector of mint(address,uint256) hits no function and no fallback.
    const data = id("mint(address,uint256)").slice(0, 10) + "00".repeat(12) + signers[1].address.slice(2) + "00".repeat(31) + "01";
    await expect(signers[1].sendTransaction({ to: token.target, data })).to.be.revertedWithoutReason(conn.ethers);
    expect(await token.totalSupply()).to.equal(SUPPLY);
  });

  it("transfers, and reverts with OpenZeppelin's errors without balance or allowance", async function () {
    const { token, holder, signers } = (await networkHelpers.loadFixture(deployed)).clone();
    const [, a, b] = signers;
    await expect(token.transfer(a.address, 100n)).to.changeTokenBalances(conn.ethers, token, [holder, a], [-100n, 100n]);
    await expect(token.connect(a).transfer(b.address, 101n))
      .to.be.revertedWithCustomError(token, "ERC20InsufficientBalance")
      .withArgs(a.address, 100n, 101n);
    await expect(token.connect(b).transferFrom(a.address, b.address, 1n))
      .to.be.revertedWithCustomError(token, "ERC20InsufficientAllowance")
      .withArgs(b.address, 0n, 1n);
  });

  it("accepts an ERC-2612 permit sent by anyone, once", async function () {
    const m = (await networkHelpers.loadFixture(deployed)).clone();
    const { token, holder, signers } = m;
    const [, spender, relayer] = signers;
    const deadline = 1n << 40n;
    const { v, r, s } = await m.signPermit(holder, 500n, deadline, spender.address);
    await expect(token.connect(relayer).permit(holder.address, spender.address, 500n, deadline, v, r, s))
      .to.emit(token, "Approval")
      .withArgs(holder.address, spender.address, 500n);
    expect(await token.allowance(holder.address, spender.address)).to.equal(500n);
    expect(await token.nonces(holder.address)).to.equal(1n);
    await expect(token.connect(spender).transferFrom(holder.address, spender.address, 500n)).to.changeTokenBalance(
      conn.ethers,
      token,
      spender,
      500n,
    );
    // Replaying the same signature: the nonce moved on, so it recovers to another signer.
    await expect(token.connect(relayer).permit(holder.address, spender.address, 500n, deadline, v, r, s)).to.be.revertedWithCustomError(
      token,
      "ERC2612InvalidSigner",
    );
  });

  it("rejects an expired permit and one signed by someone else", async function () {
    const m = (await networkHelpers.loadFixture(deployed)).clone();
    const { token, holder, signers } = m;
    const [, spender, mallory] = signers;
    const now = BigInt((await conn.ethers.provider.getBlock("latest"))!.timestamp);
    const old = await m.signPermit(holder, 1n, now, spender.address);
    await expect(token.permit(holder.address, spender.address, 1n, now, old.v, old.r, old.s))
      .to.be.revertedWithCustomError(token, "ERC2612ExpiredSignature")
      .withArgs(now);
    const forged = await m.signPermit(mallory, 1n, 1n << 40n, spender.address, holder.address);
    await expect(token.permit(holder.address, spender.address, 1n, 1n << 40n, forged.v, forged.r, forged.s))
      .to.be.revertedWithCustomError(token, "ERC2612InvalidSigner")
      .withArgs(mallory.address, holder.address);
    expect(await token.allowance(holder.address, spender.address)).to.equal(0n);
  });
});

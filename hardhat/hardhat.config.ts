import { defineConfig } from "hardhat/config";
import hardhatEthers from "@nomicfoundation/hardhat-ethers";
import hardhatEthersChaiMatchers from "@nomicfoundation/hardhat-ethers-chai-matchers";
import hardhatMocha from "@nomicfoundation/hardhat-mocha";
import hardhatNetworkHelpers from "@nomicfoundation/hardhat-network-helpers";
import { createRequire } from "node:module";

// The machine cannot download a compiler: use the solc-js build shipped in the npm `solc` package.
const require = createRequire(import.meta.url);
const soljson = require.resolve("solc/soljson.js");

export default defineConfig({
  plugins: [hardhatEthers, hardhatEthersChaiMatchers, hardhatMocha, hardhatNetworkHelpers],
  solidity: {
    version: "0.8.28",
    path: soljson,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
      viaIR: true,
    },
  },
  paths: {
    sources: "./contracts",
    tests: { mocha: "./test" },
  },
  networks: {
    // Gas figures are quoted under the current mainnet hardfork (Osaka / Fusaka).
    default: { type: "edr-simulated", hardfork: "osaka", allowUnlimitedContractSize: false },
  },
  test: { mocha: { timeout: 600000 } },
});

// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title GranaryToken
/// @notice The STORJ-like ERC-20 that Granary's market is priced in. The whole supply is minted once,
/// at deployment, to `holder`. There is no owner, no later minting and no pausing. ERC-2612 permit lets a
/// renter fund an agreement's escrow with a signature instead of a separate approve transaction. Any holder may
/// burn its own tokens (ERC20Burnable): AgreementMarket burns the part of a slash that is not a bounty.
contract GranaryToken is ERC20, ERC20Burnable, ERC20Permit {
    constructor(address holder, uint256 supply) ERC20("Granary Token", "GRN") ERC20Permit("Granary Token") {
        _mint(holder, supply);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title StorageMarket
/// @notice Granary's storage market: farmer stakes, EIP-712 deals with escrow and collateral, one
/// proof-of-storage heartbeat per farmer per period, renter challenges, permissionless miss reports
/// with slashing, disqualification, and lazy settlement. No admin key, no upgrade path: every
/// parameter is fixed at construction. See contracts/README.md for the design and its reasoning.
contract StorageMarket is EIP712, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ------------------------------------------------------------------------------------------
    // Constants shared with the Go `proofs` package (see proofs/README.md).

    /// Bytes per Merkle leaf. Deal and shard sizes are whole multiples of it.
    uint256 public constant LEAF_SIZE = 256;
    /// Attempts of the in-class rejection sampler before the last candidate is taken (p <= 2^-16).
    uint256 public constant MAX_PICK_ATTEMPTS = 16;
    uint256 private constant ACC_SCALE = 1e18;
    uint256 private constant BPS = 10_000;

    bytes32 public constant DEAL_TERMS_TYPEHASH = keccak256(
        "DealTerms(address renter,address farmer,bytes32 root,uint64 size,uint64 shardSize,"
        "uint128 pricePerPeriod,uint32 periods,uint128 collateral,uint256 nonce,uint256 deadline)"
    );

    // ------------------------------------------------------------------------------------------
    // Types

    struct Params {
        uint64 periodBlocks; // length of a period in blocks
        uint64 proofWindow; // blocks at the end of each period in which its heartbeat is accepted (< 256)
        uint64 challengesPerHeartbeat; // c: leaves challenged per heartbeat
        uint128 minStake; // free stake a farmer must keep while it holds deals
        uint64 unbondingDelay; // blocks between requestUnstake and withdrawStake
        uint32 minCollateralBps; // collateral >= price * periods * minCollateralBps / 10000
        uint32 slashBps; // a miss slashes (stake + locked) * slashBps / 10000, taken from free stake
        uint32 reporterBountyBps; // share of a slash paid to whoever reported it
        uint32 disqualifyAfterMisses; // consecutive reported misses that disqualify a farmer
    }

    /// The terms both parties sign. `size` and `shardSize` are in bytes (multiples of LEAF_SIZE): the
    /// deal holds ceil(size / shardSize) shards, all `shardSize` long except possibly the last.
    struct DealTerms {
        address renter;
        address farmer;
        bytes32 root;
        uint64 size;
        uint64 shardSize;
        uint128 pricePerPeriod;
        uint32 periods;
        uint128 collateral;
        uint256 nonce;
        uint256 deadline;
    }

    struct Farmer {
        // slot 0
        uint128 stake; // free stake
        uint128 locked; // collateral locked by live deals
        // slot 1
        uint128 unbonding;
        uint64 unbondingReadyBlock;
        uint32 lastProven; // last proven period + 1 (0: none)
        uint32 lastMissReported; // last reported period + 1 (0: none)
        // slot 2
        uint64 totalLeaves; // leaves in the challengeable set (queue applied)
        uint64 capacity; // announced capacity, bytes
        uint64 used; // bytes under live deals
        uint32 liveDeals;
        uint16 consecutiveMisses;
        bool announced;
        bool disqualified;
        // slot 3
        uint64 classMask; // bit c set when size class c is non-empty
        uint64 queueHead;
        uint64 queueTail;
        uint32 dqPeriod; // first period not served after disqualification
        // slot 4
        uint32 provenPeriods;
        uint32 missedPeriods;
        uint32 slashCount;
        uint128 pricePerGiB; // announced price per GiB per period
        // slot 5, 6
        uint256 slashAcc; // renter share of slashes per leaf, scaled by ACC_SCALE
        uint256 slashPool; // renter share of slashes not yet paid out
    }

    struct Class {
        uint64 total; // leaves
        uint64 len; // deals
    }

    struct Deal {
        // slot 0
        address renter;
        uint32 startPeriod; // first period the deal is challenged and paid for
        uint32 endPeriod; // first period after the deal (start + periods, or earlier on cancel)
        uint8 flags;
        // slot 1
        address farmer;
        uint64 leaves;
        uint8 class;
        // slot 2
        bytes32 root;
        // slot 3
        uint64 shardLeaves;
        uint32 classIndex;
        uint32 periods; // as signed; escrow = pricePerPeriod * periods
        uint128 pricePerPeriod;
        // slot 4
        uint128 collateral;
        uint64 challengeLeaf;
        uint64 challengeDeadline; // 0: no open challenge
        // slot 5
        uint256 accStart; // farmer.slashAcc when the deal entered the challengeable set
    }

    // Deal flags.
    uint8 private constant F_ACTIVE = 1; // in the farmer's challengeable set
    uint8 private constant F_REMOVE_QUEUED = 2; // its removal is queued (settled or cancelled)
    uint8 private constant F_SETTLED = 4;
    uint8 private constant F_RETIRED = 8; // left the set (its slash share has been credited)
    uint8 private constant F_CANCELLED = 16;

    // Queue entry ops.
    uint8 private constant OP_ADD = 1;
    uint8 private constant OP_REMOVE = 2;

    // ------------------------------------------------------------------------------------------
    // Errors

    error NotParty();
    error Expired();
    error NonceUsed();
    error BadSignature(address signer);
    error BadTerms();
    error UnknownFarmer();
    error FarmerDisqualified();
    error OverCapacity(uint64 free, uint64 size);
    error CollateralTooLow(uint256 required);
    error InsufficientStake(uint256 available, uint256 required);
    error InsufficientEscrowFunds(uint256 balance, uint256 allowance, uint256 required);
    error ZeroAmount();
    error NotStaked();
    error StakeLocked();
    error NothingUnbonding();
    error Unbonding(uint64 readyBlock);
    error WrongPeriod(uint32 current);
    error OutsideProofWindow();
    error AlreadyProven();
    error NothingToProve();
    error BadProofLength();
    error InvalidProof(uint256 challenge);
    error ReportTooEarly();
    error ReportTooLate();
    error AlreadyReported();
    error NotObliged();
    error UnknownDeal();
    error NotRenter();
    error NotFarmer();
    error DealNotLive();
    error ChallengeOpen();
    error NoChallenge();
    error ChallengeExpired();
    error ChallengeNotExpired();
    error DealNotEnded(uint32 endPeriod);
    error AlreadySettled();
    error NothingToWithdraw();
    error QueueNotFlushed();
    error BadParams();

    // ------------------------------------------------------------------------------------------
    // Events

    event Staked(address indexed farmer, uint256 amount);
    event UnstakeRequested(address indexed farmer, uint256 amount, uint64 readyBlock);
    event StakeWithdrawn(address indexed farmer, uint256 amount);
    event Announced(address indexed farmer, bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity);
    event DealCreated(
        uint64 indexed dealId,
        address indexed renter,
        address indexed farmer,
        bytes32 root,
        uint64 size,
        uint64 shardSize,
        uint128 pricePerPeriod,
        uint32 periods,
        uint128 collateral,
        uint32 startPeriod
    );
    /// A queued change entered the farmer's challengeable set: `dealId` now sits at `index` of `class`.
    event DealActivated(address indexed farmer, uint64 indexed dealId, uint8 class, uint64 index);
    /// `dealId` left the set; `moved` (0: none) was swapped from the end of the class into `index`.
    event DealDeactivated(address indexed farmer, uint64 indexed dealId, uint8 class, uint64 index, uint64 moved);
    event HeartbeatProven(address indexed farmer, uint32 indexed period);
    event ChallengeIssued(uint64 indexed dealId, address indexed farmer, uint64 leaf, uint64 deadline);
    event ChallengeAnswered(uint64 indexed dealId, address indexed farmer);
    event MissReported(address indexed farmer, uint32 indexed period, address reporter);
    event ChallengeMissReported(uint64 indexed dealId, address indexed farmer, address reporter);
    event Slashed(address indexed farmer, address indexed reporter, uint256 amount, uint256 bounty);
    event Disqualified(address indexed farmer, uint32 period);
    event DealCancelled(uint64 indexed dealId, uint32 endPeriod);
    event DealSettled(
        uint64 indexed dealId, uint256 earned, uint256 refund, uint256 collateralToRenter, uint256 slashShare
    );
    event SlashShareCredited(uint64 indexed dealId, address indexed renter, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);

    // ------------------------------------------------------------------------------------------
    // Immutable parameters

    IERC20 public immutable token;
    uint64 public immutable genesisBlock;
    uint64 public immutable periodBlocks;
    uint64 public immutable proofWindow;
    uint64 public immutable challengesPerHeartbeat;
    uint128 public immutable minStake;
    uint64 public immutable unbondingDelay;
    uint32 public immutable minCollateralBps;
    uint32 public immutable slashBps;
    uint32 public immutable reporterBountyBps;
    uint32 public immutable disqualifyAfterMisses;

    // ------------------------------------------------------------------------------------------
    // State

    uint64 public dealCount;
    address[] private _farmerList;
    mapping(address => Farmer) private _farmers;
    mapping(address => bytes) private _peerIds;
    mapping(address => bytes) private _peerAddrs;
    mapping(uint64 => Deal) private _deals;
    mapping(address => mapping(uint256 => bool)) public nonceUsed;
    mapping(address => uint256) public balances; // withdrawable earnings, refunds and bounties
    mapping(address => mapping(uint256 => Class)) private _classes;
    mapping(address => mapping(uint256 => mapping(uint256 => uint64))) private _members;
    mapping(address => mapping(uint256 => uint256)) private _queue; // dealId | period << 64 | op << 96
    mapping(address => mapping(uint256 => uint256)) private _provenBits; // period bitmap, 256 a word

    constructor(IERC20 token_, Params memory p) EIP712("Granary StorageMarket", "1") {
        if (
            p.periodBlocks == 0 || p.proofWindow == 0 || p.proofWindow >= 256 || p.proofWindow >= p.periodBlocks
                || p.challengesPerHeartbeat == 0 || p.challengesPerHeartbeat > 64 || p.slashBps > BPS
                || p.reporterBountyBps > BPS || p.disqualifyAfterMisses == 0 || address(token_) == address(0)
        ) revert BadParams();
        token = token_;
        genesisBlock = uint64(block.number);
        periodBlocks = p.periodBlocks;
        proofWindow = p.proofWindow;
        challengesPerHeartbeat = p.challengesPerHeartbeat;
        minStake = p.minStake;
        unbondingDelay = p.unbondingDelay;
        minCollateralBps = p.minCollateralBps;
        slashBps = p.slashBps;
        reporterBountyBps = p.reporterBountyBps;
        disqualifyAfterMisses = p.disqualifyAfterMisses;
    }

    // ------------------------------------------------------------------------------------------
    // Periods

    function currentPeriod() public view returns (uint32) {
        return uint32((block.number - genesisBlock) / periodBlocks);
    }

    function periodStart(uint32 period) public view returns (uint256) {
        return uint256(genesisBlock) + uint256(period) * periodBlocks;
    }

    /// The block whose hash seeds period `period`'s challenges: the last block before its proof window.
    /// It is mined after the period's challengeable set is fixed, so the set cannot be tuned to the seed.
    function seedBlock(uint32 period) public view returns (uint256) {
        return periodStart(period) + periodBlocks - proofWindow - 1;
    }

    // ------------------------------------------------------------------------------------------
    // Farmers

    function stake(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Farmer storage f = _farmers[msg.sender];
        if (f.disqualified) revert FarmerDisqualified();
        f.stake += uint128(amount);
        emit Staked(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// Moves `amount` of free stake into unbonding. While a farmer holds live deals it must keep at
    /// least `minStake` free; collateral backing live deals is never free.
    function requestUnstake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Farmer storage f = _farmers[msg.sender];
        if (amount > f.stake) revert InsufficientStake(f.stake, amount);
        if (f.liveDeals > 0 && !f.disqualified && f.stake - amount < minStake) revert StakeLocked();
        f.stake -= uint128(amount);
        f.unbonding += uint128(amount);
        uint64 ready = uint64(block.number) + unbondingDelay;
        f.unbondingReadyBlock = ready;
        emit UnstakeRequested(msg.sender, amount, ready);
    }

    function withdrawStake() external nonReentrant {
        Farmer storage f = _farmers[msg.sender];
        uint256 amount = f.unbonding;
        if (amount == 0) revert NothingUnbonding();
        if (block.number < f.unbondingReadyBlock) revert Unbonding(f.unbondingReadyBlock);
        f.unbonding = 0;
        emit StakeWithdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// Publishes how to reach the farmer (libp2p peer id and multiaddrs, binary) and its offer.
    function announce(bytes calldata peerId, bytes calldata addrs, uint128 pricePerGiB, uint64 capacity) external {
        Farmer storage f = _farmers[msg.sender];
        if (f.disqualified) revert FarmerDisqualified();
        if (uint256(f.stake) + f.locked < minStake || f.stake == 0 && f.locked == 0) revert NotStaked();
        if (!f.announced) {
            f.announced = true;
            _farmerList.push(msg.sender);
        }
        f.pricePerGiB = pricePerGiB;
        f.capacity = capacity;
        _peerIds[msg.sender] = peerId;
        _peerAddrs[msg.sender] = addrs;
        emit Announced(msg.sender, peerId, addrs, pricePerGiB, capacity);
    }

    // ------------------------------------------------------------------------------------------
    // Deals

    function hashDealTerms(DealTerms calldata t) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    DEAL_TERMS_TYPEHASH,
                    t.renter,
                    t.farmer,
                    t.root,
                    t.size,
                    t.shardSize,
                    t.pricePerPeriod,
                    t.periods,
                    t.collateral,
                    t.nonce,
                    t.deadline
                )
            )
        );
    }

    function createDeal(DealTerms calldata t, bytes calldata renterSig, bytes calldata farmerSig)
        external
        nonReentrant
        returns (uint64)
    {
        return _createDeal(t, renterSig, farmerSig);
    }

    /// Like createDeal, with the renter's ERC-2612 permit for the escrow. A permit that fails (for
    /// example because someone front-ran it) is ignored; the transfer then needs the allowance.
    function createDealWithPermit(
        DealTerms calldata t,
        bytes calldata renterSig,
        bytes calldata farmerSig,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint64) {
        uint256 escrow = uint256(t.pricePerPeriod) * t.periods;
        try IERC20Permit(address(token)).permit(t.renter, address(this), escrow, permitDeadline, v, r, s) {} catch {}
        return _createDeal(t, renterSig, farmerSig);
    }

    function _createDeal(DealTerms calldata t, bytes calldata renterSig, bytes calldata farmerSig)
        private
        returns (uint64 id)
    {
        if (msg.sender != t.renter && msg.sender != t.farmer) revert NotParty();
        if (block.timestamp > t.deadline) revert Expired();
        if (nonceUsed[t.renter][t.nonce]) revert NonceUsed();
        if (
            t.size == 0 || t.size % LEAF_SIZE != 0 || t.shardSize == 0 || t.shardSize % LEAF_SIZE != 0
                || t.periods == 0 || t.renter == t.farmer
        ) revert BadTerms();
        bytes32 digest = hashDealTerms(t);
        if (!SignatureChecker.isValidSignatureNow(t.renter, digest, renterSig)) revert BadSignature(t.renter);
        if (!SignatureChecker.isValidSignatureNow(t.farmer, digest, farmerSig)) revert BadSignature(t.farmer);
        uint256 escrow = _checkFunds(t);

        nonceUsed[t.renter][t.nonce] = true;
        id = ++dealCount;
        uint32 start = currentPeriod() + 1;
        _storeDeal(id, t, start);
        Farmer storage f = _farmers[t.farmer];
        f.stake -= t.collateral;
        f.locked += t.collateral;
        f.used += t.size;
        f.liveDeals += 1;
        _enqueue(t.farmer, id, start - 1, OP_ADD);
        token.safeTransferFrom(t.renter, address(this), escrow);
    }

    /// Checks the farmer can take the deal and the renter can fund it; returns the escrow.
    function _checkFunds(DealTerms calldata t) private view returns (uint256 escrow) {
        Farmer storage f = _farmers[t.farmer];
        if (!f.announced) revert UnknownFarmer();
        if (f.disqualified) revert FarmerDisqualified();
        uint64 free = f.capacity > f.used ? f.capacity - f.used : 0;
        if (t.size > free) revert OverCapacity(free, t.size);
        escrow = uint256(t.pricePerPeriod) * t.periods;
        uint256 minCollateral = escrow * minCollateralBps / BPS;
        if (t.collateral < minCollateral) revert CollateralTooLow(minCollateral);
        if (uint256(f.stake) < uint256(t.collateral) + minStake) {
            revert InsufficientStake(f.stake, uint256(t.collateral) + minStake);
        }
        uint256 bal = token.balanceOf(t.renter);
        uint256 allowance = token.allowance(t.renter, address(this));
        if (bal < escrow || allowance < escrow) revert InsufficientEscrowFunds(bal, allowance, escrow);
    }

    function _storeDeal(uint64 id, DealTerms calldata t, uint32 start) private {
        uint64 leaves = t.size / uint64(LEAF_SIZE);
        Deal storage d = _deals[id];
        d.renter = t.renter;
        d.startPeriod = start;
        d.endPeriod = start + t.periods;
        d.farmer = t.farmer;
        d.leaves = leaves;
        d.class = uint8(_log2floor(leaves));
        d.root = t.root;
        d.shardLeaves = t.shardSize / uint64(LEAF_SIZE);
        d.pricePerPeriod = t.pricePerPeriod;
        d.periods = t.periods;
        d.collateral = t.collateral;
        emit DealCreated(
            id, t.renter, t.farmer, t.root, t.size, t.shardSize, t.pricePerPeriod, t.periods, t.collateral, start
        );
    }

    /// Ends a deal early: the current period is the last one it can earn. Unearned escrow returns to
    /// the renter at settlement, which is possible from the next period on.
    function cancel(uint64 dealId) external {
        Deal storage d = _deals[dealId];
        if (d.renter == address(0)) revert UnknownDeal();
        if (msg.sender != d.renter) revert NotRenter();
        uint32 cur = currentPeriod();
        if (d.flags & (F_SETTLED | F_REMOVE_QUEUED) != 0 || cur >= _effectiveEnd(d)) revert DealNotLive();
        uint32 end = cur + 1 > d.startPeriod ? cur + 1 : d.startPeriod;
        d.endPeriod = end;
        d.flags |= F_CANCELLED;
        _queueRemoval(d, dealId, cur);
        emit DealCancelled(dealId, end);
    }

    /// Settles a deal whose last period is over (anyone may call): the farmer earns the price of every
    /// period it proved while the deal ran, the rest of the escrow returns to the renter, and the
    /// collateral unlocks (or, if the farmer was disqualified, goes to the renter with its share of
    /// the slashes).
    function settle(uint64 dealId) external nonReentrant {
        Deal storage d = _deals[dealId];
        if (d.renter == address(0)) revert UnknownDeal();
        if (d.flags & F_SETTLED != 0) revert AlreadySettled();
        uint32 end = _effectiveEnd(d);
        if (currentPeriod() < end) revert DealNotEnded(end);
        if (d.challengeDeadline >= block.number) revert ChallengeOpen();
        Farmer storage f = _farmers[d.farmer];

        uint256 earned = uint256(d.pricePerPeriod) * _countProven(d.farmer, d.startPeriod, end);
        uint256 refund = uint256(d.pricePerPeriod) * d.periods - earned;
        d.flags |= F_SETTLED;
        f.locked -= d.collateral;
        f.liveDeals -= 1;
        uint256 toRenter = refund;
        uint256 collateralToRenter;
        uint256 share;
        if (f.disqualified) {
            collateralToRenter = d.collateral;
            if (d.flags & (F_ACTIVE | F_RETIRED) == F_ACTIVE) share = _takeShare(f, d.leaves, d.accStart);
            d.flags = (d.flags & ~F_ACTIVE) | F_RETIRED;
            if (d.flags & F_REMOVE_QUEUED == 0) f.used -= uint64(d.leaves * LEAF_SIZE);
            toRenter += collateralToRenter + share;
        } else {
            f.stake += d.collateral;
            if (d.flags & F_REMOVE_QUEUED == 0) _queueRemoval(d, dealId, currentPeriod());
        }
        balances[d.farmer] += earned;
        balances[d.renter] += toRenter;
        emit DealSettled(dealId, earned, refund, collateralToRenter, share);
    }

    /// Takes the deal out of the farmer's challengeable set from the next period on, and frees its space.
    function _queueRemoval(Deal storage d, uint64 dealId, uint32 period) private {
        Farmer storage f = _farmers[d.farmer];
        d.flags |= F_REMOVE_QUEUED;
        f.used -= uint64(d.leaves * LEAF_SIZE);
        _enqueue(d.farmer, dealId, period, OP_REMOVE);
    }

    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balances[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------------------------------
    // Heartbeats

    /// Proves period `period` (the current one) for the caller. `leaves` holds the c challenged leaves
    /// (LEAF_SIZE bytes each, in challenge order) and `path` their Merkle paths, concatenated: for each
    /// challenge the shard-level siblings bottom-up, then the deal-level siblings.
    function heartbeat(uint32 period, bytes calldata leaves, bytes32[] calldata path) external {
        Farmer storage f = _farmers[msg.sender];
        if (f.disqualified) revert FarmerDisqualified();
        uint32 cur = currentPeriod();
        if (period != cur) revert WrongPeriod(cur);
        uint256 sb = seedBlock(period);
        if (block.number <= sb) revert OutsideProofWindow();
        if (f.lastProven == period + 1) revert AlreadyProven();
        _flush(msg.sender, period, type(uint256).max);
        if (f.totalLeaves == 0) revert NothingToProve();
        uint256 c = challengesPerHeartbeat;
        if (leaves.length != c * LEAF_SIZE) revert BadProofLength();

        _checkChallenges(f, challengeSeed(blockhash(sb), msg.sender, period), c, leaves, path);

        _provenBits[msg.sender][period >> 8] |= 1 << (period & 0xff);
        f.lastProven = period + 1;
        f.provenPeriods += 1;
        f.consecutiveMisses = 0;
        emit HeartbeatProven(msg.sender, period);
    }

    function _checkChallenges(
        Farmer storage f,
        bytes32 seed,
        uint256 c,
        bytes calldata leaves,
        bytes32[] calldata path
    ) private view {
        uint256 off;
        for (uint256 i; i < c; ++i) {
            (uint64 dealId, uint64 leaf) = _pick(msg.sender, f, seed, i);
            Deal storage d = _deals[dealId];
            bool ok;
            (ok, off) = _verify(d.root, d.leaves, d.shardLeaves, leaf, leaves[i * LEAF_SIZE:(i + 1) * LEAF_SIZE], path, off);
            if (!ok) revert InvalidProof(i);
        }
        if (off != path.length) revert BadProofLength();
    }

    /// Reports that `farmer` did not prove `period`. Allowed from the end of that period until the
    /// next period's proof window opens. Slashes the farmer, pays the caller a bounty and credits the
    /// rest to the renters whose deals were in the period's challenge set, by size.
    function reportMissed(address farmer, uint32 period) external {
        Farmer storage f = _farmers[farmer];
        if (f.disqualified) revert FarmerDisqualified();
        if (block.number < periodStart(period + 1)) revert ReportTooEarly();
        if (block.number > seedBlock(period + 1)) revert ReportTooLate();
        if (f.lastProven == period + 1) revert AlreadyProven();
        if (f.lastMissReported == period + 1) revert AlreadyReported();
        _flush(farmer, period, type(uint256).max);
        if (f.totalLeaves == 0) revert NotObliged();
        f.lastMissReported = period + 1;
        f.missedPeriods += 1;
        emit MissReported(farmer, period, msg.sender);
        _penalize(farmer, f, address(0), period + 1);
    }

    /// The challenge seed of `farmer` for `period`, given the hash of seedBlock(period).
    function challengeSeed(bytes32 blockHash, address farmer, uint32 period) public pure returns (bytes32) {
        return keccak256(abi.encode(blockHash, farmer, period));
    }

    /// The deal and leaf of challenge `i` for `farmer` under `seed`, on the current challengeable set.
    /// Reverts with QueueNotFlushed if changes from before the current period are still queued.
    function pickChallenge(address farmer, bytes32 seed, uint256 i) external view returns (uint64 dealId, uint64 leaf) {
        Farmer storage f = _farmers[farmer];
        if (f.totalLeaves == 0) revert NothingToProve();
        if (f.queueHead < f.queueTail && uint32(_queue[farmer][f.queueHead] >> 64) < _flushBoundary()) {
            revert QueueNotFlushed();
        }
        return _pick(farmer, f, seed, i);
    }

    /// Applies the queued set changes that are final (anyone may call; heartbeats and reports do it
    /// themselves).
    function flush(address farmer) external {
        _flush(farmer, _flushBoundary(), type(uint256).max);
    }

    /// Like flush, but applies at most `maxChanges` changes, for a queue too long for one transaction
    /// (each change costs ~25-50k gas and a transaction is capped at 2^24 gas since Osaka): a farmer
    /// whose renters cancel, or whose deals someone settles, by the thousand in one period calls this
    /// in the proof window until the queue is applied, then sends its heartbeat.
    function flushSome(address farmer, uint256 maxChanges) external {
        _flush(farmer, _flushBoundary(), maxChanges);
    }

    /// Changes made in period p-1 join the set for period p, but until period p-1's miss-report window
    /// closes (at seedBlock(p)) a report for p-1 must still see the set without them.
    function _flushBoundary() private view returns (uint32) {
        uint32 cur = currentPeriod();
        if (block.number > seedBlock(cur) || cur == 0) return cur;
        return cur - 1;
    }

    // ------------------------------------------------------------------------------------------
    // Renter challenges

    /// The renter demands a proof of a random leaf of one of its live deals, due within proofWindow blocks.
    function challenge(uint64 dealId) external {
        Deal storage d = _deals[dealId];
        if (d.renter == address(0)) revert UnknownDeal();
        if (msg.sender != d.renter) revert NotRenter();
        uint32 cur = currentPeriod();
        if (d.flags & F_SETTLED != 0 || cur < d.startPeriod || cur >= _effectiveEnd(d)) revert DealNotLive();
        if (_farmers[d.farmer].disqualified) revert FarmerDisqualified();
        if (d.challengeDeadline != 0) revert ChallengeOpen();
        uint64 leaf = uint64(uint256(keccak256(abi.encode(blockhash(block.number - 1), dealId))) % d.leaves);
        uint64 deadline = uint64(block.number) + proofWindow;
        d.challengeLeaf = leaf;
        d.challengeDeadline = deadline;
        emit ChallengeIssued(dealId, d.farmer, leaf, deadline);
    }

    function answerChallenge(uint64 dealId, bytes calldata leaf, bytes32[] calldata path) external {
        Deal storage d = _deals[dealId];
        if (msg.sender != d.farmer) revert NotFarmer();
        if (d.challengeDeadline == 0) revert NoChallenge();
        if (block.number > d.challengeDeadline) revert ChallengeExpired();
        if (leaf.length != LEAF_SIZE) revert BadProofLength();
        (bool ok, uint256 used) = _verify(d.root, d.leaves, d.shardLeaves, d.challengeLeaf, leaf, path, 0);
        if (!ok || used != path.length) revert InvalidProof(0);
        d.challengeDeadline = 0;
        emit ChallengeAnswered(dealId, d.farmer);
    }

    function reportChallengeMissed(uint64 dealId) external {
        Deal storage d = _deals[dealId];
        if (d.challengeDeadline == 0) revert NoChallenge();
        if (block.number <= d.challengeDeadline) revert ChallengeNotExpired();
        d.challengeDeadline = 0;
        Farmer storage f = _farmers[d.farmer];
        if (f.disqualified) revert FarmerDisqualified();
        f.missedPeriods += 1;
        emit ChallengeMissReported(dealId, d.farmer, msg.sender);
        _penalize(d.farmer, f, d.renter, currentPeriod());
    }

    // ------------------------------------------------------------------------------------------
    // Penalties

    function _penalize(address farmer, Farmer storage f, address renter, uint32 dqFrom) private {
        uint256 amount = (uint256(f.stake) + f.locked) * slashBps / BPS;
        if (amount > f.stake) amount = f.stake;
        uint256 bounty = amount * reporterBountyBps / BPS;
        uint256 rest = amount - bounty;
        f.stake -= uint128(amount);
        f.slashCount += 1;
        f.consecutiveMisses += 1;
        balances[msg.sender] += bounty;
        if (renter != address(0)) {
            balances[renter] += rest;
        } else {
            f.slashPool += rest;
            f.slashAcc += rest * ACC_SCALE / f.totalLeaves;
        }
        emit Slashed(farmer, msg.sender, amount, bounty);
        if (f.consecutiveMisses >= disqualifyAfterMisses) {
            f.disqualified = true;
            f.dqPeriod = dqFrom;
            emit Disqualified(farmer, dqFrom);
        }
    }

    function _takeShare(Farmer storage f, uint64 leaves, uint256 accStart) private returns (uint256 share) {
        share = uint256(leaves) * (f.slashAcc - accStart) / ACC_SCALE;
        if (share > f.slashPool) share = f.slashPool;
        f.slashPool -= share;
    }

    // ------------------------------------------------------------------------------------------
    // The challengeable set: a queue of changes applied at period boundaries, and size classes.

    function _enqueue(address farmer, uint64 dealId, uint32 period, uint8 op) private {
        Farmer storage f = _farmers[farmer];
        _queue[farmer][f.queueTail] = uint256(dealId) | uint256(period) << 64 | uint256(op) << 96;
        f.queueTail += 1;
    }

    /// Applies the queued changes made before `period`, at most `maxChanges` of them.
    function _flush(address farmer, uint32 period, uint256 maxChanges) private {
        Farmer storage f = _farmers[farmer];
        uint64 head = f.queueHead;
        uint64 tail = f.queueTail;
        uint64 stop = maxChanges < tail - head ? head + uint64(maxChanges) : tail;
        while (head < stop) {
            uint256 e = _queue[farmer][head];
            if (uint32(e >> 64) >= period) break;
            delete _queue[farmer][head];
            ++head;
            uint64 dealId = uint64(e);
            if (uint8(e >> 96) == OP_ADD) _activate(farmer, f, dealId);
            else _deactivate(farmer, f, dealId);
        }
        f.queueHead = head;
    }

    function _activate(address farmer, Farmer storage f, uint64 dealId) private {
        Deal storage d = _deals[dealId];
        if (d.flags & F_RETIRED != 0) return; // settled after a disqualification
        uint8 c = d.class;
        Class storage cl = _classes[farmer][c];
        uint64 idx = cl.len;
        _members[farmer][c][idx] = dealId;
        cl.len = idx + 1;
        cl.total += d.leaves;
        f.classMask |= uint64(1) << c;
        f.totalLeaves += d.leaves;
        d.classIndex = uint32(idx);
        d.accStart = f.slashAcc;
        d.flags |= F_ACTIVE;
        emit DealActivated(farmer, dealId, c, idx);
    }

    function _deactivate(address farmer, Farmer storage f, uint64 dealId) private {
        Deal storage d = _deals[dealId];
        if (d.flags & F_ACTIVE == 0) return;
        uint8 c = d.class;
        Class storage cl = _classes[farmer][c];
        uint64 idx = d.classIndex;
        uint64 last = cl.len - 1;
        uint64 moved;
        if (idx != last) {
            moved = _members[farmer][c][last];
            _members[farmer][c][idx] = moved;
            _deals[moved].classIndex = uint32(idx);
        }
        delete _members[farmer][c][last];
        cl.len = last;
        cl.total -= d.leaves;
        if (last == 0) f.classMask &= ~(uint64(1) << c);
        f.totalLeaves -= d.leaves;
        d.flags = (d.flags & ~F_ACTIVE) | F_RETIRED;
        uint256 share = _takeShare(f, d.leaves, d.accStart);
        if (share > 0) {
            balances[d.renter] += share;
            emit SlashShareCredited(dealId, d.renter, share);
        }
        emit DealDeactivated(farmer, dealId, c, idx, moved);
    }

    /// Picks challenge i: a size class weighted by its leaves, then a deal in it by rejection sampling
    /// (accepted with probability leaves / 2^(class+1) >= 1/2), then a leaf uniformly. Every leaf of the
    /// set is equally likely (up to the 2^-16 chance of running out of attempts).
    function _pick(address farmer, Farmer storage f, bytes32 seed, uint256 i)
        private
        view
        returns (uint64 dealId, uint64 leaf)
    {
        uint256 r = uint256(keccak256(abi.encode(seed, i, uint256(0)))) % f.totalLeaves;
        uint64 mask = f.classMask;
        uint256 c;
        uint256 len;
        while (true) {
            if (mask == 0) revert QueueNotFlushed(); // unreachable while the set is consistent
            c = _lowestBit(mask);
            Class storage cl = _classes[farmer][c];
            if (r < cl.total) {
                len = cl.len;
                break;
            }
            r -= cl.total;
            mask &= mask - 1;
        }
        uint64 leaves;
        for (uint256 a = 1; a <= MAX_PICK_ATTEMPTS; ++a) {
            uint256 h = uint256(keccak256(abi.encode(seed, i, a)));
            dealId = _members[farmer][c][(h & type(uint128).max) % len];
            leaves = _deals[dealId].leaves;
            if ((h >> 128) % (uint256(2) << c) < leaves) break;
        }
        leaf = uint64(uint256(keccak256(abi.encode(seed, i, uint256(dealId) | uint256(1) << 255))) % leaves);
    }

    // ------------------------------------------------------------------------------------------
    // Merkle verification (mirrors proofs.VerifyDealLeaf)

    /// Checks one leaf of a deal against its root, without a transaction.
    function checkProof(bytes32 root, uint64 leaves, uint64 shardLeaves, uint64 leaf, bytes calldata data, bytes32[] calldata path)
        external
        view
        returns (bool)
    {
        if (data.length != LEAF_SIZE || shardLeaves == 0 || leaf >= leaves) return false;
        (bool ok, uint256 used) = _verify(root, leaves, shardLeaves, leaf, data, path, 0);
        return ok && used == path.length;
    }

    function _verify(
        bytes32 root,
        uint64 leaves,
        uint64 shardLeaves,
        uint64 leaf,
        bytes calldata data,
        bytes32[] calldata path,
        uint256 off
    ) private view returns (bool, uint256) {
        (uint256 shard, uint256 idx, uint256 depth, uint256 end) = _geometry(leaves, shardLeaves, leaf);
        end += off + depth; // end of this leaf's path in `path`
        if (end > path.length) return (false, off);
        bytes32 h = _climb(_hashLeaf(data), idx, path[off:off + depth]);
        h = _climb(h, shard, path[off + depth:end]);
        return (h == root, end);
    }

    /// Where leaf `leaf` of a deal sits: its shard, its index in the shard, and the depths of the shard
    /// tree and of the deal tree over the shard roots.
    function _geometry(uint64 leaves, uint64 shardLeaves, uint64 leaf)
        private
        pure
        returns (uint256 shard, uint256 idx, uint256 shardDepth, uint256 dealDepth)
    {
        uint256 shards = (uint256(leaves) + shardLeaves - 1) / shardLeaves;
        shard = leaf / shardLeaves;
        idx = leaf % shardLeaves;
        uint256 n = shard == shards - 1 ? leaves - (shards - 1) * shardLeaves : shardLeaves;
        shardDepth = _log2ceil(n);
        dealDepth = _log2ceil(shards);
    }

    function _climb(bytes32 h, uint256 idx, bytes32[] calldata siblings) private view returns (bytes32) {
        for (uint256 j; j < siblings.length; ++j) {
            h = (idx & 1) == 0 ? _hashNode(h, siblings[j]) : _hashNode(siblings[j], h);
            idx >>= 1;
        }
        return h;
    }

    /// sha256(0x00 || leaf) through the precompile, in scratch memory.
    function _hashLeaf(bytes calldata data) private view returns (bytes32 out) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0)
            calldatacopy(add(p, 1), data.offset, data.length)
            if iszero(staticcall(gas(), 2, p, add(data.length, 1), 0x00, 0x20)) { revert(0, 0) }
            out := mload(0x00)
        }
    }

    /// sha256(0x01 || left || right) through the precompile, in scratch memory.
    function _hashNode(bytes32 left, bytes32 right) private view returns (bytes32 out) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 1)
            mstore(add(p, 1), left)
            mstore(add(p, 33), right)
            if iszero(staticcall(gas(), 2, p, 65, 0x00, 0x20)) { revert(0, 0) }
            out := mload(0x00)
        }
    }

    // ------------------------------------------------------------------------------------------
    // Accounting helpers

    function _effectiveEnd(Deal storage d) private view returns (uint32 end) {
        end = d.endPeriod;
        Farmer storage f = _farmers[d.farmer];
        if (f.disqualified && f.dqPeriod < end) end = f.dqPeriod > d.startPeriod ? f.dqPeriod : d.startPeriod;
    }

    /// Number of proven periods of `farmer` in [from, to).
    function _countProven(address farmer, uint32 from, uint32 to) private view returns (uint256 n) {
        if (to <= from) return 0;
        uint256 w0 = from >> 8;
        uint256 w1 = (uint256(to) - 1) >> 8;
        for (uint256 w = w0; w <= w1; ++w) {
            uint256 bits = _provenBits[farmer][w];
            if (w == w0) bits &= type(uint256).max << (from & 0xff);
            if (w == w1) {
                uint256 hi = (uint256(to) - 1) & 0xff;
                if (hi < 255) bits &= (uint256(1) << (hi + 1)) - 1;
            }
            n += _popcount(bits);
        }
    }

    function _popcount(uint256 x) private pure returns (uint256 n) {
        while (x != 0) {
            x &= x - 1;
            ++n;
        }
    }

    function _lowestBit(uint64 x) private pure returns (uint256 n) {
        x &= ~x + 1;
        while (x > 1) {
            x >>= 1;
            ++n;
        }
    }

    function _log2floor(uint256 x) private pure returns (uint256 n) {
        while (x > 1) {
            x >>= 1;
            ++n;
        }
    }

    function _log2ceil(uint256 x) private pure returns (uint256 n) {
        if (x <= 1) return 0;
        return _log2floor(x - 1) + 1;
    }

    // ------------------------------------------------------------------------------------------
    // Views

    function farmerCount() external view returns (uint256) {
        return _farmerList.length;
    }

    function farmerAt(uint256 i) external view returns (address) {
        return _farmerList[i];
    }

    /// The libp2p peer id and multiaddrs (binary) the farmer announced.
    function peerInfo(address farmer) external view returns (bytes memory peerId, bytes memory addrs) {
        return (_peerIds[farmer], _peerAddrs[farmer]);
    }

    /// Bit p & 255 of word p >> 8 is set when period p was proven.
    function provenBits(address farmer, uint256 word) external view returns (uint256) {
        return _provenBits[farmer][word];
    }

    function getFarmer(address farmer) external view returns (Farmer memory) {
        return _farmers[farmer];
    }

    function getDeal(uint64 dealId) external view returns (Deal memory) {
        return _deals[dealId];
    }

    /// Reputation as the contract counts it.
    function reputation(address farmer)
        external
        view
        returns (uint32 provenPeriods, uint32 missedPeriods, uint32 slashes, bool disqualified)
    {
        Farmer storage f = _farmers[farmer];
        return (f.provenPeriods, f.missedPeriods, f.slashCount, f.disqualified);
    }

}

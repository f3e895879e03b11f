// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// The token's ERC20Burnable entry point (GranaryToken).
interface IBurnable {
    function burn(uint256 value) external;
}

/// @title AgreementMarket
/// @notice One storage agreement per renter-farmer pair, opened once on chain and revised off chain
/// (co-signed EIP-712 revisions, highest number wins). Each period every live agreement is due
/// independently with probability sampleBps / 10^4, drawn from the period seed and its id alone; the
/// farmer's one heartbeat per period proves one leaf of each due agreement. Pay is vindicated only up
/// to an agreement's last individual proof: a failed agreement forfeits everything since then plus its
/// collateral. No admin, no owner, every parameter immutable. Design, parameters and numbers:
/// contracts/README.md.
contract AgreementMarket is EIP712, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    // ------------------------------------------------------------------------------------------
    // Constants shared with Go `proofs` / `market`

    uint256 public constant LEAF_SIZE = 256;
    /// log2 of the leaves in a GiB (2^22 leaves of 256 bytes): rate = ceil(pricePerGiB * leaves / 2^22).
    uint256 private constant GIB_LEAVES_LOG2 = 22;
    uint256 private constant BPS = 10_000;
    /// EIP-2935 block hash history (8191 blocks).
    address private constant HISTORY = 0x0000F90827F1C53a10cb7A02335B175320002935;

    bytes32 public constant OPEN_TERMS_TYPEHASH = keccak256(
        "OpenTerms(address renter,address farmer,uint128 pricePerGiB,uint128 collateral,uint32 endPeriod,uint64 nonce,uint64 deadline)"
    );
    bytes32 public constant REVISION_TYPEHASH = keccak256(
        "Revision(uint64 agreementId,uint64 number,bytes32 root,uint64 leaves,uint64 shards,uint32 endPeriod)"
    );

    // ------------------------------------------------------------------------------------------
    // Types

    struct Params {
        uint32 periodSeconds; // >= 60
        uint32 graceSeconds; // <= periodSeconds / 2
        uint16 sampleBps; // q in basis points, 1..10000
        uint16 reportPeriods; // 2..62
        uint128 minStake; // > 0
        uint32 unbondingSeconds; // >= (reportPeriods + 2) * periodSeconds
        uint16 slashBps; // 1..10000 of (free + unbonding) per missed period
        uint16 reporterBountyBps; // 0..10000 of a slash (or of a failed agreement's collateral) to the reporter
        uint8 disqualifyAfterMisses; // 1..64 consecutive unproven periods
        uint32 challengeSeconds; // >= periodSeconds
        uint128 challengeFee; // > 0
    }

    struct OpenTerms {
        address renter;
        address farmer;
        uint128 pricePerGiB;
        uint128 collateral;
        uint32 endPeriod;
        uint64 nonce;
        uint64 deadline;
    }

    struct Revision {
        uint64 agreementId;
        uint64 number;
        bytes32 root;
        uint64 leaves;
        uint64 shards;
        uint32 endPeriod;
    }

    struct SignedRevision {
        Revision rev;
        bytes renterSig;
    }

    struct Proof {
        uint64 agreementId;
        uint64 shardLeaves;
        bytes leaf;
        bytes32[] shardPath;
        bytes32[] treePath;
    }

    /// Seven storage words; `open` writes three of them (who, farm, money).
    struct Agreement {
        // word 0: accounting, written by every proof
        uint96 accrued; // escrow charged so far (periods accruedTo and before)
        uint96 vindicated; // accrued as of the last individual proof: the farmer's
        uint32 accruedTo; // last period charged
        uint32 lastProven; // last period proven by a heartbeat (0: none; period 0 is never live)
        // word 1
        address renter;
        uint32 endPeriod; // last period of the agreement
        uint32 liveFrom; // first period it can be due (0: never had data)
        uint8 status; // S_OPEN, S_SETTLED, S_FAILED
        // word 2
        address farmer;
        uint96 pricePerGiB;
        // word 3: the current revision's shape and the proven-periods mask
        uint64 leaves;
        uint64 shards;
        uint64 number;
        uint64 provenMask; // bit d: period lastProven - d was proven
        // word 4
        bytes32 root;
        // word 5
        uint96 escrow; // deposited in total
        uint96 collateral; // locked from the farmer's stake
        uint32 startPeriod;
        // word 6
        uint96 paid; // vindicated pay already moved to the farmer's balance
        uint64 challengeBlock; // 0: no open challenge
        uint64 challengeDeadline; // timestamp
    }

    struct Farmer {
        // word 0
        uint128 free;
        uint128 locked; // collateral of open agreements
        // word 1
        uint128 unbonding;
        uint64 unbondingReady; // timestamp
        uint32 obligedFrom; // heartbeats owed for periods obligedFrom..obligedUntil (0: never obliged)
        uint32 obligedUntil;
        // word 2
        uint32 prevFrom; // the previous obligation window, kept while its misses may still be reported
        uint32 prevUntil;
        uint32 dqPeriod; // disqualified from this period on (valid when disqualified)
        bool disqualified;
        bool announced;
        uint64 capacity; // announced, bytes
        uint96 pricePerGiB; // announced offer
    }

    struct BeaconInfo {
        uint64 blockNumber; // first block of the period that reached _touch()
        bool seeded; // _seedWord holds the seed (else the beacon block's prevrandao)
    }

    uint8 private constant S_OPEN = 1;
    uint8 private constant S_SETTLED = 2;
    uint8 private constant S_FAILED = 3;

    uint8 public constant FAIL_UNPROVEN = 1;
    uint8 public constant FAIL_CHALLENGE = 2;
    uint8 public constant FAIL_ABANDONED = 3;
    uint8 public constant FAIL_DISQUALIFIED = 4;

    // ------------------------------------------------------------------------------------------
    // Errors

    error BadParams(uint256 which);
    error ZeroAmount();
    error NotRenter();
    error NotFarmer();
    error Expired();
    error NonceUsed();
    error BadSignature(address signer);
    error BadTerms();
    error FarmerDisqualified();
    error InsufficientStake(uint256 available, uint256 required);
    error UnknownAgreement();
    error AgreementNotOpen();
    error AgreementEnded();
    error StaleRevision(uint64 current);
    error EndShortened(uint32 current);
    error BadRevision();
    error EscrowTooLow(uint256 required, uint256 available);
    error OutsideWindow();
    error AlreadyProven();
    error NotLive(uint64 agreementId);
    error ProofsNotIncreasing();
    error InvalidProof(uint64 agreementId);
    error SeedNotReady(uint256 beaconBlock);
    error SeedLost(uint256 beaconBlock);
    error ReportTooEarly();
    error ReportTooLate();
    error AlreadyReported();
    error NotObliged();
    error NoHeartbeat();
    error NotDue();
    error WasProven();
    error ChallengeOpen();
    error NoChallenge();
    error ChallengeNotReady();
    error ChallengeExpired();
    error ChallengeNotExpired();
    error NotEnded(uint256 settleFrom);
    error NotEmpty();
    error Unbonding(uint64 readyAt);
    error NothingUnbonding();
    error NothingToWithdraw();
    error NotStaked();

    // ------------------------------------------------------------------------------------------
    // Events

    event Staked(address indexed farmer, uint256 amount);
    event UnstakeRequested(address indexed farmer, uint256 amount, uint64 readyAt);
    event StakeWithdrawn(address indexed farmer, uint256 amount);
    event Announced(address indexed farmer, bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity);
    event NonceCancelled(address indexed farmer, uint64 nonce);
    event AgreementOpened(
        uint64 indexed id,
        address indexed renter,
        address indexed farmer,
        uint128 pricePerGiB,
        uint128 collateral,
        uint256 escrow,
        uint32 startPeriod,
        uint32 endPeriod
    );
    event RevisionPosted(uint64 indexed id, uint64 number, bytes32 root, uint64 leaves, uint64 shards, uint32 endPeriod);
    event Deposited(uint64 indexed id, uint256 amount);
    event HeartbeatProven(address indexed farmer, uint32 indexed period, uint256 proofs);
    event AgreementProven(uint64 indexed id, uint32 indexed period);
    event MissReported(address indexed farmer, uint32 indexed period, address reporter, uint256 slashed, uint256 bounty);
    event AgreementFailed(uint64 indexed id, uint8 reason, address reporter);
    event ChallengeIssued(uint64 indexed id, uint256 blockNumber, uint64 deadline);
    event ChallengeAnswered(uint64 indexed id);
    event AgreementSettled(uint64 indexed id, uint256 toFarmer, uint256 toRenter);
    event Claimed(address indexed farmer, uint256 amount);
    event Disqualified(address indexed farmer, uint32 period);
    event Beacon(uint32 indexed period, uint256 blockNumber);
    event Withdrawn(address indexed account, uint256 amount);

    // ------------------------------------------------------------------------------------------
    // Immutable parameters

    IERC20 public immutable token;
    uint64 public immutable genesis;
    uint32 public immutable periodSeconds;
    uint32 public immutable graceSeconds;
    uint16 public immutable sampleBps;
    uint16 public immutable reportPeriods;
    uint128 public immutable minStake;
    uint32 public immutable unbondingSeconds;
    uint16 public immutable slashBps;
    uint16 public immutable reporterBountyBps;
    uint8 public immutable disqualifyAfterMisses;
    uint32 public immutable challengeSeconds;
    uint128 public immutable challengeFee;

    // ------------------------------------------------------------------------------------------
    // State

    uint64 private _agreementCount;
    mapping(uint256 => Agreement) private _agreements;
    mapping(address => Farmer) private _farmers;
    address[] private _farmerList;
    mapping(address => mapping(uint256 => uint256)) private _nonceBits; // farmer => nonce >> 8 => bits
    mapping(address => mapping(uint256 => uint256)) private _provenBits; // farmer => period >> 8 => bits
    mapping(address => mapping(uint256 => uint256)) private _reportedBits; // farmer => period >> 8 => bits
    mapping(uint256 => BeaconInfo) private _beacons;
    mapping(uint256 => bytes32) private _seedWord; // beacon prevrandao, then the seed
    mapping(address => uint256) public balances;

    constructor(IERC20 token_, Params memory p) EIP712("Granary", "2") {
        if (address(token_) == address(0)) revert BadParams(0);
        if (p.periodSeconds < 60) revert BadParams(1);
        if (p.graceSeconds > p.periodSeconds / 2) revert BadParams(2);
        if (p.sampleBps == 0 || p.sampleBps > BPS) revert BadParams(3);
        if (p.reportPeriods < 2 || p.reportPeriods > 62) revert BadParams(4);
        if (p.minStake == 0) revert BadParams(5);
        if (uint256(p.unbondingSeconds) < (uint256(p.reportPeriods) + 2) * p.periodSeconds) revert BadParams(6);
        if (p.slashBps == 0 || p.slashBps > BPS) revert BadParams(7);
        if (p.reporterBountyBps > BPS) revert BadParams(8);
        if (p.disqualifyAfterMisses == 0 || p.disqualifyAfterMisses > 64) revert BadParams(9);
        if (p.challengeSeconds < p.periodSeconds) revert BadParams(10);
        if (p.challengeFee == 0) revert BadParams(11);
        token = token_;
        genesis = uint64(block.timestamp);
        periodSeconds = p.periodSeconds;
        graceSeconds = p.graceSeconds;
        sampleBps = p.sampleBps;
        reportPeriods = p.reportPeriods;
        minStake = p.minStake;
        unbondingSeconds = p.unbondingSeconds;
        slashBps = p.slashBps;
        reporterBountyBps = p.reporterBountyBps;
        disqualifyAfterMisses = p.disqualifyAfterMisses;
        challengeSeconds = p.challengeSeconds;
        challengeFee = p.challengeFee;
        _beacons[0].blockNumber = uint64(block.number);
        _seedWord[0] = bytes32(block.prevrandao);
        emit Beacon(0, block.number);
    }

    // ------------------------------------------------------------------------------------------
    // Periods and the beacon

    function currentPeriod() public view returns (uint32) {
        return uint32((block.timestamp - genesis) / periodSeconds);
    }

    function periodStart(uint32 p) public view returns (uint256) {
        return uint256(genesis) + uint256(p) * periodSeconds;
    }

    /// Records the period's beacon (the first call of each period) and, one block later, stores its seed.
    /// Every state-changing function calls it. Returns the current period.
    function _touch() private returns (uint32 cur) {
        cur = currentPeriod();
        BeaconInfo storage b = _beacons[cur];
        uint64 bb = b.blockNumber;
        if (bb == 0) {
            b.blockNumber = uint64(block.number);
            _seedWord[cur] = bytes32(block.prevrandao);
            emit Beacon(cur, block.number);
        } else if (!b.seeded && block.number > uint256(bb) + 1) {
            _seedWord[cur] = _computeSeed(cur, bb);
            b.seeded = true;
        }
    }

    /// Records this period's beacon (or its seed) and does nothing else. Dev chains that seal blocks only
    /// on transactions call it twice at a period's start so that the block after the beacon exists.
    function poke() external {
        _touch();
    }


    /// Period p's seed: keccak256(abi.encode(blockhash(beacon + 1), beacon prevrandao, p)). Reverts with
    /// SeedNotReady(beacon block) until the block after the beacon block is sealed.
    function seedOf(uint32 p) public view returns (bytes32) {
        BeaconInfo storage b = _beacons[p];
        if (b.seeded) return _seedWord[p];
        return _computeSeed(p, b.blockNumber);
    }

    function _seed(uint32 p) private returns (bytes32 s) {
        BeaconInfo storage b = _beacons[p];
        if (b.seeded) return _seedWord[p];
        s = _computeSeed(p, b.blockNumber);
        _seedWord[p] = s;
        b.seeded = true;
    }

    function _computeSeed(uint32 p, uint64 bb) private view returns (bytes32) {
        if (bb == 0 || block.number <= uint256(bb) + 1) revert SeedNotReady(bb);
        bytes32 h = _blockHash(uint256(bb) + 1);
        if (h == 0) revert SeedLost(bb);
        return seedFrom(h, uint256(_seedWord[p]), p);
    }

    /// blockhash, or EIP-2935's history contract for blocks 257..8191 back (0 when neither has it).
    function _blockHash(uint256 n) private view returns (bytes32 h) {
        h = blockhash(n);
        if (h != 0 || n >= block.number || block.number - n > 8191) return h;
        (bool ok, bytes memory ret) = HISTORY.staticcall(abi.encode(n));
        if (ok && ret.length == 32) h = abi.decode(ret, (bytes32));
    }

    // ------------------------------------------------------------------------------------------
    // Pure rules (mirrored bit for bit by Go `proofs` and `market`)

    function seedFrom(bytes32 blockHash, uint256 randao, uint32 p) public pure returns (bytes32) {
        return keccak256(abi.encode(blockHash, randao, p));
    }

    function dueAt(bytes32 seed, uint64 id, uint16 bps) public pure returns (bool) {
        return uint256(keccak256(abi.encode(seed, id))) % BPS < bps;
    }

    /// The shard j and the leaf i of shard j that `seed` picks in agreement `id`.
    function pick(bytes32 seed, uint64 id, uint64 shards, uint64 shardLeaves) public pure returns (uint64 j, uint64 i) {
        j = uint64(uint256(keccak256(abi.encode(seed, id, uint256(1)))) % shards);
        i = uint64(uint256(keccak256(abi.encode(seed, id, uint256(2)))) % shardLeaves);
    }

    function challengeSeedFrom(bytes32 blockHash, uint64 id) public pure returns (bytes32) {
        return keccak256(abi.encode(blockHash, id, "challenge"));
    }

    function rateFor(uint128 pricePerGiB, uint64 leaves) public pure returns (uint256) {
        return (uint256(pricePerGiB) * leaves + (uint256(1) << GIB_LEAVES_LOG2) - 1) >> GIB_LEAVES_LOG2;
    }

    function leafHash(bytes calldata leaf) external view returns (bytes32) {
        return _hashLeaf(leaf);
    }

    function nodeHash(bytes32 l, bytes32 r) external view returns (bytes32) {
        return _hashNode(l, r);
    }

    function entryHash(bytes32 shardRoot, uint64 shardLeaves) external view returns (bytes32) {
        return _hashEntry(shardRoot, shardLeaves);
    }

    /// Verifies `proof` against `root` of a revision with `shards` entries, at the pick of `seed`.
    function checkProof(bytes32 root, uint64 shards, bytes32 seed, Proof calldata proof) external view returns (bool) {
        if (shards == 0) return false;
        return _verify(root, shards, seed, proof);
    }

    function hashOpenTerms(OpenTerms calldata t) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    OPEN_TERMS_TYPEHASH, t.renter, t.farmer, t.pricePerGiB, t.collateral, t.endPeriod, t.nonce, t.deadline
                )
            )
        );
    }

    function hashRevision(Revision calldata r) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(REVISION_TYPEHASH, r.agreementId, r.number, r.root, r.leaves, r.shards, r.endPeriod))
        );
    }

    // ------------------------------------------------------------------------------------------
    // Stake

    function stake(uint256 amount) external nonReentrant {
        _touch();
        if (amount == 0) revert ZeroAmount();
        Farmer storage f = _farmers[msg.sender];
        if (f.disqualified) revert FarmerDisqualified();
        f.free += amount.toUint128();
        emit Staked(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// Moves free stake into unbonding. Unbonding stake stays slashable until withdrawn.
    function requestUnstake(uint256 amount) external {
        _touch();
        if (amount == 0) revert ZeroAmount();
        Farmer storage f = _farmers[msg.sender];
        if (amount > f.free) revert InsufficientStake(f.free, amount);
        f.free -= uint128(amount);
        f.unbonding += uint128(amount);
        uint64 ready = uint64(block.timestamp) + unbondingSeconds;
        f.unbondingReady = ready;
        emit UnstakeRequested(msg.sender, amount, ready);
    }

    function withdrawStake() external nonReentrant {
        _touch();
        Farmer storage f = _farmers[msg.sender];
        uint256 amount = f.unbonding;
        if (amount == 0) revert NothingUnbonding();
        if (block.timestamp < f.unbondingReady) revert Unbonding(f.unbondingReady);
        f.unbonding = 0;
        emit StakeWithdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// Publishes how to reach the farmer and its offer. The list only grows (one entry per address, each
    /// backed by minStake when it was added); nothing on chain iterates it.
    function announce(bytes calldata peerId, bytes calldata addrs, uint128 pricePerGiB, uint64 capacity) external {
        _touch();
        Farmer storage f = _farmers[msg.sender];
        if (f.disqualified) revert FarmerDisqualified();
        if (uint256(f.free) + f.locked < minStake) revert NotStaked();
        if (!f.announced) {
            f.announced = true;
            _farmerList.push(msg.sender);
        }
        f.pricePerGiB = uint256(pricePerGiB).toUint96();
        f.capacity = capacity;
        _storeBytes(_peerSlot(msg.sender), abi.encode(peerId, addrs));
        emit Announced(msg.sender, peerId, addrs, pricePerGiB, capacity);
    }

    // ------------------------------------------------------------------------------------------
    // Opening

    function usedNonce(address farmer, uint64 nonce) public view returns (bool) {
        return _nonceBits[farmer][nonce >> 8] & (uint256(1) << (nonce & 0xff)) != 0;
    }

    /// The farmer revokes a signed OpenTerms it has not seen used yet.
    function cancelNonce(uint64 nonce) external {
        _touch();
        _useNonce(msg.sender, nonce);
        emit NonceCancelled(msg.sender, nonce);
    }

    function _useNonce(address farmer, uint64 nonce) private {
        uint256 bit = uint256(1) << (nonce & 0xff);
        uint256 w = _nonceBits[farmer][nonce >> 8];
        if (w & bit != 0) revert NonceUsed();
        _nonceBits[farmer][nonce >> 8] = w | bit;
    }

    /// Opens an empty agreement: sent by the renter, authorised by the farmer's signature over `t`.
    function open(OpenTerms calldata t, bytes calldata farmerSig, uint128 escrow) external nonReentrant returns (uint64) {
        return _open(t, farmerSig, escrow);
    }

    /// Like open, with the renter's ERC-2612 permit, used only when the allowance is short. A permit
    /// that fails (someone front-ran it) is ignored; the allowance then decides.
    function openWithPermit(
        OpenTerms calldata t,
        bytes calldata farmerSig,
        uint128 escrow,
        uint256 permitDeadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint64) {
        if (token.allowance(t.renter, address(this)) < escrow) {
            try IERC20Permit(address(token)).permit(t.renter, address(this), escrow, permitDeadline, v, r, s) {} catch {}
        }
        return _open(t, farmerSig, escrow);
    }

    function _open(OpenTerms calldata t, bytes calldata farmerSig, uint128 escrow) private returns (uint64 id) {
        uint32 cur = _touch();
        if (msg.sender != t.renter) revert NotRenter();
        if (block.timestamp > t.deadline) revert Expired();
        if (t.endPeriod <= cur || t.farmer == address(0)) revert BadTerms();
        _requireSig(t.farmer, hashOpenTerms(t), farmerSig);
        _useNonce(t.farmer, t.nonce);
        Farmer storage f = _farmers[t.farmer];
        if (f.disqualified) revert FarmerDisqualified();
        uint256 free = f.free;
        if (free < uint256(t.collateral) + minStake) revert InsufficientStake(free, uint256(t.collateral) + minStake);
        f.free = uint128(free - t.collateral);
        f.locked += t.collateral;

        id = ++_agreementCount;
        Agreement storage a = _agreements[id];
        a.renter = t.renter;
        a.endPeriod = t.endPeriod;
        a.status = S_OPEN;
        a.farmer = t.farmer;
        a.pricePerGiB = uint256(t.pricePerGiB).toUint96();
        a.escrow = uint256(escrow).toUint96();
        a.collateral = uint256(t.collateral).toUint96();
        a.startPeriod = cur;
        emit AgreementOpened(id, t.renter, t.farmer, t.pricePerGiB, t.collateral, escrow, cur, t.endPeriod);
        if (escrow > 0) token.safeTransferFrom(t.renter, address(this), escrow);
    }

    /// Anyone tops up an open agreement's escrow.
    function deposit(uint64 id, uint256 amount) external nonReentrant {
        _touch();
        if (amount == 0) revert ZeroAmount();
        Agreement storage a = _openAgreement(id);
        a.escrow = (uint256(a.escrow) + amount).toUint96();
        emit Deposited(id, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _openAgreement(uint64 id) private view returns (Agreement storage a) {
        a = _agreements[id];
        if (a.renter == address(0)) revert UnknownAgreement();
        if (a.status != S_OPEN) revert AgreementNotOpen();
    }

    // ------------------------------------------------------------------------------------------
    // Revisions

    /// Posts a co-signed revision (anyone may send it; the signature of a party that sends it is not needed).
    function postRevision(Revision calldata r, bytes calldata renterSig, bytes calldata farmerSig) external nonReentrant {
        uint32 cur = _touch();
        Agreement storage a = _openAgreement(r.agreementId);
        bytes32 digest = hashRevision(r);
        address renter = a.renter;
        address farmer = a.farmer;
        _requireSig(renter, digest, renterSig);
        _requireSig(farmer, digest, farmerSig);
        _applyRevision(a, r, cur);
    }

    /// Checks `signer`'s signature (ECDSA or ERC-1271) over `digest`, unless `signer` sent the call.
    function _requireSig(address signer, bytes32 digest, bytes calldata sig) private view {
        if (signer != msg.sender && !SignatureChecker.isValidSignatureNow(signer, digest, sig)) {
            revert BadSignature(signer);
        }
    }

    function _applyRevision(Agreement storage a, Revision calldata r, uint32 cur) private {
        uint32 oldEnd = a.endPeriod;
        if (cur > oldEnd) revert AgreementEnded();
        uint64 oldLeaves = a.leaves;
        if (r.number <= a.number) revert StaleRevision(a.number);
        if (r.endPeriod < oldEnd) revert EndShortened(oldEnd);
        if ((r.leaves == 0) != (r.shards == 0) || r.shards > r.leaves) revert BadRevision();
        // Charge the old rate up to the last completed period; the new rate runs from the next one.
        if (cur > 0) _accrue(a, cur - 1);
        uint32 from = a.accruedTo;
        uint96 price = a.pricePerGiB;
        uint256 required = rateFor(price, r.leaves) * (r.endPeriod - from);
        uint256 available = uint256(a.escrow) - a.accrued;
        if (available < required) revert EscrowTooLow(required, available);
        a.leaves = r.leaves;
        a.shards = r.shards;
        a.number = r.number;
        a.root = r.root;
        if (r.endPeriod != oldEnd) a.endPeriod = r.endPeriod;
        if (r.leaves > 0 && (oldLeaves == 0 || r.endPeriod != oldEnd)) {
            if (oldLeaves == 0) a.liveFrom = cur + 1;
            _oblige(a.farmer, cur, r.endPeriod);
        }
        emit RevisionPosted(r.agreementId, r.number, r.root, r.leaves, r.shards, r.endPeriod);
    }

    /// The farmer owes heartbeats from the period after its first agreement got data until the last
    /// endPeriod of any agreement that had data. A gap starts a new window; the previous one is kept so
    /// that its misses can still be reported.
    function _oblige(address farmer, uint32 cur, uint32 end) private {
        Farmer storage f = _farmers[farmer];
        uint32 from = f.obligedFrom;
        uint32 until = f.obligedUntil;
        if (from == 0 || cur > until) {
            if (from != 0) {
                f.prevFrom = from;
                f.prevUntil = until;
            }
            f.obligedFrom = cur + 1;
            f.obligedUntil = end;
        } else if (end > until) {
            f.obligedUntil = end;
        }
    }

    /// Charges the escrow at the current rate for the periods after accruedTo up to `to`.
    function _accrue(Agreement storage a, uint32 to) private {
        uint32 at = a.accruedTo;
        if (to <= at) return;
        uint256 amount = rateFor(a.pricePerGiB, a.leaves) * (to - at);
        uint256 accrued = a.accrued;
        uint256 cap = a.escrow;
        accrued += amount;
        if (accrued > cap) accrued = cap; // unreachable: revisions keep the escrow covering endPeriod
        a.accrued = uint96(accrued);
        a.accruedTo = to;
    }

    // ------------------------------------------------------------------------------------------
    // Heartbeats

    /// The farmer's proof for `period`: applies `revs` (renter-signed revisions of its agreements), then
    /// checks one leaf of each agreement in `proofs` (ids strictly increasing) at the period's pick.
    function heartbeat(uint32 period, SignedRevision[] calldata revs, Proof[] calldata proofs) external nonReentrant {
        uint32 cur = _touch();
        Farmer storage f = _farmers[msg.sender];
        if (f.disqualified && period >= f.dqPeriod) revert FarmerDisqualified();
        if (period > cur || block.timestamp >= periodStart(period + 1) + graceSeconds) revert OutsideWindow();
        uint256 bit = uint256(1) << (period & 0xff);
        uint256 word = _provenBits[msg.sender][period >> 8];
        if (word & bit != 0) revert AlreadyProven();
        bytes32 seed = _seed(period);
        _provenBits[msg.sender][period >> 8] = word | bit;

        for (uint256 k; k < revs.length; ++k) {
            Revision calldata r = revs[k].rev;
            Agreement storage a = _openAgreement(r.agreementId);
            if (a.farmer != msg.sender) revert NotFarmer();
            _requireSig(a.renter, hashRevision(r), revs[k].renterSig);
            _applyRevision(a, r, cur);
        }

        uint256 last;
        for (uint256 k; k < proofs.length; ++k) {
            Proof calldata pr = proofs[k];
            uint64 id = pr.agreementId;
            if (id <= last) revert ProofsNotIncreasing();
            last = id;
            Agreement storage a = _agreements[id];
            if (a.farmer != msg.sender) revert NotFarmer();
            if (!_liveIn(a, period)) revert NotLive(id);
            if (!_verify(a.root, a.shards, seed, pr)) revert InvalidProof(id);
            _accrue(a, period);
            a.vindicated = a.accrued;
            uint32 lp = a.lastProven;
            uint64 mask = a.provenMask;
            if (period > lp) {
                uint32 d = period - lp;
                mask = d >= 64 ? 1 : (mask << d) | 1;
                a.lastProven = period;
            } else {
                mask |= uint64(1) << (lp - period); // lp - period < 64 within the windows
            }
            a.provenMask = mask;
            emit AgreementProven(id, period);
        }
        emit HeartbeatProven(msg.sender, period, proofs.length);
    }

    function _liveIn(Agreement storage a, uint32 p) private view returns (bool) {
        uint32 from = a.liveFrom;
        return a.status == S_OPEN && a.leaves > 0 && from != 0 && from <= p && p <= a.endPeriod;
    }

    function _provenIn(Agreement storage a, uint32 p) private view returns (bool) {
        uint32 lp = a.lastProven;
        if (lp == 0 || p > lp || lp - p >= 64) return false;
        return a.provenMask & (uint64(1) << (lp - p)) != 0;
    }

    // ------------------------------------------------------------------------------------------
    // Reports

    function _reportWindow(uint32 p) private view {
        if (block.timestamp < periodStart(p + 1) + graceSeconds) revert ReportTooEarly();
        if (block.timestamp >= periodStart(p + 1 + uint32(reportPeriods))) revert ReportTooLate();
    }

    function _obliged(Farmer storage f, uint32 p) private view returns (uint32 from) {
        from = f.obligedFrom;
        if (from != 0 && from <= p && p <= f.obligedUntil) return from;
        from = f.prevFrom;
        if (from != 0 && from <= p && p <= f.prevUntil) return from;
        return 0;
    }

    /// Anyone reports that an obliged farmer sent no heartbeat for period p: slashes (free + unbonding)
    /// * slashBps (rounded up), bounty to the reporter, the rest burned; may disqualify.
    function reportMissed(address farmer, uint32 p) external nonReentrant {
        _touch();
        _reportWindow(p);
        Farmer storage f = _farmers[farmer];
        uint32 from = _obliged(f, p);
        if (from == 0) revert NotObliged();
        if (f.disqualified && p >= f.dqPeriod) revert FarmerDisqualified();
        if (_provenBits[farmer][p >> 8] & (uint256(1) << (p & 0xff)) != 0) revert AlreadyProven();
        uint256 rbit = uint256(1) << (p & 0xff);
        uint256 rword = _reportedBits[farmer][p >> 8];
        if (rword & rbit != 0) revert AlreadyReported();
        _reportedBits[farmer][p >> 8] = rword | rbit;

        uint256 free = f.free;
        uint256 unb = f.unbonding;
        uint256 total = free + unb;
        uint256 amount = (total * slashBps + BPS - 1) / BPS;
        if (free >= amount) {
            f.free = uint128(free - amount);
        } else {
            f.free = 0;
            f.unbonding = uint128(unb - (amount - free));
        }
        uint256 bounty = amount * reporterBountyBps / BPS;
        balances[msg.sender] += bounty;
        emit MissReported(farmer, p, msg.sender, amount, bounty);

        uint256 k = disqualifyAfterMisses;
        if (total - amount < minStake || (uint256(p) + 1 >= uint256(from) + k && _noneProven(farmer, p + 1 - k, p))) {
            if (!f.disqualified || p < f.dqPeriod) {
                f.disqualified = true;
                f.dqPeriod = p;
                emit Disqualified(farmer, p);
            }
        }
        if (amount > bounty) IBurnable(address(token)).burn(amount - bounty);
    }

    /// True when no period in lo..hi (hi - lo < 64) was proven by `farmer`.
    function _noneProven(address farmer, uint256 lo, uint256 hi) private view returns (bool) {
        for (uint256 w = lo >> 8; w <= hi >> 8; ++w) {
            uint256 bits = _provenBits[farmer][w];
            uint256 a = w == lo >> 8 ? lo & 0xff : 0;
            uint256 b = w == hi >> 8 ? hi & 0xff : 255;
            uint256 mask = (b == 255 ? type(uint256).max : (uint256(1) << (b + 1)) - 1) & (type(uint256).max << a);
            if (bits & mask != 0) return false;
        }
        return true;
    }

    /// Anyone reports that agreement `id` was due in p, the farmer's heartbeat for p exists, and it did
    /// not prove `id`: the agreement fails, the reporter gets reporterBountyBps of its collateral.
    function reportUnproven(uint64 id, uint32 p) external nonReentrant {
        _touch();
        _reportWindow(p);
        Agreement storage a = _openAgreement(id);
        if (!_liveIn(a, p)) revert NotLive(id);
        address farmer = a.farmer;
        if (_provenBits[farmer][p >> 8] & (uint256(1) << (p & 0xff)) == 0) revert NoHeartbeat();
        if (!dueAt(_seed(p), id, sampleBps)) revert NotDue();
        if (_provenIn(a, p)) revert WasProven();
        _end(id, a, FAIL_UNPROVEN, msg.sender);
    }

    // ------------------------------------------------------------------------------------------
    // Renter challenges

    /// The renter demands a proof of one leaf picked by the hash of the next block; pays challengeFee,
    /// which goes to the farmer if it answers in time and back to the renter if not.
    function challenge(uint64 id) external nonReentrant {
        uint32 cur = _touch();
        Agreement storage a = _openAgreement(id);
        if (msg.sender != a.renter) revert NotRenter();
        if (a.leaves == 0 || cur > a.endPeriod) revert NotLive(id);
        if (a.challengeBlock != 0) revert ChallengeOpen();
        if (_farmers[a.farmer].disqualified) revert FarmerDisqualified();
        uint64 deadline = uint64(block.timestamp) + challengeSeconds;
        a.challengeBlock = uint64(block.number);
        a.challengeDeadline = deadline;
        emit ChallengeIssued(id, block.number, deadline);
        token.safeTransferFrom(msg.sender, address(this), challengeFee);
    }

    /// The seed of the open challenge of `id` (available from the block after the next one).
    function challengeSeedOf(uint64 id) public view returns (bytes32) {
        Agreement storage a = _agreements[id];
        uint256 cb = a.challengeBlock;
        if (cb == 0) revert NoChallenge();
        if (block.number <= cb + 1) revert ChallengeNotReady();
        bytes32 h = _blockHash(cb + 1);
        if (h == 0) revert SeedLost(cb);
        return challengeSeedFrom(h, id);
    }

    function answerChallenge(uint64 id, Proof calldata proof) external nonReentrant {
        uint32 cur = _touch();
        Agreement storage a = _openAgreement(id);
        if (msg.sender != a.farmer) revert NotFarmer();
        if (a.challengeBlock == 0) revert NoChallenge();
        if (block.timestamp > a.challengeDeadline) revert ChallengeExpired();
        if (proof.agreementId != id || a.shards == 0 || !_verify(a.root, a.shards, challengeSeedOf(id), proof)) {
            revert InvalidProof(id);
        }
        a.challengeBlock = 0;
        a.challengeDeadline = 0;
        if (cur > 0) _accrue(a, cur - 1);
        a.vindicated = a.accrued;
        balances[msg.sender] += challengeFee;
        emit ChallengeAnswered(id);
    }

    /// After an unanswered challenge's deadline anyone fails the agreement: the renter gets its fee, the
    /// unvindicated escrow and the collateral. No slash, no disqualification, no other agreement touched.
    function claimChallenge(uint64 id) external nonReentrant {
        _touch();
        Agreement storage a = _openAgreement(id);
        if (a.challengeBlock == 0) revert NoChallenge();
        if (block.timestamp <= a.challengeDeadline) revert ChallengeNotExpired();
        _end(id, a, FAIL_CHALLENGE, address(0));
    }

    // ------------------------------------------------------------------------------------------
    // Ending

    /// The farmer gives an agreement up: a failure without a reporter (its collateral to the renter).
    function abandon(uint64 id) external nonReentrant {
        _touch();
        Agreement storage a = _openAgreement(id);
        if (msg.sender != a.farmer) revert NotFarmer();
        _end(id, a, FAIL_ABANDONED, address(0));
    }

    /// Ends agreement `id`: reason 0 settles it (collateral back to the farmer's free stake), any other
    /// reason fails it (collateral to the renter, minus reporterBountyBps of it when there is a reporter).
    /// Either way the farmer gets the vindicated pay, the renter the rest of the escrow and any open
    /// challenge's fee. Paid out at once (GranaryToken has no transfer hooks; nonReentrant anyway): a
    /// credit to `balances` would cost a fresh storage word and a withdraw transaction per party.
    function _end(uint64 id, Agreement storage a, uint8 reason, address reporter) private {
        address renter = a.renter;
        address farmer = a.farmer;
        uint256 vindicated = a.vindicated;
        uint256 toFarmer = vindicated - a.paid;
        uint256 toRenter = uint256(a.escrow) - vindicated;
        uint256 coll = a.collateral;
        if (a.challengeBlock != 0) {
            toRenter += challengeFee;
            a.challengeBlock = 0;
        }
        uint256 bounty;
        Farmer storage f = _farmers[farmer];
        f.locked -= uint128(coll);
        if (reason == 0) {
            a.status = S_SETTLED;
            f.free += uint128(coll);
        } else {
            a.status = S_FAILED;
            if (reporter != address(0)) bounty = coll * reporterBountyBps / BPS;
            toRenter += coll - bounty;
            emit AgreementFailed(id, reason, reporter);
        }
        emit AgreementSettled(id, toFarmer, toRenter);
        if (toFarmer > 0) token.safeTransfer(farmer, toFarmer);
        if (toRenter > 0) token.safeTransfer(renter, toRenter);
        if (bounty > 0) token.safeTransfer(reporter, bounty);
    }

    /// The first time `settle(id)` can succeed normally: when the report window of endPeriod has closed.
    function settleTime(uint64 id) public view returns (uint256) {
        return periodStart(_agreements[id].endPeriod + 1 + uint32(reportPeriods));
    }

    /// Anyone settles an agreement whose last period can no longer be reported (or whose farmer was
    /// disqualified while it was live, which fails it): the farmer gets the vindicated pay and its
    /// collateral back, the renter the rest of the escrow.
    function settle(uint64 id) external nonReentrant {
        _touch();
        Agreement storage a = _openAgreement(id);
        uint32 end = a.endPeriod;
        Farmer storage f = _farmers[a.farmer];
        if (f.disqualified && f.dqPeriod <= end) {
            _end(id, a, FAIL_DISQUALIFIED, address(0));
            return;
        }
        uint256 t = settleTime(id);
        if (block.timestamp < t) revert NotEnded(t);
        _accrue(a, end);
        _end(id, a, 0, address(0));
    }

    /// The renter ends an agreement whose on-chain revision is empty (its data moved): no penalty.
    function close(uint64 id) external nonReentrant {
        uint32 cur = _touch();
        Agreement storage a = _openAgreement(id);
        if (msg.sender != a.renter) revert NotRenter();
        if (a.leaves != 0) revert NotEmpty();
        if (cur > 0) _accrue(a, cur - 1);
        _end(id, a, 0, address(0));
    }


    /// The farmer takes the vindicated pay of open agreements (paid out at once).
    function claim(uint64[] calldata ids) external nonReentrant {
        _touch();
        uint256 total;
        for (uint256 k; k < ids.length; ++k) {
            Agreement storage a = _openAgreement(ids[k]);
            if (a.farmer != msg.sender) revert NotFarmer();
            uint96 v = a.vindicated;
            total += v - a.paid;
            a.paid = v;
        }
        emit Claimed(msg.sender, total);
        if (total > 0) token.safeTransfer(msg.sender, total);
    }

    function withdraw() external nonReentrant {
        _touch();
        uint256 amount = balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balances[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------------------------------
    // Merkle verification (mirrors Go `proofs`)

    function _verify(bytes32 root, uint64 shards, bytes32 seed, Proof calldata pr) private view returns (bool) {
        uint64 sl = pr.shardLeaves;
        if (sl == 0 || pr.leaf.length != LEAF_SIZE) return false;
        if (pr.shardPath.length != _log2ceil(sl) || pr.treePath.length != _log2ceil(shards)) return false;
        (uint64 j, uint64 i) = pick(seed, pr.agreementId, shards, sl);
        bytes32 h = _climb(_hashLeaf(pr.leaf), i, pr.shardPath);
        h = _climb(_hashEntry(h, sl), j, pr.treePath);
        return h == root;
    }

    function _climb(bytes32 h, uint256 idx, bytes32[] calldata siblings) private view returns (bytes32) {
        for (uint256 k; k < siblings.length; ++k) {
            h = (idx & 1) == 0 ? _hashNode(h, siblings[k]) : _hashNode(siblings[k], h);
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

    /// sha256(0x01 || left || right).
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

    /// sha256(0x02 || shardRoot || uint64_be(shardLeaves)).
    function _hashEntry(bytes32 shardRoot, uint64 shardLeaves) private view returns (bytes32 out) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 2)
            mstore(add(p, 1), shardRoot)
            mstore(add(p, 33), shl(192, shardLeaves))
            if iszero(staticcall(gas(), 2, p, 41, 0x00, 0x20)) { revert(0, 0) }
            out := mload(0x00)
        }
    }

    function _log2ceil(uint256 x) private pure returns (uint256 n) {
        if (x <= 1) return 0;
        x -= 1;
        while (x > 0) {
            x >>= 1;
            ++n;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Views

    function agreementCount() external view returns (uint64) {
        return _agreementCount;
    }

    function getAgreement(uint64 id) external view returns (Agreement memory) {
        Agreement storage a = _agreements[id];
        uint256 base;
        assembly ("memory-safe") {
            base := a.slot
        }
        _returnFields(base, AGREEMENT_FIELDS);
    }

    function getFarmer(address farmer) external view returns (Farmer memory) {
        Farmer storage f = _farmers[farmer];
        uint256 base;
        assembly ("memory-safe") {
            base := f.slot
        }
        _returnFields(base, FARMER_FIELDS);
    }

    // Field layouts of the packed structs, 3 bytes a field: storage word, bit offset, bit width - 1. The
    // getters return the fields directly (the ABI encoding of a struct of static fields is its fields in
    // order), which saves ~1.3 KB of code against the compiler's struct copy and encoder.
    bytes private constant AGREEMENT_FIELDS =
        hex"00005f00605f00c01f00e01f01009f01a01f01c01f01e00702009f02a05f03003f03403f03803f03c03f0400ff05005f05605f05c01f06005f06603f06a03f";
    bytes private constant FARMER_FIELDS = hex"00007f00807f01007f01803f01c01f01e01f02001f02201f02401f02600702680702703f03005f";

    function _returnFields(uint256 base, bytes memory layout) private view {
        assembly ("memory-safe") {
            let n := div(mload(layout), 3)
            let out := mload(0x40)
            for { let k := 0 } lt(k, n) { k := add(k, 1) } {
                let d := mload(add(add(layout, 32), mul(k, 3)))
                let bits := add(byte(2, d), 1)
                let v := shr(byte(1, d), sload(add(base, byte(0, d))))
                if lt(bits, 256) { v := and(v, sub(shl(bits, 1), 1)) }
                mstore(add(out, mul(k, 32)), v)
            }
            return(out, mul(n, 32))
        }
    }

    function rateOf(uint64 id) public view returns (uint256) {
        Agreement storage a = _agreements[id];
        return rateFor(a.pricePerGiB, a.leaves);
    }

    /// The farmer's pay so far: vindicated and unclaimed, plus what a proof of the current period would
    /// vindicate.
    function earnedOf(uint64 id) external view returns (uint256) {
        Agreement storage a = _agreements[id];
        if (a.status != S_OPEN) return 0;
        uint32 to = currentPeriod();
        if (to > a.endPeriod) to = a.endPeriod;
        uint256 accrued = a.accrued;
        if (to > a.accruedTo) accrued += rateOf(id) * (to - a.accruedTo);
        if (accrued > a.escrow) accrued = a.escrow;
        return accrued - a.paid;
    }

    /// Whether agreement `id` is due in period p (reverts SeedNotReady before p's seed exists).
    function isDue(uint64 id, uint32 p) external view returns (bool) {
        Agreement storage a = _agreements[id];
        if (!_liveIn(a, p)) return false;
        return dueAt(seedOf(p), id, sampleBps);
    }

    function provenIn(uint64 id, uint32 p) external view returns (bool) {
        return _provenIn(_agreements[id], p);
    }

    function provenBits(address farmer, uint256 word) external view returns (uint256) {
        return _provenBits[farmer][word];
    }


    function farmerCount() external view returns (uint256) {
        return _farmerList.length;
    }

    function farmerAt(uint256 i) external view returns (address) {
        return _farmerList[i];
    }

    function peerInfo(address farmer) external view returns (bytes memory peerId, bytes memory addrs) {
        bytes memory b = _loadBytes(_peerSlot(farmer));
        if (b.length == 0) return ("", "");
        return abi.decode(b, (bytes, bytes));
    }

    // ------------------------------------------------------------------------------------------
    // Peer info storage: abi.encode(peerId, addrs) as a length word at _peerSlot(farmer) followed by
    // 32-byte words at keccak256(that slot) (a plain loop: the compiler's bytes copy is ~1 KB of code).

    function _peerSlot(address farmer) private pure returns (uint256) {
        return uint256(keccak256(abi.encode(farmer, "granary.peer")));
    }

    function _storeBytes(uint256 slot, bytes memory b) private {
        assembly ("memory-safe") {
            let len := mload(b)
            sstore(slot, len)
            mstore(0, slot)
            let base := keccak256(0, 32)
            for { let i := 0 } lt(mul(i, 32), len) { i := add(i, 1) } {
                sstore(add(base, i), mload(add(add(b, 32), mul(i, 32))))
            }
        }
    }

    function _loadBytes(uint256 slot) private view returns (bytes memory b) {
        assembly ("memory-safe") {
            let len := sload(slot)
            b := mload(0x40)
            mstore(b, len)
            mstore(0, slot)
            let base := keccak256(0, 32)
            let words := div(add(len, 31), 32)
            for { let i := 0 } lt(i, words) { i := add(i, 1) } {
                mstore(add(add(b, 32), mul(i, 32)), sload(add(base, i)))
            }
            mstore(0x40, add(add(b, 32), mul(words, 32)))
        }
    }

    /// Whether `farmer` owes a heartbeat for period p.
    function obliged(address farmer, uint32 p) external view returns (bool) {
        return _obliged(_farmers[farmer], p) != 0;
    }
}

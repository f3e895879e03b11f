// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// AgreementMarketAgreement is an auto generated low-level Go binding around an user-defined struct.
type AgreementMarketAgreement struct {
	Accrued           *big.Int
	Vindicated        *big.Int
	AccruedTo         uint32
	LastProven        uint32
	Renter            common.Address
	EndPeriod         uint32
	LiveFrom          uint32
	Status            uint8
	Farmer            common.Address
	PricePerGiB       *big.Int
	Leaves            uint64
	Shards            uint64
	Number            uint64
	ProvenMask        uint64
	Root              [32]byte
	Escrow            *big.Int
	Collateral        *big.Int
	StartPeriod       uint32
	Paid              *big.Int
	ChallengeBlock    uint64
	ChallengeDeadline uint64
}

// AgreementMarketFarmer is an auto generated low-level Go binding around an user-defined struct.
type AgreementMarketFarmer struct {
	Free           *big.Int
	Locked         *big.Int
	Unbonding      *big.Int
	UnbondingReady uint64
	ObligedFrom    uint32
	ObligedUntil   uint32
	PrevFrom       uint32
	PrevUntil      uint32
	DqPeriod       uint32
	Disqualified   bool
	Announced      bool
	Capacity       uint64
	PricePerGiB    *big.Int
}

// AgreementMarketOpenTerms is an auto generated low-level Go binding around an user-defined struct.
type AgreementMarketOpenTerms struct {
	Renter      common.Address
	Farmer      common.Address
	PricePerGiB *big.Int
	Collateral  *big.Int
	EndPeriod   uint32
	Nonce       uint64
	Deadline    uint64
}

// AgreementMarketParams is an auto generated low-level Go binding around an user-defined struct.
type AgreementMarketParams struct {
	PeriodSeconds         uint32
	GraceSeconds          uint32
	SampleBps             uint16
	ReportPeriods         uint16
	MinStake              *big.Int
	UnbondingSeconds      uint32
	SlashBps              uint16
	ReporterBountyBps     uint16
	DisqualifyAfterMisses uint8
	ChallengeSeconds      uint32
	ChallengeFee          *big.Int
}

// AgreementMarketProof is an auto generated low-level Go binding around an user-defined struct.
type AgreementMarketProof struct {
	AgreementId uint64
	ShardLeaves uint64
	Leaf        []byte
	ShardPath   [][32]byte
	TreePath    [][32]byte
}

// AgreementMarketRevision is an auto generated low-level Go binding around an user-defined struct.
type AgreementMarketRevision struct {
	AgreementId uint64
	Number      uint64
	Root        [32]byte
	Leaves      uint64
	Shards      uint64
	EndPeriod   uint32
}

// AgreementMarketSignedRevision is an auto generated low-level Go binding around an user-defined struct.
type AgreementMarketSignedRevision struct {
	Rev       AgreementMarketRevision
	RenterSig []byte
}

// AgreementMarketMetaData contains all meta data concerning the AgreementMarket contract.
var AgreementMarketMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"periodSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"sampleBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reportPeriods\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"unbondingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterBountyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"disqualifyAfterMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"challengeSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"challengeFee\",\"type\":\"uint128\"}],\"internalType\":\"structAgreementMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AgreementEnded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AgreementNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"which\",\"type\":\"uint256\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRevision\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTerms\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeNotExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"}],\"name\":\"EndShortened\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"EscrowTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FarmerDisqualified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHeartbeat\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonceUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"settleFrom\",\"type\":\"uint256\"}],\"name\":\"NotEnded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFarmer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"}],\"name\":\"NotLive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotObliged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRenter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofsNotIncreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportTooLate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"beaconBlock\",\"type\":\"uint256\"}],\"name\":\"SeedLost\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"beaconBlock\",\"type\":\"uint256\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"StaleRevision\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"Unbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownAgreement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WasProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"AgreementFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"name\":\"AgreementOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"AgreementProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toFarmer\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toRenter\",\"type\":\"uint256\"}],\"name\":\"AgreementSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"Beacon\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"ChallengeAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ChallengeIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"Disqualified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"}],\"name\":\"HeartbeatProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bounty\",\"type\":\"uint256\"}],\"name\":\"MissReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"NonceCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"name\":\"RevisionPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FAIL_ABANDONED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_CHALLENGE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_DISQUALIFIED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_UNPROVEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEAF_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPEN_TERMS_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVISION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"abandon\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agreementCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"treePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAgreementMarket.Proof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"answerChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"cancelNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeFee\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"challengeSeedFrom\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"challengeSeedOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"treePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAgreementMarket.Proof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"checkProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"claimChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentPeriod\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disqualifyAfterMisses\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"dueAt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"earnedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"shardRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"}],\"name\":\"entryHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"farmerAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"farmerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"getAgreement\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"accrued\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"vindicated\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"accruedTo\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lastProven\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"liveFrom\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"pricePerGiB\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"provenMask\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"collateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"challengeBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeDeadline\",\"type\":\"uint64\"}],\"internalType\":\"structAgreementMarket.Agreement\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"getFarmer\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"free\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unbondingReady\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"obligedFrom\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"obligedUntil\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"prevFrom\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"prevUntil\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"dqPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"disqualified\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"announced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"pricePerGiB\",\"type\":\"uint96\"}],\"internalType\":\"structAgreementMarket.Farmer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"graceSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structAgreementMarket.OpenTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"hashOpenTerms\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structAgreementMarket.Revision\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"hashRevision\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structAgreementMarket.Revision\",\"name\":\"rev\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"renterSig\",\"type\":\"bytes\"}],\"internalType\":\"structAgreementMarket.SignedRevision[]\",\"name\":\"revs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"treePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAgreementMarket.Proof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"}],\"name\":\"heartbeat\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"isDue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"l\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"nodeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"obliged\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structAgreementMarket.OpenTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"farmerSig\",\"type\":\"bytes\"},{\"internalType\":\"uint128\",\"name\":\"escrow\",\"type\":\"uint128\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structAgreementMarket.OpenTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"farmerSig\",\"type\":\"bytes\"},{\"internalType\":\"uint128\",\"name\":\"escrow\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"permitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"openWithPermit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"peerInfo\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"periodSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"periodStart\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"}],\"name\":\"pick\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structAgreementMarket.Revision\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"renterSig\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"farmerSig\",\"type\":\"bytes\"}],\"name\":\"postRevision\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"provenBits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"provenIn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"}],\"name\":\"rateFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"rateOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"reportMissed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportPeriods\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"reportUnproven\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporterBountyBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sampleBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"randao\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"seedFrom\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"seedOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"settleTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"usedNonce\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610300806040523461074f5780616794803803809161001e8285610767565b833981010390610180821261074f5780516001600160a01b0381169290919083830361074f5761016090601f19011261074f5760405161016081016001600160401b038111828210176107535760405261007a6020830161078a565b81526100886040830161078a565b926020820193845261009c6060840161079b565b90604083019182526100b06080850161079b565b92606081019384526100c460a086016107aa565b92608082019384526100d860c0870161078a565b9160a081019283526100ec60e0880161079b565b9060c08101918252610101610100890161079b565b9360e082019485526101208901519660ff8816880361074f5761010083019788526101446101606101356101408d0161078a565b9b61012086019c8d52016107aa565b9b61014084019c8d5260405161015b604082610767565b600781526020810190664772616e61727960c81b825260405191610180604084610767565b600183526020830191601960f91b8352610199816107be565b610120526101a6846107be565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261020f60c082610767565b5190206080523060c0521561073c57603c63ffffffff845116106107285763ffffffff8b5116637fffffff845160011c16106107145761ffff8551168015908115610708575b506106f45761ffff895116600281109081156106e9575b506106d65780516001600160801b0316156106c25763ffffffff82511661ffff8a511690600282018092116106ae5763ffffffff855116918281029281840414901517156106ae571061069a5761ffff845116801590811561068e575b5061067a5761271061ffff875116116106665760ff885116801590811561065b575b506106475763ffffffff8a511663ffffffff84511611610633578b516001600160801b03161561061f5761016096909652426001600160401b0390811661018052915163ffffffff9081166101a05299518a166101c052925161ffff9081166101e052965187166102005293516001600160801b0390811661022052915188166102405251851661026052905190931661028052905160ff166102a05291519092166102c0529151166102e0525f8080527fec8156718a8372b1db44bb411437d0870f3e3790d4a08526d024ce1b0b668f6b80546001600160401b03191643938416179055600a6020908152447f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e35560405192835290917fdcd19d460de662a9e0837f6a22a83ecdd77a7d4dd4fcd14973bf21597d2644879190a2604051615f6a908161082a823960805181615d3b015260a05181615df2015260c05181615d05015260e05181615d8a01526101005181615db001526101205181611d1b01526101405181611d450152610160518181816103b0015281816106e501528181610b8101528181610ea2015281816116730152818161206d0152818161209c015281816120cd015281816122700152818161254a0152818161295701528181612990015281816129c101528181612bf00152818161392c0152818161395d015281816144d2015281816144fc0152615a7301526101805181818161159c01528181613f14015261420b01526101a0518181816103fc01528181613f4101526141da01526101c051818181610a10015261373601526101e051818181611733015281816128030152614320015261020051818181613b5e0152614a25015261022051818181611393015281816124f701528181612c7c0152615855015261024051818181610aa30152613c360152610260518181816123c70152613d98015261028051818181610796015281816124460152612a0801526102a0518181816124c70152613a0d01526102c051818181610646015261379a01526102e0518181816106c1015281816110cb0152818161210901528181612a490152818161399701528181613d1a015281816145360152614db00152f35b63661a502d60e11b5f52600b60045260245ffd5b63661a502d60e11b5f52600a60045260245ffd5b63661a502d60e11b5f52600960045260245ffd5b60409150115f6102eb565b63661a502d60e11b5f52600860045260245ffd5b63661a502d60e11b5f52600760045260245ffd5b6127109150115f6102c9565b63661a502d60e11b5f52600660045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b63661a502d60e11b5f52600560045260245ffd5b63661a502d60e11b5f526004805260245ffd5b603e9150115f61026c565b63661a502d60e11b5f52600360045260245ffd5b6127109150115f610255565b63661a502d60e11b5f52600260045260245ffd5b63661a502d60e11b5f52600160045260245ffd5b63661a502d60e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761075357604052565b519063ffffffff8216820361074f57565b519061ffff8216820361074f57565b51906001600160801b038216820361074f57565b601f8151116107e95760208151910151602082106107da571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f5f3560e01c80630604061814613dbc5780630681e65114613d7e5780631817835814613d6457806319f5dd8814613d3e5780631bd8f9ca14613cfb5780631f2a819e14613cd85780632309572114613b82578063231f4ded14613b4457806325b11f6214613ae157806325ffe61514613aaa57806327e235e314613a725780632ed3432914613a4f5780632ef6cf5b14613a3157806332ca5edb146139f4578063344aebbb146137be578063348b733d1461377e57806334de339014612dd057806335442c4314612ca0578063375b3c0a14612c5d5780633cb7601614612c235780633ccfd60b14612b7b5780633d7798a614612b415780633fdebf7214612b15578063483a133114612afa5780634b9ba44614612ad15780635010df8b14612766578063563bb835146122a35780636170c4b1146121c457806365cff470146121a25780636986013b146121515780636a0814fc14611ee2578063758b432814611ec657806376b0df7a14611e9f5780637b58536b14611e6b5780637cdde64814611e19578063825f7d4d14611dfd57806384b0196e14611d015780639422b53b14611ce457806397213d0814611757578063a269b10514611718578063a2cc7b19146116cd578063a694fc3a146115c0578063a7f0b3de1461157c578063a9b148a8146112db578063ac18dcc814611230578063ac764322146111f4578063b90d0c19146111d0578063bad72b1d14610f8e578063baf3a1f314610f2e578063bb7bb27814610f07578063bd45b39714610ee9578063bed9d86114610e06578063bfb172e714610de2578063c0e1594914610dc5578063c13b90db14610d8d578063c4ca369c14610d37578063c51f9b1d14610cf4578063c6f0d3fb14610b25578063cf6c572e14610ac7578063d3b2fa1b14610a86578063d668c0ce14610a34578063e052b544146109f3578063e152bfff146108bf578063e7609c16146107d6578063e92783bd146107ba578063edebae8d1461077b578063eff6fc121461056d578063f2e5f17914610420578063f4514fa3146103df578063fc0c546a1461039a578063fe207775146103765763ffffba4514610332575f80fd5b3461037357604036600319011261037357600435906001600160801b038216820361037357602061036b83610365613de4565b90614a4b565b604051908152f35b80fd5b503461037357602036600319011261037357602061036b610395613dfa565b6149f1565b50346103735780600319360112610373576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5034610373578060031936011261037357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346103735760203660031901126103735761043a613dfa565b6040516102a081018181106001600160401b03821117610559576102806001600160401b03939285926040528281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e082015282610200820152826102208201528261024082015282610260820152015216815260036020526040812090506040519061050660608361411f565b603f82527d5f00605f00c01f00e01f01009f01a01f01c01f01e00702009f02a05f030060208301527f3f03403f03803f03c03f0400ff05005f05605f05c01f06005f06603f06a03f006040830152615b22565b634e487b7160e01b84526041600452602484fd5b503461037357602036600319011261037357610587613dfa565b61058f614bf5565b610597614a87565b906105a181614c2a565b600181015490926001600160a01b038216330361076c576001600160401b0360038501541615918215610755575b505061073a5760068201916001600160401b03835460601c1661072b576002908101546001600160a01b03168452600460205260408420015460601c60ff1661071c576001600160401b037fede0e27651c2daf9e71799d463512e701bca3f4621584a1d98fe3e3b2662ae3f9161066e63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168342166140ff565b845460a084811b19606086811b199093164380881690941b171685841690911b17909555604080519586526001600160401b03909116602086015291169290819081010390a26107096001600160801b037f00000000000000000000000000000000000000000000000000000000000000001630337f0000000000000000000000000000000000000000000000000000000000000000615416565b805f516020615f155f395f51905f525d80f35b63b559c6d560e01b8352600483fd5b633a0002a960e01b8452600484fd5b630383ce4b60e11b83526001600160401b0316600452602482fd5b60a01c63ffffffff90811691161190505f806105cf565b6331abab6160e01b8552600485fd5b5034610373578060031936011261037357602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610373578060031936011261037357602060405160048152f35b5034610373576020366003190112610373576107f0613e26565b6040516101a081018181106001600160401b03821117610559578391610180916040528281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015282610100820152826101208201528261014082015282610160820152015260018060a01b0316815260046020526040812090506040519061088260608361411f565b602782527d7f00807f01007f01803f01c01f01e01f02001f02201f02401f02600702686020830152660702703f03005f60c81b6040830152615b22565b50346103735760e0366003190112610373576004356001600160a01b03811691908281036109ef57506024356001600160a01b03811691908281036109ef57506044356001600160801b038116908181036109eb57506064356001600160801b038116908181036109e757506084359063ffffffff8216918281036109e3575060a435926001600160401b038416938481036109df575060c4356001600160401b0381169586820361037357602061036b8a8a8a8a8a8a8a60405195898701977f5ea06e7731da164e5edd11f3559c0fc6db162816b345e9e614b807e393c7f8ff895260408801526060870152608086015260a085015260c084015260e083015261010082015261010081526109d76101208261411f565b5190206154e9565b8580fd5b8480fd5b8380fd5b8280fd5b5080fd5b5034610373578060031936011261037357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346103735760403660031901126103735763ffffffff610a7b6020926040610a5b613e26565b91610a64613e4f565b6001600160a01b0390931681526004865220615280565b161515604051908152f35b5034610373578060031936011261037357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5034610373576040366003190112610373576020906040610ae6613e26565b91610aef613de4565b9260018060a01b031681526006845281812066ffffffffffffff8460081c16825284522054600160ff60405193161b1615158152f35b50346103735736600319016101a081126109ef5760e0136103735760e4356001600160401b0381116109ef57610b5f903690600401613eb6565b610b67613ee3565b916101443560ff81168091036109e357610b7f614bf5565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610bb16149b3565b604051636eb1769f60e11b81526001600160a01b03909116600482015230602482015290602082604481845afa918215610ce9578792610cb1575b506001600160801b038616809210610c2e575b602087610c0d888888615678565b905f516020615f155f395f51905f525d6001600160401b0360405191168152f35b908691610c396149b3565b813b156109e7578360e492604051968795869463d505accf60e01b865260018060a01b03166004860152306024860152604485015261012435606485015260848401526101643560a48401526101843560c48401525af1610c9c575b8080610bff565b610ca785809261411f565b6109e7575f610c95565b9091506020813d602011610ce1575b81610ccd6020938361411f565b81010312610cdd5751905f610bec565b8680fd5b3d9150610cc0565b6040513d89823e3d90fd5b5034610373576040366003190112610373576020906040906001600160a01b03610d1c613e26565b16815260078352818120602435825283522054604051908152f35b503461037357366003190161012081126109ef5760e0136103735760e4356001600160401b0381116109ef5790610c0d610d776020933690600401613eb6565b610d7f613ee3565b91610d88614bf5565b615678565b5034610373576020366003190112610373576020610dac600435614840565b905460405160039290921b1c6001600160a01b03168152f35b503461037357806003193601126103735760206040516101008152f35b503461037357602036600319011261037357602061036b610e01613dfa565b614937565b5034610373578060031936011261037357610e1f614bf5565b610e27614a87565b503381526004602052600160408220019081546001600160801b038116908115610eda576001600160401b039060801c1692834210610ec65790610709916001600160801b031981541690556040518181527f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc60203392a2337f0000000000000000000000000000000000000000000000000000000000000000615147565b630622798360e21b83526004849052602483fd5b63098ae75d60e21b8352600483fd5b50346103735780600319360112610373576020600554604051908152f35b503461037357806003193601126103735760206001600160401b0360025416604051908152f35b503461037357608036600319011261037357610f48613de4565b90604435906001600160401b03821682036103735760406001600160401b03610f7d8585610f74613e10565b916004356148bf565b835191831682529091166020820152f35b503461037357604036600319011261037357610fa8613dfa565b90602435916001600160401b0383116109ef5760a0836004019360031990360301126109ef57610fd6614bf5565b610fde614a87565b610fe782614c2a565b60028101549092906001600160a01b031633036111c157600683019485546001600160401b038160601c16156111b25760a01c6001600160401b031642116111a357908161103e6001600160401b03959493614298565b828616951685148015929061118a575b8215611157575b50506111435784546fffffffffffffffffffffffffffffffff60601b1916909455919290916110b29163ffffffff811661112b575b508054600160601b600160c01b0319811660609190911b600160601b600160c01b0316179055565b338252600b602052604082206110f26001600160801b037f0000000000000000000000000000000000000000000000000000000000000000168254613fcb565b90557f239c060094c07f06efa3d09ec8f12a6682c29ffbec0fcdcb6e18602f52adfd358280a2805f516020615f155f395f51905f525d80f35b61113761113d91613f86565b8261508d565b5f61108a565b632545bb4b60e01b84526004839052602484fd5b611182925060048501549061117c6001600160401b03600388015460401c1691614937565b91614f8d565b155f80611055565b600385015460401c6001600160401b031615925061104e565b63f06506c560e01b8552600485fd5b637bab49db60e11b8652600486fd5b631b22c0a560e11b8452600484fd5b503461037357602036600319011261037357602061036b6111ef613e3c565b614878565b503461037357602036600319011261037357600435906001600160401b03821161037357602061036b61122a3660048601613eb6565b9061550f565b50346103735760203660031901126103735761124a613dfa565b90611253614bf5565b61125b614a87565b9161126581614c2a565b60018101549091906001600160a01b031633036112cc576001600160401b036003830154166112bd578363ffffffff6107099495166112a5575b50614c80565b6112b16112b791613f86565b8361508d565b5f61129f565b6332e7879360e01b8352600483fd5b6331abab6160e01b8352600483fd5b5034610373576080366003190112610373576004356001600160401b0381116109ef5761130c903690600401613eb6565b916024356001600160401b0381116109ef5761132c903690600401613eb6565b916044356001600160801b0381168091036109ef57611349613e10565b95611352614a87565b503383526004602052604083206002810190815460ff8160601c1661156d5761138982546001600160801b038160801c9116613fcb565b6001600160801b037f0000000000000000000000000000000000000000000000000000000000000000161161155f5760ff8160681c16156114fb575b506001600160601b0360036113d9866153e5565b920180546bffffffffffffffffffffffff191691909216179055805467ffffffffffffffff60701b1916607089901b67ffffffffffffffff60701b16179055611421336154a6565b9660405194604060208701526114638661145561144260608301878d614858565b828103601f190160408401528a85614858565b03601f19810188528761411f565b85519889815585526020852096855b8060051b8b8110156114905788016020015189820155600101611472565b5050916114e66001600160401b03927fb7b645e23a3fcecf20ac4e2d6b0c75ccdb046747c64123e22f1c79ac125540f395946114d88c60405197608089526080890191614858565b918683036020880152614858565b9460408401521660608201528033930390a280f35b60ff60681b1916600160681b178255600554600160401b81101561154b578060016115299201600555614840565b81546001600160a01b0360039290921b91821b19163390911b1790555f6113c5565b634e487b7160e01b86526041600452602486fd5b6273e5c360e31b8652600486fd5b63b559c6d560e01b8652600486fd5b503461037357806003193601126103735760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461037357602036600319011261037357600435906115de614bf5565b6115e6614a87565b5081156116be573381526004602052604081209160ff600284015460601c166116af576001600160801b0381116116975761070991926001600160801b03611633818416828454166140df565b166001600160801b03198254161790556040518181527f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d60203392a230337f0000000000000000000000000000000000000000000000000000000000000000615416565b6306dfcc6560e41b8252608060045260245260449150fd5b63b559c6d560e01b8252600482fd5b631f2a200560e01b8152600490fd5b50346103735760403660031901126103735761170e60209160406116ef613dfa565b916001600160401b03611700613e4f565b931681526003855220615213565b6040519015158152f35b5034610373578060031936011261037357602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461037357366003190161010081126109ef5760c0136103735760c4356001600160401b0381116109ef57611791903690600401613eb6565b60e4356001600160401b0381116109e7576117b0903690600401613eb6565b6117bb929192614bf5565b6117c3614a87565b926001600160401b0360043516600435036109df5761181c926117e7600435614c2a565b956118176117f3614770565b600189015460028a015491946001600160a01b039283169490929091869116614e5b565b614e5b565b63ffffffff600183015460a01c16918263ffffffff831611611cd65760038101546001600160401b0360243516602435036109e3576001600160401b038160801c16806001600160401b03602435161115611cc4575063ffffffff60a4351660a435036109e3578363ffffffff60a4351610611cb0576064356001600160401b0381161415806109df576084356001600160401b03811614159081610cdd576001600160401b0360843516156001600160401b03606435161514801590611c8d575b611c7e5763ffffffff8516611c67575b835490600285015460a01c90611c635761192e6119116119469260643590614a4b565b63ffffffff611927818660c01c1660a435613f9e565b1690613fb8565b916001600160601b0380600588015416911690613efa565b90808210611c4e57505060038301805467ffffffffffffffff19166064356001600160401b03161790556109e35760038201805477ffffffffffffffffffffffffffffffff0000000000000000191660843560401b67ffffffffffffffff60401b161760243560801b67ffffffffffffffff60801b1617905560443560048301555f938063ffffffff60a4351603611c24575b6001600160401b036064351615159081611bf1575b50611a88575b505050610373576040516001600160401b0360243516815260443560208201526001600160401b036064351660408201526001600160401b0360843516606082015263ffffffff60a4351660808201527f68e55abc3f26db5f1e9fcb9f065e89ae3bf53b0946a287d0af476784f3e79afb60a06001600160401b036004351692a2805f516020615f155f395f51905f525d80f35b6001600160401b031615611bb9575b600201546001600160a01b0316826109e75783526004602052604083209060018201918254908160c01c9063ffffffff82169260e01c83159081159182611baa575b15611b6b575092611afb92611b3b969592611b1b95611b43575b505050614230565b825463ffffffff60c01b191660c09190911b63ffffffff60c01b16178255565b80546001600160e01b031660a43560e01b6001600160e01b031916179055565b5f80806119f4565b6002019167ffffffff0000000083549216916001600160401b031916171790555f8080611af3565b94505050505063ffffffff60a4351611611b86575b50611b3b565b80546001600160e01b031660a43560e01b6001600160e01b0319161790555f611b80565b508063ffffffff871611611ad9565b611bec611bc583614230565b60018301805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b611a97565b6001600160401b0383161591508115611c0c575b505f6119ee565b9050846109df5763ffffffff60a4351614155f611c05565b60018301805463ffffffff60a01b191660a43560a01b63ffffffff60a01b161790555f94506119d9565b63429d596d60e11b8852600452602452604486fd5b8780fd5b611c79611c7386613f86565b8561508d565b6118ee565b633340381d60e11b8752600487fd5b5050505f5f6001600160401b03606435166001600160401b0360843516116118de565b631f91729960e21b85526004849052602485fd5b630a27afa560e31b8652600452602485fd5b6298074360e81b8452600484fd5b50346103735760c03660031901126103735750602061036b614770565b5034610373578060031936011261037357611da190611d3f7f0000000000000000000000000000000000000000000000000000000000000000615cc4565b90611d697f0000000000000000000000000000000000000000000000000000000000000000615cc4565b906020611daf60405193611d7d838661411f565b8385525f368137604051968796600f60f81b885260e08589015260e0880190613e92565b908682036040880152613e92565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b828110611de657505050500390f35b835185528695509381019392810192600101611dd7565b5034610373578060031936011261037357602060405160028152f35b503461037357608036600319011261037357611e33613de4565b90606435906001600160401b0382116103735760a0600319833603011261037357602061170e8484600401906044359060043561473c565b5034610373576060366003190112610373576044359063ffffffff8216820361037357602061036b83602435600435614710565b503461037357604036600319011261037357602061036b611ebe613de4565b6004356146c2565b5034610373578060031936011261037357602060405160038152f35b503461037357602036600319011261037357611efc613dfa565b90611f05614bf5565b611f0d614a87565b50611f1782614c2a565b600281018054919390916001600160a01b0316330361214257829360018101906001600160401b0361200360018060a01b038454169560018060a01b03905416936001600160601b03845460601c16886006860192835490866001600160601b03611f956005611f8983871689613efa565b9b015496828816613efa565b9560601c169260601c166120f8575b611ffd9394508883526004602052611fe760408420611fc784825460801c6140bf565b81546001600160801b031660809190911b6001600160801b031916179055565b805460ff60e01b1916600360e01b179055613efa565b90613fcb565b9316805f516020615ef55f395f51905f526040805160038152896020820152a25f516020615ed55f395f51905f5260408051848152866020820152a2806120c7575b505080612096575b505061206657805f516020615f155f395f51905f525d80f35b61209181807f0000000000000000000000000000000000000000000000000000000000000000615147565b610709565b6120c0917f0000000000000000000000000000000000000000000000000000000000000000615147565b5f8061204d565b6120f1917f0000000000000000000000000000000000000000000000000000000000000000615147565b5f80612045565b61212f611ffd946001600160801b037f00000000000000000000000000000000000000000000000000000000000000001690613fcb565b948760601b198154169055849350611fa4565b631b22c0a560e11b8352600483fd5b50346103735760203660031901126103735761219061219e612179612174613e26565b6145ea565b604092919251938493604085526040850190613e92565b908382036020850152613e92565b0390f35b503461037357604036600319011261037357602061036b60243560043561547f565b5034610373576040366003190112610373576121de613dfa565b602435906121ea614bf5565b6121f2614a87565b508115612294579081600561220961070994614c2a565b016001600160601b036122276122228583855416613fcb565b6153e5565b166001600160601b03198254161790557f09275e59c521fe68c9616ad061ad3569d767d0a5487233148f9dc0e039c97b0460206001600160401b03604051938585521692a230337f0000000000000000000000000000000000000000000000000000000000000000615416565b631f2a200560e01b8352600483fd5b50346125d25760403660031901126125d2576122bd613e26565b6122c5613e4f565b906122ce614bf5565b6122d6614a87565b506122e0826151c8565b6001600160a01b0381165f8181526004602052604090209263ffffffff6123078286615280565b16928315612757576002850190815460ff8160601c16908161273d575b5061272e57835f52600760205260405f209063ffffffff84169162ffffff8560081c1690815f5260205260405f205490600160ff87161b80921661271f57865f52600860205260405f20815f5260205260405f20549082821661271057875f52600860205260405f20905f526020521760405f20556001600160801b0387541660018801976001600160801b038954166123be8184613fcb565b926123ed61ffff7f00000000000000000000000000000000000000000000000000000000000000001685613fb8565b6127108101908181116126c05761270f019081116126c05761271090049a8b928383106126d45750506124296001600160801b03928392613efa565b16166001600160801b03198254161790555b61271061246c61ffff7f0000000000000000000000000000000000000000000000000000000000000000168a613fb8565b0496335f52600b60205260405f20612485898254613fcb565b905583877f660896a792677e9902e11e45152655a62a270b500423c5b4e9917191e486331760606040513381528d60208201528c6040820152a36124ed8960ff7f00000000000000000000000000000000000000000000000000000000000000001693613efa565b6001600160801b037f00000000000000000000000000000000000000000000000000000000000000001611928315612667575b5050506125d6575b50505050808211612548575b82805f516020615f155f395f51905f525d80f35b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169161257d9190613efa565b813b156125d2575f91602483926040519485938492630852cd8d60e31b845260048401525af180156125c7576125b4575b80612534565b6125c091505f9061411f565b5f5f6125ae565b6040513d5f823e3d90fd5b5f80fd5b81549160ff8360601c16158015612655575b6125f3575b50612528565b7f0e5f0a9a0de8fa6b166c27ab4ad8b5da7f70859f89838f266c3a3c4b5eb63948936020936bffffffff0000000000000000600160601b9260401b16906cffffffffff0000000000000000191617179055604051908152a25f808080806125ed565b5063ffffffff8360401c1682106125e8565b90919250600184018085116126c057612681848694613fcb565b11159283612695575b5050505f8080612520565b6126b893506126b29063ffffffff6126ac89614230565b16613efa565b9061532f565b815f8061268a565b634e487b7160e01b5f52601160045260245ffd5b6126f46001600160801b03949385946126fa949786198154169055613efa565b90613efa565b16166001600160801b031982541617905561243b565b63770c15e360e01b5f5260045ffd5b630b01a8d960e21b5f5260045ffd5b63b559c6d560e01b5f5260045ffd5b63ffffffff915060401c1663ffffffff841610155f612324565b63ed924a4f60e01b5f5260045ffd5b346125d25760403660031901126125d25761277f613dfa565b612787613e4f565b61278f614bf5565b612797614a87565b506127a1816151c8565b6127aa82614c2a565b916127b58284614ed9565b15612ab557600283019160018060a01b038354165f52600760205260405f2062ffffff8260081c165f5260205260405f2054600160ff83161b1615612aa65761282861280082614df0565b837f00000000000000000000000000000000000000000000000000000000000000009161415e565b15612a97576128379084615213565b612a8857600183019283549260018060a01b03905416906001600160601b03815460601c16600682018054906001600160401b036001600160601b03612890600561288483871688613efa565b97015495828716613efa565b9460601c169260601c16612a3a575b505f96845f5260046020526128bf60405f20611fc784825460801c6140bf565b805460ff60e01b1916600360e01b179055336129ec575b6001600160401b0391611ffd886128ec93613efa565b9316805f516020615ef55f395f51905f526040805160018152336020820152a25f516020615ed55f395f51905f5260408051848152866020820152a2806129bb575b505080612981575b505080612950575b5f5f516020615f155f395f51905f525d005b61297b90337f0000000000000000000000000000000000000000000000000000000000000000615147565b8061293e565b6129b4916001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000615147565b8180612936565b6129e5917f0000000000000000000000000000000000000000000000000000000000000000615147565b838061292e565b95506128ec6001600160401b0391611ffd612710612a2e61ffff7f0000000000000000000000000000000000000000000000000000000000000000168b613fb8565b049892505091506128d6565b91612a6f906001600160801b037f00000000000000000000000000000000000000000000000000000000000000001690613fcb565b825467ffffffffffffffff60601b19169092558761289f565b63b7ccdb3960e01b5f5260045ffd5b6347a2375f60e01b5f5260045ffd5b6301e5334b60e31b5f5260045ffd5b6001600160401b0390630383ce4b60e11b5f521660045260245ffd5b346125d25760203660031901126125d25761293e612aed613dfa565b612af5614bf5565b61434b565b346125d2575f3660031901126125d257602060405160018152f35b346125d25760403660031901126125d257602061170e612b33613dfa565b612b3b613e4f565b906142ee565b346125d2575f3660031901126125d25760206040517f5ea06e7731da164e5edd11f3559c0fc6db162816b345e9e614b807e393c7f8ff8152f35b346125d2575f3660031901126125d257612b93614bf5565b612b9b614a87565b50335f52600b60205260405f20548015612c145761293e90335f52600b6020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a2337f0000000000000000000000000000000000000000000000000000000000000000615147565b630686827b60e51b5f5260045ffd5b346125d2575f3660031901126125d25760206040517fdad88e4cfdddfe040ac6d5c2fa94cce49cb65bf233ea124c1825a3078f22fa298152f35b346125d2575f3660031901126125d25760206040516001600160801b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125d25760203660031901126125d2576004356001600160401b0381116125d257612cd0903690600401613e62565b612cd8614bf5565b612ce0614a87565b505f915f915b808310612d3157836040518181527fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a60203392a280612950575f5f516020615f155f395f51905f525d005b909192612d4f612d4a612d458685876142de565b614298565b614c2a565b933360018060a01b0360028701541603612dc15760066001600160601b03865460601c1695016001600160601b038154168603926001600160601b0384116126c057612da86001600160601b0391826001961690613fcb565b96166001600160601b0319825416179055019190612ce6565b631b22c0a560e11b5f5260045ffd5b346125d25760603660031901126125d257612de9613e3c565b6024356001600160401b0381116125d257612e08903690600401613e62565b906044356001600160401b0381116125d257612e28903690600401613e62565b9092612e32614bf5565b612e3a614a87565b92335f526004602052600260405f20015460ff8160601c169081613764575b5061272e5763ffffffff86169363ffffffff81168511801561371a575b61370b57600160ff88161b92335f52600760205260405f209362ffffff8960081c1694855f5260205260405f205481811661271f57612eb78a999799614df0565b95335f52600760205260405f20905f526020521760405f20555f5b8181106130fe57505050505f915f90609e1981360301915b868110156130be578060051b820135838112156125d2578201946001600160401b03612f1587614298565b16908111156130af578095815f52600360205260405f203360018060a01b0360028301541603612dc157612f498b82614ed9565b1561309c57612f716004820154928860038401946001600160401b03865460401c1690614f8d565b156130895791889183612f878d6001979661508d565b8054600160601b600160c01b03606082901b16600160601b600160c01b031990911617808255825460c01c908e9060e01c8087111561306557612fcf63ffffffff9183613f9e565b166040811061304c57506130049150875b83546001600160e01b031660e09290921b6001600160e01b03191691909117909255565b8154906001600160401b0360c01b9060c01b1690868060c01b03161790557f405fa9c6391e2d20b53cfca2431dceba4c0ed3d92124458f0fdf8a123332d34d5f80a301612eea565b6001600160401b038991816130049516901b1617612fe0565b6001600160401b03929350613080899263ffffffff92613f9e565b161b1617613004565b82632545bb4b60e01b5f5260045260245ffd5b82630383ce4b60e11b5f5260045260245ffd5b634ad6e6a760e11b5f5260045ffd5b85876040519081527f33d59b876a0f715c13d448a5497fe60f9146b969040068ed0e86d00a4dc67b8a60203392a35f5f516020615f155f395f51905f525d005b61310c8183869a989a614262565b613118612d4a82614298565b6002810154336001600160a01b0390911603612dc1576001810154613212906001600160a01b03166131f161314c85614298565b61315860208701614298565b63ffffffff61316960608901614298565b6001600160401b0361317d60808b01614298565b8161318a60a08d0161475f565b9381604051978160208a019a7fdad88e4cfdddfe040ac6d5c2fa94cce49cb65bf233ea124c1825a3078f22fa298c521660408a015216606088015260408d013560808801521660a08601521660c08401521660e082015260e081526109d76101008261411f565b9061320a61320087898c614262565b60c08101906142ac565b929091614e5b565b63ffffffff600182015460a01c168063ffffffff8716116136fd576003820154906001600160401b0361324760208601614298565b818460801c169182911611156136eb57508063ffffffff61326a60a0870161475f565b16106136d9576001600160401b0361328460608601614298565b16156001600160401b0361329a60808701614298565b1615148015906136ae575b61369f5763ffffffff8716613688575b82546132f361192e6132d4600287015460a01c61036560608a01614298565b63ffffffff611927818660c01c166132ee60a08c0161475f565b613f9e565b90808210613673575050908392916001600160401b0361331860606001989701614298565b166001600160401b031960038501541617600384015561333a60808501614298565b67ffffffffffffffff60401b60038501549160401b169067ffffffffffffffff60401b19161760038401556133a361337460208601614298565b60038501805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b604084013560048401558063ffffffff6133bf60a0870161475f565b1603613639575b6001600160401b036133da60608601614298565b1615159081613602575b50613487575b50507f68e55abc3f26db5f1e9fcb9f065e89ae3bf53b0946a287d0af476784f3e79afb60a06001600160401b0361342084614298565b63ffffffff61343160208701614298565b958361343f60608301614298565b8161344c60808501614298565b91604061345a8a870161475f565b958382519d168d52013560208c01521660408a01521660608801521660808601521692a201969496612ed2565b6001600160401b0316156135cb575b6002848060a01b03910154166134ae60a0830161475f565b905f52600460205260405f20908482015463ffffffff8160c01c1615801590816135b9575b156135765792869161353b94613542575b506135176134f18a614230565b828401805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b0180546001600160e01b031660e09290921b6001600160e01b031916919091179055565b8b806133ea565b6002820190815463ffffffff67ffffffff000000008360c01c169260c01c16906001600160401b031916171790558f6134e4565b5060e01c63ffffffff82161161358e575b505061353b565b90840180546001600160e01b031660e09290921b6001600160e01b0319169190911790558b80613587565b508160e01c63ffffffff8a16116134d3565b6135fd6135d787614230565b828601805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b613496565b6001600160401b038316159150811561361d575b508e6133e4565b905063ffffffff61363060a0860161475f565b1614158e613616565b61366e61364860a0860161475f565b848801805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b6133c6565b63429d596d60e11b5f5260045260245260445ffd5b61369a61369488613f86565b8461508d565b6132b5565b633340381d60e11b5f5260045ffd5b506136bb60808501614298565b6001600160401b03806136d060608801614298565b169116116132a5565b631f91729960e21b5f5260045260245ffd5b630a27afa560e31b5f5260045260245ffd5b6298074360e81b5f5260045ffd5b636670965b60e11b5f5260045ffd5b5061375c61372f61372a89614230565b6141cb565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613fcb565b421015612e76565b63ffffffff915060401c1663ffffffff8716101587612e59565b346125d2575f3660031901126125d257602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125d25760203660031901126125d2576137d7613dfa565b6137df614bf5565b6137e7614a87565b506137f181614c2a565b90600682019182546001600160401b038160601c16156139e55760a01c6001600160401b03164211156139d657600181019060018060a01b038254169360018060a01b03600283015416926001600160601b03835460601c16908254926001600160401b036001600160601b0361387b600561386f83891688613efa565b98015495828716613efa565b9460601c169460601c16613988575b50845f5260046020526138a860405f20611fc785825460801c6140bf565b805460ff60e01b1916600360e01b1790556001600160401b03916138cb91613fcb565b9316805f516020615ef55f395f51905f5260408051600281525f6020820152a25f516020615ed55f395f51905f5260408051848152866020820152a280613957575b505080613926575f5f516020615f155f395f51905f525d005b613950917f0000000000000000000000000000000000000000000000000000000000000000615147565b808061293e565b613981917f0000000000000000000000000000000000000000000000000000000000000000615147565b828061390d565b916139bd906001600160801b037f00000000000000000000000000000000000000000000000000000000000000001690613fcb565b825467ffffffffffffffff60601b19169092558761388a565b630a8f83ff60e11b5f5260045ffd5b637bab49db60e11b5f5260045ffd5b346125d2575f3660031901126125d257602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125d25760203660031901126125d257602061036b61372a613e3c565b346125d25760203660031901126125d257602061036b613a6d613dfa565b614198565b346125d25760203660031901126125d2576001600160a01b03613a93613e26565b165f52600b602052602060405f2054604051908152f35b346125d25760603660031901126125d257613ac3613de4565b6044359061ffff821682036125d25760209161170e9160043561415e565b346125d25760203660031901126125d257613afa613dfa565b613b02614a87565b50613b0d8133614b8e565b6001600160401b03604051911681527f926031c09eef06098b98e21c6f685b0716f08305232650bab8caeae0cdf5a2fc60203392a2005b346125d2575f3660031901126125d257602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125d25760203660031901126125d257600435613b9e614a87565b508015613cc957335f52600460205260405f206001600160801b0381541690818311613cb3577f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c916001600160801b03613c196001613cae9483613c05818a1680976140bf565b1684198254161781550192828454166140df565b166001600160801b0319825416178155613c8d613c6563ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001600160401b0342166140ff565b825467ffffffffffffffff60801b1916608082901b67ffffffffffffffff60801b1617909255565b604080519485526001600160401b0390911660208501523393918291820190565b0390a2005b506322df051360e11b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b346125d25760203660031901126125d257602061036b613cf6613dfa565b613fd8565b346125d2575f3660031901126125d25760206040516001600160801b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125d25760403660031901126125d257602061036b613d5c613de4565b600435614b64565b346125d2575f3660031901126125d257613d7c614a87565b005b346125d2575f3660031901126125d257602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125d2575f3660031901126125d2576020613dd6613f07565b63ffffffff60405191168152f35b602435906001600160401b03821682036125d257565b600435906001600160401b03821682036125d257565b606435906001600160401b03821682036125d257565b600435906001600160a01b03821682036125d257565b6004359063ffffffff821682036125d257565b6024359063ffffffff821682036125d257565b9181601f840112156125d2578235916001600160401b0383116125d2576020808501948460051b0101116125d257565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f840112156125d2578235916001600160401b0383116125d257602083818601950101116125d257565b61010435906001600160801b03821682036125d257565b919082039182116126c057565b613f3a6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001642613efa565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168015613f725763ffffffff91041690565b634e487b7160e01b5f52601260045260245ffd5b63ffffffff5f199116019063ffffffff82116126c057565b9063ffffffff8091169116039063ffffffff82116126c057565b818102929181159184041417156126c057565b919082018092116126c057565b6001600160401b0381165f52600360205260405f2090600182015491600160ff8460e01c16036140b85761407a9263ffffffff614013613f07565b9160a01c168063ffffffff8316116140b0575b5081549263ffffffff6001600160601b0385169460c01c16908163ffffffff841611614086575b5050506001600160601b0360058201541680831161407d575b50600601546001600160601b031690613efa565b90565b91506006614066565b9163ffffffff611927611ffd936140a16140a7979896614198565b93613f9e565b905f808061404d565b90505f614026565b5050505f90565b906001600160801b03809116911603906001600160801b0382116126c057565b906001600160801b03809116911601906001600160801b0382116126c057565b906001600160401b03809116911601906001600160401b0382116126c057565b90601f801991011681019081106001600160401b0382111761414057604052565b634e487b7160e01b5f52604160045260245ffd5b8115613f72570690565b6127109061ffff926001600160401b0360405191602083019384521660408201526040815261418e60608261411f565b5190200691161190565b6001600160401b03165f52600360205261407a60405f206001600160401b036003600283015460a01c9201541690614a4b565b61420161407a9163ffffffff807f0000000000000000000000000000000000000000000000000000000000000000169116613fb8565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016613fcb565b63ffffffff60019116019063ffffffff82116126c057565b9063ffffffff8091169116019063ffffffff82116126c057565b91908110156142845760051b8101359060de19813603018212156125d2570190565b634e487b7160e01b5f52603260045260245ffd5b356001600160401b03811681036125d25790565b903590601e19813603018212156125d257018035906001600160401b0382116125d2576020019181360383136125d257565b91908110156142845760051b0190565b6001600160401b0381165f52600360205261430c8260405f20614ed9565b156143455761431d61407a92614878565b907f00000000000000000000000000000000000000000000000000000000000000009161415e565b50505f90565b90614354614a87565b5061435e82614c2a565b600181019263ffffffff845460a01c1693600283019060018060a01b038254165f526004602052600260405f2001548660ff8260601c169182614575575b50506143dc5750506143ad816149f1565b8042106143ca57506143c36143c893948361508d565b614c80565b565b63166fd86360e21b5f5260045260245ffd5b91929093945060018060a01b038254169360018060a01b03905416916001600160601b03825460601c1660068301918254926001600160401b036001600160601b0361442f600561386f83891688613efa565b9460601c169460601c16614527575b50845f52600460205261445c60405f20611fc785825460801c6140bf565b805460ff60e01b1916600360e01b1790556001600160401b039161447f91613fcb565b9316805f516020615ef55f395f51905f5260408051600481525f6020820152a25f516020615ed55f395f51905f5260408051848152866020820152a2806144f6575b5050806144cc575050565b6143c8917f0000000000000000000000000000000000000000000000000000000000000000615147565b614520917f0000000000000000000000000000000000000000000000000000000000000000615147565b5f806144c1565b9161455c906001600160801b037f00000000000000000000000000000000000000000000000000000000000000001690613fcb565b825467ffffffffffffffff60601b19169092555f61443e565b60401c63ffffffff1611159050865f61439c565b6001600160401b03811161414057601f01601f191660200190565b81601f820112156125d2578051906145bb82614589565b926145c9604051948561411f565b828452602083830101116125d257815f9260208093018386015e8301015290565b6145f3906154a6565b908154604051928184525f52601f60205f209101908160051c905f5b8281106146ab57505050601f19168201602001604052815115614683578151820191604081602085019403126125d25760208101516001600160401b0381116125d257836020614661928401016145a4565b926040820151916001600160401b0383116125d25761407a92016020016145a4565b905060405161469360208261411f565b5f8152906040516146a560208261411f565b5f815290565b8060019183015460208260051b890101520161460f565b906001600160401b03604051916020830193845216604082015260608082015260096080820152686368616c6c656e676560b81b60a082015260a0815261470a60c08261411f565b51902090565b9163ffffffff90604051926020840194855260408401521660608201526060815261470a60808261411f565b9291906001600160401b038116156147575761407a93614f8d565b505050505f90565b3563ffffffff811681036125d25790565b6004356001600160401b038116908181036125d25750602435906001600160401b038216918281036125d25750606435916001600160401b038316928381036125d25750608435926001600160401b038416938481036125d2575060a4359363ffffffff8516918286036125d25761407a95506040519360208501957fdad88e4cfdddfe040ac6d5c2fa94cce49cb65bf233ea124c1825a3078f22fa29875260408601526060850152604435608085015260a084015260c083015260e082015260e081526109d76101008261411f565b6005548110156142845760055f5260205f2001905f90565b908060209392818452848401375f828201840152601f01601f1916010190565b63ffffffff811690815f52600960205260405f20549160ff8360401c166148ad57506001600160401b0361407a921690615532565b9150505f52600a60205260405f205490565b926001600160401b036149339295948161490b8196826040519a8160208d0191878352169b8c6040820152600160608201526060815261490060808261411f565b519020911690614154565b169660405190602082019283526040820152600260608201526060815261490060808261411f565b1690565b906001600160401b0382165f5260036020526001600160401b03600660405f20015460601c169182156139e557600183018084116126c057804311156149a457614980906155ab565b80156149915761407a9293506146c2565b836334d2064360e11b5f5260045260245ffd5b6329b6095b60e01b5f5260045ffd5b6004356001600160a01b03811681036125d25790565b356001600160a01b03811681036125d25790565b356001600160801b03811681036125d25790565b6001600160401b03165f52600360205261407a61372a614a2063ffffffff600160405f20015460a01c16614230565b61ffff7f00000000000000000000000000000000000000000000000000000000000000001690614248565b6001600160801b036001600160401b03614a6793169116613fb8565b624000008101908181116126c057623fffff019081116126c05760161c90565b614a8f613f07565b9063ffffffff8216805f52600960205260405f209081546001600160401b0381169081155f14614b11575050906001600160401b03804316166001600160401b0319825416179055805f52600a6020524460405f20557fdcd19d460de662a9e0837f6a22a83ecdd77a7d4dd4fcd14973bf21597d2644876020604051438152a2565b60401c60ff161580614b51575b614b2757505050565b614b319085615532565b905f52600a60205260405f2055600160401b60ff60401b19825416179055565b50600181018082116126c0574311614b1e565b60295f916020936040519160028353600183015260c01b602182015260025afa156125d2575f5190565b90600160ff82161b9160018060a01b031690815f52600660205266ffffffffffffff60405f209160081c1690815f5260205260405f205491838316614be6575f52600660205260405f20905f526020521760405f2055565b631f6d5aef60e01b5f5260045ffd5b5f516020615f155f395f51905f525c614c1b5760015f516020615f155f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160401b03165f52600360205260405f2090600182015460018060a01b03811615614c715760ff60019160e01c1603614c6257565b630fe1a43160e11b5f5260045ffd5b6331e5bf2d60e21b5f5260045ffd5b600182019060018060a01b038254169260018060a01b03600282015416916001600160601b03825460601c1693600683018054906001600160401b036001600160601b03614ce16005614cd58387168c613efa565b98015499828b16613efa565b9860601c169260601c16614d9c575b50614d556001600160801b0391865f52600460205260405f2093614d3b614d1b83875460801c6140bf565b86546001600160801b031660809190911b6001600160801b031916178655565b805460ff60e01b1916600160e11b179055835483166140df565b166001600160801b03198254161790555f516020615ed55f395f51905f5260406001600160401b038151938585528760208601521692a2806144f6575050806144cc575050565b956001600160801b0391614dd6614d5592847f00000000000000000000000000000000000000000000000000000000000000001690613fcb565b885467ffffffffffffffff60601b19169098559150614cf0565b9063ffffffff821691825f52600960205260405f2090815460ff8160401c16614e4857906001600160401b03614e27921690615532565b925f52600a6020528260405f2055600160401b60ff60401b19825416179055565b505050905f52600a60205260405f205490565b6001600160a01b03811693338514159392909184614e91575b50505050614e7f5750565b639a7d38d960e01b5f5260045260245ffd5b9091929350614e9f83614589565b92614ead604051948561411f565b80845236818601116125d2576020815f92614ecf978388013785010152615b83565b155f808080614e74565b90600182015463ffffffff8160c01c16600160ff8360e01c16149384614f41575b5083614f37575b83614f26575b5082614f1257505090565b60a01c63ffffffff90811691161115919050565b63ffffffff8316101592505f614f07565b8015159350614f01565b600301546001600160401b0316151593505f614efa565b903590601e19813603018212156125d257018035906001600160401b0382116125d257602001918160051b360383136125d257565b9290614f9b60208301614298565b916001600160401b0383169182158015615073575b615040576060820192614fce614fc68585614f58565b929050615c27565b1480159061504a575b615040576150318461502c6001600160401b0361500681986150229661503c9b6150008a614298565b906148bf565b909761502261501b61122a60408b018b6142ac565b9189614f58565b9390921690615c62565b614b64565b916080810190614f58565b1490565b5050505050505f90565b506150586080830183614f58565b905061506c6001600160401b038316615c27565b1415614fd7565b5061010061508460408401846142ac565b90501415614fb0565b9081549163ffffffff8360c01c16928363ffffffff84161115615141576001600160601b0380916150fd826150ed6143c89863ffffffff6119276150e660028b015460a01c6001600160401b0360038d01541690614a4b565b928b613f9e565b9216918360058701541692613fcb565b90808211615139575b5016166001600160601b03198254161781559081549063ffffffff60c01b9060c01b169063ffffffff60c01b1916179055565b90505f615106565b50505050565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f51148216156151a7575b604052156151875750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b9060018115166151bf57823b15153d1516169061517c565b503d5f823e3d90fd5b6151d761372f61372a83614230565b42106152045761372a614a206151ec92614230565b4210156151f557565b635f1da34960e11b5f5260045ffd5b6341c86e2f60e01b5f5260045ffd5b805460e01c9081158015615271575b8015615257575b6140b85763ffffffff61524e6001600160401b03946003600194015460c01c94613f9e565b161b1616151590565b50604063ffffffff6152698585613f9e565b161015615229565b508163ffffffff841611615222565b600181015463ffffffff8160c01c16908115159081615310575b816152fc575b506152f657506002015463ffffffff81169182151591826152e5575b826152cd575b505061407a57505f90565b60201c63ffffffff9081169116111590505f806152c2565b63ffffffff821684111592506152bc565b91505090565b905060e01c63ffffffff841611155f6152a0565b63ffffffff8516831115915061529a565b5f1981146126c05760010190565b9190918260081c91825b8160081c8082116153da5760018060a01b0384165f52600760205260405f20825f5260205260405f2054908583145f146153d35760ff8716905b83036153cc5760ff84165b60ff81036153ac57505f19905b5f19901b16166153a35761539e90615321565b615339565b50505050505f90565b600181018091116126c0576001901b5f1981019081116126c0579061538b565b60ff61537e565b5f90615373565b505050505050600190565b6001600160601b0381116153ff576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f5114821615615467575b6040525f606052156151875750565b9060018115166151bf57823b15153d15161690615458565b60415f9160209360405191600183536001830152602182015260025afa156125d2575f5190565b604051602081019160018060a01b03168252604080820152600c60608201526b33b930b730b93c973832b2b960a11b60808201526080815261470a60a08261411f565b6042906154f4615d02565b906040519161190160f01b8352600283015260228201522090565b5f906001602093806040519385855383850137019060025afa156125d2575f5190565b91906001600160401b03169182158015615597575b61558457600183018084116126c05761555f906155ab565b80156149915761407a92935063ffffffff82165f52600a60205260405f205490614710565b8263018ad22360e01b5f5260045260245ffd5b50600183018084116126c057431115615547565b90814091821580159061566e575b801561565a575b615657575f809160405160208101918252602081526155e060408261411f565b519071f90827f1c53a10cb7a02335b1753200029355afa3d1561564f573d9061560882614589565b91615616604051938461411f565b82523d5f602084013e5b80615644575b61562d5750565b9091506020818051810103126125d2576020015190565b506020815114615626565b606090615620565b50565b50611fff6156688243613efa565b116155c0565b50438110156155b9565b90929192615684614a87565b600435929091906001600160a01b038416908185036125d257813303615b135760c4356001600160401b038116908181036125d257504211615b045760843563ffffffff81168082036125d25763ffffffff8616808211801590615ae7575b615ad8576024356001600160a01b038116969093908785036125d2576157f0906004966157ea7f5ea06e7731da164e5edd11f3559c0fc6db162816b345e9e614b807e393c7f8ff6157338a6149c9565b6001600160401b0361574760208d016149c9565b818d63ffffffff61575a604083016149dd565b6001600160801b0361576e606085016149dd565b8161577b6080870161475f565b9361579460c061578d60a08a01614298565b9801614298565b986040519b60208d019d8e5260018060a01b031660408d015260018060a01b031660608c01521660808a01521660a08801521660c08601521660e08401521661010082015261010081526109d76101208261411f565b87614e5b565b60a4356001600160401b03811681036125d25761580d9085614b8e565b865f528460205260405f209060ff600283015460601c16615aca576001600160801b03825416606435906001600160801b0382169384831415806125d2576001600160801b037f00000000000000000000000000000000000000000000000000000000000000001661587f8188613fcb565b8410615aaa57506125d2576001600160801b03806158a0876158bf95613efa565b16166001600160801b0319825416178155611fc783825460801c6140df565b600254966001600160401b038816906001600160401b038214615a97575060019081016001600160401b03811667ffffffffffffffff1999909916891760029081555f8a8152600360205260409020928301805463ffffffff60a01b60a088901b16600164ff0000000160c01b031990911668ff00000000ffffffff60a01b198e161717600160e01b179055820180546001600160a01b0319168c178155909e6001600160801b0360443590811699909390929091908a85036125d2576159858b6153e5565b81546001600160a01b031660a09190911b6001600160a01b0319161790556001600160801b03169c6159b68e6153e5565b91600501916001600160601b03166001600160601b03198354161782556159dc876153e5565b8254600160601b600160c01b03191660609190911b600160601b600160c01b0316178255815463ffffffff60c01b191660c09190911b63ffffffff60c01b161790555050505060405193845260208401528660408401526060830152608082015260a07f70533bf02ec51b9ccd0674d56de570a6bebd71cdf0cb1eedf6d128e78f52f05591a480615a6b575050565b6143c89130907f0000000000000000000000000000000000000000000000000000000000000000615416565b601190634e487b7160e01b5f525260245ffd5b83615ab68c9289613fcb565b916322df051360e11b5f525260245260445ffd5b8563b559c6d560e01b5f525ffd5b638dc5992160e01b5f5260045ffd5b506024356001600160a01b038116908181036125d25750156156e3565b630407b05b60e31b5f5260045ffd5b6331abab6160e01b5f5260045ffd5b90600381510490604051925f5b838110615b3f5750505060051b90f35b80602060036001930285010151828160021a0190805f1a85015490841a1c906101008110615b76575b508160051b87015201615b2f565b83901b5f1901165f615b68565b9190823b615bd25790615b9591615e18565b506004811015615bbe57159182615bab57505090565b6001600160a01b03918216911614919050565b634e487b7160e01b5f52602160045260245ffd5b916020926064835f94519060405193630b135d3f60e11b855260048501526040602485015286820190604485015e8281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d11161690565b905f916001811115615c5c575f1981019081116126c057805b615c475750565b60011c918290615c5690615321565b92615c40565b505f9150565b929190915f905b808210615c77575050505090565b90919293600190818616155f14615caa57615c9e90615c978585886142de565b359061547f565b94811c93920190615c69565b615cbf90615cb98585886142de565b3561547f565b615c9e565b60ff811690601f8211615cf35760405191615ce060408461411f565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480615def575b15615d5d577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261470a60c08261411f565b507f00000000000000000000000000000000000000000000000000000000000000004614615d34565b8151919060418303615e4857615e419250602082015190606060408401519301515f1a90615e52565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615ec9579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156125c7575f516001600160a01b03811615615ebf57905f905f90565b505f906001905f90565b5050505f916003919056fe5f8fc2071c1de5ea73b31fbe1fdd234014aacc4695401fa2c03a67d5996b7ee29fb2900b992b6b6442519412b28d4affa7396bc19641a04f4b842a783b91e6f09b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220acec75d91691b4094bc95ac252800d5c2ecc0ea77406dbcdffd5ba2167dd4b1964736f6c634300081c0033",
}

// AgreementMarketABI is the input ABI used to generate the binding from.
// Deprecated: Use AgreementMarketMetaData.ABI instead.
var AgreementMarketABI = AgreementMarketMetaData.ABI

// AgreementMarketBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AgreementMarketMetaData.Bin instead.
var AgreementMarketBin = AgreementMarketMetaData.Bin

// DeployAgreementMarket deploys a new Ethereum contract, binding an instance of AgreementMarket to it.
func DeployAgreementMarket(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, p AgreementMarketParams) (common.Address, *types.Transaction, *AgreementMarket, error) {
	parsed, err := AgreementMarketMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AgreementMarketBin), backend, token_, p)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AgreementMarket{AgreementMarketCaller: AgreementMarketCaller{contract: contract}, AgreementMarketTransactor: AgreementMarketTransactor{contract: contract}, AgreementMarketFilterer: AgreementMarketFilterer{contract: contract}}, nil
}

// AgreementMarket is an auto generated Go binding around an Ethereum contract.
type AgreementMarket struct {
	AgreementMarketCaller     // Read-only binding to the contract
	AgreementMarketTransactor // Write-only binding to the contract
	AgreementMarketFilterer   // Log filterer for contract events
}

// AgreementMarketCaller is an auto generated read-only Go binding around an Ethereum contract.
type AgreementMarketCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgreementMarketTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AgreementMarketTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgreementMarketFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AgreementMarketFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgreementMarketSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AgreementMarketSession struct {
	Contract     *AgreementMarket  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AgreementMarketCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AgreementMarketCallerSession struct {
	Contract *AgreementMarketCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// AgreementMarketTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AgreementMarketTransactorSession struct {
	Contract     *AgreementMarketTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// AgreementMarketRaw is an auto generated low-level Go binding around an Ethereum contract.
type AgreementMarketRaw struct {
	Contract *AgreementMarket // Generic contract binding to access the raw methods on
}

// AgreementMarketCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AgreementMarketCallerRaw struct {
	Contract *AgreementMarketCaller // Generic read-only contract binding to access the raw methods on
}

// AgreementMarketTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AgreementMarketTransactorRaw struct {
	Contract *AgreementMarketTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAgreementMarket creates a new instance of AgreementMarket, bound to a specific deployed contract.
func NewAgreementMarket(address common.Address, backend bind.ContractBackend) (*AgreementMarket, error) {
	contract, err := bindAgreementMarket(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AgreementMarket{AgreementMarketCaller: AgreementMarketCaller{contract: contract}, AgreementMarketTransactor: AgreementMarketTransactor{contract: contract}, AgreementMarketFilterer: AgreementMarketFilterer{contract: contract}}, nil
}

// NewAgreementMarketCaller creates a new read-only instance of AgreementMarket, bound to a specific deployed contract.
func NewAgreementMarketCaller(address common.Address, caller bind.ContractCaller) (*AgreementMarketCaller, error) {
	contract, err := bindAgreementMarket(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketCaller{contract: contract}, nil
}

// NewAgreementMarketTransactor creates a new write-only instance of AgreementMarket, bound to a specific deployed contract.
func NewAgreementMarketTransactor(address common.Address, transactor bind.ContractTransactor) (*AgreementMarketTransactor, error) {
	contract, err := bindAgreementMarket(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketTransactor{contract: contract}, nil
}

// NewAgreementMarketFilterer creates a new log filterer instance of AgreementMarket, bound to a specific deployed contract.
func NewAgreementMarketFilterer(address common.Address, filterer bind.ContractFilterer) (*AgreementMarketFilterer, error) {
	contract, err := bindAgreementMarket(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketFilterer{contract: contract}, nil
}

// bindAgreementMarket binds a generic wrapper to an already deployed contract.
func bindAgreementMarket(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AgreementMarketMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgreementMarket *AgreementMarketRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgreementMarket.Contract.AgreementMarketCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgreementMarket *AgreementMarketRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgreementMarket.Contract.AgreementMarketTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgreementMarket *AgreementMarketRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgreementMarket.Contract.AgreementMarketTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgreementMarket *AgreementMarketCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgreementMarket.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgreementMarket *AgreementMarketTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgreementMarket.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgreementMarket *AgreementMarketTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgreementMarket.Contract.contract.Transact(opts, method, params...)
}

// FAILABANDONED is a free data retrieval call binding the contract method 0x758b4328.
//
// Solidity: function FAIL_ABANDONED() view returns(uint8)
func (_AgreementMarket *AgreementMarketCaller) FAILABANDONED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "FAIL_ABANDONED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILABANDONED is a free data retrieval call binding the contract method 0x758b4328.
//
// Solidity: function FAIL_ABANDONED() view returns(uint8)
func (_AgreementMarket *AgreementMarketSession) FAILABANDONED() (uint8, error) {
	return _AgreementMarket.Contract.FAILABANDONED(&_AgreementMarket.CallOpts)
}

// FAILABANDONED is a free data retrieval call binding the contract method 0x758b4328.
//
// Solidity: function FAIL_ABANDONED() view returns(uint8)
func (_AgreementMarket *AgreementMarketCallerSession) FAILABANDONED() (uint8, error) {
	return _AgreementMarket.Contract.FAILABANDONED(&_AgreementMarket.CallOpts)
}

// FAILCHALLENGE is a free data retrieval call binding the contract method 0x825f7d4d.
//
// Solidity: function FAIL_CHALLENGE() view returns(uint8)
func (_AgreementMarket *AgreementMarketCaller) FAILCHALLENGE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "FAIL_CHALLENGE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILCHALLENGE is a free data retrieval call binding the contract method 0x825f7d4d.
//
// Solidity: function FAIL_CHALLENGE() view returns(uint8)
func (_AgreementMarket *AgreementMarketSession) FAILCHALLENGE() (uint8, error) {
	return _AgreementMarket.Contract.FAILCHALLENGE(&_AgreementMarket.CallOpts)
}

// FAILCHALLENGE is a free data retrieval call binding the contract method 0x825f7d4d.
//
// Solidity: function FAIL_CHALLENGE() view returns(uint8)
func (_AgreementMarket *AgreementMarketCallerSession) FAILCHALLENGE() (uint8, error) {
	return _AgreementMarket.Contract.FAILCHALLENGE(&_AgreementMarket.CallOpts)
}

// FAILDISQUALIFIED is a free data retrieval call binding the contract method 0xe92783bd.
//
// Solidity: function FAIL_DISQUALIFIED() view returns(uint8)
func (_AgreementMarket *AgreementMarketCaller) FAILDISQUALIFIED(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "FAIL_DISQUALIFIED")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILDISQUALIFIED is a free data retrieval call binding the contract method 0xe92783bd.
//
// Solidity: function FAIL_DISQUALIFIED() view returns(uint8)
func (_AgreementMarket *AgreementMarketSession) FAILDISQUALIFIED() (uint8, error) {
	return _AgreementMarket.Contract.FAILDISQUALIFIED(&_AgreementMarket.CallOpts)
}

// FAILDISQUALIFIED is a free data retrieval call binding the contract method 0xe92783bd.
//
// Solidity: function FAIL_DISQUALIFIED() view returns(uint8)
func (_AgreementMarket *AgreementMarketCallerSession) FAILDISQUALIFIED() (uint8, error) {
	return _AgreementMarket.Contract.FAILDISQUALIFIED(&_AgreementMarket.CallOpts)
}

// FAILUNPROVEN is a free data retrieval call binding the contract method 0x483a1331.
//
// Solidity: function FAIL_UNPROVEN() view returns(uint8)
func (_AgreementMarket *AgreementMarketCaller) FAILUNPROVEN(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "FAIL_UNPROVEN")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// FAILUNPROVEN is a free data retrieval call binding the contract method 0x483a1331.
//
// Solidity: function FAIL_UNPROVEN() view returns(uint8)
func (_AgreementMarket *AgreementMarketSession) FAILUNPROVEN() (uint8, error) {
	return _AgreementMarket.Contract.FAILUNPROVEN(&_AgreementMarket.CallOpts)
}

// FAILUNPROVEN is a free data retrieval call binding the contract method 0x483a1331.
//
// Solidity: function FAIL_UNPROVEN() view returns(uint8)
func (_AgreementMarket *AgreementMarketCallerSession) FAILUNPROVEN() (uint8, error) {
	return _AgreementMarket.Contract.FAILUNPROVEN(&_AgreementMarket.CallOpts)
}

// LEAFSIZE is a free data retrieval call binding the contract method 0xc0e15949.
//
// Solidity: function LEAF_SIZE() view returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) LEAFSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "LEAF_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LEAFSIZE is a free data retrieval call binding the contract method 0xc0e15949.
//
// Solidity: function LEAF_SIZE() view returns(uint256)
func (_AgreementMarket *AgreementMarketSession) LEAFSIZE() (*big.Int, error) {
	return _AgreementMarket.Contract.LEAFSIZE(&_AgreementMarket.CallOpts)
}

// LEAFSIZE is a free data retrieval call binding the contract method 0xc0e15949.
//
// Solidity: function LEAF_SIZE() view returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) LEAFSIZE() (*big.Int, error) {
	return _AgreementMarket.Contract.LEAFSIZE(&_AgreementMarket.CallOpts)
}

// OPENTERMSTYPEHASH is a free data retrieval call binding the contract method 0x3d7798a6.
//
// Solidity: function OPEN_TERMS_TYPEHASH() view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) OPENTERMSTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "OPEN_TERMS_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OPENTERMSTYPEHASH is a free data retrieval call binding the contract method 0x3d7798a6.
//
// Solidity: function OPEN_TERMS_TYPEHASH() view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) OPENTERMSTYPEHASH() ([32]byte, error) {
	return _AgreementMarket.Contract.OPENTERMSTYPEHASH(&_AgreementMarket.CallOpts)
}

// OPENTERMSTYPEHASH is a free data retrieval call binding the contract method 0x3d7798a6.
//
// Solidity: function OPEN_TERMS_TYPEHASH() view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) OPENTERMSTYPEHASH() ([32]byte, error) {
	return _AgreementMarket.Contract.OPENTERMSTYPEHASH(&_AgreementMarket.CallOpts)
}

// REVISIONTYPEHASH is a free data retrieval call binding the contract method 0x3cb76016.
//
// Solidity: function REVISION_TYPEHASH() view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) REVISIONTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "REVISION_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REVISIONTYPEHASH is a free data retrieval call binding the contract method 0x3cb76016.
//
// Solidity: function REVISION_TYPEHASH() view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) REVISIONTYPEHASH() ([32]byte, error) {
	return _AgreementMarket.Contract.REVISIONTYPEHASH(&_AgreementMarket.CallOpts)
}

// REVISIONTYPEHASH is a free data retrieval call binding the contract method 0x3cb76016.
//
// Solidity: function REVISION_TYPEHASH() view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) REVISIONTYPEHASH() ([32]byte, error) {
	return _AgreementMarket.Contract.REVISIONTYPEHASH(&_AgreementMarket.CallOpts)
}

// AgreementCount is a free data retrieval call binding the contract method 0xbb7bb278.
//
// Solidity: function agreementCount() view returns(uint64)
func (_AgreementMarket *AgreementMarketCaller) AgreementCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "agreementCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// AgreementCount is a free data retrieval call binding the contract method 0xbb7bb278.
//
// Solidity: function agreementCount() view returns(uint64)
func (_AgreementMarket *AgreementMarketSession) AgreementCount() (uint64, error) {
	return _AgreementMarket.Contract.AgreementCount(&_AgreementMarket.CallOpts)
}

// AgreementCount is a free data retrieval call binding the contract method 0xbb7bb278.
//
// Solidity: function agreementCount() view returns(uint64)
func (_AgreementMarket *AgreementMarketCallerSession) AgreementCount() (uint64, error) {
	return _AgreementMarket.Contract.AgreementCount(&_AgreementMarket.CallOpts)
}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) Balances(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "balances", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_AgreementMarket *AgreementMarketSession) Balances(arg0 common.Address) (*big.Int, error) {
	return _AgreementMarket.Contract.Balances(&_AgreementMarket.CallOpts, arg0)
}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) Balances(arg0 common.Address) (*big.Int, error) {
	return _AgreementMarket.Contract.Balances(&_AgreementMarket.CallOpts, arg0)
}

// ChallengeFee is a free data retrieval call binding the contract method 0x1bd8f9ca.
//
// Solidity: function challengeFee() view returns(uint128)
func (_AgreementMarket *AgreementMarketCaller) ChallengeFee(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "challengeFee")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChallengeFee is a free data retrieval call binding the contract method 0x1bd8f9ca.
//
// Solidity: function challengeFee() view returns(uint128)
func (_AgreementMarket *AgreementMarketSession) ChallengeFee() (*big.Int, error) {
	return _AgreementMarket.Contract.ChallengeFee(&_AgreementMarket.CallOpts)
}

// ChallengeFee is a free data retrieval call binding the contract method 0x1bd8f9ca.
//
// Solidity: function challengeFee() view returns(uint128)
func (_AgreementMarket *AgreementMarketCallerSession) ChallengeFee() (*big.Int, error) {
	return _AgreementMarket.Contract.ChallengeFee(&_AgreementMarket.CallOpts)
}

// ChallengeSeconds is a free data retrieval call binding the contract method 0x348b733d.
//
// Solidity: function challengeSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketCaller) ChallengeSeconds(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "challengeSeconds")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// ChallengeSeconds is a free data retrieval call binding the contract method 0x348b733d.
//
// Solidity: function challengeSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketSession) ChallengeSeconds() (uint32, error) {
	return _AgreementMarket.Contract.ChallengeSeconds(&_AgreementMarket.CallOpts)
}

// ChallengeSeconds is a free data retrieval call binding the contract method 0x348b733d.
//
// Solidity: function challengeSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketCallerSession) ChallengeSeconds() (uint32, error) {
	return _AgreementMarket.Contract.ChallengeSeconds(&_AgreementMarket.CallOpts)
}

// ChallengeSeedFrom is a free data retrieval call binding the contract method 0x76b0df7a.
//
// Solidity: function challengeSeedFrom(bytes32 blockHash, uint64 id) pure returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) ChallengeSeedFrom(opts *bind.CallOpts, blockHash [32]byte, id uint64) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "challengeSeedFrom", blockHash, id)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChallengeSeedFrom is a free data retrieval call binding the contract method 0x76b0df7a.
//
// Solidity: function challengeSeedFrom(bytes32 blockHash, uint64 id) pure returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) ChallengeSeedFrom(blockHash [32]byte, id uint64) ([32]byte, error) {
	return _AgreementMarket.Contract.ChallengeSeedFrom(&_AgreementMarket.CallOpts, blockHash, id)
}

// ChallengeSeedFrom is a free data retrieval call binding the contract method 0x76b0df7a.
//
// Solidity: function challengeSeedFrom(bytes32 blockHash, uint64 id) pure returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) ChallengeSeedFrom(blockHash [32]byte, id uint64) ([32]byte, error) {
	return _AgreementMarket.Contract.ChallengeSeedFrom(&_AgreementMarket.CallOpts, blockHash, id)
}

// ChallengeSeedOf is a free data retrieval call binding the contract method 0xbfb172e7.
//
// Solidity: function challengeSeedOf(uint64 id) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) ChallengeSeedOf(opts *bind.CallOpts, id uint64) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "challengeSeedOf", id)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChallengeSeedOf is a free data retrieval call binding the contract method 0xbfb172e7.
//
// Solidity: function challengeSeedOf(uint64 id) view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) ChallengeSeedOf(id uint64) ([32]byte, error) {
	return _AgreementMarket.Contract.ChallengeSeedOf(&_AgreementMarket.CallOpts, id)
}

// ChallengeSeedOf is a free data retrieval call binding the contract method 0xbfb172e7.
//
// Solidity: function challengeSeedOf(uint64 id) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) ChallengeSeedOf(id uint64) ([32]byte, error) {
	return _AgreementMarket.Contract.ChallengeSeedOf(&_AgreementMarket.CallOpts, id)
}

// CheckProof is a free data retrieval call binding the contract method 0x7cdde648.
//
// Solidity: function checkProof(bytes32 root, uint64 shards, bytes32 seed, (uint64,uint64,bytes,bytes32[],bytes32[]) proof) view returns(bool)
func (_AgreementMarket *AgreementMarketCaller) CheckProof(opts *bind.CallOpts, root [32]byte, shards uint64, seed [32]byte, proof AgreementMarketProof) (bool, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "checkProof", root, shards, seed, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CheckProof is a free data retrieval call binding the contract method 0x7cdde648.
//
// Solidity: function checkProof(bytes32 root, uint64 shards, bytes32 seed, (uint64,uint64,bytes,bytes32[],bytes32[]) proof) view returns(bool)
func (_AgreementMarket *AgreementMarketSession) CheckProof(root [32]byte, shards uint64, seed [32]byte, proof AgreementMarketProof) (bool, error) {
	return _AgreementMarket.Contract.CheckProof(&_AgreementMarket.CallOpts, root, shards, seed, proof)
}

// CheckProof is a free data retrieval call binding the contract method 0x7cdde648.
//
// Solidity: function checkProof(bytes32 root, uint64 shards, bytes32 seed, (uint64,uint64,bytes,bytes32[],bytes32[]) proof) view returns(bool)
func (_AgreementMarket *AgreementMarketCallerSession) CheckProof(root [32]byte, shards uint64, seed [32]byte, proof AgreementMarketProof) (bool, error) {
	return _AgreementMarket.Contract.CheckProof(&_AgreementMarket.CallOpts, root, shards, seed, proof)
}

// CurrentPeriod is a free data retrieval call binding the contract method 0x06040618.
//
// Solidity: function currentPeriod() view returns(uint32)
func (_AgreementMarket *AgreementMarketCaller) CurrentPeriod(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "currentPeriod")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// CurrentPeriod is a free data retrieval call binding the contract method 0x06040618.
//
// Solidity: function currentPeriod() view returns(uint32)
func (_AgreementMarket *AgreementMarketSession) CurrentPeriod() (uint32, error) {
	return _AgreementMarket.Contract.CurrentPeriod(&_AgreementMarket.CallOpts)
}

// CurrentPeriod is a free data retrieval call binding the contract method 0x06040618.
//
// Solidity: function currentPeriod() view returns(uint32)
func (_AgreementMarket *AgreementMarketCallerSession) CurrentPeriod() (uint32, error) {
	return _AgreementMarket.Contract.CurrentPeriod(&_AgreementMarket.CallOpts)
}

// DisqualifyAfterMisses is a free data retrieval call binding the contract method 0x32ca5edb.
//
// Solidity: function disqualifyAfterMisses() view returns(uint8)
func (_AgreementMarket *AgreementMarketCaller) DisqualifyAfterMisses(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "disqualifyAfterMisses")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// DisqualifyAfterMisses is a free data retrieval call binding the contract method 0x32ca5edb.
//
// Solidity: function disqualifyAfterMisses() view returns(uint8)
func (_AgreementMarket *AgreementMarketSession) DisqualifyAfterMisses() (uint8, error) {
	return _AgreementMarket.Contract.DisqualifyAfterMisses(&_AgreementMarket.CallOpts)
}

// DisqualifyAfterMisses is a free data retrieval call binding the contract method 0x32ca5edb.
//
// Solidity: function disqualifyAfterMisses() view returns(uint8)
func (_AgreementMarket *AgreementMarketCallerSession) DisqualifyAfterMisses() (uint8, error) {
	return _AgreementMarket.Contract.DisqualifyAfterMisses(&_AgreementMarket.CallOpts)
}

// DueAt is a free data retrieval call binding the contract method 0x25ffe615.
//
// Solidity: function dueAt(bytes32 seed, uint64 id, uint16 bps) pure returns(bool)
func (_AgreementMarket *AgreementMarketCaller) DueAt(opts *bind.CallOpts, seed [32]byte, id uint64, bps uint16) (bool, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "dueAt", seed, id, bps)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// DueAt is a free data retrieval call binding the contract method 0x25ffe615.
//
// Solidity: function dueAt(bytes32 seed, uint64 id, uint16 bps) pure returns(bool)
func (_AgreementMarket *AgreementMarketSession) DueAt(seed [32]byte, id uint64, bps uint16) (bool, error) {
	return _AgreementMarket.Contract.DueAt(&_AgreementMarket.CallOpts, seed, id, bps)
}

// DueAt is a free data retrieval call binding the contract method 0x25ffe615.
//
// Solidity: function dueAt(bytes32 seed, uint64 id, uint16 bps) pure returns(bool)
func (_AgreementMarket *AgreementMarketCallerSession) DueAt(seed [32]byte, id uint64, bps uint16) (bool, error) {
	return _AgreementMarket.Contract.DueAt(&_AgreementMarket.CallOpts, seed, id, bps)
}

// EarnedOf is a free data retrieval call binding the contract method 0x1f2a819e.
//
// Solidity: function earnedOf(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) EarnedOf(opts *bind.CallOpts, id uint64) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "earnedOf", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EarnedOf is a free data retrieval call binding the contract method 0x1f2a819e.
//
// Solidity: function earnedOf(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketSession) EarnedOf(id uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.EarnedOf(&_AgreementMarket.CallOpts, id)
}

// EarnedOf is a free data retrieval call binding the contract method 0x1f2a819e.
//
// Solidity: function earnedOf(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) EarnedOf(id uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.EarnedOf(&_AgreementMarket.CallOpts, id)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgreementMarket *AgreementMarketCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgreementMarket *AgreementMarketSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _AgreementMarket.Contract.Eip712Domain(&_AgreementMarket.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AgreementMarket *AgreementMarketCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _AgreementMarket.Contract.Eip712Domain(&_AgreementMarket.CallOpts)
}

// EntryHash is a free data retrieval call binding the contract method 0x19f5dd88.
//
// Solidity: function entryHash(bytes32 shardRoot, uint64 shardLeaves) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) EntryHash(opts *bind.CallOpts, shardRoot [32]byte, shardLeaves uint64) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "entryHash", shardRoot, shardLeaves)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EntryHash is a free data retrieval call binding the contract method 0x19f5dd88.
//
// Solidity: function entryHash(bytes32 shardRoot, uint64 shardLeaves) view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) EntryHash(shardRoot [32]byte, shardLeaves uint64) ([32]byte, error) {
	return _AgreementMarket.Contract.EntryHash(&_AgreementMarket.CallOpts, shardRoot, shardLeaves)
}

// EntryHash is a free data retrieval call binding the contract method 0x19f5dd88.
//
// Solidity: function entryHash(bytes32 shardRoot, uint64 shardLeaves) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) EntryHash(shardRoot [32]byte, shardLeaves uint64) ([32]byte, error) {
	return _AgreementMarket.Contract.EntryHash(&_AgreementMarket.CallOpts, shardRoot, shardLeaves)
}

// FarmerAt is a free data retrieval call binding the contract method 0xc13b90db.
//
// Solidity: function farmerAt(uint256 i) view returns(address)
func (_AgreementMarket *AgreementMarketCaller) FarmerAt(opts *bind.CallOpts, i *big.Int) (common.Address, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "farmerAt", i)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FarmerAt is a free data retrieval call binding the contract method 0xc13b90db.
//
// Solidity: function farmerAt(uint256 i) view returns(address)
func (_AgreementMarket *AgreementMarketSession) FarmerAt(i *big.Int) (common.Address, error) {
	return _AgreementMarket.Contract.FarmerAt(&_AgreementMarket.CallOpts, i)
}

// FarmerAt is a free data retrieval call binding the contract method 0xc13b90db.
//
// Solidity: function farmerAt(uint256 i) view returns(address)
func (_AgreementMarket *AgreementMarketCallerSession) FarmerAt(i *big.Int) (common.Address, error) {
	return _AgreementMarket.Contract.FarmerAt(&_AgreementMarket.CallOpts, i)
}

// FarmerCount is a free data retrieval call binding the contract method 0xbd45b397.
//
// Solidity: function farmerCount() view returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) FarmerCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "farmerCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FarmerCount is a free data retrieval call binding the contract method 0xbd45b397.
//
// Solidity: function farmerCount() view returns(uint256)
func (_AgreementMarket *AgreementMarketSession) FarmerCount() (*big.Int, error) {
	return _AgreementMarket.Contract.FarmerCount(&_AgreementMarket.CallOpts)
}

// FarmerCount is a free data retrieval call binding the contract method 0xbd45b397.
//
// Solidity: function farmerCount() view returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) FarmerCount() (*big.Int, error) {
	return _AgreementMarket.Contract.FarmerCount(&_AgreementMarket.CallOpts)
}

// Genesis is a free data retrieval call binding the contract method 0xa7f0b3de.
//
// Solidity: function genesis() view returns(uint64)
func (_AgreementMarket *AgreementMarketCaller) Genesis(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "genesis")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Genesis is a free data retrieval call binding the contract method 0xa7f0b3de.
//
// Solidity: function genesis() view returns(uint64)
func (_AgreementMarket *AgreementMarketSession) Genesis() (uint64, error) {
	return _AgreementMarket.Contract.Genesis(&_AgreementMarket.CallOpts)
}

// Genesis is a free data retrieval call binding the contract method 0xa7f0b3de.
//
// Solidity: function genesis() view returns(uint64)
func (_AgreementMarket *AgreementMarketCallerSession) Genesis() (uint64, error) {
	return _AgreementMarket.Contract.Genesis(&_AgreementMarket.CallOpts)
}

// GetAgreement is a free data retrieval call binding the contract method 0xf2e5f179.
//
// Solidity: function getAgreement(uint64 id) view returns((uint96,uint96,uint32,uint32,address,uint32,uint32,uint8,address,uint96,uint64,uint64,uint64,uint64,bytes32,uint96,uint96,uint32,uint96,uint64,uint64))
func (_AgreementMarket *AgreementMarketCaller) GetAgreement(opts *bind.CallOpts, id uint64) (AgreementMarketAgreement, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "getAgreement", id)

	if err != nil {
		return *new(AgreementMarketAgreement), err
	}

	out0 := *abi.ConvertType(out[0], new(AgreementMarketAgreement)).(*AgreementMarketAgreement)

	return out0, err

}

// GetAgreement is a free data retrieval call binding the contract method 0xf2e5f179.
//
// Solidity: function getAgreement(uint64 id) view returns((uint96,uint96,uint32,uint32,address,uint32,uint32,uint8,address,uint96,uint64,uint64,uint64,uint64,bytes32,uint96,uint96,uint32,uint96,uint64,uint64))
func (_AgreementMarket *AgreementMarketSession) GetAgreement(id uint64) (AgreementMarketAgreement, error) {
	return _AgreementMarket.Contract.GetAgreement(&_AgreementMarket.CallOpts, id)
}

// GetAgreement is a free data retrieval call binding the contract method 0xf2e5f179.
//
// Solidity: function getAgreement(uint64 id) view returns((uint96,uint96,uint32,uint32,address,uint32,uint32,uint8,address,uint96,uint64,uint64,uint64,uint64,bytes32,uint96,uint96,uint32,uint96,uint64,uint64))
func (_AgreementMarket *AgreementMarketCallerSession) GetAgreement(id uint64) (AgreementMarketAgreement, error) {
	return _AgreementMarket.Contract.GetAgreement(&_AgreementMarket.CallOpts, id)
}

// GetFarmer is a free data retrieval call binding the contract method 0xe7609c16.
//
// Solidity: function getFarmer(address farmer) view returns((uint128,uint128,uint128,uint64,uint32,uint32,uint32,uint32,uint32,bool,bool,uint64,uint96))
func (_AgreementMarket *AgreementMarketCaller) GetFarmer(opts *bind.CallOpts, farmer common.Address) (AgreementMarketFarmer, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "getFarmer", farmer)

	if err != nil {
		return *new(AgreementMarketFarmer), err
	}

	out0 := *abi.ConvertType(out[0], new(AgreementMarketFarmer)).(*AgreementMarketFarmer)

	return out0, err

}

// GetFarmer is a free data retrieval call binding the contract method 0xe7609c16.
//
// Solidity: function getFarmer(address farmer) view returns((uint128,uint128,uint128,uint64,uint32,uint32,uint32,uint32,uint32,bool,bool,uint64,uint96))
func (_AgreementMarket *AgreementMarketSession) GetFarmer(farmer common.Address) (AgreementMarketFarmer, error) {
	return _AgreementMarket.Contract.GetFarmer(&_AgreementMarket.CallOpts, farmer)
}

// GetFarmer is a free data retrieval call binding the contract method 0xe7609c16.
//
// Solidity: function getFarmer(address farmer) view returns((uint128,uint128,uint128,uint64,uint32,uint32,uint32,uint32,uint32,bool,bool,uint64,uint96))
func (_AgreementMarket *AgreementMarketCallerSession) GetFarmer(farmer common.Address) (AgreementMarketFarmer, error) {
	return _AgreementMarket.Contract.GetFarmer(&_AgreementMarket.CallOpts, farmer)
}

// GraceSeconds is a free data retrieval call binding the contract method 0xe052b544.
//
// Solidity: function graceSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketCaller) GraceSeconds(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "graceSeconds")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// GraceSeconds is a free data retrieval call binding the contract method 0xe052b544.
//
// Solidity: function graceSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketSession) GraceSeconds() (uint32, error) {
	return _AgreementMarket.Contract.GraceSeconds(&_AgreementMarket.CallOpts)
}

// GraceSeconds is a free data retrieval call binding the contract method 0xe052b544.
//
// Solidity: function graceSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketCallerSession) GraceSeconds() (uint32, error) {
	return _AgreementMarket.Contract.GraceSeconds(&_AgreementMarket.CallOpts)
}

// HashOpenTerms is a free data retrieval call binding the contract method 0xe152bfff.
//
// Solidity: function hashOpenTerms((address,address,uint128,uint128,uint32,uint64,uint64) t) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) HashOpenTerms(opts *bind.CallOpts, t AgreementMarketOpenTerms) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "hashOpenTerms", t)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashOpenTerms is a free data retrieval call binding the contract method 0xe152bfff.
//
// Solidity: function hashOpenTerms((address,address,uint128,uint128,uint32,uint64,uint64) t) view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) HashOpenTerms(t AgreementMarketOpenTerms) ([32]byte, error) {
	return _AgreementMarket.Contract.HashOpenTerms(&_AgreementMarket.CallOpts, t)
}

// HashOpenTerms is a free data retrieval call binding the contract method 0xe152bfff.
//
// Solidity: function hashOpenTerms((address,address,uint128,uint128,uint32,uint64,uint64) t) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) HashOpenTerms(t AgreementMarketOpenTerms) ([32]byte, error) {
	return _AgreementMarket.Contract.HashOpenTerms(&_AgreementMarket.CallOpts, t)
}

// HashRevision is a free data retrieval call binding the contract method 0x9422b53b.
//
// Solidity: function hashRevision((uint64,uint64,bytes32,uint64,uint64,uint32) r) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) HashRevision(opts *bind.CallOpts, r AgreementMarketRevision) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "hashRevision", r)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashRevision is a free data retrieval call binding the contract method 0x9422b53b.
//
// Solidity: function hashRevision((uint64,uint64,bytes32,uint64,uint64,uint32) r) view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) HashRevision(r AgreementMarketRevision) ([32]byte, error) {
	return _AgreementMarket.Contract.HashRevision(&_AgreementMarket.CallOpts, r)
}

// HashRevision is a free data retrieval call binding the contract method 0x9422b53b.
//
// Solidity: function hashRevision((uint64,uint64,bytes32,uint64,uint64,uint32) r) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) HashRevision(r AgreementMarketRevision) ([32]byte, error) {
	return _AgreementMarket.Contract.HashRevision(&_AgreementMarket.CallOpts, r)
}

// IsDue is a free data retrieval call binding the contract method 0x3fdebf72.
//
// Solidity: function isDue(uint64 id, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketCaller) IsDue(opts *bind.CallOpts, id uint64, p uint32) (bool, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "isDue", id, p)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsDue is a free data retrieval call binding the contract method 0x3fdebf72.
//
// Solidity: function isDue(uint64 id, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketSession) IsDue(id uint64, p uint32) (bool, error) {
	return _AgreementMarket.Contract.IsDue(&_AgreementMarket.CallOpts, id, p)
}

// IsDue is a free data retrieval call binding the contract method 0x3fdebf72.
//
// Solidity: function isDue(uint64 id, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketCallerSession) IsDue(id uint64, p uint32) (bool, error) {
	return _AgreementMarket.Contract.IsDue(&_AgreementMarket.CallOpts, id, p)
}

// LeafHash is a free data retrieval call binding the contract method 0xac764322.
//
// Solidity: function leafHash(bytes leaf) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) LeafHash(opts *bind.CallOpts, leaf []byte) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "leafHash", leaf)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LeafHash is a free data retrieval call binding the contract method 0xac764322.
//
// Solidity: function leafHash(bytes leaf) view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) LeafHash(leaf []byte) ([32]byte, error) {
	return _AgreementMarket.Contract.LeafHash(&_AgreementMarket.CallOpts, leaf)
}

// LeafHash is a free data retrieval call binding the contract method 0xac764322.
//
// Solidity: function leafHash(bytes leaf) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) LeafHash(leaf []byte) ([32]byte, error) {
	return _AgreementMarket.Contract.LeafHash(&_AgreementMarket.CallOpts, leaf)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_AgreementMarket *AgreementMarketCaller) MinStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "minStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_AgreementMarket *AgreementMarketSession) MinStake() (*big.Int, error) {
	return _AgreementMarket.Contract.MinStake(&_AgreementMarket.CallOpts)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_AgreementMarket *AgreementMarketCallerSession) MinStake() (*big.Int, error) {
	return _AgreementMarket.Contract.MinStake(&_AgreementMarket.CallOpts)
}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 l, bytes32 r) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) NodeHash(opts *bind.CallOpts, l [32]byte, r [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "nodeHash", l, r)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 l, bytes32 r) view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) NodeHash(l [32]byte, r [32]byte) ([32]byte, error) {
	return _AgreementMarket.Contract.NodeHash(&_AgreementMarket.CallOpts, l, r)
}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 l, bytes32 r) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) NodeHash(l [32]byte, r [32]byte) ([32]byte, error) {
	return _AgreementMarket.Contract.NodeHash(&_AgreementMarket.CallOpts, l, r)
}

// Obliged is a free data retrieval call binding the contract method 0xd668c0ce.
//
// Solidity: function obliged(address farmer, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketCaller) Obliged(opts *bind.CallOpts, farmer common.Address, p uint32) (bool, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "obliged", farmer, p)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Obliged is a free data retrieval call binding the contract method 0xd668c0ce.
//
// Solidity: function obliged(address farmer, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketSession) Obliged(farmer common.Address, p uint32) (bool, error) {
	return _AgreementMarket.Contract.Obliged(&_AgreementMarket.CallOpts, farmer, p)
}

// Obliged is a free data retrieval call binding the contract method 0xd668c0ce.
//
// Solidity: function obliged(address farmer, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketCallerSession) Obliged(farmer common.Address, p uint32) (bool, error) {
	return _AgreementMarket.Contract.Obliged(&_AgreementMarket.CallOpts, farmer, p)
}

// PeerInfo is a free data retrieval call binding the contract method 0x6986013b.
//
// Solidity: function peerInfo(address farmer) view returns(bytes peerId, bytes addrs)
func (_AgreementMarket *AgreementMarketCaller) PeerInfo(opts *bind.CallOpts, farmer common.Address) (struct {
	PeerId []byte
	Addrs  []byte
}, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "peerInfo", farmer)

	outstruct := new(struct {
		PeerId []byte
		Addrs  []byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.PeerId = *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	outstruct.Addrs = *abi.ConvertType(out[1], new([]byte)).(*[]byte)

	return *outstruct, err

}

// PeerInfo is a free data retrieval call binding the contract method 0x6986013b.
//
// Solidity: function peerInfo(address farmer) view returns(bytes peerId, bytes addrs)
func (_AgreementMarket *AgreementMarketSession) PeerInfo(farmer common.Address) (struct {
	PeerId []byte
	Addrs  []byte
}, error) {
	return _AgreementMarket.Contract.PeerInfo(&_AgreementMarket.CallOpts, farmer)
}

// PeerInfo is a free data retrieval call binding the contract method 0x6986013b.
//
// Solidity: function peerInfo(address farmer) view returns(bytes peerId, bytes addrs)
func (_AgreementMarket *AgreementMarketCallerSession) PeerInfo(farmer common.Address) (struct {
	PeerId []byte
	Addrs  []byte
}, error) {
	return _AgreementMarket.Contract.PeerInfo(&_AgreementMarket.CallOpts, farmer)
}

// PeriodSeconds is a free data retrieval call binding the contract method 0xf4514fa3.
//
// Solidity: function periodSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketCaller) PeriodSeconds(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "periodSeconds")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// PeriodSeconds is a free data retrieval call binding the contract method 0xf4514fa3.
//
// Solidity: function periodSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketSession) PeriodSeconds() (uint32, error) {
	return _AgreementMarket.Contract.PeriodSeconds(&_AgreementMarket.CallOpts)
}

// PeriodSeconds is a free data retrieval call binding the contract method 0xf4514fa3.
//
// Solidity: function periodSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketCallerSession) PeriodSeconds() (uint32, error) {
	return _AgreementMarket.Contract.PeriodSeconds(&_AgreementMarket.CallOpts)
}

// PeriodStart is a free data retrieval call binding the contract method 0x2ef6cf5b.
//
// Solidity: function periodStart(uint32 p) view returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) PeriodStart(opts *bind.CallOpts, p uint32) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "periodStart", p)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PeriodStart is a free data retrieval call binding the contract method 0x2ef6cf5b.
//
// Solidity: function periodStart(uint32 p) view returns(uint256)
func (_AgreementMarket *AgreementMarketSession) PeriodStart(p uint32) (*big.Int, error) {
	return _AgreementMarket.Contract.PeriodStart(&_AgreementMarket.CallOpts, p)
}

// PeriodStart is a free data retrieval call binding the contract method 0x2ef6cf5b.
//
// Solidity: function periodStart(uint32 p) view returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) PeriodStart(p uint32) (*big.Int, error) {
	return _AgreementMarket.Contract.PeriodStart(&_AgreementMarket.CallOpts, p)
}

// Pick is a free data retrieval call binding the contract method 0xbaf3a1f3.
//
// Solidity: function pick(bytes32 seed, uint64 id, uint64 shards, uint64 shardLeaves) pure returns(uint64 j, uint64 i)
func (_AgreementMarket *AgreementMarketCaller) Pick(opts *bind.CallOpts, seed [32]byte, id uint64, shards uint64, shardLeaves uint64) (struct {
	J uint64
	I uint64
}, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "pick", seed, id, shards, shardLeaves)

	outstruct := new(struct {
		J uint64
		I uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.J = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.I = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// Pick is a free data retrieval call binding the contract method 0xbaf3a1f3.
//
// Solidity: function pick(bytes32 seed, uint64 id, uint64 shards, uint64 shardLeaves) pure returns(uint64 j, uint64 i)
func (_AgreementMarket *AgreementMarketSession) Pick(seed [32]byte, id uint64, shards uint64, shardLeaves uint64) (struct {
	J uint64
	I uint64
}, error) {
	return _AgreementMarket.Contract.Pick(&_AgreementMarket.CallOpts, seed, id, shards, shardLeaves)
}

// Pick is a free data retrieval call binding the contract method 0xbaf3a1f3.
//
// Solidity: function pick(bytes32 seed, uint64 id, uint64 shards, uint64 shardLeaves) pure returns(uint64 j, uint64 i)
func (_AgreementMarket *AgreementMarketCallerSession) Pick(seed [32]byte, id uint64, shards uint64, shardLeaves uint64) (struct {
	J uint64
	I uint64
}, error) {
	return _AgreementMarket.Contract.Pick(&_AgreementMarket.CallOpts, seed, id, shards, shardLeaves)
}

// ProvenBits is a free data retrieval call binding the contract method 0xc51f9b1d.
//
// Solidity: function provenBits(address farmer, uint256 word) view returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) ProvenBits(opts *bind.CallOpts, farmer common.Address, word *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "provenBits", farmer, word)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProvenBits is a free data retrieval call binding the contract method 0xc51f9b1d.
//
// Solidity: function provenBits(address farmer, uint256 word) view returns(uint256)
func (_AgreementMarket *AgreementMarketSession) ProvenBits(farmer common.Address, word *big.Int) (*big.Int, error) {
	return _AgreementMarket.Contract.ProvenBits(&_AgreementMarket.CallOpts, farmer, word)
}

// ProvenBits is a free data retrieval call binding the contract method 0xc51f9b1d.
//
// Solidity: function provenBits(address farmer, uint256 word) view returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) ProvenBits(farmer common.Address, word *big.Int) (*big.Int, error) {
	return _AgreementMarket.Contract.ProvenBits(&_AgreementMarket.CallOpts, farmer, word)
}

// ProvenIn is a free data retrieval call binding the contract method 0xa2cc7b19.
//
// Solidity: function provenIn(uint64 id, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketCaller) ProvenIn(opts *bind.CallOpts, id uint64, p uint32) (bool, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "provenIn", id, p)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ProvenIn is a free data retrieval call binding the contract method 0xa2cc7b19.
//
// Solidity: function provenIn(uint64 id, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketSession) ProvenIn(id uint64, p uint32) (bool, error) {
	return _AgreementMarket.Contract.ProvenIn(&_AgreementMarket.CallOpts, id, p)
}

// ProvenIn is a free data retrieval call binding the contract method 0xa2cc7b19.
//
// Solidity: function provenIn(uint64 id, uint32 p) view returns(bool)
func (_AgreementMarket *AgreementMarketCallerSession) ProvenIn(id uint64, p uint32) (bool, error) {
	return _AgreementMarket.Contract.ProvenIn(&_AgreementMarket.CallOpts, id, p)
}

// RateFor is a free data retrieval call binding the contract method 0xffffba45.
//
// Solidity: function rateFor(uint128 pricePerGiB, uint64 leaves) pure returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) RateFor(opts *bind.CallOpts, pricePerGiB *big.Int, leaves uint64) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "rateFor", pricePerGiB, leaves)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RateFor is a free data retrieval call binding the contract method 0xffffba45.
//
// Solidity: function rateFor(uint128 pricePerGiB, uint64 leaves) pure returns(uint256)
func (_AgreementMarket *AgreementMarketSession) RateFor(pricePerGiB *big.Int, leaves uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.RateFor(&_AgreementMarket.CallOpts, pricePerGiB, leaves)
}

// RateFor is a free data retrieval call binding the contract method 0xffffba45.
//
// Solidity: function rateFor(uint128 pricePerGiB, uint64 leaves) pure returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) RateFor(pricePerGiB *big.Int, leaves uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.RateFor(&_AgreementMarket.CallOpts, pricePerGiB, leaves)
}

// RateOf is a free data retrieval call binding the contract method 0x2ed34329.
//
// Solidity: function rateOf(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) RateOf(opts *bind.CallOpts, id uint64) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "rateOf", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RateOf is a free data retrieval call binding the contract method 0x2ed34329.
//
// Solidity: function rateOf(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketSession) RateOf(id uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.RateOf(&_AgreementMarket.CallOpts, id)
}

// RateOf is a free data retrieval call binding the contract method 0x2ed34329.
//
// Solidity: function rateOf(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) RateOf(id uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.RateOf(&_AgreementMarket.CallOpts, id)
}

// ReportPeriods is a free data retrieval call binding the contract method 0x231f4ded.
//
// Solidity: function reportPeriods() view returns(uint16)
func (_AgreementMarket *AgreementMarketCaller) ReportPeriods(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "reportPeriods")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ReportPeriods is a free data retrieval call binding the contract method 0x231f4ded.
//
// Solidity: function reportPeriods() view returns(uint16)
func (_AgreementMarket *AgreementMarketSession) ReportPeriods() (uint16, error) {
	return _AgreementMarket.Contract.ReportPeriods(&_AgreementMarket.CallOpts)
}

// ReportPeriods is a free data retrieval call binding the contract method 0x231f4ded.
//
// Solidity: function reportPeriods() view returns(uint16)
func (_AgreementMarket *AgreementMarketCallerSession) ReportPeriods() (uint16, error) {
	return _AgreementMarket.Contract.ReportPeriods(&_AgreementMarket.CallOpts)
}

// ReporterBountyBps is a free data retrieval call binding the contract method 0xedebae8d.
//
// Solidity: function reporterBountyBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketCaller) ReporterBountyBps(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "reporterBountyBps")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ReporterBountyBps is a free data retrieval call binding the contract method 0xedebae8d.
//
// Solidity: function reporterBountyBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketSession) ReporterBountyBps() (uint16, error) {
	return _AgreementMarket.Contract.ReporterBountyBps(&_AgreementMarket.CallOpts)
}

// ReporterBountyBps is a free data retrieval call binding the contract method 0xedebae8d.
//
// Solidity: function reporterBountyBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketCallerSession) ReporterBountyBps() (uint16, error) {
	return _AgreementMarket.Contract.ReporterBountyBps(&_AgreementMarket.CallOpts)
}

// SampleBps is a free data retrieval call binding the contract method 0xa269b105.
//
// Solidity: function sampleBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketCaller) SampleBps(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "sampleBps")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// SampleBps is a free data retrieval call binding the contract method 0xa269b105.
//
// Solidity: function sampleBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketSession) SampleBps() (uint16, error) {
	return _AgreementMarket.Contract.SampleBps(&_AgreementMarket.CallOpts)
}

// SampleBps is a free data retrieval call binding the contract method 0xa269b105.
//
// Solidity: function sampleBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketCallerSession) SampleBps() (uint16, error) {
	return _AgreementMarket.Contract.SampleBps(&_AgreementMarket.CallOpts)
}

// SeedFrom is a free data retrieval call binding the contract method 0x7b58536b.
//
// Solidity: function seedFrom(bytes32 blockHash, uint256 randao, uint32 p) pure returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) SeedFrom(opts *bind.CallOpts, blockHash [32]byte, randao *big.Int, p uint32) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "seedFrom", blockHash, randao, p)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SeedFrom is a free data retrieval call binding the contract method 0x7b58536b.
//
// Solidity: function seedFrom(bytes32 blockHash, uint256 randao, uint32 p) pure returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) SeedFrom(blockHash [32]byte, randao *big.Int, p uint32) ([32]byte, error) {
	return _AgreementMarket.Contract.SeedFrom(&_AgreementMarket.CallOpts, blockHash, randao, p)
}

// SeedFrom is a free data retrieval call binding the contract method 0x7b58536b.
//
// Solidity: function seedFrom(bytes32 blockHash, uint256 randao, uint32 p) pure returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) SeedFrom(blockHash [32]byte, randao *big.Int, p uint32) ([32]byte, error) {
	return _AgreementMarket.Contract.SeedFrom(&_AgreementMarket.CallOpts, blockHash, randao, p)
}

// SeedOf is a free data retrieval call binding the contract method 0xb90d0c19.
//
// Solidity: function seedOf(uint32 p) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCaller) SeedOf(opts *bind.CallOpts, p uint32) ([32]byte, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "seedOf", p)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SeedOf is a free data retrieval call binding the contract method 0xb90d0c19.
//
// Solidity: function seedOf(uint32 p) view returns(bytes32)
func (_AgreementMarket *AgreementMarketSession) SeedOf(p uint32) ([32]byte, error) {
	return _AgreementMarket.Contract.SeedOf(&_AgreementMarket.CallOpts, p)
}

// SeedOf is a free data retrieval call binding the contract method 0xb90d0c19.
//
// Solidity: function seedOf(uint32 p) view returns(bytes32)
func (_AgreementMarket *AgreementMarketCallerSession) SeedOf(p uint32) ([32]byte, error) {
	return _AgreementMarket.Contract.SeedOf(&_AgreementMarket.CallOpts, p)
}

// SettleTime is a free data retrieval call binding the contract method 0xfe207775.
//
// Solidity: function settleTime(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) SettleTime(opts *bind.CallOpts, id uint64) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "settleTime", id)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SettleTime is a free data retrieval call binding the contract method 0xfe207775.
//
// Solidity: function settleTime(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketSession) SettleTime(id uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.SettleTime(&_AgreementMarket.CallOpts, id)
}

// SettleTime is a free data retrieval call binding the contract method 0xfe207775.
//
// Solidity: function settleTime(uint64 id) view returns(uint256)
func (_AgreementMarket *AgreementMarketCallerSession) SettleTime(id uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.SettleTime(&_AgreementMarket.CallOpts, id)
}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketCaller) SlashBps(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "slashBps")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketSession) SlashBps() (uint16, error) {
	return _AgreementMarket.Contract.SlashBps(&_AgreementMarket.CallOpts)
}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint16)
func (_AgreementMarket *AgreementMarketCallerSession) SlashBps() (uint16, error) {
	return _AgreementMarket.Contract.SlashBps(&_AgreementMarket.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_AgreementMarket *AgreementMarketCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_AgreementMarket *AgreementMarketSession) Token() (common.Address, error) {
	return _AgreementMarket.Contract.Token(&_AgreementMarket.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_AgreementMarket *AgreementMarketCallerSession) Token() (common.Address, error) {
	return _AgreementMarket.Contract.Token(&_AgreementMarket.CallOpts)
}

// UnbondingSeconds is a free data retrieval call binding the contract method 0xd3b2fa1b.
//
// Solidity: function unbondingSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketCaller) UnbondingSeconds(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "unbondingSeconds")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// UnbondingSeconds is a free data retrieval call binding the contract method 0xd3b2fa1b.
//
// Solidity: function unbondingSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketSession) UnbondingSeconds() (uint32, error) {
	return _AgreementMarket.Contract.UnbondingSeconds(&_AgreementMarket.CallOpts)
}

// UnbondingSeconds is a free data retrieval call binding the contract method 0xd3b2fa1b.
//
// Solidity: function unbondingSeconds() view returns(uint32)
func (_AgreementMarket *AgreementMarketCallerSession) UnbondingSeconds() (uint32, error) {
	return _AgreementMarket.Contract.UnbondingSeconds(&_AgreementMarket.CallOpts)
}

// UsedNonce is a free data retrieval call binding the contract method 0xcf6c572e.
//
// Solidity: function usedNonce(address farmer, uint64 nonce) view returns(bool)
func (_AgreementMarket *AgreementMarketCaller) UsedNonce(opts *bind.CallOpts, farmer common.Address, nonce uint64) (bool, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "usedNonce", farmer, nonce)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// UsedNonce is a free data retrieval call binding the contract method 0xcf6c572e.
//
// Solidity: function usedNonce(address farmer, uint64 nonce) view returns(bool)
func (_AgreementMarket *AgreementMarketSession) UsedNonce(farmer common.Address, nonce uint64) (bool, error) {
	return _AgreementMarket.Contract.UsedNonce(&_AgreementMarket.CallOpts, farmer, nonce)
}

// UsedNonce is a free data retrieval call binding the contract method 0xcf6c572e.
//
// Solidity: function usedNonce(address farmer, uint64 nonce) view returns(bool)
func (_AgreementMarket *AgreementMarketCallerSession) UsedNonce(farmer common.Address, nonce uint64) (bool, error) {
	return _AgreementMarket.Contract.UsedNonce(&_AgreementMarket.CallOpts, farmer, nonce)
}

// Abandon is a paid mutator transaction binding the contract method 0x6a0814fc.
//
// Solidity: function abandon(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactor) Abandon(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "abandon", id)
}

// Abandon is a paid mutator transaction binding the contract method 0x6a0814fc.
//
// Solidity: function abandon(uint64 id) returns()
func (_AgreementMarket *AgreementMarketSession) Abandon(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Abandon(&_AgreementMarket.TransactOpts, id)
}

// Abandon is a paid mutator transaction binding the contract method 0x6a0814fc.
//
// Solidity: function abandon(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Abandon(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Abandon(&_AgreementMarket.TransactOpts, id)
}

// Announce is a paid mutator transaction binding the contract method 0xa9b148a8.
//
// Solidity: function announce(bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity) returns()
func (_AgreementMarket *AgreementMarketTransactor) Announce(opts *bind.TransactOpts, peerId []byte, addrs []byte, pricePerGiB *big.Int, capacity uint64) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "announce", peerId, addrs, pricePerGiB, capacity)
}

// Announce is a paid mutator transaction binding the contract method 0xa9b148a8.
//
// Solidity: function announce(bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity) returns()
func (_AgreementMarket *AgreementMarketSession) Announce(peerId []byte, addrs []byte, pricePerGiB *big.Int, capacity uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Announce(&_AgreementMarket.TransactOpts, peerId, addrs, pricePerGiB, capacity)
}

// Announce is a paid mutator transaction binding the contract method 0xa9b148a8.
//
// Solidity: function announce(bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Announce(peerId []byte, addrs []byte, pricePerGiB *big.Int, capacity uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Announce(&_AgreementMarket.TransactOpts, peerId, addrs, pricePerGiB, capacity)
}

// AnswerChallenge is a paid mutator transaction binding the contract method 0xbad72b1d.
//
// Solidity: function answerChallenge(uint64 id, (uint64,uint64,bytes,bytes32[],bytes32[]) proof) returns()
func (_AgreementMarket *AgreementMarketTransactor) AnswerChallenge(opts *bind.TransactOpts, id uint64, proof AgreementMarketProof) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "answerChallenge", id, proof)
}

// AnswerChallenge is a paid mutator transaction binding the contract method 0xbad72b1d.
//
// Solidity: function answerChallenge(uint64 id, (uint64,uint64,bytes,bytes32[],bytes32[]) proof) returns()
func (_AgreementMarket *AgreementMarketSession) AnswerChallenge(id uint64, proof AgreementMarketProof) (*types.Transaction, error) {
	return _AgreementMarket.Contract.AnswerChallenge(&_AgreementMarket.TransactOpts, id, proof)
}

// AnswerChallenge is a paid mutator transaction binding the contract method 0xbad72b1d.
//
// Solidity: function answerChallenge(uint64 id, (uint64,uint64,bytes,bytes32[],bytes32[]) proof) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) AnswerChallenge(id uint64, proof AgreementMarketProof) (*types.Transaction, error) {
	return _AgreementMarket.Contract.AnswerChallenge(&_AgreementMarket.TransactOpts, id, proof)
}

// CancelNonce is a paid mutator transaction binding the contract method 0x25b11f62.
//
// Solidity: function cancelNonce(uint64 nonce) returns()
func (_AgreementMarket *AgreementMarketTransactor) CancelNonce(opts *bind.TransactOpts, nonce uint64) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "cancelNonce", nonce)
}

// CancelNonce is a paid mutator transaction binding the contract method 0x25b11f62.
//
// Solidity: function cancelNonce(uint64 nonce) returns()
func (_AgreementMarket *AgreementMarketSession) CancelNonce(nonce uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.CancelNonce(&_AgreementMarket.TransactOpts, nonce)
}

// CancelNonce is a paid mutator transaction binding the contract method 0x25b11f62.
//
// Solidity: function cancelNonce(uint64 nonce) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) CancelNonce(nonce uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.CancelNonce(&_AgreementMarket.TransactOpts, nonce)
}

// Challenge is a paid mutator transaction binding the contract method 0xeff6fc12.
//
// Solidity: function challenge(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactor) Challenge(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "challenge", id)
}

// Challenge is a paid mutator transaction binding the contract method 0xeff6fc12.
//
// Solidity: function challenge(uint64 id) returns()
func (_AgreementMarket *AgreementMarketSession) Challenge(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Challenge(&_AgreementMarket.TransactOpts, id)
}

// Challenge is a paid mutator transaction binding the contract method 0xeff6fc12.
//
// Solidity: function challenge(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Challenge(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Challenge(&_AgreementMarket.TransactOpts, id)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] ids) returns()
func (_AgreementMarket *AgreementMarketTransactor) Claim(opts *bind.TransactOpts, ids []uint64) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "claim", ids)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] ids) returns()
func (_AgreementMarket *AgreementMarketSession) Claim(ids []uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Claim(&_AgreementMarket.TransactOpts, ids)
}

// Claim is a paid mutator transaction binding the contract method 0x35442c43.
//
// Solidity: function claim(uint64[] ids) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Claim(ids []uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Claim(&_AgreementMarket.TransactOpts, ids)
}

// ClaimChallenge is a paid mutator transaction binding the contract method 0x344aebbb.
//
// Solidity: function claimChallenge(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactor) ClaimChallenge(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "claimChallenge", id)
}

// ClaimChallenge is a paid mutator transaction binding the contract method 0x344aebbb.
//
// Solidity: function claimChallenge(uint64 id) returns()
func (_AgreementMarket *AgreementMarketSession) ClaimChallenge(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.ClaimChallenge(&_AgreementMarket.TransactOpts, id)
}

// ClaimChallenge is a paid mutator transaction binding the contract method 0x344aebbb.
//
// Solidity: function claimChallenge(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) ClaimChallenge(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.ClaimChallenge(&_AgreementMarket.TransactOpts, id)
}

// Close is a paid mutator transaction binding the contract method 0xac18dcc8.
//
// Solidity: function close(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactor) Close(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "close", id)
}

// Close is a paid mutator transaction binding the contract method 0xac18dcc8.
//
// Solidity: function close(uint64 id) returns()
func (_AgreementMarket *AgreementMarketSession) Close(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Close(&_AgreementMarket.TransactOpts, id)
}

// Close is a paid mutator transaction binding the contract method 0xac18dcc8.
//
// Solidity: function close(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Close(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Close(&_AgreementMarket.TransactOpts, id)
}

// Deposit is a paid mutator transaction binding the contract method 0x6170c4b1.
//
// Solidity: function deposit(uint64 id, uint256 amount) returns()
func (_AgreementMarket *AgreementMarketTransactor) Deposit(opts *bind.TransactOpts, id uint64, amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "deposit", id, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x6170c4b1.
//
// Solidity: function deposit(uint64 id, uint256 amount) returns()
func (_AgreementMarket *AgreementMarketSession) Deposit(id uint64, amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Deposit(&_AgreementMarket.TransactOpts, id, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x6170c4b1.
//
// Solidity: function deposit(uint64 id, uint256 amount) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Deposit(id uint64, amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Deposit(&_AgreementMarket.TransactOpts, id, amount)
}

// Heartbeat is a paid mutator transaction binding the contract method 0x34de3390.
//
// Solidity: function heartbeat(uint32 period, ((uint64,uint64,bytes32,uint64,uint64,uint32),bytes)[] revs, (uint64,uint64,bytes,bytes32[],bytes32[])[] proofs) returns()
func (_AgreementMarket *AgreementMarketTransactor) Heartbeat(opts *bind.TransactOpts, period uint32, revs []AgreementMarketSignedRevision, proofs []AgreementMarketProof) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "heartbeat", period, revs, proofs)
}

// Heartbeat is a paid mutator transaction binding the contract method 0x34de3390.
//
// Solidity: function heartbeat(uint32 period, ((uint64,uint64,bytes32,uint64,uint64,uint32),bytes)[] revs, (uint64,uint64,bytes,bytes32[],bytes32[])[] proofs) returns()
func (_AgreementMarket *AgreementMarketSession) Heartbeat(period uint32, revs []AgreementMarketSignedRevision, proofs []AgreementMarketProof) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Heartbeat(&_AgreementMarket.TransactOpts, period, revs, proofs)
}

// Heartbeat is a paid mutator transaction binding the contract method 0x34de3390.
//
// Solidity: function heartbeat(uint32 period, ((uint64,uint64,bytes32,uint64,uint64,uint32),bytes)[] revs, (uint64,uint64,bytes,bytes32[],bytes32[])[] proofs) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Heartbeat(period uint32, revs []AgreementMarketSignedRevision, proofs []AgreementMarketProof) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Heartbeat(&_AgreementMarket.TransactOpts, period, revs, proofs)
}

// Open is a paid mutator transaction binding the contract method 0xc4ca369c.
//
// Solidity: function open((address,address,uint128,uint128,uint32,uint64,uint64) t, bytes farmerSig, uint128 escrow) returns(uint64)
func (_AgreementMarket *AgreementMarketTransactor) Open(opts *bind.TransactOpts, t AgreementMarketOpenTerms, farmerSig []byte, escrow *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "open", t, farmerSig, escrow)
}

// Open is a paid mutator transaction binding the contract method 0xc4ca369c.
//
// Solidity: function open((address,address,uint128,uint128,uint32,uint64,uint64) t, bytes farmerSig, uint128 escrow) returns(uint64)
func (_AgreementMarket *AgreementMarketSession) Open(t AgreementMarketOpenTerms, farmerSig []byte, escrow *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Open(&_AgreementMarket.TransactOpts, t, farmerSig, escrow)
}

// Open is a paid mutator transaction binding the contract method 0xc4ca369c.
//
// Solidity: function open((address,address,uint128,uint128,uint32,uint64,uint64) t, bytes farmerSig, uint128 escrow) returns(uint64)
func (_AgreementMarket *AgreementMarketTransactorSession) Open(t AgreementMarketOpenTerms, farmerSig []byte, escrow *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Open(&_AgreementMarket.TransactOpts, t, farmerSig, escrow)
}

// OpenWithPermit is a paid mutator transaction binding the contract method 0xc6f0d3fb.
//
// Solidity: function openWithPermit((address,address,uint128,uint128,uint32,uint64,uint64) t, bytes farmerSig, uint128 escrow, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint64)
func (_AgreementMarket *AgreementMarketTransactor) OpenWithPermit(opts *bind.TransactOpts, t AgreementMarketOpenTerms, farmerSig []byte, escrow *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "openWithPermit", t, farmerSig, escrow, permitDeadline, v, r, s)
}

// OpenWithPermit is a paid mutator transaction binding the contract method 0xc6f0d3fb.
//
// Solidity: function openWithPermit((address,address,uint128,uint128,uint32,uint64,uint64) t, bytes farmerSig, uint128 escrow, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint64)
func (_AgreementMarket *AgreementMarketSession) OpenWithPermit(t AgreementMarketOpenTerms, farmerSig []byte, escrow *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgreementMarket.Contract.OpenWithPermit(&_AgreementMarket.TransactOpts, t, farmerSig, escrow, permitDeadline, v, r, s)
}

// OpenWithPermit is a paid mutator transaction binding the contract method 0xc6f0d3fb.
//
// Solidity: function openWithPermit((address,address,uint128,uint128,uint32,uint64,uint64) t, bytes farmerSig, uint128 escrow, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint64)
func (_AgreementMarket *AgreementMarketTransactorSession) OpenWithPermit(t AgreementMarketOpenTerms, farmerSig []byte, escrow *big.Int, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _AgreementMarket.Contract.OpenWithPermit(&_AgreementMarket.TransactOpts, t, farmerSig, escrow, permitDeadline, v, r, s)
}

// Poke is a paid mutator transaction binding the contract method 0x18178358.
//
// Solidity: function poke() returns()
func (_AgreementMarket *AgreementMarketTransactor) Poke(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "poke")
}

// Poke is a paid mutator transaction binding the contract method 0x18178358.
//
// Solidity: function poke() returns()
func (_AgreementMarket *AgreementMarketSession) Poke() (*types.Transaction, error) {
	return _AgreementMarket.Contract.Poke(&_AgreementMarket.TransactOpts)
}

// Poke is a paid mutator transaction binding the contract method 0x18178358.
//
// Solidity: function poke() returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Poke() (*types.Transaction, error) {
	return _AgreementMarket.Contract.Poke(&_AgreementMarket.TransactOpts)
}

// PostRevision is a paid mutator transaction binding the contract method 0x97213d08.
//
// Solidity: function postRevision((uint64,uint64,bytes32,uint64,uint64,uint32) r, bytes renterSig, bytes farmerSig) returns()
func (_AgreementMarket *AgreementMarketTransactor) PostRevision(opts *bind.TransactOpts, r AgreementMarketRevision, renterSig []byte, farmerSig []byte) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "postRevision", r, renterSig, farmerSig)
}

// PostRevision is a paid mutator transaction binding the contract method 0x97213d08.
//
// Solidity: function postRevision((uint64,uint64,bytes32,uint64,uint64,uint32) r, bytes renterSig, bytes farmerSig) returns()
func (_AgreementMarket *AgreementMarketSession) PostRevision(r AgreementMarketRevision, renterSig []byte, farmerSig []byte) (*types.Transaction, error) {
	return _AgreementMarket.Contract.PostRevision(&_AgreementMarket.TransactOpts, r, renterSig, farmerSig)
}

// PostRevision is a paid mutator transaction binding the contract method 0x97213d08.
//
// Solidity: function postRevision((uint64,uint64,bytes32,uint64,uint64,uint32) r, bytes renterSig, bytes farmerSig) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) PostRevision(r AgreementMarketRevision, renterSig []byte, farmerSig []byte) (*types.Transaction, error) {
	return _AgreementMarket.Contract.PostRevision(&_AgreementMarket.TransactOpts, r, renterSig, farmerSig)
}

// ReportMissed is a paid mutator transaction binding the contract method 0x563bb835.
//
// Solidity: function reportMissed(address farmer, uint32 p) returns()
func (_AgreementMarket *AgreementMarketTransactor) ReportMissed(opts *bind.TransactOpts, farmer common.Address, p uint32) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "reportMissed", farmer, p)
}

// ReportMissed is a paid mutator transaction binding the contract method 0x563bb835.
//
// Solidity: function reportMissed(address farmer, uint32 p) returns()
func (_AgreementMarket *AgreementMarketSession) ReportMissed(farmer common.Address, p uint32) (*types.Transaction, error) {
	return _AgreementMarket.Contract.ReportMissed(&_AgreementMarket.TransactOpts, farmer, p)
}

// ReportMissed is a paid mutator transaction binding the contract method 0x563bb835.
//
// Solidity: function reportMissed(address farmer, uint32 p) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) ReportMissed(farmer common.Address, p uint32) (*types.Transaction, error) {
	return _AgreementMarket.Contract.ReportMissed(&_AgreementMarket.TransactOpts, farmer, p)
}

// ReportUnproven is a paid mutator transaction binding the contract method 0x5010df8b.
//
// Solidity: function reportUnproven(uint64 id, uint32 p) returns()
func (_AgreementMarket *AgreementMarketTransactor) ReportUnproven(opts *bind.TransactOpts, id uint64, p uint32) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "reportUnproven", id, p)
}

// ReportUnproven is a paid mutator transaction binding the contract method 0x5010df8b.
//
// Solidity: function reportUnproven(uint64 id, uint32 p) returns()
func (_AgreementMarket *AgreementMarketSession) ReportUnproven(id uint64, p uint32) (*types.Transaction, error) {
	return _AgreementMarket.Contract.ReportUnproven(&_AgreementMarket.TransactOpts, id, p)
}

// ReportUnproven is a paid mutator transaction binding the contract method 0x5010df8b.
//
// Solidity: function reportUnproven(uint64 id, uint32 p) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) ReportUnproven(id uint64, p uint32) (*types.Transaction, error) {
	return _AgreementMarket.Contract.ReportUnproven(&_AgreementMarket.TransactOpts, id, p)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x23095721.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (_AgreementMarket *AgreementMarketTransactor) RequestUnstake(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "requestUnstake", amount)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x23095721.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (_AgreementMarket *AgreementMarketSession) RequestUnstake(amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.Contract.RequestUnstake(&_AgreementMarket.TransactOpts, amount)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x23095721.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) RequestUnstake(amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.Contract.RequestUnstake(&_AgreementMarket.TransactOpts, amount)
}

// Settle is a paid mutator transaction binding the contract method 0x4b9ba446.
//
// Solidity: function settle(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactor) Settle(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "settle", id)
}

// Settle is a paid mutator transaction binding the contract method 0x4b9ba446.
//
// Solidity: function settle(uint64 id) returns()
func (_AgreementMarket *AgreementMarketSession) Settle(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Settle(&_AgreementMarket.TransactOpts, id)
}

// Settle is a paid mutator transaction binding the contract method 0x4b9ba446.
//
// Solidity: function settle(uint64 id) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Settle(id uint64) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Settle(&_AgreementMarket.TransactOpts, id)
}

// Stake is a paid mutator transaction binding the contract method 0xa694fc3a.
//
// Solidity: function stake(uint256 amount) returns()
func (_AgreementMarket *AgreementMarketTransactor) Stake(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "stake", amount)
}

// Stake is a paid mutator transaction binding the contract method 0xa694fc3a.
//
// Solidity: function stake(uint256 amount) returns()
func (_AgreementMarket *AgreementMarketSession) Stake(amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Stake(&_AgreementMarket.TransactOpts, amount)
}

// Stake is a paid mutator transaction binding the contract method 0xa694fc3a.
//
// Solidity: function stake(uint256 amount) returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Stake(amount *big.Int) (*types.Transaction, error) {
	return _AgreementMarket.Contract.Stake(&_AgreementMarket.TransactOpts, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_AgreementMarket *AgreementMarketTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_AgreementMarket *AgreementMarketSession) Withdraw() (*types.Transaction, error) {
	return _AgreementMarket.Contract.Withdraw(&_AgreementMarket.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_AgreementMarket *AgreementMarketTransactorSession) Withdraw() (*types.Transaction, error) {
	return _AgreementMarket.Contract.Withdraw(&_AgreementMarket.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_AgreementMarket *AgreementMarketTransactor) WithdrawStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgreementMarket.contract.Transact(opts, "withdrawStake")
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_AgreementMarket *AgreementMarketSession) WithdrawStake() (*types.Transaction, error) {
	return _AgreementMarket.Contract.WithdrawStake(&_AgreementMarket.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_AgreementMarket *AgreementMarketTransactorSession) WithdrawStake() (*types.Transaction, error) {
	return _AgreementMarket.Contract.WithdrawStake(&_AgreementMarket.TransactOpts)
}

// AgreementMarketAgreementFailedIterator is returned from FilterAgreementFailed and is used to iterate over the raw logs and unpacked data for AgreementFailed events raised by the AgreementMarket contract.
type AgreementMarketAgreementFailedIterator struct {
	Event *AgreementMarketAgreementFailed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketAgreementFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketAgreementFailed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketAgreementFailed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketAgreementFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketAgreementFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketAgreementFailed represents a AgreementFailed event raised by the AgreementMarket contract.
type AgreementMarketAgreementFailed struct {
	Id       uint64
	Reason   uint8
	Reporter common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterAgreementFailed is a free log retrieval operation binding the contract event 0x9fb2900b992b6b6442519412b28d4affa7396bc19641a04f4b842a783b91e6f0.
//
// Solidity: event AgreementFailed(uint64 indexed id, uint8 reason, address reporter)
func (_AgreementMarket *AgreementMarketFilterer) FilterAgreementFailed(opts *bind.FilterOpts, id []uint64) (*AgreementMarketAgreementFailedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "AgreementFailed", idRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketAgreementFailedIterator{contract: _AgreementMarket.contract, event: "AgreementFailed", logs: logs, sub: sub}, nil
}

// WatchAgreementFailed is a free log subscription operation binding the contract event 0x9fb2900b992b6b6442519412b28d4affa7396bc19641a04f4b842a783b91e6f0.
//
// Solidity: event AgreementFailed(uint64 indexed id, uint8 reason, address reporter)
func (_AgreementMarket *AgreementMarketFilterer) WatchAgreementFailed(opts *bind.WatchOpts, sink chan<- *AgreementMarketAgreementFailed, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "AgreementFailed", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketAgreementFailed)
				if err := _AgreementMarket.contract.UnpackLog(event, "AgreementFailed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAgreementFailed is a log parse operation binding the contract event 0x9fb2900b992b6b6442519412b28d4affa7396bc19641a04f4b842a783b91e6f0.
//
// Solidity: event AgreementFailed(uint64 indexed id, uint8 reason, address reporter)
func (_AgreementMarket *AgreementMarketFilterer) ParseAgreementFailed(log types.Log) (*AgreementMarketAgreementFailed, error) {
	event := new(AgreementMarketAgreementFailed)
	if err := _AgreementMarket.contract.UnpackLog(event, "AgreementFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketAgreementOpenedIterator is returned from FilterAgreementOpened and is used to iterate over the raw logs and unpacked data for AgreementOpened events raised by the AgreementMarket contract.
type AgreementMarketAgreementOpenedIterator struct {
	Event *AgreementMarketAgreementOpened // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketAgreementOpenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketAgreementOpened)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketAgreementOpened)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketAgreementOpenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketAgreementOpenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketAgreementOpened represents a AgreementOpened event raised by the AgreementMarket contract.
type AgreementMarketAgreementOpened struct {
	Id          uint64
	Renter      common.Address
	Farmer      common.Address
	PricePerGiB *big.Int
	Collateral  *big.Int
	Escrow      *big.Int
	StartPeriod uint32
	EndPeriod   uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterAgreementOpened is a free log retrieval operation binding the contract event 0x70533bf02ec51b9ccd0674d56de570a6bebd71cdf0cb1eedf6d128e78f52f055.
//
// Solidity: event AgreementOpened(uint64 indexed id, address indexed renter, address indexed farmer, uint128 pricePerGiB, uint128 collateral, uint256 escrow, uint32 startPeriod, uint32 endPeriod)
func (_AgreementMarket *AgreementMarketFilterer) FilterAgreementOpened(opts *bind.FilterOpts, id []uint64, renter []common.Address, farmer []common.Address) (*AgreementMarketAgreementOpenedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var renterRule []interface{}
	for _, renterItem := range renter {
		renterRule = append(renterRule, renterItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "AgreementOpened", idRule, renterRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketAgreementOpenedIterator{contract: _AgreementMarket.contract, event: "AgreementOpened", logs: logs, sub: sub}, nil
}

// WatchAgreementOpened is a free log subscription operation binding the contract event 0x70533bf02ec51b9ccd0674d56de570a6bebd71cdf0cb1eedf6d128e78f52f055.
//
// Solidity: event AgreementOpened(uint64 indexed id, address indexed renter, address indexed farmer, uint128 pricePerGiB, uint128 collateral, uint256 escrow, uint32 startPeriod, uint32 endPeriod)
func (_AgreementMarket *AgreementMarketFilterer) WatchAgreementOpened(opts *bind.WatchOpts, sink chan<- *AgreementMarketAgreementOpened, id []uint64, renter []common.Address, farmer []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var renterRule []interface{}
	for _, renterItem := range renter {
		renterRule = append(renterRule, renterItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "AgreementOpened", idRule, renterRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketAgreementOpened)
				if err := _AgreementMarket.contract.UnpackLog(event, "AgreementOpened", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAgreementOpened is a log parse operation binding the contract event 0x70533bf02ec51b9ccd0674d56de570a6bebd71cdf0cb1eedf6d128e78f52f055.
//
// Solidity: event AgreementOpened(uint64 indexed id, address indexed renter, address indexed farmer, uint128 pricePerGiB, uint128 collateral, uint256 escrow, uint32 startPeriod, uint32 endPeriod)
func (_AgreementMarket *AgreementMarketFilterer) ParseAgreementOpened(log types.Log) (*AgreementMarketAgreementOpened, error) {
	event := new(AgreementMarketAgreementOpened)
	if err := _AgreementMarket.contract.UnpackLog(event, "AgreementOpened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketAgreementProvenIterator is returned from FilterAgreementProven and is used to iterate over the raw logs and unpacked data for AgreementProven events raised by the AgreementMarket contract.
type AgreementMarketAgreementProvenIterator struct {
	Event *AgreementMarketAgreementProven // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketAgreementProvenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketAgreementProven)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketAgreementProven)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketAgreementProvenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketAgreementProvenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketAgreementProven represents a AgreementProven event raised by the AgreementMarket contract.
type AgreementMarketAgreementProven struct {
	Id     uint64
	Period uint32
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterAgreementProven is a free log retrieval operation binding the contract event 0x405fa9c6391e2d20b53cfca2431dceba4c0ed3d92124458f0fdf8a123332d34d.
//
// Solidity: event AgreementProven(uint64 indexed id, uint32 indexed period)
func (_AgreementMarket *AgreementMarketFilterer) FilterAgreementProven(opts *bind.FilterOpts, id []uint64, period []uint32) (*AgreementMarketAgreementProvenIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "AgreementProven", idRule, periodRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketAgreementProvenIterator{contract: _AgreementMarket.contract, event: "AgreementProven", logs: logs, sub: sub}, nil
}

// WatchAgreementProven is a free log subscription operation binding the contract event 0x405fa9c6391e2d20b53cfca2431dceba4c0ed3d92124458f0fdf8a123332d34d.
//
// Solidity: event AgreementProven(uint64 indexed id, uint32 indexed period)
func (_AgreementMarket *AgreementMarketFilterer) WatchAgreementProven(opts *bind.WatchOpts, sink chan<- *AgreementMarketAgreementProven, id []uint64, period []uint32) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "AgreementProven", idRule, periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketAgreementProven)
				if err := _AgreementMarket.contract.UnpackLog(event, "AgreementProven", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAgreementProven is a log parse operation binding the contract event 0x405fa9c6391e2d20b53cfca2431dceba4c0ed3d92124458f0fdf8a123332d34d.
//
// Solidity: event AgreementProven(uint64 indexed id, uint32 indexed period)
func (_AgreementMarket *AgreementMarketFilterer) ParseAgreementProven(log types.Log) (*AgreementMarketAgreementProven, error) {
	event := new(AgreementMarketAgreementProven)
	if err := _AgreementMarket.contract.UnpackLog(event, "AgreementProven", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketAgreementSettledIterator is returned from FilterAgreementSettled and is used to iterate over the raw logs and unpacked data for AgreementSettled events raised by the AgreementMarket contract.
type AgreementMarketAgreementSettledIterator struct {
	Event *AgreementMarketAgreementSettled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketAgreementSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketAgreementSettled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketAgreementSettled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketAgreementSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketAgreementSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketAgreementSettled represents a AgreementSettled event raised by the AgreementMarket contract.
type AgreementMarketAgreementSettled struct {
	Id       uint64
	ToFarmer *big.Int
	ToRenter *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterAgreementSettled is a free log retrieval operation binding the contract event 0x5f8fc2071c1de5ea73b31fbe1fdd234014aacc4695401fa2c03a67d5996b7ee2.
//
// Solidity: event AgreementSettled(uint64 indexed id, uint256 toFarmer, uint256 toRenter)
func (_AgreementMarket *AgreementMarketFilterer) FilterAgreementSettled(opts *bind.FilterOpts, id []uint64) (*AgreementMarketAgreementSettledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "AgreementSettled", idRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketAgreementSettledIterator{contract: _AgreementMarket.contract, event: "AgreementSettled", logs: logs, sub: sub}, nil
}

// WatchAgreementSettled is a free log subscription operation binding the contract event 0x5f8fc2071c1de5ea73b31fbe1fdd234014aacc4695401fa2c03a67d5996b7ee2.
//
// Solidity: event AgreementSettled(uint64 indexed id, uint256 toFarmer, uint256 toRenter)
func (_AgreementMarket *AgreementMarketFilterer) WatchAgreementSettled(opts *bind.WatchOpts, sink chan<- *AgreementMarketAgreementSettled, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "AgreementSettled", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketAgreementSettled)
				if err := _AgreementMarket.contract.UnpackLog(event, "AgreementSettled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAgreementSettled is a log parse operation binding the contract event 0x5f8fc2071c1de5ea73b31fbe1fdd234014aacc4695401fa2c03a67d5996b7ee2.
//
// Solidity: event AgreementSettled(uint64 indexed id, uint256 toFarmer, uint256 toRenter)
func (_AgreementMarket *AgreementMarketFilterer) ParseAgreementSettled(log types.Log) (*AgreementMarketAgreementSettled, error) {
	event := new(AgreementMarketAgreementSettled)
	if err := _AgreementMarket.contract.UnpackLog(event, "AgreementSettled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketAnnouncedIterator is returned from FilterAnnounced and is used to iterate over the raw logs and unpacked data for Announced events raised by the AgreementMarket contract.
type AgreementMarketAnnouncedIterator struct {
	Event *AgreementMarketAnnounced // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketAnnouncedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketAnnounced)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketAnnounced)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketAnnouncedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketAnnouncedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketAnnounced represents a Announced event raised by the AgreementMarket contract.
type AgreementMarketAnnounced struct {
	Farmer      common.Address
	PeerId      []byte
	Addrs       []byte
	PricePerGiB *big.Int
	Capacity    uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterAnnounced is a free log retrieval operation binding the contract event 0xb7b645e23a3fcecf20ac4e2d6b0c75ccdb046747c64123e22f1c79ac125540f3.
//
// Solidity: event Announced(address indexed farmer, bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity)
func (_AgreementMarket *AgreementMarketFilterer) FilterAnnounced(opts *bind.FilterOpts, farmer []common.Address) (*AgreementMarketAnnouncedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "Announced", farmerRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketAnnouncedIterator{contract: _AgreementMarket.contract, event: "Announced", logs: logs, sub: sub}, nil
}

// WatchAnnounced is a free log subscription operation binding the contract event 0xb7b645e23a3fcecf20ac4e2d6b0c75ccdb046747c64123e22f1c79ac125540f3.
//
// Solidity: event Announced(address indexed farmer, bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity)
func (_AgreementMarket *AgreementMarketFilterer) WatchAnnounced(opts *bind.WatchOpts, sink chan<- *AgreementMarketAnnounced, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "Announced", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketAnnounced)
				if err := _AgreementMarket.contract.UnpackLog(event, "Announced", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAnnounced is a log parse operation binding the contract event 0xb7b645e23a3fcecf20ac4e2d6b0c75ccdb046747c64123e22f1c79ac125540f3.
//
// Solidity: event Announced(address indexed farmer, bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity)
func (_AgreementMarket *AgreementMarketFilterer) ParseAnnounced(log types.Log) (*AgreementMarketAnnounced, error) {
	event := new(AgreementMarketAnnounced)
	if err := _AgreementMarket.contract.UnpackLog(event, "Announced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketBeaconIterator is returned from FilterBeacon and is used to iterate over the raw logs and unpacked data for Beacon events raised by the AgreementMarket contract.
type AgreementMarketBeaconIterator struct {
	Event *AgreementMarketBeacon // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketBeaconIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketBeacon)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketBeacon)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketBeaconIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketBeaconIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketBeacon represents a Beacon event raised by the AgreementMarket contract.
type AgreementMarketBeacon struct {
	Period      uint32
	BlockNumber *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterBeacon is a free log retrieval operation binding the contract event 0xdcd19d460de662a9e0837f6a22a83ecdd77a7d4dd4fcd14973bf21597d264487.
//
// Solidity: event Beacon(uint32 indexed period, uint256 blockNumber)
func (_AgreementMarket *AgreementMarketFilterer) FilterBeacon(opts *bind.FilterOpts, period []uint32) (*AgreementMarketBeaconIterator, error) {

	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "Beacon", periodRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketBeaconIterator{contract: _AgreementMarket.contract, event: "Beacon", logs: logs, sub: sub}, nil
}

// WatchBeacon is a free log subscription operation binding the contract event 0xdcd19d460de662a9e0837f6a22a83ecdd77a7d4dd4fcd14973bf21597d264487.
//
// Solidity: event Beacon(uint32 indexed period, uint256 blockNumber)
func (_AgreementMarket *AgreementMarketFilterer) WatchBeacon(opts *bind.WatchOpts, sink chan<- *AgreementMarketBeacon, period []uint32) (event.Subscription, error) {

	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "Beacon", periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketBeacon)
				if err := _AgreementMarket.contract.UnpackLog(event, "Beacon", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBeacon is a log parse operation binding the contract event 0xdcd19d460de662a9e0837f6a22a83ecdd77a7d4dd4fcd14973bf21597d264487.
//
// Solidity: event Beacon(uint32 indexed period, uint256 blockNumber)
func (_AgreementMarket *AgreementMarketFilterer) ParseBeacon(log types.Log) (*AgreementMarketBeacon, error) {
	event := new(AgreementMarketBeacon)
	if err := _AgreementMarket.contract.UnpackLog(event, "Beacon", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketChallengeAnsweredIterator is returned from FilterChallengeAnswered and is used to iterate over the raw logs and unpacked data for ChallengeAnswered events raised by the AgreementMarket contract.
type AgreementMarketChallengeAnsweredIterator struct {
	Event *AgreementMarketChallengeAnswered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketChallengeAnsweredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketChallengeAnswered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketChallengeAnswered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketChallengeAnsweredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketChallengeAnsweredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketChallengeAnswered represents a ChallengeAnswered event raised by the AgreementMarket contract.
type AgreementMarketChallengeAnswered struct {
	Id  uint64
	Raw types.Log // Blockchain specific contextual infos
}

// FilterChallengeAnswered is a free log retrieval operation binding the contract event 0x239c060094c07f06efa3d09ec8f12a6682c29ffbec0fcdcb6e18602f52adfd35.
//
// Solidity: event ChallengeAnswered(uint64 indexed id)
func (_AgreementMarket *AgreementMarketFilterer) FilterChallengeAnswered(opts *bind.FilterOpts, id []uint64) (*AgreementMarketChallengeAnsweredIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "ChallengeAnswered", idRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketChallengeAnsweredIterator{contract: _AgreementMarket.contract, event: "ChallengeAnswered", logs: logs, sub: sub}, nil
}

// WatchChallengeAnswered is a free log subscription operation binding the contract event 0x239c060094c07f06efa3d09ec8f12a6682c29ffbec0fcdcb6e18602f52adfd35.
//
// Solidity: event ChallengeAnswered(uint64 indexed id)
func (_AgreementMarket *AgreementMarketFilterer) WatchChallengeAnswered(opts *bind.WatchOpts, sink chan<- *AgreementMarketChallengeAnswered, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "ChallengeAnswered", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketChallengeAnswered)
				if err := _AgreementMarket.contract.UnpackLog(event, "ChallengeAnswered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChallengeAnswered is a log parse operation binding the contract event 0x239c060094c07f06efa3d09ec8f12a6682c29ffbec0fcdcb6e18602f52adfd35.
//
// Solidity: event ChallengeAnswered(uint64 indexed id)
func (_AgreementMarket *AgreementMarketFilterer) ParseChallengeAnswered(log types.Log) (*AgreementMarketChallengeAnswered, error) {
	event := new(AgreementMarketChallengeAnswered)
	if err := _AgreementMarket.contract.UnpackLog(event, "ChallengeAnswered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketChallengeIssuedIterator is returned from FilterChallengeIssued and is used to iterate over the raw logs and unpacked data for ChallengeIssued events raised by the AgreementMarket contract.
type AgreementMarketChallengeIssuedIterator struct {
	Event *AgreementMarketChallengeIssued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketChallengeIssuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketChallengeIssued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketChallengeIssued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketChallengeIssuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketChallengeIssuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketChallengeIssued represents a ChallengeIssued event raised by the AgreementMarket contract.
type AgreementMarketChallengeIssued struct {
	Id          uint64
	BlockNumber *big.Int
	Deadline    uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterChallengeIssued is a free log retrieval operation binding the contract event 0xede0e27651c2daf9e71799d463512e701bca3f4621584a1d98fe3e3b2662ae3f.
//
// Solidity: event ChallengeIssued(uint64 indexed id, uint256 blockNumber, uint64 deadline)
func (_AgreementMarket *AgreementMarketFilterer) FilterChallengeIssued(opts *bind.FilterOpts, id []uint64) (*AgreementMarketChallengeIssuedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "ChallengeIssued", idRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketChallengeIssuedIterator{contract: _AgreementMarket.contract, event: "ChallengeIssued", logs: logs, sub: sub}, nil
}

// WatchChallengeIssued is a free log subscription operation binding the contract event 0xede0e27651c2daf9e71799d463512e701bca3f4621584a1d98fe3e3b2662ae3f.
//
// Solidity: event ChallengeIssued(uint64 indexed id, uint256 blockNumber, uint64 deadline)
func (_AgreementMarket *AgreementMarketFilterer) WatchChallengeIssued(opts *bind.WatchOpts, sink chan<- *AgreementMarketChallengeIssued, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "ChallengeIssued", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketChallengeIssued)
				if err := _AgreementMarket.contract.UnpackLog(event, "ChallengeIssued", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChallengeIssued is a log parse operation binding the contract event 0xede0e27651c2daf9e71799d463512e701bca3f4621584a1d98fe3e3b2662ae3f.
//
// Solidity: event ChallengeIssued(uint64 indexed id, uint256 blockNumber, uint64 deadline)
func (_AgreementMarket *AgreementMarketFilterer) ParseChallengeIssued(log types.Log) (*AgreementMarketChallengeIssued, error) {
	event := new(AgreementMarketChallengeIssued)
	if err := _AgreementMarket.contract.UnpackLog(event, "ChallengeIssued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the AgreementMarket contract.
type AgreementMarketClaimedIterator struct {
	Event *AgreementMarketClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketClaimed represents a Claimed event raised by the AgreementMarket contract.
type AgreementMarketClaimed struct {
	Farmer common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) FilterClaimed(opts *bind.FilterOpts, farmer []common.Address) (*AgreementMarketClaimedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "Claimed", farmerRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketClaimedIterator{contract: _AgreementMarket.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *AgreementMarketClaimed, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "Claimed", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketClaimed)
				if err := _AgreementMarket.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0xd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a.
//
// Solidity: event Claimed(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) ParseClaimed(log types.Log) (*AgreementMarketClaimed, error) {
	event := new(AgreementMarketClaimed)
	if err := _AgreementMarket.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketDepositedIterator is returned from FilterDeposited and is used to iterate over the raw logs and unpacked data for Deposited events raised by the AgreementMarket contract.
type AgreementMarketDepositedIterator struct {
	Event *AgreementMarketDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketDeposited represents a Deposited event raised by the AgreementMarket contract.
type AgreementMarketDeposited struct {
	Id     uint64
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeposited is a free log retrieval operation binding the contract event 0x09275e59c521fe68c9616ad061ad3569d767d0a5487233148f9dc0e039c97b04.
//
// Solidity: event Deposited(uint64 indexed id, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) FilterDeposited(opts *bind.FilterOpts, id []uint64) (*AgreementMarketDepositedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "Deposited", idRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketDepositedIterator{contract: _AgreementMarket.contract, event: "Deposited", logs: logs, sub: sub}, nil
}

// WatchDeposited is a free log subscription operation binding the contract event 0x09275e59c521fe68c9616ad061ad3569d767d0a5487233148f9dc0e039c97b04.
//
// Solidity: event Deposited(uint64 indexed id, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) WatchDeposited(opts *bind.WatchOpts, sink chan<- *AgreementMarketDeposited, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "Deposited", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketDeposited)
				if err := _AgreementMarket.contract.UnpackLog(event, "Deposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeposited is a log parse operation binding the contract event 0x09275e59c521fe68c9616ad061ad3569d767d0a5487233148f9dc0e039c97b04.
//
// Solidity: event Deposited(uint64 indexed id, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) ParseDeposited(log types.Log) (*AgreementMarketDeposited, error) {
	event := new(AgreementMarketDeposited)
	if err := _AgreementMarket.contract.UnpackLog(event, "Deposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketDisqualifiedIterator is returned from FilterDisqualified and is used to iterate over the raw logs and unpacked data for Disqualified events raised by the AgreementMarket contract.
type AgreementMarketDisqualifiedIterator struct {
	Event *AgreementMarketDisqualified // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketDisqualifiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketDisqualified)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketDisqualified)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketDisqualifiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketDisqualifiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketDisqualified represents a Disqualified event raised by the AgreementMarket contract.
type AgreementMarketDisqualified struct {
	Farmer common.Address
	Period uint32
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDisqualified is a free log retrieval operation binding the contract event 0x0e5f0a9a0de8fa6b166c27ab4ad8b5da7f70859f89838f266c3a3c4b5eb63948.
//
// Solidity: event Disqualified(address indexed farmer, uint32 period)
func (_AgreementMarket *AgreementMarketFilterer) FilterDisqualified(opts *bind.FilterOpts, farmer []common.Address) (*AgreementMarketDisqualifiedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "Disqualified", farmerRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketDisqualifiedIterator{contract: _AgreementMarket.contract, event: "Disqualified", logs: logs, sub: sub}, nil
}

// WatchDisqualified is a free log subscription operation binding the contract event 0x0e5f0a9a0de8fa6b166c27ab4ad8b5da7f70859f89838f266c3a3c4b5eb63948.
//
// Solidity: event Disqualified(address indexed farmer, uint32 period)
func (_AgreementMarket *AgreementMarketFilterer) WatchDisqualified(opts *bind.WatchOpts, sink chan<- *AgreementMarketDisqualified, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "Disqualified", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketDisqualified)
				if err := _AgreementMarket.contract.UnpackLog(event, "Disqualified", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDisqualified is a log parse operation binding the contract event 0x0e5f0a9a0de8fa6b166c27ab4ad8b5da7f70859f89838f266c3a3c4b5eb63948.
//
// Solidity: event Disqualified(address indexed farmer, uint32 period)
func (_AgreementMarket *AgreementMarketFilterer) ParseDisqualified(log types.Log) (*AgreementMarketDisqualified, error) {
	event := new(AgreementMarketDisqualified)
	if err := _AgreementMarket.contract.UnpackLog(event, "Disqualified", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the AgreementMarket contract.
type AgreementMarketEIP712DomainChangedIterator struct {
	Event *AgreementMarketEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketEIP712DomainChanged represents a EIP712DomainChanged event raised by the AgreementMarket contract.
type AgreementMarketEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgreementMarket *AgreementMarketFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*AgreementMarketEIP712DomainChangedIterator, error) {

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &AgreementMarketEIP712DomainChangedIterator{contract: _AgreementMarket.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgreementMarket *AgreementMarketFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *AgreementMarketEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketEIP712DomainChanged)
				if err := _AgreementMarket.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AgreementMarket *AgreementMarketFilterer) ParseEIP712DomainChanged(log types.Log) (*AgreementMarketEIP712DomainChanged, error) {
	event := new(AgreementMarketEIP712DomainChanged)
	if err := _AgreementMarket.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketHeartbeatProvenIterator is returned from FilterHeartbeatProven and is used to iterate over the raw logs and unpacked data for HeartbeatProven events raised by the AgreementMarket contract.
type AgreementMarketHeartbeatProvenIterator struct {
	Event *AgreementMarketHeartbeatProven // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketHeartbeatProvenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketHeartbeatProven)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketHeartbeatProven)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketHeartbeatProvenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketHeartbeatProvenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketHeartbeatProven represents a HeartbeatProven event raised by the AgreementMarket contract.
type AgreementMarketHeartbeatProven struct {
	Farmer common.Address
	Period uint32
	Proofs *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterHeartbeatProven is a free log retrieval operation binding the contract event 0x33d59b876a0f715c13d448a5497fe60f9146b969040068ed0e86d00a4dc67b8a.
//
// Solidity: event HeartbeatProven(address indexed farmer, uint32 indexed period, uint256 proofs)
func (_AgreementMarket *AgreementMarketFilterer) FilterHeartbeatProven(opts *bind.FilterOpts, farmer []common.Address, period []uint32) (*AgreementMarketHeartbeatProvenIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "HeartbeatProven", farmerRule, periodRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketHeartbeatProvenIterator{contract: _AgreementMarket.contract, event: "HeartbeatProven", logs: logs, sub: sub}, nil
}

// WatchHeartbeatProven is a free log subscription operation binding the contract event 0x33d59b876a0f715c13d448a5497fe60f9146b969040068ed0e86d00a4dc67b8a.
//
// Solidity: event HeartbeatProven(address indexed farmer, uint32 indexed period, uint256 proofs)
func (_AgreementMarket *AgreementMarketFilterer) WatchHeartbeatProven(opts *bind.WatchOpts, sink chan<- *AgreementMarketHeartbeatProven, farmer []common.Address, period []uint32) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "HeartbeatProven", farmerRule, periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketHeartbeatProven)
				if err := _AgreementMarket.contract.UnpackLog(event, "HeartbeatProven", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseHeartbeatProven is a log parse operation binding the contract event 0x33d59b876a0f715c13d448a5497fe60f9146b969040068ed0e86d00a4dc67b8a.
//
// Solidity: event HeartbeatProven(address indexed farmer, uint32 indexed period, uint256 proofs)
func (_AgreementMarket *AgreementMarketFilterer) ParseHeartbeatProven(log types.Log) (*AgreementMarketHeartbeatProven, error) {
	event := new(AgreementMarketHeartbeatProven)
	if err := _AgreementMarket.contract.UnpackLog(event, "HeartbeatProven", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketMissReportedIterator is returned from FilterMissReported and is used to iterate over the raw logs and unpacked data for MissReported events raised by the AgreementMarket contract.
type AgreementMarketMissReportedIterator struct {
	Event *AgreementMarketMissReported // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketMissReportedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketMissReported)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketMissReported)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketMissReportedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketMissReportedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketMissReported represents a MissReported event raised by the AgreementMarket contract.
type AgreementMarketMissReported struct {
	Farmer   common.Address
	Period   uint32
	Reporter common.Address
	Slashed  *big.Int
	Bounty   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMissReported is a free log retrieval operation binding the contract event 0x660896a792677e9902e11e45152655a62a270b500423c5b4e9917191e4863317.
//
// Solidity: event MissReported(address indexed farmer, uint32 indexed period, address reporter, uint256 slashed, uint256 bounty)
func (_AgreementMarket *AgreementMarketFilterer) FilterMissReported(opts *bind.FilterOpts, farmer []common.Address, period []uint32) (*AgreementMarketMissReportedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "MissReported", farmerRule, periodRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketMissReportedIterator{contract: _AgreementMarket.contract, event: "MissReported", logs: logs, sub: sub}, nil
}

// WatchMissReported is a free log subscription operation binding the contract event 0x660896a792677e9902e11e45152655a62a270b500423c5b4e9917191e4863317.
//
// Solidity: event MissReported(address indexed farmer, uint32 indexed period, address reporter, uint256 slashed, uint256 bounty)
func (_AgreementMarket *AgreementMarketFilterer) WatchMissReported(opts *bind.WatchOpts, sink chan<- *AgreementMarketMissReported, farmer []common.Address, period []uint32) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "MissReported", farmerRule, periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketMissReported)
				if err := _AgreementMarket.contract.UnpackLog(event, "MissReported", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseMissReported is a log parse operation binding the contract event 0x660896a792677e9902e11e45152655a62a270b500423c5b4e9917191e4863317.
//
// Solidity: event MissReported(address indexed farmer, uint32 indexed period, address reporter, uint256 slashed, uint256 bounty)
func (_AgreementMarket *AgreementMarketFilterer) ParseMissReported(log types.Log) (*AgreementMarketMissReported, error) {
	event := new(AgreementMarketMissReported)
	if err := _AgreementMarket.contract.UnpackLog(event, "MissReported", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketNonceCancelledIterator is returned from FilterNonceCancelled and is used to iterate over the raw logs and unpacked data for NonceCancelled events raised by the AgreementMarket contract.
type AgreementMarketNonceCancelledIterator struct {
	Event *AgreementMarketNonceCancelled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketNonceCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketNonceCancelled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketNonceCancelled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketNonceCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketNonceCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketNonceCancelled represents a NonceCancelled event raised by the AgreementMarket contract.
type AgreementMarketNonceCancelled struct {
	Farmer common.Address
	Nonce  uint64
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterNonceCancelled is a free log retrieval operation binding the contract event 0x926031c09eef06098b98e21c6f685b0716f08305232650bab8caeae0cdf5a2fc.
//
// Solidity: event NonceCancelled(address indexed farmer, uint64 nonce)
func (_AgreementMarket *AgreementMarketFilterer) FilterNonceCancelled(opts *bind.FilterOpts, farmer []common.Address) (*AgreementMarketNonceCancelledIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "NonceCancelled", farmerRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketNonceCancelledIterator{contract: _AgreementMarket.contract, event: "NonceCancelled", logs: logs, sub: sub}, nil
}

// WatchNonceCancelled is a free log subscription operation binding the contract event 0x926031c09eef06098b98e21c6f685b0716f08305232650bab8caeae0cdf5a2fc.
//
// Solidity: event NonceCancelled(address indexed farmer, uint64 nonce)
func (_AgreementMarket *AgreementMarketFilterer) WatchNonceCancelled(opts *bind.WatchOpts, sink chan<- *AgreementMarketNonceCancelled, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "NonceCancelled", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketNonceCancelled)
				if err := _AgreementMarket.contract.UnpackLog(event, "NonceCancelled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNonceCancelled is a log parse operation binding the contract event 0x926031c09eef06098b98e21c6f685b0716f08305232650bab8caeae0cdf5a2fc.
//
// Solidity: event NonceCancelled(address indexed farmer, uint64 nonce)
func (_AgreementMarket *AgreementMarketFilterer) ParseNonceCancelled(log types.Log) (*AgreementMarketNonceCancelled, error) {
	event := new(AgreementMarketNonceCancelled)
	if err := _AgreementMarket.contract.UnpackLog(event, "NonceCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketRevisionPostedIterator is returned from FilterRevisionPosted and is used to iterate over the raw logs and unpacked data for RevisionPosted events raised by the AgreementMarket contract.
type AgreementMarketRevisionPostedIterator struct {
	Event *AgreementMarketRevisionPosted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketRevisionPostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketRevisionPosted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketRevisionPosted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketRevisionPostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketRevisionPostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketRevisionPosted represents a RevisionPosted event raised by the AgreementMarket contract.
type AgreementMarketRevisionPosted struct {
	Id        uint64
	Number    uint64
	Root      [32]byte
	Leaves    uint64
	Shards    uint64
	EndPeriod uint32
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRevisionPosted is a free log retrieval operation binding the contract event 0x68e55abc3f26db5f1e9fcb9f065e89ae3bf53b0946a287d0af476784f3e79afb.
//
// Solidity: event RevisionPosted(uint64 indexed id, uint64 number, bytes32 root, uint64 leaves, uint64 shards, uint32 endPeriod)
func (_AgreementMarket *AgreementMarketFilterer) FilterRevisionPosted(opts *bind.FilterOpts, id []uint64) (*AgreementMarketRevisionPostedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "RevisionPosted", idRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketRevisionPostedIterator{contract: _AgreementMarket.contract, event: "RevisionPosted", logs: logs, sub: sub}, nil
}

// WatchRevisionPosted is a free log subscription operation binding the contract event 0x68e55abc3f26db5f1e9fcb9f065e89ae3bf53b0946a287d0af476784f3e79afb.
//
// Solidity: event RevisionPosted(uint64 indexed id, uint64 number, bytes32 root, uint64 leaves, uint64 shards, uint32 endPeriod)
func (_AgreementMarket *AgreementMarketFilterer) WatchRevisionPosted(opts *bind.WatchOpts, sink chan<- *AgreementMarketRevisionPosted, id []uint64) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "RevisionPosted", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketRevisionPosted)
				if err := _AgreementMarket.contract.UnpackLog(event, "RevisionPosted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRevisionPosted is a log parse operation binding the contract event 0x68e55abc3f26db5f1e9fcb9f065e89ae3bf53b0946a287d0af476784f3e79afb.
//
// Solidity: event RevisionPosted(uint64 indexed id, uint64 number, bytes32 root, uint64 leaves, uint64 shards, uint32 endPeriod)
func (_AgreementMarket *AgreementMarketFilterer) ParseRevisionPosted(log types.Log) (*AgreementMarketRevisionPosted, error) {
	event := new(AgreementMarketRevisionPosted)
	if err := _AgreementMarket.contract.UnpackLog(event, "RevisionPosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketStakeWithdrawnIterator is returned from FilterStakeWithdrawn and is used to iterate over the raw logs and unpacked data for StakeWithdrawn events raised by the AgreementMarket contract.
type AgreementMarketStakeWithdrawnIterator struct {
	Event *AgreementMarketStakeWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketStakeWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketStakeWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketStakeWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketStakeWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketStakeWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketStakeWithdrawn represents a StakeWithdrawn event raised by the AgreementMarket contract.
type AgreementMarketStakeWithdrawn struct {
	Farmer common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStakeWithdrawn is a free log retrieval operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) FilterStakeWithdrawn(opts *bind.FilterOpts, farmer []common.Address) (*AgreementMarketStakeWithdrawnIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "StakeWithdrawn", farmerRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketStakeWithdrawnIterator{contract: _AgreementMarket.contract, event: "StakeWithdrawn", logs: logs, sub: sub}, nil
}

// WatchStakeWithdrawn is a free log subscription operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) WatchStakeWithdrawn(opts *bind.WatchOpts, sink chan<- *AgreementMarketStakeWithdrawn, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "StakeWithdrawn", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketStakeWithdrawn)
				if err := _AgreementMarket.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeWithdrawn is a log parse operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) ParseStakeWithdrawn(log types.Log) (*AgreementMarketStakeWithdrawn, error) {
	event := new(AgreementMarketStakeWithdrawn)
	if err := _AgreementMarket.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketStakedIterator is returned from FilterStaked and is used to iterate over the raw logs and unpacked data for Staked events raised by the AgreementMarket contract.
type AgreementMarketStakedIterator struct {
	Event *AgreementMarketStaked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketStakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketStaked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketStaked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketStakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketStakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketStaked represents a Staked event raised by the AgreementMarket contract.
type AgreementMarketStaked struct {
	Farmer common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStaked is a free log retrieval operation binding the contract event 0x9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d.
//
// Solidity: event Staked(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) FilterStaked(opts *bind.FilterOpts, farmer []common.Address) (*AgreementMarketStakedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "Staked", farmerRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketStakedIterator{contract: _AgreementMarket.contract, event: "Staked", logs: logs, sub: sub}, nil
}

// WatchStaked is a free log subscription operation binding the contract event 0x9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d.
//
// Solidity: event Staked(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) WatchStaked(opts *bind.WatchOpts, sink chan<- *AgreementMarketStaked, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "Staked", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketStaked)
				if err := _AgreementMarket.contract.UnpackLog(event, "Staked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStaked is a log parse operation binding the contract event 0x9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d.
//
// Solidity: event Staked(address indexed farmer, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) ParseStaked(log types.Log) (*AgreementMarketStaked, error) {
	event := new(AgreementMarketStaked)
	if err := _AgreementMarket.contract.UnpackLog(event, "Staked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketUnstakeRequestedIterator is returned from FilterUnstakeRequested and is used to iterate over the raw logs and unpacked data for UnstakeRequested events raised by the AgreementMarket contract.
type AgreementMarketUnstakeRequestedIterator struct {
	Event *AgreementMarketUnstakeRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketUnstakeRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketUnstakeRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketUnstakeRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketUnstakeRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketUnstakeRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketUnstakeRequested represents a UnstakeRequested event raised by the AgreementMarket contract.
type AgreementMarketUnstakeRequested struct {
	Farmer  common.Address
	Amount  *big.Int
	ReadyAt uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnstakeRequested is a free log retrieval operation binding the contract event 0x21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c.
//
// Solidity: event UnstakeRequested(address indexed farmer, uint256 amount, uint64 readyAt)
func (_AgreementMarket *AgreementMarketFilterer) FilterUnstakeRequested(opts *bind.FilterOpts, farmer []common.Address) (*AgreementMarketUnstakeRequestedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "UnstakeRequested", farmerRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketUnstakeRequestedIterator{contract: _AgreementMarket.contract, event: "UnstakeRequested", logs: logs, sub: sub}, nil
}

// WatchUnstakeRequested is a free log subscription operation binding the contract event 0x21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c.
//
// Solidity: event UnstakeRequested(address indexed farmer, uint256 amount, uint64 readyAt)
func (_AgreementMarket *AgreementMarketFilterer) WatchUnstakeRequested(opts *bind.WatchOpts, sink chan<- *AgreementMarketUnstakeRequested, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "UnstakeRequested", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketUnstakeRequested)
				if err := _AgreementMarket.contract.UnpackLog(event, "UnstakeRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnstakeRequested is a log parse operation binding the contract event 0x21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c.
//
// Solidity: event UnstakeRequested(address indexed farmer, uint256 amount, uint64 readyAt)
func (_AgreementMarket *AgreementMarketFilterer) ParseUnstakeRequested(log types.Log) (*AgreementMarketUnstakeRequested, error) {
	event := new(AgreementMarketUnstakeRequested)
	if err := _AgreementMarket.contract.UnpackLog(event, "UnstakeRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgreementMarketWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the AgreementMarket contract.
type AgreementMarketWithdrawnIterator struct {
	Event *AgreementMarketWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgreementMarketWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgreementMarketWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgreementMarketWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgreementMarketWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgreementMarketWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgreementMarketWithdrawn represents a Withdrawn event raised by the AgreementMarket contract.
type AgreementMarketWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*AgreementMarketWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _AgreementMarket.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &AgreementMarketWithdrawnIterator{contract: _AgreementMarket.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *AgreementMarketWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _AgreementMarket.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgreementMarketWithdrawn)
				if err := _AgreementMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_AgreementMarket *AgreementMarketFilterer) ParseWithdrawn(log types.Log) (*AgreementMarketWithdrawn, error) {
	event := new(AgreementMarketWithdrawn)
	if err := _AgreementMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

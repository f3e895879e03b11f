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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"periodSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graceSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"sampleBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reportPeriods\",\"type\":\"uint16\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"unbondingSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"slashBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"reporterBountyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"disqualifyAfterMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"challengeSeconds\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"challengeFee\",\"type\":\"uint128\"}],\"internalType\":\"structAgreementMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AgreementEnded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AgreementNotOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"which\",\"type\":\"uint256\"}],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRevision\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTerms\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeNotExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"}],\"name\":\"EndShortened\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"EscrowTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FarmerDisqualified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHeartbeat\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonceUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDue\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"settleFrom\",\"type\":\"uint256\"}],\"name\":\"NotEnded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFarmer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"}],\"name\":\"NotLive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotObliged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRenter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofsNotIncreasing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportTooLate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"beaconBlock\",\"type\":\"uint256\"}],\"name\":\"SeedLost\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"beaconBlock\",\"type\":\"uint256\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"StaleRevision\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"Unbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownAgreement\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WasProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"AgreementFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"name\":\"AgreementOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"AgreementProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toFarmer\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toRenter\",\"type\":\"uint256\"}],\"name\":\"AgreementSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"Beacon\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"ChallengeAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ChallengeIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"Disqualified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"}],\"name\":\"HeartbeatProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bounty\",\"type\":\"uint256\"}],\"name\":\"MissReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"NonceCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"name\":\"RevisionPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FAIL_ABANDONED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_CHALLENGE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_DISQUALIFIED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FAIL_UNPROVEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEAF_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPEN_TERMS_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVISION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"abandon\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agreementCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"treePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAgreementMarket.Proof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"answerChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"cancelNonce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeFee\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"challengeSeedFrom\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"challengeSeedOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"treePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAgreementMarket.Proof\",\"name\":\"proof\",\"type\":\"tuple\"}],\"name\":\"checkProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"claimChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentPeriod\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disqualifyAfterMisses\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"dueAt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"earnedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"shardRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"}],\"name\":\"entryHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"farmerAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"farmerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesis\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"getAgreement\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"accrued\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"vindicated\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"accruedTo\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lastProven\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"liveFrom\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"pricePerGiB\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"provenMask\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"collateral\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"challengeBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeDeadline\",\"type\":\"uint64\"}],\"internalType\":\"structAgreementMarket.Agreement\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"getFarmer\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"free\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unbondingReady\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"obligedFrom\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"obligedUntil\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"prevFrom\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"prevUntil\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"dqPeriod\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"disqualified\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"announced\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"pricePerGiB\",\"type\":\"uint96\"}],\"internalType\":\"structAgreementMarket.Farmer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"graceSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structAgreementMarket.OpenTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"hashOpenTerms\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structAgreementMarket.Revision\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"hashRevision\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structAgreementMarket.Revision\",\"name\":\"rev\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"renterSig\",\"type\":\"bytes\"}],\"internalType\":\"structAgreementMarket.SignedRevision[]\",\"name\":\"revs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"shardPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"treePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structAgreementMarket.Proof[]\",\"name\":\"proofs\",\"type\":\"tuple[]\"}],\"name\":\"heartbeat\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"isDue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"l\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"nodeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"obliged\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structAgreementMarket.OpenTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"farmerSig\",\"type\":\"bytes\"},{\"internalType\":\"uint128\",\"name\":\"escrow\",\"type\":\"uint128\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structAgreementMarket.OpenTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"farmerSig\",\"type\":\"bytes\"},{\"internalType\":\"uint128\",\"name\":\"escrow\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"permitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"openWithPermit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"peerInfo\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"periodSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"periodStart\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"}],\"name\":\"pick\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"j\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"i\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"agreementId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shards\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"internalType\":\"structAgreementMarket.Revision\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"renterSig\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"farmerSig\",\"type\":\"bytes\"}],\"name\":\"postRevision\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"provenBits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"provenIn\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"pricePerGiB\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"}],\"name\":\"rateFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"rateOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"reportMissed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportPeriods\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"reportUnproven\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporterBountyBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sampleBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"randao\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"seedFrom\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"}],\"name\":\"seedOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"settleTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingSeconds\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"usedNonce\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x61030080604052346107095780616757803803809161001e8285610721565b83398101039061018082126107095780516001600160a01b038116929091908383036107095761016090601f1901126107095760405161016081016001600160401b0381118282101761070d5760405261007a60208301610744565b815261008860408301610744565b926020820193845261009c60608401610755565b90604083019182526100b060808501610755565b92606081019384526100c460a08601610764565b92608082019384526100d860c08701610744565b9160a081019283526100ec60e08801610755565b9060c081019182526101016101008901610755565b9360e082019485526101208901519660ff881688036107095761010083019788526101446101606101356101408d01610744565b9b61012086019c8d5201610764565b9b61014084019c8d5260405161015b604082610721565b600781526020810190664772616e61727960c81b825260405191610180604084610721565b600183526020830191601960f91b835261019981610778565b610120526101a684610778565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261020f60c082610721565b5190206080523060c052156106f657603c63ffffffff845116106106e25763ffffffff8b5116637fffffff845160011c16106106ce5761ffff85511680159081156106c2575b506106ae5761ffff895116600281109081156106a3575b506106905780516001600160801b03161561067c5763ffffffff82511661ffff8a511690600282018092116106685763ffffffff8551169182810292818404149015171561066857106106545761ffff8451168015908115610648575b506106345761271061ffff875116116106205760ff8851168015908115610615575b506106015763ffffffff8a511663ffffffff845116116105ed578b516001600160801b0316156105d95761016096909652426001600160401b0390811661018052915163ffffffff9081166101a05299518a166101c052925161ffff9081166101e052965187166102005293516001600160801b0390811661022052915188166102405251851661026052905190931661028052905160ff166102a05291519092166102c0529151166102e0525f8080527fec8156718a8372b1db44bb411437d0870f3e3790d4a08526d024ce1b0b668f6b80546001600160401b03191643938416179055600a6020908152447f13da86008ba1c6922daee3e07db95305ef49ebced9f5467a0b8613fcc6b343e35560405192835290917fdcd19d460de662a9e0837f6a22a83ecdd77a7d4dd4fcd14973bf21597d2644879190a2604051615f7390816107e4823960805181615d44015260a05181615dfb015260c05181615d0e015260e05181615d9301526101005181615db901526101205181611ce101526101405181611d0b015261016051818181610376015281816106ab01528181610b4701528181610e68015281816116390152818161220c0152818161252001528181612ba00152615a7c01526101805181818161156201528181613ec301526141ba01526101a0518181816103c201528181613ef0015261418901526101c0518181816109d601526136fa01526101e0518181816116f9015281816127d901526142cf015261020051818181613b0d0152614a16015261022051818181611359015281816124cd01528181612c2c015261585e015261024051818181610a690152613be501526102605181818161239d0152613d4701526102805181818161075c0152818161241c01526129b301526102a05181818161249d01526139bc01526102c05181818161060c015261375d01526102e05181818161068701528181611091015281816120bf015281816129f80152818161395701528181613cc9015281816144fc0152614dc70152f35b63661a502d60e11b5f52600b60045260245ffd5b63661a502d60e11b5f52600a60045260245ffd5b63661a502d60e11b5f52600960045260245ffd5b60409150115f6102eb565b63661a502d60e11b5f52600860045260245ffd5b63661a502d60e11b5f52600760045260245ffd5b6127109150115f6102c9565b63661a502d60e11b5f52600660045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b63661a502d60e11b5f52600560045260245ffd5b63661a502d60e11b5f526004805260245ffd5b603e9150115f61026c565b63661a502d60e11b5f52600360045260245ffd5b6127109150115f610255565b63661a502d60e11b5f52600260045260245ffd5b63661a502d60e11b5f52600160045260245ffd5b63661a502d60e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b0382119082101761070d57604052565b519063ffffffff8216820361070957565b519061ffff8216820361070957565b51906001600160801b038216820361070957565b601f8151116107a3576020815191015160208210610794571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f5f3560e01c80630604061814613d6b5780630681e65114613d2d5780631817835814613d1357806319f5dd8814613ced5780631bd8f9ca14613caa5780631f2a819e14613c875780632309572114613b31578063231f4ded14613af357806325b11f6214613a9057806325ffe61514613a5957806327e235e314613a215780632ed34329146139fe5780632ef6cf5b146139e057806332ca5edb146139a3578063344aebbb14613781578063348b733d1461374157806334de339014612d9457806335442c4314612c50578063375b3c0a14612c0d5780633cb7601614612bd35780633ccfd60b14612b2b5780633d7798a614612af15780633fdebf7214612ac5578063483a133114612aaa5780634b9ba44614612a6f5780635010df8b1461273c578063563bb835146122795780635c4c27ca1461223f5780636170c4b11461216057806365cff4701461213e5780636986013b146120ed5780636a0814fc14611ea8578063758b432814611e8c57806376b0df7a14611e655780637b58536b14611e315780637cdde64814611ddf578063825f7d4d14611dc357806384b0196e14611cc75780639422b53b14611caa57806397213d081461171d578063a269b105146116de578063a2cc7b1914611693578063a694fc3a14611586578063a7f0b3de14611542578063a9b148a8146112a1578063ac18dcc8146111f6578063ac764322146111ba578063b90d0c1914611196578063bad72b1d14610f54578063baf3a1f314610ef4578063bb7bb27814610ecd578063bd45b39714610eaf578063bed9d86114610dcc578063bfb172e714610da8578063c0e1594914610d8b578063c13b90db14610d53578063c4ca369c14610cfd578063c51f9b1d14610cba578063c6f0d3fb14610aeb578063cf6c572e14610a8d578063d3b2fa1b14610a4c578063d668c0ce146109fa578063e052b544146109b9578063e152bfff14610885578063e7609c161461079c578063e92783bd14610780578063edebae8d14610741578063eff6fc1214610533578063f2e5f179146103e6578063f4514fa3146103a5578063fc0c546a146103605763fe20777514610332575f80fd5b3461035d57602036600319011261035d576020610355610350613da9565b6149e2565b604051908152f35b80fd5b503461035d578060031936011261035d576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b503461035d578060031936011261035d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461035d57602036600319011261035d57610400613da9565b6040516102a081018181106001600160401b0382111761051f576102806001600160401b03939285926040528281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015201521681526003602052604081209050604051906104cc6060836140ce565b603f82527d5f00605f00c01f00e01f01009f01a01f01c01f01e00702009f02a05f030060208301527f3f03403f03803f03c03f0400ff05005f05605f05c01f06005f06603f06a03f006040830152615b2b565b634e487b7160e01b84526041600452602484fd5b503461035d57602036600319011261035d5761054d613da9565b610555614baa565b61055d614a3c565b9061056781614bdf565b600181015490926001600160a01b0382163303610732576001600160401b036003850154161591821561071b575b50506107005760068201916001600160401b03835460601c166106f1576002908101546001600160a01b03168452600460205260408420015460601c60ff166106e2576001600160401b037fede0e27651c2daf9e71799d463512e701bca3f4621584a1d98fe3e3b2662ae3f9161063463ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168342166140ae565b845460a084811b19606086811b199093164380881690941b171685841690911b17909555604080519586526001600160401b03909116602086015291169290819081010390a26106cf6001600160801b037f00000000000000000000000000000000000000000000000000000000000000001630337f000000000000000000000000000000000000000000000000000000000000000061541f565b805f516020615f1e5f395f51905f525d80f35b63b559c6d560e01b8352600483fd5b633a0002a960e01b8452600484fd5b630383ce4b60e11b83526001600160401b0316600452602482fd5b60a01c63ffffffff90811691161190505f80610595565b6331abab6160e01b8552600485fd5b503461035d578060031936011261035d57602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461035d578060031936011261035d57602060405160048152f35b503461035d57602036600319011261035d576107b6613dd5565b6040516101a081018181106001600160401b0382111761051f578391610180916040528281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015282610100820152826101208201528261014082015282610160820152015260018060a01b031681526004602052604081209050604051906108486060836140ce565b602782527d7f00807f01007f01803f01c01f01e01f02001f02201f02401f02600702686020830152660702703f03005f60c81b6040830152615b2b565b503461035d5760e036600319011261035d576004356001600160a01b03811691908281036109b557506024356001600160a01b03811691908281036109b557506044356001600160801b038116908181036109b157506064356001600160801b038116908181036109ad57506084359063ffffffff8216918281036109a9575060a435926001600160401b038416938481036109a5575060c4356001600160401b0381169586820361035d5760206103558a8a8a8a8a8a8a60405195898701977f5ea06e7731da164e5edd11f3559c0fc6db162816b345e9e614b807e393c7f8ff895260408801526060870152608086015260a085015260c084015260e0830152610100820152610100815261099d610120826140ce565b5190206154f2565b8580fd5b8480fd5b8380fd5b8280fd5b5080fd5b503461035d578060031936011261035d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461035d57604036600319011261035d5763ffffffff610a416020926040610a21613dd5565b91610a2a613dfe565b6001600160a01b0390931681526004865220615289565b161515604051908152f35b503461035d578060031936011261035d57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461035d57604036600319011261035d576020906040610aac613dd5565b91610ab5613d93565b9260018060a01b031681526006845281812066ffffffffffffff8460081c16825284522054600160ff60405193161b1615158152f35b503461035d5736600319016101a081126109b55760e01361035d5760e4356001600160401b0381116109b557610b25903690600401613e65565b610b2d613e92565b916101443560ff81168091036109a957610b45614baa565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610b776149a4565b604051636eb1769f60e11b81526001600160a01b03909116600482015230602482015290602082604481845afa918215610caf578792610c77575b506001600160801b038616809210610bf4575b602087610bd3888888615681565b905f516020615f1e5f395f51905f525d6001600160401b0360405191168152f35b908691610bff6149a4565b813b156109ad578360e492604051968795869463d505accf60e01b865260018060a01b03166004860152306024860152604485015261012435606485015260848401526101643560a48401526101843560c48401525af1610c62575b8080610bc5565b610c6d8580926140ce565b6109ad575f610c5b565b9091506020813d602011610ca7575b81610c93602093836140ce565b81010312610ca35751905f610bb2565b8680fd5b3d9150610c86565b6040513d89823e3d90fd5b503461035d57604036600319011261035d576020906040906001600160a01b03610ce2613dd5565b16815260078352818120602435825283522054604051908152f35b503461035d57366003190161012081126109b55760e01361035d5760e4356001600160401b0381116109b55790610bd3610d3d6020933690600401613e65565b610d45613e92565b91610d4e614baa565b615681565b503461035d57602036600319011261035d576020610d72600435614831565b905460405160039290921b1c6001600160a01b03168152f35b503461035d578060031936011261035d5760206040516101008152f35b503461035d57602036600319011261035d576020610355610dc7613da9565b614928565b503461035d578060031936011261035d57610de5614baa565b610ded614a3c565b503381526004602052600160408220019081546001600160801b038116908115610ea0576001600160401b039060801c1692834210610e8c57906106cf916001600160801b031981541690556040518181527f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc60203392a2337f0000000000000000000000000000000000000000000000000000000000000000615150565b630622798360e21b83526004849052602483fd5b63098ae75d60e21b8352600483fd5b503461035d578060031936011261035d576020600554604051908152f35b503461035d578060031936011261035d5760206001600160401b0360025416604051908152f35b503461035d57608036600319011261035d57610f0e613d93565b90604435906001600160401b038216820361035d5760406001600160401b03610f438585610f3a613dbf565b916004356148b0565b835191831682529091166020820152f35b503461035d57604036600319011261035d57610f6e613da9565b90602435916001600160401b0383116109b55760a0836004019360031990360301126109b557610f9c614baa565b610fa4614a3c565b610fad82614bdf565b60028101549092906001600160a01b0316330361118757600683019485546001600160401b038160601c16156111785760a01c6001600160401b031642116111695790816110046001600160401b03959493614247565b8286169516851480159290611150575b821561111d575b50506111095784546fffffffffffffffffffffffffffffffff60601b1916909455919290916110789163ffffffff81166110f1575b508054600160601b600160c01b0319811660609190911b600160601b600160c01b0316179055565b338252600b602052604082206110b86001600160801b037f0000000000000000000000000000000000000000000000000000000000000000168254613f7a565b90557f239c060094c07f06efa3d09ec8f12a6682c29ffbec0fcdcb6e18602f52adfd358280a2805f516020615f1e5f395f51905f525d80f35b6110fd61110391613f35565b82615096565b5f611050565b632545bb4b60e01b84526004839052602484fd5b61114892506004850154906111426001600160401b03600388015460401c1691614928565b91614f96565b155f8061101b565b600385015460401c6001600160401b0316159250611014565b63f06506c560e01b8552600485fd5b637bab49db60e11b8652600486fd5b631b22c0a560e11b8452600484fd5b503461035d57602036600319011261035d5760206103556111b5613deb565b614869565b503461035d57602036600319011261035d57600435906001600160401b03821161035d5760206103556111f03660048601613e65565b90615518565b503461035d57602036600319011261035d57611210613da9565b90611219614baa565b611221614a3c565b9161122b81614bdf565b60018101549091906001600160a01b03163303611292576001600160401b03600383015416611283578363ffffffff6106cf94951661126b575b50614c35565b61127761127d91613f35565b83615096565b5f611265565b6332e7879360e01b8352600483fd5b6331abab6160e01b8352600483fd5b503461035d57608036600319011261035d576004356001600160401b0381116109b5576112d2903690600401613e65565b916024356001600160401b0381116109b5576112f2903690600401613e65565b916044356001600160801b0381168091036109b55761130f613dbf565b95611318614a3c565b503383526004602052604083206002810190815460ff8160601c166115335761134f82546001600160801b038160801c9116613f7a565b6001600160801b037f000000000000000000000000000000000000000000000000000000000000000016116115255760ff8160681c16156114c1575b506001600160601b03600361139f866153ee565b920180546bffffffffffffffffffffffff191691909216179055805467ffffffffffffffff60701b1916607089901b67ffffffffffffffff60701b161790556113e7336154af565b9660405194604060208701526114298661141b61140860608301878d614849565b828103601f190160408401528a85614849565b03601f1981018852876140ce565b85519889815585526020852096855b8060051b8b8110156114565788016020015189820155600101611438565b5050916114ac6001600160401b03927fb7b645e23a3fcecf20ac4e2d6b0c75ccdb046747c64123e22f1c79ac125540f3959461149e8c60405197608089526080890191614849565b918683036020880152614849565b9460408401521660608201528033930390a280f35b60ff60681b1916600160681b178255600554600160401b811015611511578060016114ef9201600555614831565b81546001600160a01b0360039290921b91821b19163390911b1790555f61138b565b634e487b7160e01b86526041600452602486fd5b6273e5c360e31b8652600486fd5b63b559c6d560e01b8652600486fd5b503461035d578060031936011261035d5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461035d57602036600319011261035d57600435906115a4614baa565b6115ac614a3c565b508115611684573381526004602052604081209160ff600284015460601c16611675576001600160801b03811161165d576106cf91926001600160801b036115f98184168284541661408e565b166001600160801b03198254161790556040518181527f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d60203392a230337f000000000000000000000000000000000000000000000000000000000000000061541f565b6306dfcc6560e41b8252608060045260245260449150fd5b63b559c6d560e01b8252600482fd5b631f2a200560e01b8152600490fd5b503461035d57604036600319011261035d576116d460209160406116b5613da9565b916001600160401b036116c6613dfe565b93168152600385522061521c565b6040519015158152f35b503461035d578060031936011261035d57602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461035d57366003190161010081126109b55760c01361035d5760c4356001600160401b0381116109b557611757903690600401613e65565b60e4356001600160401b0381116109ad57611776903690600401613e65565b611781929192614baa565b611789614a3c565b926001600160401b0360043516600435036109a5576117e2926117ad600435614bdf565b956117dd6117b9614761565b600189015460028a015491946001600160a01b039283169490929091869116614e64565b614e64565b63ffffffff600183015460a01c16918263ffffffff831611611c9c5760038101546001600160401b0360243516602435036109a9576001600160401b038160801c16806001600160401b03602435161115611c8a575063ffffffff60a4351660a435036109a9578363ffffffff60a4351610611c76576064356001600160401b0381161415806109a5576084356001600160401b03811614159081610ca3576001600160401b0360843516156001600160401b03606435161514801590611c53575b611c445763ffffffff8516611c2d575b835490600285015460a01c90611c29576118f46118d761190c926064359061453e565b63ffffffff6118ed818660c01c1660a435613f4d565b1690613f67565b916001600160601b0380600588015416911690613ea9565b90808210611c1457505060038301805467ffffffffffffffff19166064356001600160401b03161790556109a95760038201805477ffffffffffffffffffffffffffffffff0000000000000000191660843560401b67ffffffffffffffff60401b161760243560801b67ffffffffffffffff60801b1617905560443560048301555f938063ffffffff60a4351603611bea575b6001600160401b036064351615159081611bb7575b50611a4e575b50505061035d576040516001600160401b0360243516815260443560208201526001600160401b036064351660408201526001600160401b0360843516606082015263ffffffff60a4351660808201527f68e55abc3f26db5f1e9fcb9f065e89ae3bf53b0946a287d0af476784f3e79afb60a06001600160401b036004351692a2805f516020615f1e5f395f51905f525d80f35b6001600160401b031615611b7f575b600201546001600160a01b0316826109ad5783526004602052604083209060018201918254908160c01c9063ffffffff82169260e01c83159081159182611b70575b15611b31575092611ac192611b01969592611ae195611b09575b5050506141df565b825463ffffffff60c01b191660c09190911b63ffffffff60c01b16178255565b80546001600160e01b031660a43560e01b6001600160e01b031916179055565b5f80806119ba565b6002019167ffffffff0000000083549216916001600160401b031916171790555f8080611ab9565b94505050505063ffffffff60a4351611611b4c575b50611b01565b80546001600160e01b031660a43560e01b6001600160e01b0319161790555f611b46565b508063ffffffff871611611a9f565b611bb2611b8b836141df565b60018301805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b611a5d565b6001600160401b0383161591508115611bd2575b505f6119b4565b9050846109a55763ffffffff60a4351614155f611bcb565b60018301805463ffffffff60a01b191660a43560a01b63ffffffff60a01b161790555f945061199f565b63429d596d60e11b8852600452602452604486fd5b8780fd5b611c3f611c3986613f35565b85615096565b6118b4565b633340381d60e11b8752600487fd5b5050505f5f6001600160401b03606435166001600160401b0360843516116118a4565b631f91729960e21b85526004849052602485fd5b630a27afa560e31b8652600452602485fd5b6298074360e81b8452600484fd5b503461035d5760c036600319011261035d57506020610355614761565b503461035d578060031936011261035d57611d6790611d057f0000000000000000000000000000000000000000000000000000000000000000615ccd565b90611d2f7f0000000000000000000000000000000000000000000000000000000000000000615ccd565b906020611d7560405193611d4383866140ce565b8385525f368137604051968796600f60f81b885260e08589015260e0880190613e41565b908682036040880152613e41565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b828110611dac57505050500390f35b835185528695509381019392810192600101611d9d565b503461035d578060031936011261035d57602060405160028152f35b503461035d57608036600319011261035d57611df9613d93565b90606435906001600160401b03821161035d5760a0600319833603011261035d5760206116d48484600401906044359060043561472d565b503461035d57606036600319011261035d576044359063ffffffff8216820361035d57602061035583602435600435614701565b503461035d57604036600319011261035d576020610355611e84613d93565b6004356146b3565b503461035d578060031936011261035d57602060405160038152f35b503461035d57602036600319011261035d57611ec2613da9565b611eca614baa565b611ed2614a3c565b50611edc81614bdf565b6002810180546001600160a01b03163303611187575f516020615ede5f395f51905f5291846040926001600160401b036001840196611ffe60018060a01b038954169360018060a01b03905416986001600160601b03875460601c16908660068901918254906005611f576001600160601b03841687613ea9565b9b015493886001600160601b03611f7088828916613ea9565b9660601c169360601c166120a6575b6001600160601b03611ff89596166001600160601b03198254161781558860601b1981541690558d83526004602052611fe28c8420611fc284825460801c61406e565b81546001600160801b031660809190911b6001600160801b031916179055565b805460ff60e01b1916600360e01b179055613ea9565b90613f7a565b93612089575b1695865f516020615efe5f395f51905f52868051600381528b6020820152a28361206c575b508161204f575b5082519182526020820152a2805f516020615f1e5f395f51905f525d80f35b8652600b602052828620612064828254613f7a565b90555f612030565b8752600b602052838720612081848254613f7a565b90555f612029565b888052600b60205285892061209f8a8254613f7a565b9055612004565b6001600160601b036120e5611ff8966001600160801b037f00000000000000000000000000000000000000000000000000000000000000001690613f7a565b955050611f7f565b503461035d57602036600319011261035d5761212c61213a612115612110613dd5565b6145db565b604092919251938493604085526040850190613e41565b908382036020850152613e41565b0390f35b503461035d57604036600319011261035d576020610355602435600435615488565b503461035d57604036600319011261035d5761217a613da9565b60243590612186614baa565b61218e614a3c565b50811561223057908160056121a56106cf94614bdf565b016001600160601b036121c36121be8583855416613f7a565b6153ee565b166001600160601b03198254161790557f09275e59c521fe68c9616ad061ad3569d767d0a5487233148f9dc0e039c97b0460206001600160401b03604051938585521692a230337f000000000000000000000000000000000000000000000000000000000000000061541f565b631f2a200560e01b8352600483fd5b503461035d57604036600319011261035d57600435906001600160601b038216820361035d57602061035583612273613d93565b9061453e565b50346125a85760403660031901126125a857612293613dd5565b61229b613dfe565b906122a4614baa565b6122ac614a3c565b506122b6826151d1565b6001600160a01b0381165f8181526004602052604090209263ffffffff6122dd8286615289565b1692831561272d576002850190815460ff8160601c169081612713575b5061270457835f52600760205260405f209063ffffffff84169162ffffff8560081c1690815f5260205260405f205490600160ff87161b8092166126f557865f52600860205260405f20815f5260205260405f2054908282166126e657875f52600860205260405f20905f526020521760405f20556001600160801b0387541660018801976001600160801b038954166123948184613f7a565b926123c361ffff7f00000000000000000000000000000000000000000000000000000000000000001685613f67565b6127108101908181116126965761270f019081116126965761271090049a8b928383106126aa5750506123ff6001600160801b03928392613ea9565b16166001600160801b03198254161790555b61271061244261ffff7f0000000000000000000000000000000000000000000000000000000000000000168a613f67565b0496335f52600b60205260405f2061245b898254613f7a565b905583877f660896a792677e9902e11e45152655a62a270b500423c5b4e9917191e486331760606040513381528d60208201528c6040820152a36124c38960ff7f00000000000000000000000000000000000000000000000000000000000000001693613ea9565b6001600160801b037f0000000000000000000000000000000000000000000000000000000000000000161192831561263d575b5050506125ac575b5050505080821161251e575b82805f516020615f1e5f395f51905f525d80f35b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316916125539190613ea9565b813b156125a8575f91602483926040519485938492630852cd8d60e31b845260048401525af1801561259d5761258a575b8061250a565b61259691505f906140ce565b5f5f612584565b6040513d5f823e3d90fd5b5f80fd5b81549160ff8360601c1615801561262b575b6125c9575b506124fe565b7f0e5f0a9a0de8fa6b166c27ab4ad8b5da7f70859f89838f266c3a3c4b5eb63948936020936bffffffff0000000000000000600160601b9260401b16906cffffffffff0000000000000000191617179055604051908152a25f808080806125c3565b5063ffffffff8360401c1682106125be565b909192506001840180851161269657612657848694613f7a565b1115928361266b575b5050505f80806124f6565b61268e93506126889063ffffffff612682896141df565b16613ea9565b90615338565b815f80612660565b634e487b7160e01b5f52601160045260245ffd5b6126ca6001600160801b03949385946126d0949786198154169055613ea9565b90613ea9565b16166001600160801b0319825416179055612411565b63770c15e360e01b5f5260045ffd5b630b01a8d960e21b5f5260045ffd5b63b559c6d560e01b5f5260045ffd5b63ffffffff915060401c1663ffffffff841610155f6122fa565b63ed924a4f60e01b5f5260045ffd5b346125a85760403660031901126125a857612755613da9565b61275d613dfe565b612765614baa565b61276d614a3c565b50612777816151d1565b61278082614bdf565b9061278b8183614ee2565b15612a5357600282019060018060a01b038254165f52600760205260405f2062ffffff8260081c165f5260205260405f2054600160ff83161b1615612a44576127fe6127d682614df9565b857f00000000000000000000000000000000000000000000000000000000000000009161410d565b15612a355761280d908361521c565b612a26578160409160015f516020615ede5f395f51905f529401906001600160401b0382549160018060a01b03905416966128f36001600160601b03865460601c166006870195865496600561286c6001600160601b038a1685613ea9565b99015492866001600160601b0361288583828816613ea9565b9560601c169960601c166129e1575b6001600160601b03166001600160601b03198254161781558560601b1981541690558a5f5260046020526128d2895f20611fc289825460801c61406e565b805460ff60e01b1916600360e01b179055336129a557611ff85f8097613ea9565b9380612987575b501695865f516020615efe5f395f51905f5286805160018152336020820152a28361296a575b5081612945575b5082519182526020820152a25f5f516020615f1e5f395f51905f525d005b60018060a01b03165f52600b602052825f20612962828254613f7a565b905585612927565b5f52600b602052835f2061297f848254613f7a565b905586612920565b335f52600b60205261299d875f20918254613f7a565b9055886128fa565b611ff86127106129d961ffff7f00000000000000000000000000000000000000000000000000000000000000001689613f67565b048097613ea9565b92612a1e6001600160601b03916001600160801b037f00000000000000000000000000000000000000000000000000000000000000001690613f7a565b939050612894565b63b7ccdb3960e01b5f5260045ffd5b6347a2375f60e01b5f5260045ffd5b6301e5334b60e31b5f5260045ffd5b6001600160401b0383630383ce4b60e11b5f521660045260245ffd5b346125a85760203660031901126125a857612a98612a8b613da9565b612a93614baa565b6142fa565b5f5f516020615f1e5f395f51905f525d005b346125a8575f3660031901126125a857602060405160018152f35b346125a85760403660031901126125a85760206116d4612ae3613da9565b612aeb613dfe565b9061429d565b346125a8575f3660031901126125a85760206040517f5ea06e7731da164e5edd11f3559c0fc6db162816b345e9e614b807e393c7f8ff8152f35b346125a8575f3660031901126125a857612b43614baa565b612b4b614a3c565b50335f52600b60205260405f20548015612bc457612a9890335f52600b6020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a2337f0000000000000000000000000000000000000000000000000000000000000000615150565b630686827b60e51b5f5260045ffd5b346125a8575f3660031901126125a85760206040517fdad88e4cfdddfe040ac6d5c2fa94cce49cb65bf233ea124c1825a3078f22fa298152f35b346125a8575f3660031901126125a85760206040516001600160801b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125a85760203660031901126125a8576004356001600160401b0381116125a857612c80903690600401613e11565b612c88614baa565b612c90614a3c565b505f915f915b808310612cf55783335f52600b60205260405f20612cb5828254613f7a565b90556040519081527fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a60203392a25f5f516020615f1e5f395f51905f525d005b909192612d13612d0e612d0986858761428d565b614247565b614bdf565b933360018060a01b0360028701541603612d855760066001600160601b03865460601c1695016001600160601b038154168603926001600160601b03841161269657612d6c6001600160601b0391826001961690613f7a565b96166001600160601b0319825416179055019190612c96565b631b22c0a560e11b5f5260045ffd5b346125a85760603660031901126125a857612dad613deb565b6024356001600160401b0381116125a857612dcc903690600401613e11565b906044356001600160401b0381116125a857612dec903690600401613e11565b9092612df6614baa565b612dfe614a3c565b92335f526004602052600260405f20015460ff8160601c169081613727575b506127045763ffffffff86169363ffffffff8116851180156136de575b6136cf57600160ff88161b92335f52600760205260405f209362ffffff8960081c1694855f5260205260405f20548181166126f557612e7b8a999799614df9565b95335f52600760205260405f20905f526020521760405f20555f5b8181106130c257505050505f915f90609e1981360301915b86811015613082578060051b820135838112156125a8578201946001600160401b03612ed987614247565b1690811115613073578095815f52600360205260405f203360018060a01b0360028301541603612d8557612f0d8b82614ee2565b1561306057612f356004820154928860038401946001600160401b03865460401c1690614f96565b1561304d5791889183612f4b8d60019796615096565b8054600160601b600160c01b03606082901b16600160601b600160c01b031990911617808255825460c01c908e9060e01c8087111561302957612f9363ffffffff9183613f4d565b16604081106130105750612fc89150875b83546001600160e01b031660e09290921b6001600160e01b03191691909117909255565b8154906001600160401b0360c01b9060c01b1690868060c01b03161790557f405fa9c6391e2d20b53cfca2431dceba4c0ed3d92124458f0fdf8a123332d34d5f80a301612eae565b6001600160401b03899181612fc89516901b1617612fa4565b6001600160401b03929350613044899263ffffffff92613f4d565b161b1617612fc8565b82632545bb4b60e01b5f5260045260245ffd5b82630383ce4b60e11b5f5260045260245ffd5b634ad6e6a760e11b5f5260045ffd5b85876040519081527f33d59b876a0f715c13d448a5497fe60f9146b969040068ed0e86d00a4dc67b8a60203392a35f5f516020615f1e5f395f51905f525d005b6130d08183869a989a614211565b6130dc612d0e82614247565b6002810154336001600160a01b0390911603612d855760018101546131d6906001600160a01b03166131b561311085614247565b61311c60208701614247565b63ffffffff61312d60608901614247565b6001600160401b0361314160808b01614247565b8161314e60a08d01614750565b9381604051978160208a019a7fdad88e4cfdddfe040ac6d5c2fa94cce49cb65bf233ea124c1825a3078f22fa298c521660408a015216606088015260408d013560808801521660a08601521660c08401521660e082015260e0815261099d610100826140ce565b906131ce6131c487898c614211565b60c081019061425b565b929091614e64565b63ffffffff600182015460a01c168063ffffffff8716116136c1576003820154906001600160401b0361320b60208601614247565b818460801c169182911611156136af57508063ffffffff61322e60a08701614750565b161061369d576001600160401b0361324860608601614247565b16156001600160401b0361325e60808701614247565b161514801590613672575b6136635763ffffffff871661364c575b82546132b76118f4613298600287015460a01c61227360608a01614247565b63ffffffff6118ed818660c01c166132b260a08c01614750565b613f4d565b90808210613637575050908392916001600160401b036132dc60606001989701614247565b166001600160401b03196003850154161760038401556132fe60808501614247565b67ffffffffffffffff60401b60038501549160401b169067ffffffffffffffff60401b191617600384015561336761333860208601614247565b60038501805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b604084013560048401558063ffffffff61338360a08701614750565b16036135fd575b6001600160401b0361339e60608601614247565b16151590816135c6575b5061344b575b50507f68e55abc3f26db5f1e9fcb9f065e89ae3bf53b0946a287d0af476784f3e79afb60a06001600160401b036133e484614247565b63ffffffff6133f560208701614247565b958361340360608301614247565b8161341060808501614247565b91604061341e8a8701614750565b958382519d168d52013560208c01521660408a01521660608801521660808601521692a201969496612e96565b6001600160401b03161561358f575b6002848060a01b039101541661347260a08301614750565b905f52600460205260405f20908482015463ffffffff8160c01c16158015908161357d575b1561353a579286916134ff94613506575b506134db6134b58a6141df565b828401805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b0180546001600160e01b031660e09290921b6001600160e01b031916919091179055565b8b806133ae565b6002820190815463ffffffff67ffffffff000000008360c01c169260c01c16906001600160401b031916171790558f6134a8565b5060e01c63ffffffff821611613552575b50506134ff565b90840180546001600160e01b031660e09290921b6001600160e01b0319169190911790558b8061354b565b508160e01c63ffffffff8a1611613497565b6135c161359b876141df565b828601805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61345a565b6001600160401b03831615915081156135e1575b508e6133a8565b905063ffffffff6135f460a08601614750565b1614158e6135da565b61363261360c60a08601614750565b848801805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b61338a565b63429d596d60e11b5f5260045260245260445ffd5b61365e61365888613f35565b84615096565b613279565b633340381d60e11b5f5260045ffd5b5061367f60808501614247565b6001600160401b038061369460608801614247565b16911611613269565b631f91729960e21b5f5260045260245ffd5b630a27afa560e31b5f5260045260245ffd5b6298074360e81b5f5260045ffd5b636670965b60e11b5f5260045ffd5b506137206136f36136ee896141df565b61417a565b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001690613f7a565b4211612e3a565b63ffffffff915060401c1663ffffffff8716101587612e1d565b346125a8575f3660031901126125a857602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125a85760203660031901126125a85761379a613da9565b6137a2614baa565b6137aa614a3c565b506137b481614bdf565b600681019081546001600160401b038160601c16156139945760a01c6001600160401b031642111561398557600181019060018060a01b038254169360018060a01b03600283015416946001600160601b03835460601c169385549560056138256001600160601b03891688613ea9565b950154956001600160401b036001600160601b0361384583828b16613ea9565b9860601c169860601c16613940575b81546001600160a01b0319166001600160601b03919091161790555f87815260046020526040902080546138919190611fc290899060801c61406e565b805460ff60e01b1916600360e01b1790556001600160401b036138c45f516020615ede5f395f51905f5296604096613f7a565b921695865f516020615efe5f395f51905f52868051600281525f6020820152a283613923575b508161390e575082519182526020820152a25f5f516020615f1e5f395f51905f525d005b5f52600b602052825f20612962828254613f7a565b5f52600b602052835f20613938848254613f7a565b9055866138ea565b9561397d6001600160601b03916001600160801b037f00000000000000000000000000000000000000000000000000000000000000001690613f7a565b969050613854565b630a8f83ff60e11b5f5260045ffd5b637bab49db60e11b5f5260045ffd5b346125a8575f3660031901126125a857602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125a85760203660031901126125a85760206103556136ee613deb565b346125a85760203660031901126125a8576020610355613a1c613da9565b614147565b346125a85760203660031901126125a8576001600160a01b03613a42613dd5565b165f52600b602052602060405f2054604051908152f35b346125a85760603660031901126125a857613a72613d93565b6044359061ffff821682036125a8576020916116d49160043561410d565b346125a85760203660031901126125a857613aa9613da9565b613ab1614a3c565b50613abc8133614b43565b6001600160401b03604051911681527f926031c09eef06098b98e21c6f685b0716f08305232650bab8caeae0cdf5a2fc60203392a2005b346125a8575f3660031901126125a857602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125a85760203660031901126125a857600435613b4d614a3c565b508015613c7857335f52600460205260405f206001600160801b0381541690818311613c62577f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c916001600160801b03613bc86001613c5d9483613bb4818a16809761406e565b16841982541617815501928284541661408e565b166001600160801b0319825416178155613c3c613c1463ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001600160401b0342166140ae565b825467ffffffffffffffff60801b1916608082901b67ffffffffffffffff60801b1617909255565b604080519485526001600160401b0390911660208501523393918291820190565b0390a2005b506322df051360e11b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b346125a85760203660031901126125a8576020610355613ca5613da9565b613f87565b346125a8575f3660031901126125a85760206040516001600160801b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125a85760403660031901126125a8576020610355613d0b613d93565b600435614b19565b346125a8575f3660031901126125a857613d2b614a3c565b005b346125a8575f3660031901126125a857602060405161ffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346125a8575f3660031901126125a8576020613d85613eb6565b63ffffffff60405191168152f35b602435906001600160401b03821682036125a857565b600435906001600160401b03821682036125a857565b606435906001600160401b03821682036125a857565b600435906001600160a01b03821682036125a857565b6004359063ffffffff821682036125a857565b6024359063ffffffff821682036125a857565b9181601f840112156125a8578235916001600160401b0383116125a8576020808501948460051b0101116125a857565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f840112156125a8578235916001600160401b0383116125a857602083818601950101116125a857565b61010435906001600160801b03821682036125a857565b9190820391821161269657565b613ee96001600160401b037f00000000000000000000000000000000000000000000000000000000000000001642613ea9565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168015613f215763ffffffff91041690565b634e487b7160e01b5f52601260045260245ffd5b63ffffffff5f199116019063ffffffff821161269657565b9063ffffffff8091169116039063ffffffff821161269657565b8181029291811591840414171561269657565b9190820180921161269657565b6001600160401b0381165f52600360205260405f2090600182015491600160ff8460e01c1603614067576140299263ffffffff613fc2613eb6565b9160a01c168063ffffffff83161161405f575b5081549263ffffffff6001600160601b0385169460c01c16908163ffffffff841611614035575b5050506001600160601b0360058201541680831161402c575b50600601546001600160601b031690613ea9565b90565b91506006614015565b9163ffffffff6118ed611ff893614050614056979896614147565b93613f4d565b905f8080613ffc565b90505f613fd5565b5050505f90565b906001600160801b03809116911603906001600160801b03821161269657565b906001600160801b03809116911601906001600160801b03821161269657565b906001600160401b03809116911601906001600160401b03821161269657565b90601f801991011681019081106001600160401b038211176140ef57604052565b634e487b7160e01b5f52604160045260245ffd5b8115613f21570690565b6127109061ffff926001600160401b0360405191602083019384521660408201526040815261413d6060826140ce565b5190200691161190565b6001600160401b03165f52600360205261402960405f206001600160401b036003600283015460a01c920154169061453e565b6141b06140299163ffffffff807f0000000000000000000000000000000000000000000000000000000000000000169116613f67565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016613f7a565b63ffffffff60019116019063ffffffff821161269657565b9063ffffffff8091169116019063ffffffff821161269657565b91908110156142335760051b8101359060de19813603018212156125a8570190565b634e487b7160e01b5f52603260045260245ffd5b356001600160401b03811681036125a85790565b903590601e19813603018212156125a857018035906001600160401b0382116125a8576020019181360383136125a857565b91908110156142335760051b0190565b6001600160401b0381165f5260036020526142bb8260405f20614ee2565b156142f4576142cc61402992614869565b907f00000000000000000000000000000000000000000000000000000000000000009161410d565b50505f90565b90614303614a3c565b5061430d82614bdf565b600181019263ffffffff845460a01c16936002830160018060a01b038154165f526004602052600260405f2001548660ff8260601c16918261452a575b505061438a57505061435b816149e2565b8042106143785750614371614376939483615096565b614c35565b565b63166fd86360e21b5f5260045260245ffd5b919394509160018060a01b038354169160018060a01b03905416936001600160601b03825460601c1692600683019485549560056143d16001600160601b03891688613ea9565b950154956001600160401b036001600160601b036143f183828b16613ea9565b9860601c169860601c166144e5575b81546001600160a01b0319166001600160601b03919091161790555f878152600460205260409020805461443d9190611fc290899060801c61406e565b805460ff60e01b1916600360e01b1790556001600160401b036144705f516020615ede5f395f51905f5296604096613f7a565b921695865f516020615efe5f395f51905f52868051600481525f6020820152a2836144c8575b50816144ab575b5082519182526020820152a2565b5f52600b602052825f206144c0828254613f7a565b90555f61449d565b5f52600b602052835f206144dd848254613f7a565b90555f614496565b956145226001600160601b03916001600160801b037f00000000000000000000000000000000000000000000000000000000000000001690613f7a565b969050614400565b60401c63ffffffff1611159050865f61434a565b6001600160601b036001600160401b0361455a93169116613f67565b6240000081019081811161269657623fffff019081116126965760161c90565b6001600160401b0381116140ef57601f01601f191660200190565b81601f820112156125a8578051906145ac8261457a565b926145ba60405194856140ce565b828452602083830101116125a857815f9260208093018386015e8301015290565b6145e4906154af565b908154604051928184525f52601f60205f209101908160051c905f5b82811061469c57505050601f19168201602001604052815115614674578151820191604081602085019403126125a85760208101516001600160401b0381116125a85783602061465292840101614595565b926040820151916001600160401b0383116125a8576140299201602001614595565b90506040516146846020826140ce565b5f8152906040516146966020826140ce565b5f815290565b8060019183015460208260051b8901015201614600565b906001600160401b03604051916020830193845216604082015260608082015260096080820152686368616c6c656e676560b81b60a082015260a081526146fb60c0826140ce565b51902090565b9163ffffffff9060405192602084019485526040840152166060820152606081526146fb6080826140ce565b9291906001600160401b038116156147485761402993614f96565b505050505f90565b3563ffffffff811681036125a85790565b6004356001600160401b038116908181036125a85750602435906001600160401b038216918281036125a85750606435916001600160401b038316928381036125a85750608435926001600160401b038416938481036125a8575060a4359363ffffffff8516918286036125a85761402995506040519360208501957fdad88e4cfdddfe040ac6d5c2fa94cce49cb65bf233ea124c1825a3078f22fa29875260408601526060850152604435608085015260a084015260c083015260e082015260e0815261099d610100826140ce565b6005548110156142335760055f5260205f2001905f90565b908060209392818452848401375f828201840152601f01601f1916010190565b63ffffffff811690815f52600960205260405f20549160ff8360401c1661489e57506001600160401b0361402992169061553b565b9150505f52600a60205260405f205490565b926001600160401b03614924929594816148fc8196826040519a8160208d0191878352169b8c604082015260016060820152606081526148f16080826140ce565b519020911690614103565b16966040519060208201928352604082015260026060820152606081526148f16080826140ce565b1690565b906001600160401b0382165f5260036020526001600160401b03600660405f20015460601c169182156139945760018301808411612696578043111561499557614971906155b4565b8015614982576140299293506146b3565b836334d2064360e11b5f5260045260245ffd5b6329b6095b60e01b5f5260045ffd5b6004356001600160a01b03811681036125a85790565b356001600160a01b03811681036125a85790565b356001600160801b03811681036125a85790565b6001600160401b03165f5260036020526140296136ee614a1163ffffffff600160405f20015460a01c166141df565b61ffff7f000000000000000000000000000000000000000000000000000000000000000016906141f7565b614a44613eb6565b9063ffffffff8216805f52600960205260405f209081546001600160401b0381169081155f14614ac6575050906001600160401b03804316166001600160401b0319825416179055805f52600a6020524460405f20557fdcd19d460de662a9e0837f6a22a83ecdd77a7d4dd4fcd14973bf21597d2644876020604051438152a2565b60401c60ff161580614b06575b614adc57505050565b614ae6908561553b565b905f52600a60205260405f2055600160401b60ff60401b19825416179055565b5060018101808211612696574311614ad3565b60295f916020936040519160028353600183015260c01b602182015260025afa156125a8575f5190565b90600160ff82161b9160018060a01b031690815f52600660205266ffffffffffffff60405f209160081c1690815f5260205260405f205491838316614b9b575f52600660205260405f20905f526020521760405f2055565b631f6d5aef60e01b5f5260045ffd5b5f516020615f1e5f395f51905f525c614bd05760015f516020615f1e5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b6001600160401b03165f52600360205260405f2090600182015460018060a01b03811615614c265760ff60019160e01c1603614c1757565b630fe1a43160e11b5f5260045ffd5b6331e5bf2d60e21b5f5260045ffd5b60406001600160401b035f516020615ede5f395f51905f52926001850160018060a01b0381541660018060a01b036002880154166001600160601b03885460601c1692600689018054906005614c946001600160601b03841688613ea9565b9b015495886001600160601b03614cad83828b16613ea9565b9860601c169360601c16614daa575b91614d43916001600160601b036001600160801b0394166001600160601b03198254161781558960601b198154169055845f526004602052895f2093614d29614d0983875460801c61406e565b86546001600160801b031660809190911b6001600160801b031916178655565b805460ff60e01b1916600160e11b1790558354831661408e565b166001600160801b031982541617905587614d8d575b5081614d70575b50835195865260208601521692a2565b5f52600b602052835f20614d85828254613f7a565b90555f614d60565b5f52600b602052845f20614da2888254613f7a565b90555f614d59565b9591614d43916001600160601b03614ded6001600160801b0395867f00000000000000000000000000000000000000000000000000000000000000001690613f7a565b98929450509150614cbc565b9063ffffffff821691825f52600960205260405f2090815460ff8160401c16614e5157906001600160401b03614e3092169061553b565b925f52600a6020528260405f2055600160401b60ff60401b19825416179055565b505050905f52600a60205260405f205490565b6001600160a01b03811693338514159392909184614e9a575b50505050614e885750565b639a7d38d960e01b5f5260045260245ffd5b9091929350614ea88361457a565b92614eb660405194856140ce565b80845236818601116125a8576020815f92614ed8978388013785010152615b8c565b155f808080614e7d565b90600182015463ffffffff8160c01c16600160ff8360e01c16149384614f4a575b5083614f40575b83614f2f575b5082614f1b57505090565b60a01c63ffffffff90811691161115919050565b63ffffffff8316101592505f614f10565b8015159350614f0a565b600301546001600160401b0316151593505f614f03565b903590601e19813603018212156125a857018035906001600160401b0382116125a857602001918160051b360383136125a857565b9290614fa460208301614247565b916001600160401b038316918215801561507c575b615049576060820192614fd7614fcf8585614f61565b929050615c30565b14801590615053575b6150495761503a846150356001600160401b0361500f819861502b966150459b6150098a614247565b906148b0565b909761502b6150246111f060408b018b61425b565b9189614f61565b9390921690615c6b565b614b19565b916080810190614f61565b1490565b5050505050505f90565b506150616080830183614f61565b90506150756001600160401b038316615c30565b1415614fe0565b5061010061508d604084018461425b565b90501415614fb9565b9081549163ffffffff8360c01c16928363ffffffff8416111561514a576001600160601b038091615106826150f66143769863ffffffff6118ed6150ef60028b015460a01c6001600160401b0360038d0154169061453e565b928b613f4d565b9216918360058701541692613f7a565b90808211615142575b5016166001600160601b03198254161781559081549063ffffffff60c01b9060c01b169063ffffffff60c01b1916179055565b90505f61510f565b50505050565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f51148216156151b0575b604052156151905750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b9060018115166151c857823b15153d15161690615185565b503d5f823e3d90fd5b6151e06136f36136ee836141df565b421061520d576136ee614a116151f5926141df565b4210156151fe57565b635f1da34960e11b5f5260045ffd5b6341c86e2f60e01b5f5260045ffd5b805460e01c908115801561527a575b8015615260575b6140675763ffffffff6152576001600160401b03946003600194015460c01c94613f4d565b161b1616151590565b50604063ffffffff6152728585613f4d565b161015615232565b508163ffffffff84161161522b565b600181015463ffffffff8160c01c16908115159081615319575b81615305575b506152ff57506002015463ffffffff81169182151591826152ee575b826152d6575b505061402957505f90565b60201c63ffffffff9081169116111590505f806152cb565b63ffffffff821684111592506152c5565b91505090565b905060e01c63ffffffff841611155f6152a9565b63ffffffff851683111591506152a3565b5f1981146126965760010190565b9190918260081c91825b8160081c8082116153e35760018060a01b0384165f52600760205260405f20825f5260205260405f2054908583145f146153dc5760ff8716905b83036153d55760ff84165b60ff81036153b557505f19905b5f19901b16166153ac576153a79061532a565b615342565b50505050505f90565b60018101809111612696576001901b5f1981019081116126965790615394565b60ff615387565b5f9061537c565b505050505050600190565b6001600160601b038111615408576001600160601b031690565b6306dfcc6560e41b5f52606060045260245260445ffd5b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f5114821615615470575b6040525f606052156151905750565b9060018115166151c857823b15153d15161690615461565b60415f9160209360405191600183536001830152602182015260025afa156125a8575f5190565b604051602081019160018060a01b03168252604080820152600c60608201526b33b930b730b93c973832b2b960a11b6080820152608081526146fb60a0826140ce565b6042906154fd615d0b565b906040519161190160f01b8352600283015260228201522090565b5f906001602093806040519385855383850137019060025afa156125a8575f5190565b91906001600160401b031691821580156155a0575b61558d576001830180841161269657615568906155b4565b80156149825761402992935063ffffffff82165f52600a60205260405f205490614701565b8263018ad22360e01b5f5260045260245ffd5b506001830180841161269657431115615550565b908140918215801590615677575b8015615663575b615660575f809160405160208101918252602081526155e96040826140ce565b519071f90827f1c53a10cb7a02335b1753200029355afa3d15615658573d906156118261457a565b9161561f60405193846140ce565b82523d5f602084013e5b8061564d575b6156365750565b9091506020818051810103126125a8576020015190565b50602081511461562f565b606090615629565b50565b50611fff6156718243613ea9565b116155c9565b50438110156155c2565b9092919261568d614a3c565b600435929091906001600160a01b038416908185036125a857813303615b1c5760c4356001600160401b038116908181036125a857504211615b0d5760843563ffffffff81168082036125a85763ffffffff8616808211801590615af0575b615ae1576024356001600160a01b038116969093908785036125a8576157f9906004966157f37f5ea06e7731da164e5edd11f3559c0fc6db162816b345e9e614b807e393c7f8ff61573c8a6149ba565b6001600160401b0361575060208d016149ba565b818d63ffffffff615763604083016149ce565b6001600160801b03615777606085016149ce565b8161578460808701614750565b9361579d60c061579660a08a01614247565b9801614247565b986040519b60208d019d8e5260018060a01b031660408d015260018060a01b031660608c01521660808a01521660a08801521660c08601521660e084015216610100820152610100815261099d610120826140ce565b87614e64565b60a4356001600160401b03811681036125a8576158169085614b43565b865f528460205260405f209060ff600283015460601c16615ad3576001600160801b03825416606435906001600160801b0382169384831415806125a8576001600160801b037f0000000000000000000000000000000000000000000000000000000000000000166158888188613f7a565b8410615ab357506125a8576001600160801b03806158a9876158c895613ea9565b16166001600160801b0319825416178155611fc283825460801c61408e565b600254966001600160401b038816906001600160401b038214615aa0575060019081016001600160401b03811667ffffffffffffffff1999909916891760029081555f8a8152600360205260409020928301805463ffffffff60a01b60a088901b16600164ff0000000160c01b031990911668ff00000000ffffffff60a01b198e161717600160e01b179055820180546001600160a01b0319168c178155909e6001600160801b0360443590811699909390929091908a85036125a85761598e8b6153ee565b81546001600160a01b031660a09190911b6001600160a01b0319161790556001600160801b03169c6159bf8e6153ee565b91600501916001600160601b03166001600160601b03198354161782556159e5876153ee565b8254600160601b600160c01b03191660609190911b600160601b600160c01b0316178255815463ffffffff60c01b191660c09190911b63ffffffff60c01b161790555050505060405193845260208401528660408401526060830152608082015260a07f70533bf02ec51b9ccd0674d56de570a6bebd71cdf0cb1eedf6d128e78f52f05591a480615a74575050565b6143769130907f000000000000000000000000000000000000000000000000000000000000000061541f565b601190634e487b7160e01b5f525260245ffd5b83615abf8c9289613f7a565b916322df051360e11b5f525260245260445ffd5b8563b559c6d560e01b5f525ffd5b638dc5992160e01b5f5260045ffd5b506024356001600160a01b038116908181036125a85750156156ec565b630407b05b60e31b5f5260045ffd5b6331abab6160e01b5f5260045ffd5b90600381510490604051925f5b838110615b485750505060051b90f35b80602060036001930285010151828160021a0190805f1a85015490841a1c906101008110615b7f575b508160051b87015201615b38565b83901b5f1901165f615b71565b9190823b615bdb5790615b9e91615e21565b506004811015615bc757159182615bb457505090565b6001600160a01b03918216911614919050565b634e487b7160e01b5f52602160045260245ffd5b916020926064835f94519060405193630b135d3f60e11b855260048501526040602485015286820190604485015e8281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d11161690565b905f916001811115615c65575f19810190811161269657805b615c505750565b60011c918290615c5f9061532a565b92615c49565b505f9150565b929190915f905b808210615c80575050505090565b90919293600190818616155f14615cb357615ca790615ca085858861428d565b3590615488565b94811c93920190615c72565b615cc890615cc285858861428d565b35615488565b615ca7565b60ff811690601f8211615cfc5760405191615ce96040846140ce565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480615df8575b15615d66577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526146fb60c0826140ce565b507f00000000000000000000000000000000000000000000000000000000000000004614615d3d565b8151919060418303615e5157615e4a9250602082015190606060408401519301515f1a90615e5b565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615ed2579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561259d575f516001600160a01b03811615615ec857905f905f90565b505f906001905f90565b5050505f916003919056fe5f8fc2071c1de5ea73b31fbe1fdd234014aacc4695401fa2c03a67d5996b7ee29fb2900b992b6b6442519412b28d4affa7396bc19641a04f4b842a783b91e6f09b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a2646970667358221220a1aecb41cb230f82f28f09ea7f0e3108e31d661c65a8679bdd9d99ca2976907c64736f6c634300081c0033",
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

// RateFor is a free data retrieval call binding the contract method 0x5c4c27ca.
//
// Solidity: function rateFor(uint96 pricePerGiB, uint64 leaves) pure returns(uint256)
func (_AgreementMarket *AgreementMarketCaller) RateFor(opts *bind.CallOpts, pricePerGiB *big.Int, leaves uint64) (*big.Int, error) {
	var out []interface{}
	err := _AgreementMarket.contract.Call(opts, &out, "rateFor", pricePerGiB, leaves)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RateFor is a free data retrieval call binding the contract method 0x5c4c27ca.
//
// Solidity: function rateFor(uint96 pricePerGiB, uint64 leaves) pure returns(uint256)
func (_AgreementMarket *AgreementMarketSession) RateFor(pricePerGiB *big.Int, leaves uint64) (*big.Int, error) {
	return _AgreementMarket.Contract.RateFor(&_AgreementMarket.CallOpts, pricePerGiB, leaves)
}

// RateFor is a free data retrieval call binding the contract method 0x5c4c27ca.
//
// Solidity: function rateFor(uint96 pricePerGiB, uint64 leaves) pure returns(uint256)
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

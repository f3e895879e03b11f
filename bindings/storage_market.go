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

// StorageMarketDeal is an auto generated low-level Go binding around an user-defined struct.
type StorageMarketDeal struct {
	Renter            common.Address
	StartPeriod       uint32
	EndPeriod         uint32
	Flags             uint8
	Farmer            common.Address
	Leaves            uint64
	Class             uint8
	Root              [32]byte
	ShardLeaves       uint64
	ClassIndex        uint32
	Periods           uint32
	PricePerPeriod    *big.Int
	Collateral        *big.Int
	ChallengeLeaf     uint64
	ChallengeDeadline uint64
	AccStart          *big.Int
}

// StorageMarketDealTerms is an auto generated low-level Go binding around an user-defined struct.
type StorageMarketDealTerms struct {
	Renter         common.Address
	Farmer         common.Address
	Root           [32]byte
	Size           uint64
	ShardSize      uint64
	PricePerPeriod *big.Int
	Periods        uint32
	Collateral     *big.Int
	Nonce          *big.Int
	Deadline       *big.Int
}

// StorageMarketFarmer is an auto generated low-level Go binding around an user-defined struct.
type StorageMarketFarmer struct {
	Stake               *big.Int
	Locked              *big.Int
	Unbonding           *big.Int
	UnbondingReadyBlock uint64
	LastProven          uint32
	LastMissReported    uint32
	TotalLeaves         uint64
	Capacity            uint64
	Used                uint64
	LiveDeals           uint32
	ConsecutiveMisses   uint16
	Announced           bool
	Disqualified        bool
	ClassMask           uint64
	QueueHead           uint64
	QueueTail           uint64
	DqPeriod            uint32
	ProvenPeriods       uint32
	MissedPeriods       uint32
	SlashCount          uint32
	PricePerGiB         *big.Int
	SlashAcc            *big.Int
	SlashPool           *big.Int
}

// StorageMarketParams is an auto generated low-level Go binding around an user-defined struct.
type StorageMarketParams struct {
	PeriodBlocks           uint64
	ProofWindow            uint64
	ChallengesPerHeartbeat uint64
	MinStake               *big.Int
	UnbondingDelay         uint64
	MinCollateralBps       uint32
	SlashBps               uint32
	ReporterBountyBps      uint32
	DisqualifyAfterMisses  uint32
}

// StorageMarketMetaData contains all meta data concerning the StorageMarket contract.
var StorageMarketMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"periodBlocks\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengesPerHeartbeat\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"minCollateralBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"slashBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reporterBountyBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disqualifyAfterMisses\",\"type\":\"uint32\"}],\"internalType\":\"structStorageMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyProven\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProofLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTerms\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeNotExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"CollateralTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"name\":\"DealNotEnded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DealNotLive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FarmerDisqualified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrowFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challenge\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChallenge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonceUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotFarmer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotObliged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotParty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRenter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotStaked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToProve\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutsideProofWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"free\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"}],\"name\":\"OverCapacity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"QueueNotFlushed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportTooLate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"Unbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownDeal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownFarmer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"}],\"name\":\"WrongPeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"}],\"name\":\"Announced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"ChallengeAnswered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ChallengeIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"ChallengeMissReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"class\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"DealActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"}],\"name\":\"DealCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"pricePerPeriod\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"}],\"name\":\"DealCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"class\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"moved\",\"type\":\"uint64\"}],\"name\":\"DealDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"earned\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateralToRenter\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashShare\",\"type\":\"uint256\"}],\"name\":\"DealSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"Disqualified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"HeartbeatProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"MissReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SlashShareCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bounty\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyBlock\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEAL_TERMS_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEAF_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PICK_ATTEMPTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"}],\"name\":\"announce\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"leaf\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"answerChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"challengeSeed\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengesPerHeartbeat\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"checkProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"pricePerPeriod\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structStorageMarket.DealTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"renterSig\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"farmerSig\",\"type\":\"bytes\"}],\"name\":\"createDeal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"pricePerPeriod\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structStorageMarket.DealTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"renterSig\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"farmerSig\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"permitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"createDealWithPermit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentPeriod\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"dealCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disqualifyAfterMisses\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"farmerAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"farmerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"flush\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxChanges\",\"type\":\"uint256\"}],\"name\":\"flushSome\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"}],\"name\":\"getDeal\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"startPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"leaves\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"class\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"shardLeaves\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"classIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"pricePerPeriod\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"challengeLeaf\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"accStart\",\"type\":\"uint256\"}],\"internalType\":\"structStorageMarket.Deal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"getFarmer\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"stake\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"locked\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"unbonding\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"unbondingReadyBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"lastProven\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lastMissReported\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"totalLeaves\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"used\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"liveDeals\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"consecutiveMisses\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"announced\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"disqualified\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"classMask\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueTail\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"dqPeriod\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"provenPeriods\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"missedPeriods\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"slashCount\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"pricePerGiB\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"slashAcc\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashPool\",\"type\":\"uint256\"}],\"internalType\":\"structStorageMarket.Farmer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"renter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"shardSize\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"pricePerPeriod\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"periods\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structStorageMarket.DealTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"hashDealTerms\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"leaves\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"heartbeat\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minCollateralBps\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"nonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"peerInfo\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"addrs\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"periodBlocks\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"periodStart\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"pickChallenge\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"leaf\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proofWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"provenBits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"}],\"name\":\"reportChallengeMissed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"reportMissed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporterBountyBps\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"farmer\",\"type\":\"address\"}],\"name\":\"reputation\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"provenPeriods\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"missedPeriods\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"slashes\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"disqualified\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"}],\"name\":\"seedBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"dealId\",\"type\":\"uint64\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashBps\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6102c080604052346104e35780615b8d803803809161001e82856104fb565b833981010361014081126104e3578151916001600160a01b038316918284036104e35761012090601f1901126104e3576040519061012082016001600160401b038111838210176104e7576040526100786020820161051e565b82526100866040820161051e565b916020810192835261009a6060830161051e565b60408201908152608083015190956001600160801b03821682036104e357606083019182526100cb60a0850161051e565b608084019081526100de60c08601610532565b9060a085019182526100f260e08701610532565b9360c0860194855261011b61012061010d6101008a01610532565b9860e08901998a5201610532565b986101008701998a526040516101326040826104fb565b6015815260208101907f4772616e6172792053746f726167654d61726b6574000000000000000000000082526040519161016d6040846104fb565b600183526020830191603160f81b835261018681610543565b6101205261019384610543565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526101fc60c0826104fb565b5190206080523060c05286516001600160401b03168015919082156104d0575b82156104b7575b82156104a2575b50811561048f575b8115610478575b8115610464575b8115610450575b8115610440575b8115610437575b5061042857610160939093526001600160401b0343811661018052945185166101a052955184166101c052965183166101e052516001600160801b03166102005292511661022052925163ffffffff908116610240529051811661026052915182166102805251166102a0526040516155de90816105af823960805181614dd4015260a05181614e8b015260c05181614d9e015260e05181614e2301526101005181614e49015261012051816115eb0152610140518161161501526101605181818161023f01528181610d6b0152818161138401528181612b9a0152818161303201528181613cf701528181613d5b015261416c01526101805181818161259401528181613422015261357901526101a051818181612c91015281816134520152818161354801526137af01526101c051818181610388015281816113e601526137df01526101e051818181611a660152612e8c015261020051818181610f0001528181612bed01528181612e230152613c8b0152610220518181816108fa0152612d9c0152610240518181816116ea0152613c25015261026051818181611ecc0152612f320152610280518181816104bd01528181611f0901526122fe01526102a0518181816120330152612c2e0152f35b63019af63760e01b5f5260045ffd5b9050155f610255565b8a5163ffffffff1615915061024e565b905061271063ffffffff8951161190610247565b905061271063ffffffff8751161190610240565b8b5160406001600160401b03909116119150610239565b8b516001600160401b0316159150610232565b8a516001600160401b0316101591505f61022a565b8a516101006001600160401b0390911610159250610223565b8a516001600160401b031615925061021c565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b601f909101601f19168101906001600160401b038211908210176104e757604052565b51906001600160401b03821682036104e357565b519063ffffffff821682036104e357565b601f81511161056e57602081519101516020821061055f571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f5f3560e01c80630206cad6146130e157806303fa513114612f7f5780630604061814612f565780630681e65114612f15578063151d0d2d14612ef95780631647795e14612eb05780631b553a7914612e6c5780632309572114612cee57806327e235e314612cb55780632a71222c14612c715780632ef6cf5b14612c5257806332ca5edb14612c11578063375b3c0a14612bcd5780633ccfd60b14612b2d5780634b9ba4461461271e5780634c125e79146125b85780634cdc9c63146125745780634d3fba8b1461252f5780634e0725a814612499578063563bb835146121905780636054bd0414611dbb5780636986013b14611d4657806379c76e1a14611d1b5780637b0253f5146119815780637cf589fb1461170e5780637d8ce315146116cd57806384b0196e146115d1578063915d9f841461152f57806392d1d9ef146114365780639d4040d01461140a578063a479265d146113c6578063a694fc3a146112ed578063a9b148a814610e50578063b9f7945114610de3578063bd45b39714610dc5578063bed9d86114610cd8578063bfffeec314610c9d578063c0e1594914610c80578063c13b90db14610c48578063c34f741514610aec578063c51f9b1d14610aa9578063d62cadc71461091e578063db7dd35a146108da578063e7609c1614610508578063eadb3c9c146104e1578063edebae8d146104a0578063eff6fc12146102715763fc0c546a1461022a575f80fd5b3461026e578060031936011261026e576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b503461026e57602036600319011261026e576001600160401b03610293613292565b1680825260076020526040822080549091906001600160a01b0381168015610491573303610482576102c361340d565b60048260e01c161591821592610467575b50811561044b575b50610439576001820180546001600160a01b0381168552600460205260408520600201549193909160f81c61042a5760040190815460c01c61041b575f194301438111610407576103817f2a4949228866346c32d496145ed6b8239f54b8e1de2ee79690bd2308868fa39493926001600160401b03809360405160208101914082528860408201526040815261037360608261339a565b5190209160a01c1690613887565b16936103b67f00000000000000000000000000000000000000000000000000000000000000006001600160401b0343166134da565b916103c186826134fa565b80546001600160c01b031660c084901b6001600160c01b03191617905554604080516001600160401b0396871681529590921660208601526001600160a01b031693a380f35b634e487b7160e01b86526011600452602486fd5b633a0002a960e01b8552600485fd5b63b559c6d560e01b8552600485fd5b60016223ff6960e21b03198352600483fd5b905063ffffffff8061045c85614453565b16911610155f6102dc565b63ffffffff91925060a01c1663ffffffff821610905f6102d4565b6331abab6160e01b8452600484fd5b637bc98d7360e11b8552600485fd5b503461026e578060031936011261026e57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e578060031936011261026e5760206001600160401b0360025416604051908152f35b503461026e57602036600319011261026e5760406102e091610528613269565b816102c084516105378161337e565b82815282602082015282868201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152015260018060a01b031681526004602052206102c06040516105e68161337e565b60068354936001600160801b03851683528460801c602084015260018101546001600160801b03811660408501526001600160401b038160801c16606085015263ffffffff8160c01c16608085015260e01c60a084015260028101546001600160401b03811660c08501526001600160401b038160401c1660e08501526001600160401b038160801c1661010085015263ffffffff8160c01c1661012085015261ffff8160e01c1661014085015260ff8160f01c16151561016085015260f81c151561018084015260038101546001600160401b0381166101a08501526001600160401b038160401c166101c08501526001600160401b038160801c166101e085015263ffffffff8160c01c1661020085015260e01c6102208401526001600160801b03600482015463ffffffff811661024086015263ffffffff8160201c1661026086015260401c1661028084015260058101546102a08401520154828201526001600160801b03604051931683526001600160801b0360208201511660208401526001600160801b0360408201511660408401526001600160401b03606082015116606084015263ffffffff608082015116608084015263ffffffff60a08201511660a08401526001600160401b0360c08201511660c08401526001600160401b0360e08201511660e08401526001600160401b036101008201511661010084015263ffffffff6101208201511661012084015261ffff61014082015116610140840152610160810151151561016084015261018081015115156101808401526001600160401b036101a0820151166101a08401526001600160401b036101c0820151166101c08401526001600160401b036101e0820151166101e084015263ffffffff6102008201511661020084015263ffffffff6102208201511661022084015263ffffffff6102408201511661024084015263ffffffff610260820151166102608401526001600160801b03610280820151166102808401526102a08101516102a084015201516102c0820152f35b503461026e578060031936011261026e5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e57606036600319011261026e57610938613292565b6024356001600160401b038111610aa55761095790369060040161323c565b6044356001600160401b038111610aa15761097e6001600160401b039136906004016132e2565b9190941693848652600760205260408620926001840194855460018060a01b0381163303610a925760048601958654908160c01c8015610a83574311610a74576101008503610a6557916109f6959391836001600160401b038080600360028d9b990154940154169360801c169360a01c16906148a5565b919015918215610a5a575b5050610a465780546001600160c01b03169055546001600160a01b0316907fbd875e42fc9a7ca0acda0f0f777265662f8f218ee7a2e45499502e40a34982e58380a380f35b635e3fa05160e01b84526004849052602484fd5b141590505f80610a01565b63320b6c1d60e21b8b5260048bfd5b63f06506c560e01b8b5260048bfd5b637bab49db60e11b8c5260048cfd5b631b22c0a560e11b8952600489fd5b8480fd5b8280fd5b503461026e57604036600319011261026e576020906040906001600160a01b03610ad1613269565b168152600d8352818120602435825283522054604051908152f35b503461026e57604036600319011261026e57610b06613269565b90602435610b12614855565b9060018060a01b0384169283815260046020526040812092600384019463ffffffff8654946001600160401b03808760401c169660801c166001600160401b03610b5c88836135d7565b16821015610c4057506001600160401b03610b789116866134da565b925b16955b6001600160401b038516946001600160401b038416861015610c2e57828552600c602052604085208686526020526040852054958863ffffffff8860401c161015610c185790610be491848752600c6020526040872090875260205285604081205561390b565b946001600160401b0381169060601c60ff16600103610c0d57610c0890878a615215565b610b7d565b610c0890878a614f73565b509550935050509350610c2b925061383f565b80f35b9550935050509350610c2b925061383f565b905092610b7a565b503461026e57602036600319011261026e576020610c67600435613813565b905460405160039290921b1c6001600160a01b03168152f35b503461026e578060031936011261026e5760206040516101008152f35b503461026e578060031936011261026e5760206040517ff00bae3445ebbf8277ed703b9b19f02b2171160abf1b9ce6fd60bb6cbd77d3178152f35b503461026e578060031936011261026e57610cf1613891565b3381526004602052600160408220019081546001600160801b038116908115610db6576001600160401b039060801c1692834310610da25790610d8f916001600160801b031981541690556040518181527f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc60203392a2337f00000000000000000000000000000000000000000000000000000000000000006143d2565b805f5160206155895f395f51905f525d80f35b630622798360e21b83526004849052602483fd5b63098ae75d60e21b8352600483fd5b503461026e578060031936011261026e576020600354604051908152f35b503461026e57602036600319011261026e576080906040906001600160a01b03610e0b613269565b168152600460205220600381015460e01c9063ffffffff6002600483015492015460f81c91604051938452818116602085015260201c16604083015215156060820152f35b503461026e57608036600319011261026e576004356001600160401b0381116112e957610e8190369060040161323c565b6024356001600160401b0381116112e557610ea090369060040161323c565b90604435916001600160801b038316948584036112e157610ebf6132a8565b9333885260046020526040882090600282019182548060f81c6112d25781546001600160801b0381169060801c610ef68183613525565b6001600160801b037f000000000000000000000000000000000000000000000000000000000000000016119182156112b8575b50506112aa57908160ff89949360f01c1615611234575b50906004610f7394920190600160401b600160c01b0382549160401b1690600160401b600160c01b03191617905561383f565b3387526005602052604087206001600160401b03861161116e57610f978154613649565b601f81116111ef575b508588601f821160011461118d578991611182575b508660011b905f198860031b1c19161790555b3387526006602052604087206001600160401b03831161116e57610fec8154613649565b601f8111611129575b5087601f84116001146110935792611065611073936001600160401b039693837fb7b645e23a3fcecf20ac4e2d6b0c75ccdb046747c64123e22f1c79ac125540f39a99978d91611088575b508460011b905f198660031b1c19161790555b60405197608089526080890191613867565b918683036020880152613867565b9460408401521660608201528033930390a280f35b90508501355f611040565b8189526020892090601f1985168a5b8181106111115750936001600160401b0396938693611065937fb7b645e23a3fcecf20ac4e2d6b0c75ccdb046747c64123e22f1c79ac125540f39b9a9861107398106110f8575b5050600184811b019055611053565b8601355f19600387901b60f8161c191690555f806110e9565b9192602060018192868b0135815501940192016110a2565b81895260208920601f850160051c81019160208610611164575b601f0160051c01905b8181106111595750610ff5565b89815560010161114c565b9091508190611143565b634e487b7160e01b88526041600452602488fd5b90508201355f610fb5565b828a5260208a20915087601f1981168b5b8181106111d45750106111bb575b5050600186811b019055610fc8565b8301355f19600389901b60f8161c191690555f806111ac565b8684013585556001909401936020938401938b93500161119e565b81895260208920601f880160051c8101916020891061122a575b601f0160051c01905b81811061121f5750610fa0565b898155600101611212565b9091508190611209565b60ff60f01b1916600160f01b178455600354919250906801000000000000000081101561129657916004610f7394926112748560018c9701600355613813565b81549060031b9033821b9160018060a01b03901b191617905591929450610f40565b634e487b7160e01b8b52604160045260248bfd5b6273e5c360e31b8b5260048bfd5b159150816112c9575b505f80610f29565b9050155f6112c1565b63b559c6d560e01b8b5260048bfd5b8680fd5b8380fd5b5080fd5b503461026e57602036600319011261026e5760043561130a613891565b80156113b757338252600460205260408220600281015460f81c6113a85790610d8f916001600160801b036113448184168284541661349c565b166001600160801b03198254161790556040518181527f9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d60203392a230337f0000000000000000000000000000000000000000000000000000000000000000614d32565b63b559c6d560e01b8352600483fd5b631f2a200560e01b8252600482fd5b503461026e578060031936011261026e5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e57602036600319011261026e57602061142e61142961327f565b613796565b604051908152f35b503461026e57606036600319011261026e57611450613269565b6001600160a01b0381168083526004602052604083206002810154909291906001600160401b0316156115205760038301546001600160401b03808260401c169160801c16811091826114e8575b50506114d9576114b692506044359160243591614ae7565b604080516001600160401b039384168152929091166020830152819081015b0390f35b6318a6976160e11b8352600483fd5b9091508452600c6020526040842090845260205263ffffffff604084205460401c1663ffffffff611517614855565b16115f8061149e565b6350ad628b60e01b8452600484fd5b503461026e5760c036600319011261026e576024356001600160401b03811681036112e957604435916001600160401b038316830361026e576115706132a8565b906084356001600160401b0381116112e95761159090369060040161323c565b92909160a435906001600160401b03821161026e5760206115c788888888886115bc3660048b016132e2565b959094600435613721565b6040519015158152f35b503461026e578060031936011261026e576116719061160f7f00000000000000000000000000000000000000000000000000000000000000006153a3565b906116397f00000000000000000000000000000000000000000000000000000000000000006153a3565b90602061167f6040519361164d838661339a565b8385525f368137604051968796600f60f81b885260e08589015260e08801906132be565b9086820360408801526132be565b904660608601523060808601528260a086015284820360c08601528080855193848152019401925b8281106116b657505050500390f35b8351855286955093810193928101926001016116a7565b503461026e578060031936011261026e57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e57602036600319011261026e576040610200916001600160401b03611736613292565b826101e085516117458161334e565b82815282602082015282878201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c082015201521681526007602052206101e06040516117bc8161334e565b60ff60056001600160401b0385549560018060a01b038716855284848863ffffffff60208401818360a01c168152816040860191818560c01c16835285606088019560e01c1685526001880154998a988760c060808b019a60018060a01b038d168c528d60a082019d60a01c168d52019c60e01c168c528d60e060028301549101528d61016060038301548d8116610100840152868160401c16610120840152868160601c1661014084015260801c9101528d6101c060048301546001600160801b0381166101808401528d8160801c166101a084015260c01c91015201548d8d0152604051809e60018060a01b03169052511660208d0152511660408b01525116606089015260018060a01b039051166080880152511660a0860152511660c084015260e081015160e08401526001600160401b036101008201511661010084015263ffffffff6101208201511661012084015263ffffffff610140820151166101408401526001600160801b03610160820151166101608401526001600160801b03610180820151166101808401526001600160401b036101a0820151166101a08401526001600160401b036101c0820151166101c084015201516101e0820152f35b503461026e57606036600319011261026e5761199b61327f565b6024356001600160401b038111610aa5576119ba90369060040161323c565b916044356001600160401b038111610aa1576119da9036906004016132e2565b91338652600460205260408620926002840194855460f81c611d0c5763ffffffff611a0361340d565b169663ffffffff841697808903611cfa5750611a1e84613796565b80431115611ceb57600187019563ffffffff875460c01c1663ffffffff611a44886135f7565b1614611cdc57611a548633614758565b6001600160401b0389541615611ccd577f00000000000000000000000000000000000000000000000000000000000000009168ffffffffffffffff006001600160401b0384169360081b168381046101001484151715611cb9578403611caa5786611ac5919493929433904061360f565b928b948c945b8d8b858810611baf57505050505050505003611ba05791611b3e600392611b1e611b6c95338a52600d60205260408a2062ffffff8260081c168b5260205260408a20600160ff83161b81541790556135f7565b815463ffffffff60c01b191660c09190911b63ffffffff60c01b16179055565b01611b4c815460e01c6135f7565b81546001600160e01b031660e09190911b6001600160e01b031916179055565b805461ffff60e01b19169055337f2d5025e0bde2c5ef9df16a93a8c723a6564023a777de68e7a5b5369f6f839b7e8380a380f35b63320b6c1d60e21b8652600486fd5b879891611bcd8495969798996001600160401b039560409433614ae7565b941681526007602052206002810154926001600160401b03600381600185015460a01c1693015416938a60081b908b8204610100148c151715611c925760018c0192838d11611c79578360081b938085046101001490151715611c7957838311611c71578b8411611c7157611c4b968e95848c9603948b01936149c3565b969015611c5f576001019493929190611acb565b635e3fa05160e01b8e5260045260248dfd5b505050508f80fd5b505050505060248f634e487b7160e01b81526011600452fd5b5050505060248f634e487b7160e01b81526011600452fd5b63320b6c1d60e21b8c5260048cfd5b634e487b7160e01b8d52601160045260248dfd5b6350ad628b60e01b8b5260048bfd5b630b01a8d960e21b8b5260048bfd5b630b436efd60e01b8a5260048afd5b633598e90160e11b8a52600452602489fd5b63b559c6d560e01b8852600488fd5b503461026e57602036600319011261026e57610c2b611d38613269565b611d40614855565b90614758565b503461026e57602036600319011261026e57611dad906114d5611d99611d9360406001600160a01b03611d77613269565b1694858152600560205281812095815260066020522093613681565b92613681565b6040519384936040855260408501906132be565b9083820360208501526132be565b503461026e57602036600319011261026e576001600160401b03611ddd613292565b1680825260076020526040822060048101805460c01c8015612181574311156121725780546001600160c01b031690556001810180546001600160a01b0316845260046020526040842060028101805490939192919060f81c61216357600483019163ffffffff611e50818554166135f7565b1663ffffffff1984541617835560018060a01b0390541680957f7c90ed93add9271ef32a0bbf7119fea07412c09b37963b440fc5b01fc030baf86020604051338152a3546001600160a01b0316611ea561340d565b918354612710611ef2611ec56001600160801b0384169360801c84613525565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016906133bb565b049281841161215a575b612710611f2f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016866133bb565b04926001600160801b03611f50611f4686886133e2565b948288169061347c565b166001600160801b0319885416178755805467ffffffff00000000611f7d63ffffffff8360201c166135f7565b60201b169067ffffffff000000001916179055600161ffff885460e01c160161ffff811161214657875461ffff60e01b191660e09190911b61ffff60e01b16178755338952600960205260408920611fd6848254613525565b905580156120d45788526009602052611ff460408920918254613525565b90555b6040519182526020820152847f2ad67d4a3e40fbdc9faeef32237ae01635b2ec4451e4e61d0bafed3606cfa42160403393a382549163ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661ffff8460e01c161015612065578580f35b6001600160f81b03909216600160f81b17909255600301805463ffffffff60c01b191660c083901b63ffffffff60c01b161790557f0e5f0a9a0de8fa6b166c27ab4ad8b5da7f70859f89838f266c3a3c4b5eb639489060209063ffffffff60405191168152a25f808080808580f35b50600685016120e4828254613525565b9055670de0b6b3a7640000810290808204670de0b6b3a764000014901517156121325761211c906001600160401b03875416906133ef565b61212b60058601918254613525565b9055611ff7565b634e487b7160e01b88526011600452602488fd5b634e487b7160e01b8a52601160045260248afd5b92508092611efc565b63b559c6d560e01b8652600486fd5b630a8f83ff60e11b8452600484fd5b637bab49db60e11b8552600485fd5b503461026e57604036600319011261026e576121aa613269565b6024359063ffffffff8216918281036112e55760018060a01b03821692838552600460205260408520916002830193845460f81c61248a576121f36121ee836135f7565b613532565b431061247b57612205611429836135f7565b431161246c576001840190815463ffffffff612220856135f7565b1663ffffffff8260c01c161461245d5763ffffffff61223e856135f7565b169060e01c1461244e578261225291614758565b6001600160401b038554161561243f57906122736122c692611b4c836135f7565b600484019263ffffffff612289818654166135f7565b1663ffffffff19855416178455867f10947da3a8d80f54a5210cfa094b67ee3abb30467c08a1e855db634c3b09f37c6020604051338152a36135f7565b908254906127106122e7611ec56001600160801b0385169460801c85613525565b0491808311612437575b61271061232463ffffffff7f000000000000000000000000000000000000000000000000000000000000000016856133bb565b04916001600160801b0361234561233b85876133e2565b938287169061347c565b166001600160801b0319875416178655805467ffffffff0000000061237263ffffffff8360201c166135f7565b60201b169067ffffffff000000001916179055600161ffff875460e01c160161ffff811161242357865461ffff60e01b191660e09190911b61ffff60e01b161786553388526009602052604088206123cb838254613525565b9055600685016123dc828254613525565b9055670de0b6b3a7640000810290808204670de0b6b3a7640000149015171561213257612414906001600160401b03875416906133ef565b611ff460058601918254613525565b634e487b7160e01b89526011600452602489fd5b9150816122f1565b63ed924a4f60e01b8752600487fd5b63770c15e360e01b8852600488fd5b630b01a8d960e21b8952600489fd5b635f1da34960e11b8752600487fd5b6341c86e2f60e01b8752600487fd5b63b559c6d560e01b8752600487fd5b503461026e57366003190161018081126112e9576101401361026e57610144356001600160401b0381116112e9576124d590369060040161323c565b90610164356001600160401b0381116112e5579161250e916124fe60209594369060040161323c565b929091612509613891565b613928565b905f5160206155895f395f51905f525d6001600160401b0360405191168152f35b503461026e57606036600319011261026e576024356001600160a01b03811681036112e9576044359163ffffffff8316830361026e57602061142e848460043561360f565b503461026e578060031936011261026e5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e57602036600319011261026e576125d2613292565b6001600160401b038116808352600760205260408320805491929091906001600160a01b038216801561270f5733036127005761260d61340d565b9160068160e01c16158015906126e2575b6126d057827fac120057a4d7a2d11c235fc4237c48c25fcd908319030a0f96ae21e8230b6193949263ffffffff6126ba938161265b6020986135f7565b9160a01c1691829116115f146126ca5750612675826135f7565b935b805463ffffffff60c01b191660c086901b63ffffffff60c01b16178155805460ff60e01b19811660e091821c60ff1660101790911b60ff60e01b161781556145f7565b63ffffffff60405191168152a280f35b93612677565b60016223ff6960e21b03198652600486fd5b5063ffffffff6126f185614453565b1663ffffffff8416101561261e565b6331abab6160e01b8552600485fd5b637bc98d7360e11b8652600486fd5b503461026e57602036600319011261026e57612738613292565b90612741613891565b6001600160401b03821680825260076020526040822080549093906001600160a01b03811615612b1e578060e01c60048116612b105761278086614453565b9163ffffffff61278e61340d565b8185169182911610612afe57506004870196875460c01c431115612aef578697612834600460ff61281563ffffffff9a9b61281060018801986128036127fd604060018060a01b038d54169586815289602052209d60038c01549563ffffffff8760801c9560a01c16906144dc565b826133bb565b9d8e9360601c16906133bb565b6133e2565b855460ff60e01b1916919097169190911760e01b60ff60e01b16178355565b61286f61284f6001600160801b03835416875460801c61347c565b86546001600160801b031660809190911b6001600160801b031916178655565b60028501906128aa61288a63ffffffff845460c01c166135a1565b835463ffffffff60c01b191660c09190911b63ffffffff60c01b16178355565b848a908b98845460f81c5f14612a6c575050506001600160801b039054169460016009845460e01c1614612a46575b50815460ff60e01b19811660e091821c60fe1660081790911b60ff60e01b161782556002825460e01c16156129b9575b5091839185936129466129406080987febf32034af550ab364a5e2970bb17aff7eb4a19797766cf7a84efea89f6c77729a98613525565b84613525565b915b546001600160a01b03168a52600960205260408a20805461296a908890613525565b9055546001600160a01b031689526009602052604089208054909161298e91613525565b9055604051938452602084015260408301526060820152a2805f5160206155895f395f51905f525d80f35b82546001600160401b038160a01c169060981c908068ffffffffffffffff0083160461010014901517156121465791612a3a7febf32034af550ab364a5e2970bb17aff7eb4a19797766cf7a84efea89f6c777298969492612a3467ffffffffffffff0060809a9896166001600160401b0383548c1c166135d7565b906134fa565b91939550919395612909565b612a659196506001600160401b03845460a01c16600584015491614707565b945f6128d9565b9093507febf32034af550ab364a5e2970bb17aff7eb4a19797766cf7a84efea89f6c777299976001600160801b03612ab28160809c9a989699959954168284541661349c565b166001600160801b03198254161790556002835460e01c1615612ad6575b50612948565b612ae990612ae261340d565b90846145f7565b5f612ad0565b633a0002a960e01b8752600487fd5b638e23e8d760e01b8752600452602486fd5b62560ff960e81b8552600485fd5b637bc98d7360e11b8452600484fd5b503461026e578060031936011261026e57612b46613891565b338152600960205260408120548015612bbe57610d8f9033835260096020528260408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a2337f00000000000000000000000000000000000000000000000000000000000000006143d2565b630686827b60e51b8252600482fd5b503461026e578060031936011261026e5760206040516001600160801b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e578060031936011261026e57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e57602036600319011261026e57602061142e6121ee61327f565b503461026e578060031936011261026e5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e57602036600319011261026e576020906040906001600160a01b03612cdd613269565b168152600983522054604051908152f35b503461026e57602036600319011261026e5760043580156113b7573382526004602052604082206001600160801b0381541690818311612e5557600281015463ffffffff8160c01c1615159081612e49575b5080612e0e575b612dff57906001600160801b03612d8460016001600160401b039483612d70818916809761347c565b16841982541617815501928284541661349c565b166001600160801b0319825416178155612dca612dc37f00000000000000000000000000000000000000000000000000000000000000008443166134da565b80926134fa565b6040519283521660208201527f21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c60403392a280f35b630a68850160e11b8452600484fd5b50612e1983836133e2565b6001600160801b037f00000000000000000000000000000000000000000000000000000000000000001611612d47565b905060f81c155f612d40565b60448484846322df051360e11b8352600452602452fd5b503461026e578060031936011261026e5760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e57604036600319011261026e5760209060ff906040906001600160a01b03612edb613269565b16815260088452818120602435825284522054166040519015158152f35b503461026e578060031936011261026e57602060405160108152f35b503461026e578060031936011261026e57602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b503461026e578060031936011261026e576020612f7161340d565b63ffffffff60405191168152f35b50346130dd57366003190161020081126130dd57610140136130dd57610144356001600160401b0381116130dd57612fbb90369060040161323c565b91610164356001600160401b0381116130dd57612fdc90369060040161323c565b906101a4359460ff86168096036130dd57612ff5613891565b60a4356001600160801b038116908181036130dd575060c4359063ffffffff8216908183036130dd5761302892506133bb565b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169791600435918216918281036130dd5750883b156130dd5760e45f928360209b604051968795869463d505accf60e01b86526004860152306024860152604485015261018435606485015260848401526101c43560a48401526101e43560c48401525af16130c7575b5061250e9394613928565b61250e94505f6130d69161339a565b5f936130bc565b5f80fd5b346130dd576101403660031901126130dd576004356001600160a01b038116908181036130dd57506024356001600160a01b038116908181036130dd5750606435916001600160401b038316928381036130dd5750608435916001600160401b038316928381036130dd575060a435926001600160801b038416938481036130dd575060c43563ffffffff8116908181036130dd575060e435946001600160801b038616928387036130dd576020976042975060405195898701977ff00bae3445ebbf8277ed703b9b19f02b2171160abf1b9ce6fd60bb6cbd77d317895260408801526060870152604435608087015260a086015260c085015260e0840152610100830152610120820152610104356101408201526101243561016082015261016081526132116101808261339a565b51902061321c614d9b565b906040519161190160f01b83526002830152602282015220604051908152f35b9181601f840112156130dd578235916001600160401b0383116130dd57602083818601950101116130dd57565b600435906001600160a01b03821682036130dd57565b6004359063ffffffff821682036130dd57565b600435906001600160401b03821682036130dd57565b606435906001600160401b03821682036130dd57565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b9181601f840112156130dd578235916001600160401b0383116130dd576020808501948460051b0101116130dd57565b356001600160a01b03811681036130dd5790565b356001600160401b03811681036130dd5790565b356001600160801b03811681036130dd5790565b61020081019081106001600160401b0382111761336a57604052565b634e487b7160e01b5f52604160045260245ffd5b6102e081019081106001600160401b0382111761336a57604052565b90601f801991011681019081106001600160401b0382111761336a57604052565b818102929181159184041417156133ce57565b634e487b7160e01b5f52601160045260245ffd5b919082039182116133ce57565b81156133f9570490565b634e487b7160e01b5f52601260045260245ffd5b63ffffffff6134786134486001600160401b037f000000000000000000000000000000000000000000000000000000000000000016436133e2565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016906133ef565b1690565b906001600160801b03809116911603906001600160801b0382116133ce57565b906001600160801b03809116911601906001600160801b0382116133ce57565b6001600160401b036001911601906001600160401b0382116133ce57565b906001600160401b03809116911601906001600160401b0382116133ce57565b805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b919082018092116133ce57565b61356f61359e9163ffffffff6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001691166133bb565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016613525565b90565b63ffffffff5f199116019063ffffffff82116133ce57565b6001600160401b035f19911601906001600160401b0382116133ce57565b906001600160401b03809116911603906001600160401b0382116133ce57565b63ffffffff60019116019063ffffffff82116133ce57565b9163ffffffff90604051926020840194855260018060a01b031660408401521660608201526060815261364360808261339a565b51902090565b90600182811c92168015613677575b602083101461366357565b634e487b7160e01b5f52602260045260245ffd5b91607f1691613658565b9060405191825f82549261369484613649565b80845293600181169081156136ff57506001146136bb575b506136b99250038361339a565b565b90505f9291925260205f20905f915b8183106136e35750509060206136b9928201015f6136ac565b60209193508060019154838589010152019101909184926136ca565b9050602092506136b994915060ff191682840152151560051b8201015f6136ac565b9492909593916101008414801590613785575b8015613769575b61375d5761374a9688966148a5565b8192919261375757505090565b14919050565b50505050505050505f90565b506001600160401b0387166001600160401b038316101561373b565b506001600160401b03811615613734565b6137d56137a561380592613532565b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001690613525565b6001600160401b037f000000000000000000000000000000000000000000000000000000000000000016906133e2565b5f1981019081116133ce5790565b60035481101561382b5760035f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b9067ffffffffffffffff60401b82549160401b169067ffffffffffffffff60401b1916179055565b908060209392818452848401375f828201840152601f01601f1916010190565b81156133f9570690565b5f5160206155895f395f51905f525c6138b75760015f5160206155895f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b9291926001600160401b03821161336a57604051916138ef601f8201601f19166020018461339a565b8294818452818301116130dd578281602093845f960137010152565b6001600160401b03166001600160401b0381146133ce5760010190565b939290916004356001600160a01b03811690036130dd57336004356001600160a01b03161415806143b3575b6143a457610124354211614395575f9260018060a01b03600435165f52600860205260405f20610104355f5260205260ff60405f205416614386576064356001600160401b038116141595866130dd576001600160401b0360643516158015614375575b8015614358575b801561433a575b8015614320575b80156142f4575b6142e5576139e26004613312565b6139ec6024613312565b6139f66064613326565b91613a016084613326565b91613a0c60a461333a565b9060c0600401359463ffffffff861686036130dd576042957ff00bae3445ebbf8277ed703b9b19f02b2171160abf1b9ce6fd60bb6cbd77d317956001600160801b039463ffffffff9386926001600160401b03918290613a6c60e461333a565b60408051602081019e8f526001600160a01b039d8e16918101919091529b90991660608c015260443560808c01521660a08a01521660c08801521660e086015216610100840152166101208201526101043561014082015261012435610160808301919091528152613ae06101808261339a565b519020613aeb614d9b565b906040519161190160f01b8352600283015260228201522091856130dd57613b2191613b189136916138c6565b82600435614eb1565b156142c5576024356001600160a01b038116141592836130dd57613b5392613b4a9136916138c6565b90602435614eb1565b156142a6576130dd576024356001600160a01b03165f908152600460205260409020600281015460f081901c60ff1615614297578060f81c614288576001600160401b03808260401c169160801c168082115f1461428057613bb4916135d7565b846130dd576001600160401b0316806001600160401b03606435161161425f57506001600160801b0360a4351660a435036130dd5763ffffffff60c4351660c435036130dd57613c1763ffffffff60c435166001600160801b0360a435166133bb565b90612710613c4b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016846133bb565b046001600160801b0360e4351660e435036130dd57806001600160801b0360e435161061424d57506001600160801b03905416915f926001600160801b037f000000000000000000000000000000000000000000000000000000000000000016613cc0816001600160801b0360e43516613525565b82106142225750506130dd576040516370a0823160e01b81526001600160a01b0360048035821690830152602090829060249082907f0000000000000000000000000000000000000000000000000000000000000000165afa9081156141e5575f916141f0575b5060405190636eb1769f60e11b825260018060a01b0360043516600483015230602483015260208260448160018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa9182156141e5575f926141b1575b5082811080156141a8575b61419057505060018060a01b03600435165f52600860205260405f20610104355f5260205260405f20600160ff1982541617905560025493613de06001600160401b03861661390b565b67ffffffffffffffff199095166001600160401b0386161760025584613e0c613e0761340d565b6135f7565b916130dd576001600160401b0381165f90815260076020526040902080546001600160c01b0319166004356001600160a01b03161760a084901b63ffffffff60a01b161781559363ffffffff83811660c4358216019060643560081c66ffffffffffffff169082116133ce57865463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091178655613efe906001870180546001600160e01b0319166024356001600160a01b03161760a083901b67ffffffffffffffff60a01b161781559060ff90613ee5906001600160401b031661548d565b825460ff60e01b1916911660e01b60ff60e01b16179055565b60443560028601556001600160401b0360843516608435036130dd5760038501805463ffffffff60601b60c43560601b1663ffffffff60401b90911666ffffffffffffff60843560081c16176001600160801b031960a43560801b16171790556130dd576140e86141669260046136b996016001600160801b0360e435166001600160801b031982541617905560405160443581526001600160401b036064351660208201526001600160401b036084351660408201526001600160801b0360a43516606082015263ffffffff60c4351660808201526001600160801b0360e4351660a082015263ffffffff821660c082015260018060a01b03602435169060018060a01b0360043516907fafe0be3037cb25002fe49dae595d99814aa129753a435b35de2d5f9ea4c0022260e06001600160401b03881692a460018060a01b03602435165f5260046020526140e3600260405f206001600160801b0361406a60e4358284541661347c565b166001600160801b03198254161781556140ad61408d60e435835460801c61349c565b82546001600160801b031660809190911b6001600160801b031916178255565b016140d06140ca6064356001600160401b03845460801c166134da565b826134fa565b611b1e63ffffffff825460c01c166135f7565b6135a1565b60018060a01b03602435165f52600460205260405f209160018060a01b03602435165f52600c602052600360405f209301926001600160401b03845460801c165f526020526001600160401b0363ffffffff60401b600160601b9360401b169116171760405f2055612a346001600160401b03825460801c166134bc565b306004357f0000000000000000000000000000000000000000000000000000000000000000614d32565b6326bc21df60e11b5f5260045260245260445260645ffd5b50828210613d96565b9091506020813d6020116141dd575b816141cd6020938361339a565b810103126130dd5751905f613d8b565b3d91506141c0565b6040513d5f823e3d90fd5b90506020813d60201161421a575b8161420b6020938361339a565b810103126130dd57515f613d27565b3d91506141fe565b614237906001600160801b0360e43516613525565b906322df051360e11b5f5260045260245260445ffd5b63507465e960e11b5f5260045260245ffd5b631bf05ee360e31b5f526004526001600160401b036064351660245260445ffd5b50505f613bb4565b63b559c6d560e01b5f5260045ffd5b6370ce61b760e11b5f5260045ffd5b639a7d38d960e01b5f908152602480356001600160a01b031660045290fd5b639a7d38d960e01b5f908152600480356001600160a01b03169052602490fd5b638dc5992160e01b5f5260045ffd5b505f94506024356001600160a01b038116908181036130dd57506004356001600160a01b0316146139d4565b5060c43563ffffffff8116908181036130dd5750156139cd565b506084356001600160401b03811681036130dd5760ff1615156139c6565b506084356001600160401b038116908181036130dd5750156139bf565b505f965060643560ff1615156139b8565b631f6d5aef60e01b5f5260045ffd5b630407b05b60e31b5f5260045ffd5b63c8ee2d1d60e01b5f5260045ffd5b506024356001600160a01b038116908181036130dd5750331415613954565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615614432575b604052156144125750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b90600181151661444a57823b15153d15161690614407565b503d5f823e3d90fd5b90815463ffffffff8160c01c16926001808060a01b03910154165f52600460205260405f20600281015460f81c806144b8575b61448e575050565b63ffffffff9192935060038291015460c01c169160a01c168082115f146144b3575090565b905090565b508363ffffffff600383015460c01c1610614486565b5f1981146133ce5760010190565b9092919263ffffffff5f941663ffffffff82168111156145ef5762ffffff8260081c16915f19820191821190816133ce57939291908160081c83955b818711156145295750505050505050565b9091929394959760018060a01b0387165f52600d60205260405f20895f5260205260405f2054868a146145e2575b84848b146145a8575b5090815f925b614589575061457e9161457891613525565b986144ce565b959493929190614518565b915f1983018381116133ce576145a293169283916144ce565b92614566565b6133ce5760ff861660ff81106145c0575b5084614560565b600181018091116133ce576001901b905f1982019182116133ce57165f6145b9565b5f1960ff84161b16614557565b505f93505050565b6001810180546001600160a01b03165f908152600460205260409020825460ff60e01b19811660e091821c60ff1660021790911b60ff60e01b16179092559092908054936001600160401b038560a01c169460981c948068ffffffffffffffff0087160461010014901517156133ce576136b994612a3467ffffffffffffff006002614693940192166001600160401b03835460801c166135d7565b60018060a01b0390541691825f52600460205260405f20925f52600c602052600360405f209301926001600160401b03845460801c165f526020526001600160401b0363ffffffff60401b600160611b9360401b169116171760405f2055612a346001600160401b03825460801c166134bc565b92916147356006926001600160401b0361472e670de0b6b3a76400009460058901546133e2565b91166133bb565b0492018054808411614750575b8361474c916133e2565b9055565b925082614742565b9160018060a01b03831690815f52600460205260405f209160038301908154926001600160401b03808560401c169460801c169261479685856135d7565b505b6001600160401b038516948486101561484357835f52600c60205260405f20865f5260205260405f20549563ffffffff891663ffffffff8860401c16101561483057906147fc91855f52600c60205260405f20905f526020525f604081205561390b565b946001600160401b0381169060601c60ff166001036148255761482090878a615215565b614798565b61482090878a614f73565b5095509350955050506136b9925061383f565b95509350955050506136b9925061383f565b61485d61340d565b61486681613796565b4311801561487c575b61359e5761359e906135a1565b5063ffffffff81161561486f565b909392938483116130dd5784116130dd578160051b01920390565b95929193906001600160401b03909897959816936001600160401b038116916148ce8387613525565b5f1981019081116133ce576148f56148ee856001600160401b03936133ef565b9386614f55565b169583156133f9575f198301928084116133ce5761493e938561494393828b145f146149b85761492b61493192614936946133bb565b906133e2565b6154af565b9384916154af565b613525565b99878b116149a7576020916001825f936040519385855383850137019060025afa156130dd575f51958082116130dd5761499482866149a2996001600160401b038e978161499a9a160616906153f1565b9461488a565b9290916153f1565b149190565b50505050505050505090505f905f90565b5061493691506154af565b94989794966001600160401b0383811697921695949293926149e58888613525565b5f1981019081116133ce57614a0c614a058a6001600160401b03936133ef565b9686614f55565b169688156133f9575f198601908682116133ce578991898103614ad657614931614a469261492b614a5695614a40946133bb565b966154af565b614a508789613525565b90613525565b9a828c11614ac6576020916001825f936040519385855383850137019060025afa156130dd57614ac061499a94614aba6001600160401b038d966149a29b825f5191614aae8d614aa68982613525565b908b8d61488a565b959094160616906153f1565b96613525565b9161488a565b50505050505094505050505f9190565b5050614a46614a40614a56926154af565b935f906001600160401b036003614b2d60405160208101908882528960408201525f606082015260608152614b1d60808261339a565b5190208360028801541690613887565b94015416925b6001600160401b03841615614d23575f90614b576001600160401b038619166134bc565b85165b60016001600160401b03821611614cfe57508160018060a01b0389165f52600a60205260405f20905f5260205260405f2054916001600160401b03831692838310614bbc57505090614bab916133e2565b92614bb5816135b9565b1692614b33565b949793965f965093946001935060401c6001600160401b031691505b6010831115614c3d575b5050604080516020810193845290810193909352506001600160401b03858116600160ff1b1760608401529495509293926134789291849190614c3281608081015b03601f19810183528261339a565b519020911690613887565b90919650614ce494506040516020810190614c6f81614c248b8989876040919493926060820195825260208201520152565b5190209660018060a01b0389165f52600b60205260405f20825f5260205260405f20614ca4846001600160801b038b16613887565b5f526020526001600160401b0360405f20541697885f5260076020526001600160401b03600160405f20015460a01c169687916002851b9060801c613887565b10614cf957614cf2906144ce565b9190614bd8565b614be2565b677fffffffffffffff614d19916001999397991c16926144ce565b9196949096614b5a565b6318a6976160e11b5f5260045ffd5b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f5114821615614d83575b6040525f606052156144125750565b90600181151661444a57823b15153d15161690614d74565b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480614e88575b15614df6577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261364360c08261339a565b507f00000000000000000000000000000000000000000000000000000000000000004614614dcd565b9190823b614f005790614ec391615453565b506004811015614eec57159182614ed957505090565b6001600160a01b03918216911614919050565b634e487b7160e01b5f52602160045260245ffd5b916020926064835f94519060405193630b135d3f60e11b855260048501526040602485015286820190604485015e8281018201859052601f01601f191601915afa630b135d3f60e11b5f5114601f3d11161690565b906001600160401b03169081156133f9576001600160401b03160490565b916001600160401b031691825f52600760205260405f20916001835460e01c161561520f577f6d8ce6ba5dfed5714ee6bc2fbb0526bab05e632dcc6a9b97034c8d1068dcf992916001600160401b036060926001860160ff815460e01c169360018060a01b031696875f52600a60205260405f20855f526020528860405f209363ffffffff600384015460401c169361501187875460401c166135b9565b5f96888216918d8b848a0361516e575b509161505c8b94926150d39796945f52600b6020528d60405f20905f5260205260405f20845f5260205260405f20861981541690558261383f565b8361507081855460a01c16828454166135d7565b16841982541617905515615150575b81815460a01c16826150986002860192828454166135d7565b82548519169116179055855460ff60e01b19811660e091821c60fe1660081790911b60ff60e01b161786555460a01c16600585015491614707565b91826150f1575b5050506040519384526020840152166040820152a3565b60207f486c2be16c16d7dc040b31fcaef3c72d4902b802491e182adaf7b660ea6d86069160018060a01b038154165f526009825260405f20615134868254613525565b9055546040519485526001600160a01b031693a35f88816150da565b60038301805460018c1b84161981168416841990911617905561507f565b99509161505c8b9492846150d39897955f52600b60205260405f208d5f5260205260405f20855f526020528660405f2054169c815f52600b60205260405f20905f5260205260405f208c5f526020528c8760405f20911688198254161790558c5f5260076020526152008c600360405f20019063ffffffff60401b82549160401b169063ffffffff60401b1916179055565b9294969750929450508b615021565b50505050565b90916001600160401b031691825f52600760205260405f206008815460e01c1661520f576001600160401b03927ffc225b8d11672789a218fe789858b2204954a5ef25862b84a57af551c1f944ed926153968360056001604096019361536c63ffffffff8b60ff885460e01c169860018060a01b03169b8c98895f52600a6020528b5f208b5f526020528b5f2080548d1c938385169b5f52600b6020528d5f208d5f526020528d5f208c5f526020528d5f209084198254161790556152e26152dc8c6134bc565b8261383f565b826152f681845460a01c16828454166134da565b1683198254161790558a8280600160038a01931b1681835416171683198254161790555460a01c166001600160401b036153376002870192828454166134da565b166001600160401b031982541617905516600385019063ffffffff60401b82549160401b169063ffffffff60401b1916179055565b01546005820155805460ff60e01b19811660e091821c60ff1660011790911b60ff60e01b16179055565b82519182526020820152a3565b60ff811690601f82116153d257604051916153bf60408461339a565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b919081101561382b5760051b0190565b929190915f905b808210615406575050505090565b90919293600190818616155f146154395761542d906154268585886153e1565b35906154df565b94811c939201906153f8565b61544e906154488585886153e1565b356154df565b61542d565b81519190604183036154835761547c9250602082015190606060408401519301515f1a90615506565b9192909190565b50505f9160029190565b905f915b6001811161549c5750565b6154a99060011c926144ce565b91615491565b60018111156154da575f1981019081116133ce576154cc9061548d565b600181018091116133ce5790565b505f90565b60415f9160209360405191600183536001830152602182015260025afa156130dd575f5190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161557d579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156141e5575f516001600160a01b0381161561557357905f905f90565b505f906001905f90565b5050505f916003919056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00a26469706673582212202c06e56ca33fd432ecf65304280afa7c9f73fd32c25814fa350f85022279f73364736f6c634300081c0033",
}

// StorageMarketABI is the input ABI used to generate the binding from.
// Deprecated: Use StorageMarketMetaData.ABI instead.
var StorageMarketABI = StorageMarketMetaData.ABI

// StorageMarketBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StorageMarketMetaData.Bin instead.
var StorageMarketBin = StorageMarketMetaData.Bin

// DeployStorageMarket deploys a new Ethereum contract, binding an instance of StorageMarket to it.
func DeployStorageMarket(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, p StorageMarketParams) (common.Address, *types.Transaction, *StorageMarket, error) {
	parsed, err := StorageMarketMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StorageMarketBin), backend, token_, p)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &StorageMarket{StorageMarketCaller: StorageMarketCaller{contract: contract}, StorageMarketTransactor: StorageMarketTransactor{contract: contract}, StorageMarketFilterer: StorageMarketFilterer{contract: contract}}, nil
}

// StorageMarket is an auto generated Go binding around an Ethereum contract.
type StorageMarket struct {
	StorageMarketCaller     // Read-only binding to the contract
	StorageMarketTransactor // Write-only binding to the contract
	StorageMarketFilterer   // Log filterer for contract events
}

// StorageMarketCaller is an auto generated read-only Go binding around an Ethereum contract.
type StorageMarketCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StorageMarketTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StorageMarketTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StorageMarketFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StorageMarketFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StorageMarketSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StorageMarketSession struct {
	Contract     *StorageMarket    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StorageMarketCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StorageMarketCallerSession struct {
	Contract *StorageMarketCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// StorageMarketTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StorageMarketTransactorSession struct {
	Contract     *StorageMarketTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// StorageMarketRaw is an auto generated low-level Go binding around an Ethereum contract.
type StorageMarketRaw struct {
	Contract *StorageMarket // Generic contract binding to access the raw methods on
}

// StorageMarketCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StorageMarketCallerRaw struct {
	Contract *StorageMarketCaller // Generic read-only contract binding to access the raw methods on
}

// StorageMarketTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StorageMarketTransactorRaw struct {
	Contract *StorageMarketTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStorageMarket creates a new instance of StorageMarket, bound to a specific deployed contract.
func NewStorageMarket(address common.Address, backend bind.ContractBackend) (*StorageMarket, error) {
	contract, err := bindStorageMarket(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StorageMarket{StorageMarketCaller: StorageMarketCaller{contract: contract}, StorageMarketTransactor: StorageMarketTransactor{contract: contract}, StorageMarketFilterer: StorageMarketFilterer{contract: contract}}, nil
}

// NewStorageMarketCaller creates a new read-only instance of StorageMarket, bound to a specific deployed contract.
func NewStorageMarketCaller(address common.Address, caller bind.ContractCaller) (*StorageMarketCaller, error) {
	contract, err := bindStorageMarket(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StorageMarketCaller{contract: contract}, nil
}

// NewStorageMarketTransactor creates a new write-only instance of StorageMarket, bound to a specific deployed contract.
func NewStorageMarketTransactor(address common.Address, transactor bind.ContractTransactor) (*StorageMarketTransactor, error) {
	contract, err := bindStorageMarket(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StorageMarketTransactor{contract: contract}, nil
}

// NewStorageMarketFilterer creates a new log filterer instance of StorageMarket, bound to a specific deployed contract.
func NewStorageMarketFilterer(address common.Address, filterer bind.ContractFilterer) (*StorageMarketFilterer, error) {
	contract, err := bindStorageMarket(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StorageMarketFilterer{contract: contract}, nil
}

// bindStorageMarket binds a generic wrapper to an already deployed contract.
func bindStorageMarket(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StorageMarketMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StorageMarket *StorageMarketRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StorageMarket.Contract.StorageMarketCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StorageMarket *StorageMarketRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StorageMarket.Contract.StorageMarketTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StorageMarket *StorageMarketRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StorageMarket.Contract.StorageMarketTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StorageMarket *StorageMarketCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StorageMarket.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StorageMarket *StorageMarketTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StorageMarket.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StorageMarket *StorageMarketTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StorageMarket.Contract.contract.Transact(opts, method, params...)
}

// DEALTERMSTYPEHASH is a free data retrieval call binding the contract method 0xbfffeec3.
//
// Solidity: function DEAL_TERMS_TYPEHASH() view returns(bytes32)
func (_StorageMarket *StorageMarketCaller) DEALTERMSTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "DEAL_TERMS_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEALTERMSTYPEHASH is a free data retrieval call binding the contract method 0xbfffeec3.
//
// Solidity: function DEAL_TERMS_TYPEHASH() view returns(bytes32)
func (_StorageMarket *StorageMarketSession) DEALTERMSTYPEHASH() ([32]byte, error) {
	return _StorageMarket.Contract.DEALTERMSTYPEHASH(&_StorageMarket.CallOpts)
}

// DEALTERMSTYPEHASH is a free data retrieval call binding the contract method 0xbfffeec3.
//
// Solidity: function DEAL_TERMS_TYPEHASH() view returns(bytes32)
func (_StorageMarket *StorageMarketCallerSession) DEALTERMSTYPEHASH() ([32]byte, error) {
	return _StorageMarket.Contract.DEALTERMSTYPEHASH(&_StorageMarket.CallOpts)
}

// LEAFSIZE is a free data retrieval call binding the contract method 0xc0e15949.
//
// Solidity: function LEAF_SIZE() view returns(uint256)
func (_StorageMarket *StorageMarketCaller) LEAFSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "LEAF_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LEAFSIZE is a free data retrieval call binding the contract method 0xc0e15949.
//
// Solidity: function LEAF_SIZE() view returns(uint256)
func (_StorageMarket *StorageMarketSession) LEAFSIZE() (*big.Int, error) {
	return _StorageMarket.Contract.LEAFSIZE(&_StorageMarket.CallOpts)
}

// LEAFSIZE is a free data retrieval call binding the contract method 0xc0e15949.
//
// Solidity: function LEAF_SIZE() view returns(uint256)
func (_StorageMarket *StorageMarketCallerSession) LEAFSIZE() (*big.Int, error) {
	return _StorageMarket.Contract.LEAFSIZE(&_StorageMarket.CallOpts)
}

// MAXPICKATTEMPTS is a free data retrieval call binding the contract method 0x151d0d2d.
//
// Solidity: function MAX_PICK_ATTEMPTS() view returns(uint256)
func (_StorageMarket *StorageMarketCaller) MAXPICKATTEMPTS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "MAX_PICK_ATTEMPTS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPICKATTEMPTS is a free data retrieval call binding the contract method 0x151d0d2d.
//
// Solidity: function MAX_PICK_ATTEMPTS() view returns(uint256)
func (_StorageMarket *StorageMarketSession) MAXPICKATTEMPTS() (*big.Int, error) {
	return _StorageMarket.Contract.MAXPICKATTEMPTS(&_StorageMarket.CallOpts)
}

// MAXPICKATTEMPTS is a free data retrieval call binding the contract method 0x151d0d2d.
//
// Solidity: function MAX_PICK_ATTEMPTS() view returns(uint256)
func (_StorageMarket *StorageMarketCallerSession) MAXPICKATTEMPTS() (*big.Int, error) {
	return _StorageMarket.Contract.MAXPICKATTEMPTS(&_StorageMarket.CallOpts)
}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_StorageMarket *StorageMarketCaller) Balances(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "balances", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_StorageMarket *StorageMarketSession) Balances(arg0 common.Address) (*big.Int, error) {
	return _StorageMarket.Contract.Balances(&_StorageMarket.CallOpts, arg0)
}

// Balances is a free data retrieval call binding the contract method 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (_StorageMarket *StorageMarketCallerSession) Balances(arg0 common.Address) (*big.Int, error) {
	return _StorageMarket.Contract.Balances(&_StorageMarket.CallOpts, arg0)
}

// ChallengeSeed is a free data retrieval call binding the contract method 0x4d3fba8b.
//
// Solidity: function challengeSeed(bytes32 blockHash, address farmer, uint32 period) pure returns(bytes32)
func (_StorageMarket *StorageMarketCaller) ChallengeSeed(opts *bind.CallOpts, blockHash [32]byte, farmer common.Address, period uint32) ([32]byte, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "challengeSeed", blockHash, farmer, period)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChallengeSeed is a free data retrieval call binding the contract method 0x4d3fba8b.
//
// Solidity: function challengeSeed(bytes32 blockHash, address farmer, uint32 period) pure returns(bytes32)
func (_StorageMarket *StorageMarketSession) ChallengeSeed(blockHash [32]byte, farmer common.Address, period uint32) ([32]byte, error) {
	return _StorageMarket.Contract.ChallengeSeed(&_StorageMarket.CallOpts, blockHash, farmer, period)
}

// ChallengeSeed is a free data retrieval call binding the contract method 0x4d3fba8b.
//
// Solidity: function challengeSeed(bytes32 blockHash, address farmer, uint32 period) pure returns(bytes32)
func (_StorageMarket *StorageMarketCallerSession) ChallengeSeed(blockHash [32]byte, farmer common.Address, period uint32) ([32]byte, error) {
	return _StorageMarket.Contract.ChallengeSeed(&_StorageMarket.CallOpts, blockHash, farmer, period)
}

// ChallengesPerHeartbeat is a free data retrieval call binding the contract method 0x1b553a79.
//
// Solidity: function challengesPerHeartbeat() view returns(uint64)
func (_StorageMarket *StorageMarketCaller) ChallengesPerHeartbeat(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "challengesPerHeartbeat")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ChallengesPerHeartbeat is a free data retrieval call binding the contract method 0x1b553a79.
//
// Solidity: function challengesPerHeartbeat() view returns(uint64)
func (_StorageMarket *StorageMarketSession) ChallengesPerHeartbeat() (uint64, error) {
	return _StorageMarket.Contract.ChallengesPerHeartbeat(&_StorageMarket.CallOpts)
}

// ChallengesPerHeartbeat is a free data retrieval call binding the contract method 0x1b553a79.
//
// Solidity: function challengesPerHeartbeat() view returns(uint64)
func (_StorageMarket *StorageMarketCallerSession) ChallengesPerHeartbeat() (uint64, error) {
	return _StorageMarket.Contract.ChallengesPerHeartbeat(&_StorageMarket.CallOpts)
}

// CheckProof is a free data retrieval call binding the contract method 0x915d9f84.
//
// Solidity: function checkProof(bytes32 root, uint64 leaves, uint64 shardLeaves, uint64 leaf, bytes data, bytes32[] path) view returns(bool)
func (_StorageMarket *StorageMarketCaller) CheckProof(opts *bind.CallOpts, root [32]byte, leaves uint64, shardLeaves uint64, leaf uint64, data []byte, path [][32]byte) (bool, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "checkProof", root, leaves, shardLeaves, leaf, data, path)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CheckProof is a free data retrieval call binding the contract method 0x915d9f84.
//
// Solidity: function checkProof(bytes32 root, uint64 leaves, uint64 shardLeaves, uint64 leaf, bytes data, bytes32[] path) view returns(bool)
func (_StorageMarket *StorageMarketSession) CheckProof(root [32]byte, leaves uint64, shardLeaves uint64, leaf uint64, data []byte, path [][32]byte) (bool, error) {
	return _StorageMarket.Contract.CheckProof(&_StorageMarket.CallOpts, root, leaves, shardLeaves, leaf, data, path)
}

// CheckProof is a free data retrieval call binding the contract method 0x915d9f84.
//
// Solidity: function checkProof(bytes32 root, uint64 leaves, uint64 shardLeaves, uint64 leaf, bytes data, bytes32[] path) view returns(bool)
func (_StorageMarket *StorageMarketCallerSession) CheckProof(root [32]byte, leaves uint64, shardLeaves uint64, leaf uint64, data []byte, path [][32]byte) (bool, error) {
	return _StorageMarket.Contract.CheckProof(&_StorageMarket.CallOpts, root, leaves, shardLeaves, leaf, data, path)
}

// CurrentPeriod is a free data retrieval call binding the contract method 0x06040618.
//
// Solidity: function currentPeriod() view returns(uint32)
func (_StorageMarket *StorageMarketCaller) CurrentPeriod(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "currentPeriod")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// CurrentPeriod is a free data retrieval call binding the contract method 0x06040618.
//
// Solidity: function currentPeriod() view returns(uint32)
func (_StorageMarket *StorageMarketSession) CurrentPeriod() (uint32, error) {
	return _StorageMarket.Contract.CurrentPeriod(&_StorageMarket.CallOpts)
}

// CurrentPeriod is a free data retrieval call binding the contract method 0x06040618.
//
// Solidity: function currentPeriod() view returns(uint32)
func (_StorageMarket *StorageMarketCallerSession) CurrentPeriod() (uint32, error) {
	return _StorageMarket.Contract.CurrentPeriod(&_StorageMarket.CallOpts)
}

// DealCount is a free data retrieval call binding the contract method 0xeadb3c9c.
//
// Solidity: function dealCount() view returns(uint64)
func (_StorageMarket *StorageMarketCaller) DealCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "dealCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// DealCount is a free data retrieval call binding the contract method 0xeadb3c9c.
//
// Solidity: function dealCount() view returns(uint64)
func (_StorageMarket *StorageMarketSession) DealCount() (uint64, error) {
	return _StorageMarket.Contract.DealCount(&_StorageMarket.CallOpts)
}

// DealCount is a free data retrieval call binding the contract method 0xeadb3c9c.
//
// Solidity: function dealCount() view returns(uint64)
func (_StorageMarket *StorageMarketCallerSession) DealCount() (uint64, error) {
	return _StorageMarket.Contract.DealCount(&_StorageMarket.CallOpts)
}

// DisqualifyAfterMisses is a free data retrieval call binding the contract method 0x32ca5edb.
//
// Solidity: function disqualifyAfterMisses() view returns(uint32)
func (_StorageMarket *StorageMarketCaller) DisqualifyAfterMisses(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "disqualifyAfterMisses")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DisqualifyAfterMisses is a free data retrieval call binding the contract method 0x32ca5edb.
//
// Solidity: function disqualifyAfterMisses() view returns(uint32)
func (_StorageMarket *StorageMarketSession) DisqualifyAfterMisses() (uint32, error) {
	return _StorageMarket.Contract.DisqualifyAfterMisses(&_StorageMarket.CallOpts)
}

// DisqualifyAfterMisses is a free data retrieval call binding the contract method 0x32ca5edb.
//
// Solidity: function disqualifyAfterMisses() view returns(uint32)
func (_StorageMarket *StorageMarketCallerSession) DisqualifyAfterMisses() (uint32, error) {
	return _StorageMarket.Contract.DisqualifyAfterMisses(&_StorageMarket.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StorageMarket *StorageMarketCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "eip712Domain")

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
func (_StorageMarket *StorageMarketSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StorageMarket.Contract.Eip712Domain(&_StorageMarket.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StorageMarket *StorageMarketCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StorageMarket.Contract.Eip712Domain(&_StorageMarket.CallOpts)
}

// FarmerAt is a free data retrieval call binding the contract method 0xc13b90db.
//
// Solidity: function farmerAt(uint256 i) view returns(address)
func (_StorageMarket *StorageMarketCaller) FarmerAt(opts *bind.CallOpts, i *big.Int) (common.Address, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "farmerAt", i)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FarmerAt is a free data retrieval call binding the contract method 0xc13b90db.
//
// Solidity: function farmerAt(uint256 i) view returns(address)
func (_StorageMarket *StorageMarketSession) FarmerAt(i *big.Int) (common.Address, error) {
	return _StorageMarket.Contract.FarmerAt(&_StorageMarket.CallOpts, i)
}

// FarmerAt is a free data retrieval call binding the contract method 0xc13b90db.
//
// Solidity: function farmerAt(uint256 i) view returns(address)
func (_StorageMarket *StorageMarketCallerSession) FarmerAt(i *big.Int) (common.Address, error) {
	return _StorageMarket.Contract.FarmerAt(&_StorageMarket.CallOpts, i)
}

// FarmerCount is a free data retrieval call binding the contract method 0xbd45b397.
//
// Solidity: function farmerCount() view returns(uint256)
func (_StorageMarket *StorageMarketCaller) FarmerCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "farmerCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FarmerCount is a free data retrieval call binding the contract method 0xbd45b397.
//
// Solidity: function farmerCount() view returns(uint256)
func (_StorageMarket *StorageMarketSession) FarmerCount() (*big.Int, error) {
	return _StorageMarket.Contract.FarmerCount(&_StorageMarket.CallOpts)
}

// FarmerCount is a free data retrieval call binding the contract method 0xbd45b397.
//
// Solidity: function farmerCount() view returns(uint256)
func (_StorageMarket *StorageMarketCallerSession) FarmerCount() (*big.Int, error) {
	return _StorageMarket.Contract.FarmerCount(&_StorageMarket.CallOpts)
}

// GenesisBlock is a free data retrieval call binding the contract method 0x4cdc9c63.
//
// Solidity: function genesisBlock() view returns(uint64)
func (_StorageMarket *StorageMarketCaller) GenesisBlock(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "genesisBlock")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// GenesisBlock is a free data retrieval call binding the contract method 0x4cdc9c63.
//
// Solidity: function genesisBlock() view returns(uint64)
func (_StorageMarket *StorageMarketSession) GenesisBlock() (uint64, error) {
	return _StorageMarket.Contract.GenesisBlock(&_StorageMarket.CallOpts)
}

// GenesisBlock is a free data retrieval call binding the contract method 0x4cdc9c63.
//
// Solidity: function genesisBlock() view returns(uint64)
func (_StorageMarket *StorageMarketCallerSession) GenesisBlock() (uint64, error) {
	return _StorageMarket.Contract.GenesisBlock(&_StorageMarket.CallOpts)
}

// GetDeal is a free data retrieval call binding the contract method 0x7cf589fb.
//
// Solidity: function getDeal(uint64 dealId) view returns((address,uint32,uint32,uint8,address,uint64,uint8,bytes32,uint64,uint32,uint32,uint128,uint128,uint64,uint64,uint256))
func (_StorageMarket *StorageMarketCaller) GetDeal(opts *bind.CallOpts, dealId uint64) (StorageMarketDeal, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "getDeal", dealId)

	if err != nil {
		return *new(StorageMarketDeal), err
	}

	out0 := *abi.ConvertType(out[0], new(StorageMarketDeal)).(*StorageMarketDeal)

	return out0, err

}

// GetDeal is a free data retrieval call binding the contract method 0x7cf589fb.
//
// Solidity: function getDeal(uint64 dealId) view returns((address,uint32,uint32,uint8,address,uint64,uint8,bytes32,uint64,uint32,uint32,uint128,uint128,uint64,uint64,uint256))
func (_StorageMarket *StorageMarketSession) GetDeal(dealId uint64) (StorageMarketDeal, error) {
	return _StorageMarket.Contract.GetDeal(&_StorageMarket.CallOpts, dealId)
}

// GetDeal is a free data retrieval call binding the contract method 0x7cf589fb.
//
// Solidity: function getDeal(uint64 dealId) view returns((address,uint32,uint32,uint8,address,uint64,uint8,bytes32,uint64,uint32,uint32,uint128,uint128,uint64,uint64,uint256))
func (_StorageMarket *StorageMarketCallerSession) GetDeal(dealId uint64) (StorageMarketDeal, error) {
	return _StorageMarket.Contract.GetDeal(&_StorageMarket.CallOpts, dealId)
}

// GetFarmer is a free data retrieval call binding the contract method 0xe7609c16.
//
// Solidity: function getFarmer(address farmer) view returns((uint128,uint128,uint128,uint64,uint32,uint32,uint64,uint64,uint64,uint32,uint16,bool,bool,uint64,uint64,uint64,uint32,uint32,uint32,uint32,uint128,uint256,uint256))
func (_StorageMarket *StorageMarketCaller) GetFarmer(opts *bind.CallOpts, farmer common.Address) (StorageMarketFarmer, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "getFarmer", farmer)

	if err != nil {
		return *new(StorageMarketFarmer), err
	}

	out0 := *abi.ConvertType(out[0], new(StorageMarketFarmer)).(*StorageMarketFarmer)

	return out0, err

}

// GetFarmer is a free data retrieval call binding the contract method 0xe7609c16.
//
// Solidity: function getFarmer(address farmer) view returns((uint128,uint128,uint128,uint64,uint32,uint32,uint64,uint64,uint64,uint32,uint16,bool,bool,uint64,uint64,uint64,uint32,uint32,uint32,uint32,uint128,uint256,uint256))
func (_StorageMarket *StorageMarketSession) GetFarmer(farmer common.Address) (StorageMarketFarmer, error) {
	return _StorageMarket.Contract.GetFarmer(&_StorageMarket.CallOpts, farmer)
}

// GetFarmer is a free data retrieval call binding the contract method 0xe7609c16.
//
// Solidity: function getFarmer(address farmer) view returns((uint128,uint128,uint128,uint64,uint32,uint32,uint64,uint64,uint64,uint32,uint16,bool,bool,uint64,uint64,uint64,uint32,uint32,uint32,uint32,uint128,uint256,uint256))
func (_StorageMarket *StorageMarketCallerSession) GetFarmer(farmer common.Address) (StorageMarketFarmer, error) {
	return _StorageMarket.Contract.GetFarmer(&_StorageMarket.CallOpts, farmer)
}

// HashDealTerms is a free data retrieval call binding the contract method 0x0206cad6.
//
// Solidity: function hashDealTerms((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t) view returns(bytes32)
func (_StorageMarket *StorageMarketCaller) HashDealTerms(opts *bind.CallOpts, t StorageMarketDealTerms) ([32]byte, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "hashDealTerms", t)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashDealTerms is a free data retrieval call binding the contract method 0x0206cad6.
//
// Solidity: function hashDealTerms((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t) view returns(bytes32)
func (_StorageMarket *StorageMarketSession) HashDealTerms(t StorageMarketDealTerms) ([32]byte, error) {
	return _StorageMarket.Contract.HashDealTerms(&_StorageMarket.CallOpts, t)
}

// HashDealTerms is a free data retrieval call binding the contract method 0x0206cad6.
//
// Solidity: function hashDealTerms((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t) view returns(bytes32)
func (_StorageMarket *StorageMarketCallerSession) HashDealTerms(t StorageMarketDealTerms) ([32]byte, error) {
	return _StorageMarket.Contract.HashDealTerms(&_StorageMarket.CallOpts, t)
}

// MinCollateralBps is a free data retrieval call binding the contract method 0x7d8ce315.
//
// Solidity: function minCollateralBps() view returns(uint32)
func (_StorageMarket *StorageMarketCaller) MinCollateralBps(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "minCollateralBps")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MinCollateralBps is a free data retrieval call binding the contract method 0x7d8ce315.
//
// Solidity: function minCollateralBps() view returns(uint32)
func (_StorageMarket *StorageMarketSession) MinCollateralBps() (uint32, error) {
	return _StorageMarket.Contract.MinCollateralBps(&_StorageMarket.CallOpts)
}

// MinCollateralBps is a free data retrieval call binding the contract method 0x7d8ce315.
//
// Solidity: function minCollateralBps() view returns(uint32)
func (_StorageMarket *StorageMarketCallerSession) MinCollateralBps() (uint32, error) {
	return _StorageMarket.Contract.MinCollateralBps(&_StorageMarket.CallOpts)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_StorageMarket *StorageMarketCaller) MinStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "minStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_StorageMarket *StorageMarketSession) MinStake() (*big.Int, error) {
	return _StorageMarket.Contract.MinStake(&_StorageMarket.CallOpts)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint128)
func (_StorageMarket *StorageMarketCallerSession) MinStake() (*big.Int, error) {
	return _StorageMarket.Contract.MinStake(&_StorageMarket.CallOpts)
}

// NonceUsed is a free data retrieval call binding the contract method 0x1647795e.
//
// Solidity: function nonceUsed(address , uint256 ) view returns(bool)
func (_StorageMarket *StorageMarketCaller) NonceUsed(opts *bind.CallOpts, arg0 common.Address, arg1 *big.Int) (bool, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "nonceUsed", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// NonceUsed is a free data retrieval call binding the contract method 0x1647795e.
//
// Solidity: function nonceUsed(address , uint256 ) view returns(bool)
func (_StorageMarket *StorageMarketSession) NonceUsed(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _StorageMarket.Contract.NonceUsed(&_StorageMarket.CallOpts, arg0, arg1)
}

// NonceUsed is a free data retrieval call binding the contract method 0x1647795e.
//
// Solidity: function nonceUsed(address , uint256 ) view returns(bool)
func (_StorageMarket *StorageMarketCallerSession) NonceUsed(arg0 common.Address, arg1 *big.Int) (bool, error) {
	return _StorageMarket.Contract.NonceUsed(&_StorageMarket.CallOpts, arg0, arg1)
}

// PeerInfo is a free data retrieval call binding the contract method 0x6986013b.
//
// Solidity: function peerInfo(address farmer) view returns(bytes peerId, bytes addrs)
func (_StorageMarket *StorageMarketCaller) PeerInfo(opts *bind.CallOpts, farmer common.Address) (struct {
	PeerId []byte
	Addrs  []byte
}, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "peerInfo", farmer)

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
func (_StorageMarket *StorageMarketSession) PeerInfo(farmer common.Address) (struct {
	PeerId []byte
	Addrs  []byte
}, error) {
	return _StorageMarket.Contract.PeerInfo(&_StorageMarket.CallOpts, farmer)
}

// PeerInfo is a free data retrieval call binding the contract method 0x6986013b.
//
// Solidity: function peerInfo(address farmer) view returns(bytes peerId, bytes addrs)
func (_StorageMarket *StorageMarketCallerSession) PeerInfo(farmer common.Address) (struct {
	PeerId []byte
	Addrs  []byte
}, error) {
	return _StorageMarket.Contract.PeerInfo(&_StorageMarket.CallOpts, farmer)
}

// PeriodBlocks is a free data retrieval call binding the contract method 0x2a71222c.
//
// Solidity: function periodBlocks() view returns(uint64)
func (_StorageMarket *StorageMarketCaller) PeriodBlocks(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "periodBlocks")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PeriodBlocks is a free data retrieval call binding the contract method 0x2a71222c.
//
// Solidity: function periodBlocks() view returns(uint64)
func (_StorageMarket *StorageMarketSession) PeriodBlocks() (uint64, error) {
	return _StorageMarket.Contract.PeriodBlocks(&_StorageMarket.CallOpts)
}

// PeriodBlocks is a free data retrieval call binding the contract method 0x2a71222c.
//
// Solidity: function periodBlocks() view returns(uint64)
func (_StorageMarket *StorageMarketCallerSession) PeriodBlocks() (uint64, error) {
	return _StorageMarket.Contract.PeriodBlocks(&_StorageMarket.CallOpts)
}

// PeriodStart is a free data retrieval call binding the contract method 0x2ef6cf5b.
//
// Solidity: function periodStart(uint32 period) view returns(uint256)
func (_StorageMarket *StorageMarketCaller) PeriodStart(opts *bind.CallOpts, period uint32) (*big.Int, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "periodStart", period)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PeriodStart is a free data retrieval call binding the contract method 0x2ef6cf5b.
//
// Solidity: function periodStart(uint32 period) view returns(uint256)
func (_StorageMarket *StorageMarketSession) PeriodStart(period uint32) (*big.Int, error) {
	return _StorageMarket.Contract.PeriodStart(&_StorageMarket.CallOpts, period)
}

// PeriodStart is a free data retrieval call binding the contract method 0x2ef6cf5b.
//
// Solidity: function periodStart(uint32 period) view returns(uint256)
func (_StorageMarket *StorageMarketCallerSession) PeriodStart(period uint32) (*big.Int, error) {
	return _StorageMarket.Contract.PeriodStart(&_StorageMarket.CallOpts, period)
}

// PickChallenge is a free data retrieval call binding the contract method 0x92d1d9ef.
//
// Solidity: function pickChallenge(address farmer, bytes32 seed, uint256 i) view returns(uint64 dealId, uint64 leaf)
func (_StorageMarket *StorageMarketCaller) PickChallenge(opts *bind.CallOpts, farmer common.Address, seed [32]byte, i *big.Int) (struct {
	DealId uint64
	Leaf   uint64
}, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "pickChallenge", farmer, seed, i)

	outstruct := new(struct {
		DealId uint64
		Leaf   uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.DealId = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Leaf = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// PickChallenge is a free data retrieval call binding the contract method 0x92d1d9ef.
//
// Solidity: function pickChallenge(address farmer, bytes32 seed, uint256 i) view returns(uint64 dealId, uint64 leaf)
func (_StorageMarket *StorageMarketSession) PickChallenge(farmer common.Address, seed [32]byte, i *big.Int) (struct {
	DealId uint64
	Leaf   uint64
}, error) {
	return _StorageMarket.Contract.PickChallenge(&_StorageMarket.CallOpts, farmer, seed, i)
}

// PickChallenge is a free data retrieval call binding the contract method 0x92d1d9ef.
//
// Solidity: function pickChallenge(address farmer, bytes32 seed, uint256 i) view returns(uint64 dealId, uint64 leaf)
func (_StorageMarket *StorageMarketCallerSession) PickChallenge(farmer common.Address, seed [32]byte, i *big.Int) (struct {
	DealId uint64
	Leaf   uint64
}, error) {
	return _StorageMarket.Contract.PickChallenge(&_StorageMarket.CallOpts, farmer, seed, i)
}

// ProofWindow is a free data retrieval call binding the contract method 0xa479265d.
//
// Solidity: function proofWindow() view returns(uint64)
func (_StorageMarket *StorageMarketCaller) ProofWindow(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "proofWindow")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ProofWindow is a free data retrieval call binding the contract method 0xa479265d.
//
// Solidity: function proofWindow() view returns(uint64)
func (_StorageMarket *StorageMarketSession) ProofWindow() (uint64, error) {
	return _StorageMarket.Contract.ProofWindow(&_StorageMarket.CallOpts)
}

// ProofWindow is a free data retrieval call binding the contract method 0xa479265d.
//
// Solidity: function proofWindow() view returns(uint64)
func (_StorageMarket *StorageMarketCallerSession) ProofWindow() (uint64, error) {
	return _StorageMarket.Contract.ProofWindow(&_StorageMarket.CallOpts)
}

// ProvenBits is a free data retrieval call binding the contract method 0xc51f9b1d.
//
// Solidity: function provenBits(address farmer, uint256 word) view returns(uint256)
func (_StorageMarket *StorageMarketCaller) ProvenBits(opts *bind.CallOpts, farmer common.Address, word *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "provenBits", farmer, word)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProvenBits is a free data retrieval call binding the contract method 0xc51f9b1d.
//
// Solidity: function provenBits(address farmer, uint256 word) view returns(uint256)
func (_StorageMarket *StorageMarketSession) ProvenBits(farmer common.Address, word *big.Int) (*big.Int, error) {
	return _StorageMarket.Contract.ProvenBits(&_StorageMarket.CallOpts, farmer, word)
}

// ProvenBits is a free data retrieval call binding the contract method 0xc51f9b1d.
//
// Solidity: function provenBits(address farmer, uint256 word) view returns(uint256)
func (_StorageMarket *StorageMarketCallerSession) ProvenBits(farmer common.Address, word *big.Int) (*big.Int, error) {
	return _StorageMarket.Contract.ProvenBits(&_StorageMarket.CallOpts, farmer, word)
}

// ReporterBountyBps is a free data retrieval call binding the contract method 0xedebae8d.
//
// Solidity: function reporterBountyBps() view returns(uint32)
func (_StorageMarket *StorageMarketCaller) ReporterBountyBps(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "reporterBountyBps")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// ReporterBountyBps is a free data retrieval call binding the contract method 0xedebae8d.
//
// Solidity: function reporterBountyBps() view returns(uint32)
func (_StorageMarket *StorageMarketSession) ReporterBountyBps() (uint32, error) {
	return _StorageMarket.Contract.ReporterBountyBps(&_StorageMarket.CallOpts)
}

// ReporterBountyBps is a free data retrieval call binding the contract method 0xedebae8d.
//
// Solidity: function reporterBountyBps() view returns(uint32)
func (_StorageMarket *StorageMarketCallerSession) ReporterBountyBps() (uint32, error) {
	return _StorageMarket.Contract.ReporterBountyBps(&_StorageMarket.CallOpts)
}

// Reputation is a free data retrieval call binding the contract method 0xb9f79451.
//
// Solidity: function reputation(address farmer) view returns(uint32 provenPeriods, uint32 missedPeriods, uint32 slashes, bool disqualified)
func (_StorageMarket *StorageMarketCaller) Reputation(opts *bind.CallOpts, farmer common.Address) (struct {
	ProvenPeriods uint32
	MissedPeriods uint32
	Slashes       uint32
	Disqualified  bool
}, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "reputation", farmer)

	outstruct := new(struct {
		ProvenPeriods uint32
		MissedPeriods uint32
		Slashes       uint32
		Disqualified  bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.ProvenPeriods = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.MissedPeriods = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Slashes = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Disqualified = *abi.ConvertType(out[3], new(bool)).(*bool)

	return *outstruct, err

}

// Reputation is a free data retrieval call binding the contract method 0xb9f79451.
//
// Solidity: function reputation(address farmer) view returns(uint32 provenPeriods, uint32 missedPeriods, uint32 slashes, bool disqualified)
func (_StorageMarket *StorageMarketSession) Reputation(farmer common.Address) (struct {
	ProvenPeriods uint32
	MissedPeriods uint32
	Slashes       uint32
	Disqualified  bool
}, error) {
	return _StorageMarket.Contract.Reputation(&_StorageMarket.CallOpts, farmer)
}

// Reputation is a free data retrieval call binding the contract method 0xb9f79451.
//
// Solidity: function reputation(address farmer) view returns(uint32 provenPeriods, uint32 missedPeriods, uint32 slashes, bool disqualified)
func (_StorageMarket *StorageMarketCallerSession) Reputation(farmer common.Address) (struct {
	ProvenPeriods uint32
	MissedPeriods uint32
	Slashes       uint32
	Disqualified  bool
}, error) {
	return _StorageMarket.Contract.Reputation(&_StorageMarket.CallOpts, farmer)
}

// SeedBlock is a free data retrieval call binding the contract method 0x9d4040d0.
//
// Solidity: function seedBlock(uint32 period) view returns(uint256)
func (_StorageMarket *StorageMarketCaller) SeedBlock(opts *bind.CallOpts, period uint32) (*big.Int, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "seedBlock", period)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SeedBlock is a free data retrieval call binding the contract method 0x9d4040d0.
//
// Solidity: function seedBlock(uint32 period) view returns(uint256)
func (_StorageMarket *StorageMarketSession) SeedBlock(period uint32) (*big.Int, error) {
	return _StorageMarket.Contract.SeedBlock(&_StorageMarket.CallOpts, period)
}

// SeedBlock is a free data retrieval call binding the contract method 0x9d4040d0.
//
// Solidity: function seedBlock(uint32 period) view returns(uint256)
func (_StorageMarket *StorageMarketCallerSession) SeedBlock(period uint32) (*big.Int, error) {
	return _StorageMarket.Contract.SeedBlock(&_StorageMarket.CallOpts, period)
}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint32)
func (_StorageMarket *StorageMarketCaller) SlashBps(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "slashBps")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint32)
func (_StorageMarket *StorageMarketSession) SlashBps() (uint32, error) {
	return _StorageMarket.Contract.SlashBps(&_StorageMarket.CallOpts)
}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint32)
func (_StorageMarket *StorageMarketCallerSession) SlashBps() (uint32, error) {
	return _StorageMarket.Contract.SlashBps(&_StorageMarket.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_StorageMarket *StorageMarketCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_StorageMarket *StorageMarketSession) Token() (common.Address, error) {
	return _StorageMarket.Contract.Token(&_StorageMarket.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_StorageMarket *StorageMarketCallerSession) Token() (common.Address, error) {
	return _StorageMarket.Contract.Token(&_StorageMarket.CallOpts)
}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_StorageMarket *StorageMarketCaller) UnbondingDelay(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _StorageMarket.contract.Call(opts, &out, "unbondingDelay")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_StorageMarket *StorageMarketSession) UnbondingDelay() (uint64, error) {
	return _StorageMarket.Contract.UnbondingDelay(&_StorageMarket.CallOpts)
}

// UnbondingDelay is a free data retrieval call binding the contract method 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (_StorageMarket *StorageMarketCallerSession) UnbondingDelay() (uint64, error) {
	return _StorageMarket.Contract.UnbondingDelay(&_StorageMarket.CallOpts)
}

// Announce is a paid mutator transaction binding the contract method 0xa9b148a8.
//
// Solidity: function announce(bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity) returns()
func (_StorageMarket *StorageMarketTransactor) Announce(opts *bind.TransactOpts, peerId []byte, addrs []byte, pricePerGiB *big.Int, capacity uint64) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "announce", peerId, addrs, pricePerGiB, capacity)
}

// Announce is a paid mutator transaction binding the contract method 0xa9b148a8.
//
// Solidity: function announce(bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity) returns()
func (_StorageMarket *StorageMarketSession) Announce(peerId []byte, addrs []byte, pricePerGiB *big.Int, capacity uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.Announce(&_StorageMarket.TransactOpts, peerId, addrs, pricePerGiB, capacity)
}

// Announce is a paid mutator transaction binding the contract method 0xa9b148a8.
//
// Solidity: function announce(bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity) returns()
func (_StorageMarket *StorageMarketTransactorSession) Announce(peerId []byte, addrs []byte, pricePerGiB *big.Int, capacity uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.Announce(&_StorageMarket.TransactOpts, peerId, addrs, pricePerGiB, capacity)
}

// AnswerChallenge is a paid mutator transaction binding the contract method 0xd62cadc7.
//
// Solidity: function answerChallenge(uint64 dealId, bytes leaf, bytes32[] path) returns()
func (_StorageMarket *StorageMarketTransactor) AnswerChallenge(opts *bind.TransactOpts, dealId uint64, leaf []byte, path [][32]byte) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "answerChallenge", dealId, leaf, path)
}

// AnswerChallenge is a paid mutator transaction binding the contract method 0xd62cadc7.
//
// Solidity: function answerChallenge(uint64 dealId, bytes leaf, bytes32[] path) returns()
func (_StorageMarket *StorageMarketSession) AnswerChallenge(dealId uint64, leaf []byte, path [][32]byte) (*types.Transaction, error) {
	return _StorageMarket.Contract.AnswerChallenge(&_StorageMarket.TransactOpts, dealId, leaf, path)
}

// AnswerChallenge is a paid mutator transaction binding the contract method 0xd62cadc7.
//
// Solidity: function answerChallenge(uint64 dealId, bytes leaf, bytes32[] path) returns()
func (_StorageMarket *StorageMarketTransactorSession) AnswerChallenge(dealId uint64, leaf []byte, path [][32]byte) (*types.Transaction, error) {
	return _StorageMarket.Contract.AnswerChallenge(&_StorageMarket.TransactOpts, dealId, leaf, path)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c125e79.
//
// Solidity: function cancel(uint64 dealId) returns()
func (_StorageMarket *StorageMarketTransactor) Cancel(opts *bind.TransactOpts, dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "cancel", dealId)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c125e79.
//
// Solidity: function cancel(uint64 dealId) returns()
func (_StorageMarket *StorageMarketSession) Cancel(dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.Cancel(&_StorageMarket.TransactOpts, dealId)
}

// Cancel is a paid mutator transaction binding the contract method 0x4c125e79.
//
// Solidity: function cancel(uint64 dealId) returns()
func (_StorageMarket *StorageMarketTransactorSession) Cancel(dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.Cancel(&_StorageMarket.TransactOpts, dealId)
}

// Challenge is a paid mutator transaction binding the contract method 0xeff6fc12.
//
// Solidity: function challenge(uint64 dealId) returns()
func (_StorageMarket *StorageMarketTransactor) Challenge(opts *bind.TransactOpts, dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "challenge", dealId)
}

// Challenge is a paid mutator transaction binding the contract method 0xeff6fc12.
//
// Solidity: function challenge(uint64 dealId) returns()
func (_StorageMarket *StorageMarketSession) Challenge(dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.Challenge(&_StorageMarket.TransactOpts, dealId)
}

// Challenge is a paid mutator transaction binding the contract method 0xeff6fc12.
//
// Solidity: function challenge(uint64 dealId) returns()
func (_StorageMarket *StorageMarketTransactorSession) Challenge(dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.Challenge(&_StorageMarket.TransactOpts, dealId)
}

// CreateDeal is a paid mutator transaction binding the contract method 0x4e0725a8.
//
// Solidity: function createDeal((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t, bytes renterSig, bytes farmerSig) returns(uint64)
func (_StorageMarket *StorageMarketTransactor) CreateDeal(opts *bind.TransactOpts, t StorageMarketDealTerms, renterSig []byte, farmerSig []byte) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "createDeal", t, renterSig, farmerSig)
}

// CreateDeal is a paid mutator transaction binding the contract method 0x4e0725a8.
//
// Solidity: function createDeal((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t, bytes renterSig, bytes farmerSig) returns(uint64)
func (_StorageMarket *StorageMarketSession) CreateDeal(t StorageMarketDealTerms, renterSig []byte, farmerSig []byte) (*types.Transaction, error) {
	return _StorageMarket.Contract.CreateDeal(&_StorageMarket.TransactOpts, t, renterSig, farmerSig)
}

// CreateDeal is a paid mutator transaction binding the contract method 0x4e0725a8.
//
// Solidity: function createDeal((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t, bytes renterSig, bytes farmerSig) returns(uint64)
func (_StorageMarket *StorageMarketTransactorSession) CreateDeal(t StorageMarketDealTerms, renterSig []byte, farmerSig []byte) (*types.Transaction, error) {
	return _StorageMarket.Contract.CreateDeal(&_StorageMarket.TransactOpts, t, renterSig, farmerSig)
}

// CreateDealWithPermit is a paid mutator transaction binding the contract method 0x03fa5131.
//
// Solidity: function createDealWithPermit((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t, bytes renterSig, bytes farmerSig, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint64)
func (_StorageMarket *StorageMarketTransactor) CreateDealWithPermit(opts *bind.TransactOpts, t StorageMarketDealTerms, renterSig []byte, farmerSig []byte, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "createDealWithPermit", t, renterSig, farmerSig, permitDeadline, v, r, s)
}

// CreateDealWithPermit is a paid mutator transaction binding the contract method 0x03fa5131.
//
// Solidity: function createDealWithPermit((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t, bytes renterSig, bytes farmerSig, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint64)
func (_StorageMarket *StorageMarketSession) CreateDealWithPermit(t StorageMarketDealTerms, renterSig []byte, farmerSig []byte, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StorageMarket.Contract.CreateDealWithPermit(&_StorageMarket.TransactOpts, t, renterSig, farmerSig, permitDeadline, v, r, s)
}

// CreateDealWithPermit is a paid mutator transaction binding the contract method 0x03fa5131.
//
// Solidity: function createDealWithPermit((address,address,bytes32,uint64,uint64,uint128,uint32,uint128,uint256,uint256) t, bytes renterSig, bytes farmerSig, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) returns(uint64)
func (_StorageMarket *StorageMarketTransactorSession) CreateDealWithPermit(t StorageMarketDealTerms, renterSig []byte, farmerSig []byte, permitDeadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _StorageMarket.Contract.CreateDealWithPermit(&_StorageMarket.TransactOpts, t, renterSig, farmerSig, permitDeadline, v, r, s)
}

// Flush is a paid mutator transaction binding the contract method 0x79c76e1a.
//
// Solidity: function flush(address farmer) returns()
func (_StorageMarket *StorageMarketTransactor) Flush(opts *bind.TransactOpts, farmer common.Address) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "flush", farmer)
}

// Flush is a paid mutator transaction binding the contract method 0x79c76e1a.
//
// Solidity: function flush(address farmer) returns()
func (_StorageMarket *StorageMarketSession) Flush(farmer common.Address) (*types.Transaction, error) {
	return _StorageMarket.Contract.Flush(&_StorageMarket.TransactOpts, farmer)
}

// Flush is a paid mutator transaction binding the contract method 0x79c76e1a.
//
// Solidity: function flush(address farmer) returns()
func (_StorageMarket *StorageMarketTransactorSession) Flush(farmer common.Address) (*types.Transaction, error) {
	return _StorageMarket.Contract.Flush(&_StorageMarket.TransactOpts, farmer)
}

// FlushSome is a paid mutator transaction binding the contract method 0xc34f7415.
//
// Solidity: function flushSome(address farmer, uint256 maxChanges) returns()
func (_StorageMarket *StorageMarketTransactor) FlushSome(opts *bind.TransactOpts, farmer common.Address, maxChanges *big.Int) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "flushSome", farmer, maxChanges)
}

// FlushSome is a paid mutator transaction binding the contract method 0xc34f7415.
//
// Solidity: function flushSome(address farmer, uint256 maxChanges) returns()
func (_StorageMarket *StorageMarketSession) FlushSome(farmer common.Address, maxChanges *big.Int) (*types.Transaction, error) {
	return _StorageMarket.Contract.FlushSome(&_StorageMarket.TransactOpts, farmer, maxChanges)
}

// FlushSome is a paid mutator transaction binding the contract method 0xc34f7415.
//
// Solidity: function flushSome(address farmer, uint256 maxChanges) returns()
func (_StorageMarket *StorageMarketTransactorSession) FlushSome(farmer common.Address, maxChanges *big.Int) (*types.Transaction, error) {
	return _StorageMarket.Contract.FlushSome(&_StorageMarket.TransactOpts, farmer, maxChanges)
}

// Heartbeat is a paid mutator transaction binding the contract method 0x7b0253f5.
//
// Solidity: function heartbeat(uint32 period, bytes leaves, bytes32[] path) returns()
func (_StorageMarket *StorageMarketTransactor) Heartbeat(opts *bind.TransactOpts, period uint32, leaves []byte, path [][32]byte) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "heartbeat", period, leaves, path)
}

// Heartbeat is a paid mutator transaction binding the contract method 0x7b0253f5.
//
// Solidity: function heartbeat(uint32 period, bytes leaves, bytes32[] path) returns()
func (_StorageMarket *StorageMarketSession) Heartbeat(period uint32, leaves []byte, path [][32]byte) (*types.Transaction, error) {
	return _StorageMarket.Contract.Heartbeat(&_StorageMarket.TransactOpts, period, leaves, path)
}

// Heartbeat is a paid mutator transaction binding the contract method 0x7b0253f5.
//
// Solidity: function heartbeat(uint32 period, bytes leaves, bytes32[] path) returns()
func (_StorageMarket *StorageMarketTransactorSession) Heartbeat(period uint32, leaves []byte, path [][32]byte) (*types.Transaction, error) {
	return _StorageMarket.Contract.Heartbeat(&_StorageMarket.TransactOpts, period, leaves, path)
}

// ReportChallengeMissed is a paid mutator transaction binding the contract method 0x6054bd04.
//
// Solidity: function reportChallengeMissed(uint64 dealId) returns()
func (_StorageMarket *StorageMarketTransactor) ReportChallengeMissed(opts *bind.TransactOpts, dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "reportChallengeMissed", dealId)
}

// ReportChallengeMissed is a paid mutator transaction binding the contract method 0x6054bd04.
//
// Solidity: function reportChallengeMissed(uint64 dealId) returns()
func (_StorageMarket *StorageMarketSession) ReportChallengeMissed(dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.ReportChallengeMissed(&_StorageMarket.TransactOpts, dealId)
}

// ReportChallengeMissed is a paid mutator transaction binding the contract method 0x6054bd04.
//
// Solidity: function reportChallengeMissed(uint64 dealId) returns()
func (_StorageMarket *StorageMarketTransactorSession) ReportChallengeMissed(dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.ReportChallengeMissed(&_StorageMarket.TransactOpts, dealId)
}

// ReportMissed is a paid mutator transaction binding the contract method 0x563bb835.
//
// Solidity: function reportMissed(address farmer, uint32 period) returns()
func (_StorageMarket *StorageMarketTransactor) ReportMissed(opts *bind.TransactOpts, farmer common.Address, period uint32) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "reportMissed", farmer, period)
}

// ReportMissed is a paid mutator transaction binding the contract method 0x563bb835.
//
// Solidity: function reportMissed(address farmer, uint32 period) returns()
func (_StorageMarket *StorageMarketSession) ReportMissed(farmer common.Address, period uint32) (*types.Transaction, error) {
	return _StorageMarket.Contract.ReportMissed(&_StorageMarket.TransactOpts, farmer, period)
}

// ReportMissed is a paid mutator transaction binding the contract method 0x563bb835.
//
// Solidity: function reportMissed(address farmer, uint32 period) returns()
func (_StorageMarket *StorageMarketTransactorSession) ReportMissed(farmer common.Address, period uint32) (*types.Transaction, error) {
	return _StorageMarket.Contract.ReportMissed(&_StorageMarket.TransactOpts, farmer, period)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x23095721.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (_StorageMarket *StorageMarketTransactor) RequestUnstake(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "requestUnstake", amount)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x23095721.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (_StorageMarket *StorageMarketSession) RequestUnstake(amount *big.Int) (*types.Transaction, error) {
	return _StorageMarket.Contract.RequestUnstake(&_StorageMarket.TransactOpts, amount)
}

// RequestUnstake is a paid mutator transaction binding the contract method 0x23095721.
//
// Solidity: function requestUnstake(uint256 amount) returns()
func (_StorageMarket *StorageMarketTransactorSession) RequestUnstake(amount *big.Int) (*types.Transaction, error) {
	return _StorageMarket.Contract.RequestUnstake(&_StorageMarket.TransactOpts, amount)
}

// Settle is a paid mutator transaction binding the contract method 0x4b9ba446.
//
// Solidity: function settle(uint64 dealId) returns()
func (_StorageMarket *StorageMarketTransactor) Settle(opts *bind.TransactOpts, dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "settle", dealId)
}

// Settle is a paid mutator transaction binding the contract method 0x4b9ba446.
//
// Solidity: function settle(uint64 dealId) returns()
func (_StorageMarket *StorageMarketSession) Settle(dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.Settle(&_StorageMarket.TransactOpts, dealId)
}

// Settle is a paid mutator transaction binding the contract method 0x4b9ba446.
//
// Solidity: function settle(uint64 dealId) returns()
func (_StorageMarket *StorageMarketTransactorSession) Settle(dealId uint64) (*types.Transaction, error) {
	return _StorageMarket.Contract.Settle(&_StorageMarket.TransactOpts, dealId)
}

// Stake is a paid mutator transaction binding the contract method 0xa694fc3a.
//
// Solidity: function stake(uint256 amount) returns()
func (_StorageMarket *StorageMarketTransactor) Stake(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "stake", amount)
}

// Stake is a paid mutator transaction binding the contract method 0xa694fc3a.
//
// Solidity: function stake(uint256 amount) returns()
func (_StorageMarket *StorageMarketSession) Stake(amount *big.Int) (*types.Transaction, error) {
	return _StorageMarket.Contract.Stake(&_StorageMarket.TransactOpts, amount)
}

// Stake is a paid mutator transaction binding the contract method 0xa694fc3a.
//
// Solidity: function stake(uint256 amount) returns()
func (_StorageMarket *StorageMarketTransactorSession) Stake(amount *big.Int) (*types.Transaction, error) {
	return _StorageMarket.Contract.Stake(&_StorageMarket.TransactOpts, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_StorageMarket *StorageMarketTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_StorageMarket *StorageMarketSession) Withdraw() (*types.Transaction, error) {
	return _StorageMarket.Contract.Withdraw(&_StorageMarket.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_StorageMarket *StorageMarketTransactorSession) Withdraw() (*types.Transaction, error) {
	return _StorageMarket.Contract.Withdraw(&_StorageMarket.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_StorageMarket *StorageMarketTransactor) WithdrawStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StorageMarket.contract.Transact(opts, "withdrawStake")
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_StorageMarket *StorageMarketSession) WithdrawStake() (*types.Transaction, error) {
	return _StorageMarket.Contract.WithdrawStake(&_StorageMarket.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_StorageMarket *StorageMarketTransactorSession) WithdrawStake() (*types.Transaction, error) {
	return _StorageMarket.Contract.WithdrawStake(&_StorageMarket.TransactOpts)
}

// StorageMarketAnnouncedIterator is returned from FilterAnnounced and is used to iterate over the raw logs and unpacked data for Announced events raised by the StorageMarket contract.
type StorageMarketAnnouncedIterator struct {
	Event *StorageMarketAnnounced // Event containing the contract specifics and raw log

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
func (it *StorageMarketAnnouncedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketAnnounced)
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
		it.Event = new(StorageMarketAnnounced)
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
func (it *StorageMarketAnnouncedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketAnnouncedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketAnnounced represents a Announced event raised by the StorageMarket contract.
type StorageMarketAnnounced struct {
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
func (_StorageMarket *StorageMarketFilterer) FilterAnnounced(opts *bind.FilterOpts, farmer []common.Address) (*StorageMarketAnnouncedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "Announced", farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketAnnouncedIterator{contract: _StorageMarket.contract, event: "Announced", logs: logs, sub: sub}, nil
}

// WatchAnnounced is a free log subscription operation binding the contract event 0xb7b645e23a3fcecf20ac4e2d6b0c75ccdb046747c64123e22f1c79ac125540f3.
//
// Solidity: event Announced(address indexed farmer, bytes peerId, bytes addrs, uint128 pricePerGiB, uint64 capacity)
func (_StorageMarket *StorageMarketFilterer) WatchAnnounced(opts *bind.WatchOpts, sink chan<- *StorageMarketAnnounced, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "Announced", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketAnnounced)
				if err := _StorageMarket.contract.UnpackLog(event, "Announced", log); err != nil {
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
func (_StorageMarket *StorageMarketFilterer) ParseAnnounced(log types.Log) (*StorageMarketAnnounced, error) {
	event := new(StorageMarketAnnounced)
	if err := _StorageMarket.contract.UnpackLog(event, "Announced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketChallengeAnsweredIterator is returned from FilterChallengeAnswered and is used to iterate over the raw logs and unpacked data for ChallengeAnswered events raised by the StorageMarket contract.
type StorageMarketChallengeAnsweredIterator struct {
	Event *StorageMarketChallengeAnswered // Event containing the contract specifics and raw log

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
func (it *StorageMarketChallengeAnsweredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketChallengeAnswered)
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
		it.Event = new(StorageMarketChallengeAnswered)
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
func (it *StorageMarketChallengeAnsweredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketChallengeAnsweredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketChallengeAnswered represents a ChallengeAnswered event raised by the StorageMarket contract.
type StorageMarketChallengeAnswered struct {
	DealId uint64
	Farmer common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterChallengeAnswered is a free log retrieval operation binding the contract event 0xbd875e42fc9a7ca0acda0f0f777265662f8f218ee7a2e45499502e40a34982e5.
//
// Solidity: event ChallengeAnswered(uint64 indexed dealId, address indexed farmer)
func (_StorageMarket *StorageMarketFilterer) FilterChallengeAnswered(opts *bind.FilterOpts, dealId []uint64, farmer []common.Address) (*StorageMarketChallengeAnsweredIterator, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "ChallengeAnswered", dealIdRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketChallengeAnsweredIterator{contract: _StorageMarket.contract, event: "ChallengeAnswered", logs: logs, sub: sub}, nil
}

// WatchChallengeAnswered is a free log subscription operation binding the contract event 0xbd875e42fc9a7ca0acda0f0f777265662f8f218ee7a2e45499502e40a34982e5.
//
// Solidity: event ChallengeAnswered(uint64 indexed dealId, address indexed farmer)
func (_StorageMarket *StorageMarketFilterer) WatchChallengeAnswered(opts *bind.WatchOpts, sink chan<- *StorageMarketChallengeAnswered, dealId []uint64, farmer []common.Address) (event.Subscription, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "ChallengeAnswered", dealIdRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketChallengeAnswered)
				if err := _StorageMarket.contract.UnpackLog(event, "ChallengeAnswered", log); err != nil {
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

// ParseChallengeAnswered is a log parse operation binding the contract event 0xbd875e42fc9a7ca0acda0f0f777265662f8f218ee7a2e45499502e40a34982e5.
//
// Solidity: event ChallengeAnswered(uint64 indexed dealId, address indexed farmer)
func (_StorageMarket *StorageMarketFilterer) ParseChallengeAnswered(log types.Log) (*StorageMarketChallengeAnswered, error) {
	event := new(StorageMarketChallengeAnswered)
	if err := _StorageMarket.contract.UnpackLog(event, "ChallengeAnswered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketChallengeIssuedIterator is returned from FilterChallengeIssued and is used to iterate over the raw logs and unpacked data for ChallengeIssued events raised by the StorageMarket contract.
type StorageMarketChallengeIssuedIterator struct {
	Event *StorageMarketChallengeIssued // Event containing the contract specifics and raw log

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
func (it *StorageMarketChallengeIssuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketChallengeIssued)
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
		it.Event = new(StorageMarketChallengeIssued)
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
func (it *StorageMarketChallengeIssuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketChallengeIssuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketChallengeIssued represents a ChallengeIssued event raised by the StorageMarket contract.
type StorageMarketChallengeIssued struct {
	DealId   uint64
	Farmer   common.Address
	Leaf     uint64
	Deadline uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterChallengeIssued is a free log retrieval operation binding the contract event 0x2a4949228866346c32d496145ed6b8239f54b8e1de2ee79690bd2308868fa394.
//
// Solidity: event ChallengeIssued(uint64 indexed dealId, address indexed farmer, uint64 leaf, uint64 deadline)
func (_StorageMarket *StorageMarketFilterer) FilterChallengeIssued(opts *bind.FilterOpts, dealId []uint64, farmer []common.Address) (*StorageMarketChallengeIssuedIterator, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "ChallengeIssued", dealIdRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketChallengeIssuedIterator{contract: _StorageMarket.contract, event: "ChallengeIssued", logs: logs, sub: sub}, nil
}

// WatchChallengeIssued is a free log subscription operation binding the contract event 0x2a4949228866346c32d496145ed6b8239f54b8e1de2ee79690bd2308868fa394.
//
// Solidity: event ChallengeIssued(uint64 indexed dealId, address indexed farmer, uint64 leaf, uint64 deadline)
func (_StorageMarket *StorageMarketFilterer) WatchChallengeIssued(opts *bind.WatchOpts, sink chan<- *StorageMarketChallengeIssued, dealId []uint64, farmer []common.Address) (event.Subscription, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "ChallengeIssued", dealIdRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketChallengeIssued)
				if err := _StorageMarket.contract.UnpackLog(event, "ChallengeIssued", log); err != nil {
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

// ParseChallengeIssued is a log parse operation binding the contract event 0x2a4949228866346c32d496145ed6b8239f54b8e1de2ee79690bd2308868fa394.
//
// Solidity: event ChallengeIssued(uint64 indexed dealId, address indexed farmer, uint64 leaf, uint64 deadline)
func (_StorageMarket *StorageMarketFilterer) ParseChallengeIssued(log types.Log) (*StorageMarketChallengeIssued, error) {
	event := new(StorageMarketChallengeIssued)
	if err := _StorageMarket.contract.UnpackLog(event, "ChallengeIssued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketChallengeMissReportedIterator is returned from FilterChallengeMissReported and is used to iterate over the raw logs and unpacked data for ChallengeMissReported events raised by the StorageMarket contract.
type StorageMarketChallengeMissReportedIterator struct {
	Event *StorageMarketChallengeMissReported // Event containing the contract specifics and raw log

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
func (it *StorageMarketChallengeMissReportedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketChallengeMissReported)
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
		it.Event = new(StorageMarketChallengeMissReported)
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
func (it *StorageMarketChallengeMissReportedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketChallengeMissReportedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketChallengeMissReported represents a ChallengeMissReported event raised by the StorageMarket contract.
type StorageMarketChallengeMissReported struct {
	DealId   uint64
	Farmer   common.Address
	Reporter common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterChallengeMissReported is a free log retrieval operation binding the contract event 0x7c90ed93add9271ef32a0bbf7119fea07412c09b37963b440fc5b01fc030baf8.
//
// Solidity: event ChallengeMissReported(uint64 indexed dealId, address indexed farmer, address reporter)
func (_StorageMarket *StorageMarketFilterer) FilterChallengeMissReported(opts *bind.FilterOpts, dealId []uint64, farmer []common.Address) (*StorageMarketChallengeMissReportedIterator, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "ChallengeMissReported", dealIdRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketChallengeMissReportedIterator{contract: _StorageMarket.contract, event: "ChallengeMissReported", logs: logs, sub: sub}, nil
}

// WatchChallengeMissReported is a free log subscription operation binding the contract event 0x7c90ed93add9271ef32a0bbf7119fea07412c09b37963b440fc5b01fc030baf8.
//
// Solidity: event ChallengeMissReported(uint64 indexed dealId, address indexed farmer, address reporter)
func (_StorageMarket *StorageMarketFilterer) WatchChallengeMissReported(opts *bind.WatchOpts, sink chan<- *StorageMarketChallengeMissReported, dealId []uint64, farmer []common.Address) (event.Subscription, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "ChallengeMissReported", dealIdRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketChallengeMissReported)
				if err := _StorageMarket.contract.UnpackLog(event, "ChallengeMissReported", log); err != nil {
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

// ParseChallengeMissReported is a log parse operation binding the contract event 0x7c90ed93add9271ef32a0bbf7119fea07412c09b37963b440fc5b01fc030baf8.
//
// Solidity: event ChallengeMissReported(uint64 indexed dealId, address indexed farmer, address reporter)
func (_StorageMarket *StorageMarketFilterer) ParseChallengeMissReported(log types.Log) (*StorageMarketChallengeMissReported, error) {
	event := new(StorageMarketChallengeMissReported)
	if err := _StorageMarket.contract.UnpackLog(event, "ChallengeMissReported", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketDealActivatedIterator is returned from FilterDealActivated and is used to iterate over the raw logs and unpacked data for DealActivated events raised by the StorageMarket contract.
type StorageMarketDealActivatedIterator struct {
	Event *StorageMarketDealActivated // Event containing the contract specifics and raw log

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
func (it *StorageMarketDealActivatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketDealActivated)
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
		it.Event = new(StorageMarketDealActivated)
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
func (it *StorageMarketDealActivatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketDealActivatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketDealActivated represents a DealActivated event raised by the StorageMarket contract.
type StorageMarketDealActivated struct {
	Farmer common.Address
	DealId uint64
	Class  uint8
	Index  uint64
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDealActivated is a free log retrieval operation binding the contract event 0xfc225b8d11672789a218fe789858b2204954a5ef25862b84a57af551c1f944ed.
//
// Solidity: event DealActivated(address indexed farmer, uint64 indexed dealId, uint8 class, uint64 index)
func (_StorageMarket *StorageMarketFilterer) FilterDealActivated(opts *bind.FilterOpts, farmer []common.Address, dealId []uint64) (*StorageMarketDealActivatedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "DealActivated", farmerRule, dealIdRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketDealActivatedIterator{contract: _StorageMarket.contract, event: "DealActivated", logs: logs, sub: sub}, nil
}

// WatchDealActivated is a free log subscription operation binding the contract event 0xfc225b8d11672789a218fe789858b2204954a5ef25862b84a57af551c1f944ed.
//
// Solidity: event DealActivated(address indexed farmer, uint64 indexed dealId, uint8 class, uint64 index)
func (_StorageMarket *StorageMarketFilterer) WatchDealActivated(opts *bind.WatchOpts, sink chan<- *StorageMarketDealActivated, farmer []common.Address, dealId []uint64) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "DealActivated", farmerRule, dealIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketDealActivated)
				if err := _StorageMarket.contract.UnpackLog(event, "DealActivated", log); err != nil {
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

// ParseDealActivated is a log parse operation binding the contract event 0xfc225b8d11672789a218fe789858b2204954a5ef25862b84a57af551c1f944ed.
//
// Solidity: event DealActivated(address indexed farmer, uint64 indexed dealId, uint8 class, uint64 index)
func (_StorageMarket *StorageMarketFilterer) ParseDealActivated(log types.Log) (*StorageMarketDealActivated, error) {
	event := new(StorageMarketDealActivated)
	if err := _StorageMarket.contract.UnpackLog(event, "DealActivated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketDealCancelledIterator is returned from FilterDealCancelled and is used to iterate over the raw logs and unpacked data for DealCancelled events raised by the StorageMarket contract.
type StorageMarketDealCancelledIterator struct {
	Event *StorageMarketDealCancelled // Event containing the contract specifics and raw log

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
func (it *StorageMarketDealCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketDealCancelled)
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
		it.Event = new(StorageMarketDealCancelled)
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
func (it *StorageMarketDealCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketDealCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketDealCancelled represents a DealCancelled event raised by the StorageMarket contract.
type StorageMarketDealCancelled struct {
	DealId    uint64
	EndPeriod uint32
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterDealCancelled is a free log retrieval operation binding the contract event 0xac120057a4d7a2d11c235fc4237c48c25fcd908319030a0f96ae21e8230b6193.
//
// Solidity: event DealCancelled(uint64 indexed dealId, uint32 endPeriod)
func (_StorageMarket *StorageMarketFilterer) FilterDealCancelled(opts *bind.FilterOpts, dealId []uint64) (*StorageMarketDealCancelledIterator, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "DealCancelled", dealIdRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketDealCancelledIterator{contract: _StorageMarket.contract, event: "DealCancelled", logs: logs, sub: sub}, nil
}

// WatchDealCancelled is a free log subscription operation binding the contract event 0xac120057a4d7a2d11c235fc4237c48c25fcd908319030a0f96ae21e8230b6193.
//
// Solidity: event DealCancelled(uint64 indexed dealId, uint32 endPeriod)
func (_StorageMarket *StorageMarketFilterer) WatchDealCancelled(opts *bind.WatchOpts, sink chan<- *StorageMarketDealCancelled, dealId []uint64) (event.Subscription, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "DealCancelled", dealIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketDealCancelled)
				if err := _StorageMarket.contract.UnpackLog(event, "DealCancelled", log); err != nil {
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

// ParseDealCancelled is a log parse operation binding the contract event 0xac120057a4d7a2d11c235fc4237c48c25fcd908319030a0f96ae21e8230b6193.
//
// Solidity: event DealCancelled(uint64 indexed dealId, uint32 endPeriod)
func (_StorageMarket *StorageMarketFilterer) ParseDealCancelled(log types.Log) (*StorageMarketDealCancelled, error) {
	event := new(StorageMarketDealCancelled)
	if err := _StorageMarket.contract.UnpackLog(event, "DealCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketDealCreatedIterator is returned from FilterDealCreated and is used to iterate over the raw logs and unpacked data for DealCreated events raised by the StorageMarket contract.
type StorageMarketDealCreatedIterator struct {
	Event *StorageMarketDealCreated // Event containing the contract specifics and raw log

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
func (it *StorageMarketDealCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketDealCreated)
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
		it.Event = new(StorageMarketDealCreated)
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
func (it *StorageMarketDealCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketDealCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketDealCreated represents a DealCreated event raised by the StorageMarket contract.
type StorageMarketDealCreated struct {
	DealId         uint64
	Renter         common.Address
	Farmer         common.Address
	Root           [32]byte
	Size           uint64
	ShardSize      uint64
	PricePerPeriod *big.Int
	Periods        uint32
	Collateral     *big.Int
	StartPeriod    uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterDealCreated is a free log retrieval operation binding the contract event 0xafe0be3037cb25002fe49dae595d99814aa129753a435b35de2d5f9ea4c00222.
//
// Solidity: event DealCreated(uint64 indexed dealId, address indexed renter, address indexed farmer, bytes32 root, uint64 size, uint64 shardSize, uint128 pricePerPeriod, uint32 periods, uint128 collateral, uint32 startPeriod)
func (_StorageMarket *StorageMarketFilterer) FilterDealCreated(opts *bind.FilterOpts, dealId []uint64, renter []common.Address, farmer []common.Address) (*StorageMarketDealCreatedIterator, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var renterRule []interface{}
	for _, renterItem := range renter {
		renterRule = append(renterRule, renterItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "DealCreated", dealIdRule, renterRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketDealCreatedIterator{contract: _StorageMarket.contract, event: "DealCreated", logs: logs, sub: sub}, nil
}

// WatchDealCreated is a free log subscription operation binding the contract event 0xafe0be3037cb25002fe49dae595d99814aa129753a435b35de2d5f9ea4c00222.
//
// Solidity: event DealCreated(uint64 indexed dealId, address indexed renter, address indexed farmer, bytes32 root, uint64 size, uint64 shardSize, uint128 pricePerPeriod, uint32 periods, uint128 collateral, uint32 startPeriod)
func (_StorageMarket *StorageMarketFilterer) WatchDealCreated(opts *bind.WatchOpts, sink chan<- *StorageMarketDealCreated, dealId []uint64, renter []common.Address, farmer []common.Address) (event.Subscription, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var renterRule []interface{}
	for _, renterItem := range renter {
		renterRule = append(renterRule, renterItem)
	}
	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "DealCreated", dealIdRule, renterRule, farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketDealCreated)
				if err := _StorageMarket.contract.UnpackLog(event, "DealCreated", log); err != nil {
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

// ParseDealCreated is a log parse operation binding the contract event 0xafe0be3037cb25002fe49dae595d99814aa129753a435b35de2d5f9ea4c00222.
//
// Solidity: event DealCreated(uint64 indexed dealId, address indexed renter, address indexed farmer, bytes32 root, uint64 size, uint64 shardSize, uint128 pricePerPeriod, uint32 periods, uint128 collateral, uint32 startPeriod)
func (_StorageMarket *StorageMarketFilterer) ParseDealCreated(log types.Log) (*StorageMarketDealCreated, error) {
	event := new(StorageMarketDealCreated)
	if err := _StorageMarket.contract.UnpackLog(event, "DealCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketDealDeactivatedIterator is returned from FilterDealDeactivated and is used to iterate over the raw logs and unpacked data for DealDeactivated events raised by the StorageMarket contract.
type StorageMarketDealDeactivatedIterator struct {
	Event *StorageMarketDealDeactivated // Event containing the contract specifics and raw log

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
func (it *StorageMarketDealDeactivatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketDealDeactivated)
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
		it.Event = new(StorageMarketDealDeactivated)
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
func (it *StorageMarketDealDeactivatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketDealDeactivatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketDealDeactivated represents a DealDeactivated event raised by the StorageMarket contract.
type StorageMarketDealDeactivated struct {
	Farmer common.Address
	DealId uint64
	Class  uint8
	Index  uint64
	Moved  uint64
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDealDeactivated is a free log retrieval operation binding the contract event 0x6d8ce6ba5dfed5714ee6bc2fbb0526bab05e632dcc6a9b97034c8d1068dcf992.
//
// Solidity: event DealDeactivated(address indexed farmer, uint64 indexed dealId, uint8 class, uint64 index, uint64 moved)
func (_StorageMarket *StorageMarketFilterer) FilterDealDeactivated(opts *bind.FilterOpts, farmer []common.Address, dealId []uint64) (*StorageMarketDealDeactivatedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "DealDeactivated", farmerRule, dealIdRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketDealDeactivatedIterator{contract: _StorageMarket.contract, event: "DealDeactivated", logs: logs, sub: sub}, nil
}

// WatchDealDeactivated is a free log subscription operation binding the contract event 0x6d8ce6ba5dfed5714ee6bc2fbb0526bab05e632dcc6a9b97034c8d1068dcf992.
//
// Solidity: event DealDeactivated(address indexed farmer, uint64 indexed dealId, uint8 class, uint64 index, uint64 moved)
func (_StorageMarket *StorageMarketFilterer) WatchDealDeactivated(opts *bind.WatchOpts, sink chan<- *StorageMarketDealDeactivated, farmer []common.Address, dealId []uint64) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "DealDeactivated", farmerRule, dealIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketDealDeactivated)
				if err := _StorageMarket.contract.UnpackLog(event, "DealDeactivated", log); err != nil {
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

// ParseDealDeactivated is a log parse operation binding the contract event 0x6d8ce6ba5dfed5714ee6bc2fbb0526bab05e632dcc6a9b97034c8d1068dcf992.
//
// Solidity: event DealDeactivated(address indexed farmer, uint64 indexed dealId, uint8 class, uint64 index, uint64 moved)
func (_StorageMarket *StorageMarketFilterer) ParseDealDeactivated(log types.Log) (*StorageMarketDealDeactivated, error) {
	event := new(StorageMarketDealDeactivated)
	if err := _StorageMarket.contract.UnpackLog(event, "DealDeactivated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketDealSettledIterator is returned from FilterDealSettled and is used to iterate over the raw logs and unpacked data for DealSettled events raised by the StorageMarket contract.
type StorageMarketDealSettledIterator struct {
	Event *StorageMarketDealSettled // Event containing the contract specifics and raw log

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
func (it *StorageMarketDealSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketDealSettled)
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
		it.Event = new(StorageMarketDealSettled)
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
func (it *StorageMarketDealSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketDealSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketDealSettled represents a DealSettled event raised by the StorageMarket contract.
type StorageMarketDealSettled struct {
	DealId             uint64
	Earned             *big.Int
	Refund             *big.Int
	CollateralToRenter *big.Int
	SlashShare         *big.Int
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterDealSettled is a free log retrieval operation binding the contract event 0xebf32034af550ab364a5e2970bb17aff7eb4a19797766cf7a84efea89f6c7772.
//
// Solidity: event DealSettled(uint64 indexed dealId, uint256 earned, uint256 refund, uint256 collateralToRenter, uint256 slashShare)
func (_StorageMarket *StorageMarketFilterer) FilterDealSettled(opts *bind.FilterOpts, dealId []uint64) (*StorageMarketDealSettledIterator, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "DealSettled", dealIdRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketDealSettledIterator{contract: _StorageMarket.contract, event: "DealSettled", logs: logs, sub: sub}, nil
}

// WatchDealSettled is a free log subscription operation binding the contract event 0xebf32034af550ab364a5e2970bb17aff7eb4a19797766cf7a84efea89f6c7772.
//
// Solidity: event DealSettled(uint64 indexed dealId, uint256 earned, uint256 refund, uint256 collateralToRenter, uint256 slashShare)
func (_StorageMarket *StorageMarketFilterer) WatchDealSettled(opts *bind.WatchOpts, sink chan<- *StorageMarketDealSettled, dealId []uint64) (event.Subscription, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "DealSettled", dealIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketDealSettled)
				if err := _StorageMarket.contract.UnpackLog(event, "DealSettled", log); err != nil {
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

// ParseDealSettled is a log parse operation binding the contract event 0xebf32034af550ab364a5e2970bb17aff7eb4a19797766cf7a84efea89f6c7772.
//
// Solidity: event DealSettled(uint64 indexed dealId, uint256 earned, uint256 refund, uint256 collateralToRenter, uint256 slashShare)
func (_StorageMarket *StorageMarketFilterer) ParseDealSettled(log types.Log) (*StorageMarketDealSettled, error) {
	event := new(StorageMarketDealSettled)
	if err := _StorageMarket.contract.UnpackLog(event, "DealSettled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketDisqualifiedIterator is returned from FilterDisqualified and is used to iterate over the raw logs and unpacked data for Disqualified events raised by the StorageMarket contract.
type StorageMarketDisqualifiedIterator struct {
	Event *StorageMarketDisqualified // Event containing the contract specifics and raw log

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
func (it *StorageMarketDisqualifiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketDisqualified)
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
		it.Event = new(StorageMarketDisqualified)
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
func (it *StorageMarketDisqualifiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketDisqualifiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketDisqualified represents a Disqualified event raised by the StorageMarket contract.
type StorageMarketDisqualified struct {
	Farmer common.Address
	Period uint32
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDisqualified is a free log retrieval operation binding the contract event 0x0e5f0a9a0de8fa6b166c27ab4ad8b5da7f70859f89838f266c3a3c4b5eb63948.
//
// Solidity: event Disqualified(address indexed farmer, uint32 period)
func (_StorageMarket *StorageMarketFilterer) FilterDisqualified(opts *bind.FilterOpts, farmer []common.Address) (*StorageMarketDisqualifiedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "Disqualified", farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketDisqualifiedIterator{contract: _StorageMarket.contract, event: "Disqualified", logs: logs, sub: sub}, nil
}

// WatchDisqualified is a free log subscription operation binding the contract event 0x0e5f0a9a0de8fa6b166c27ab4ad8b5da7f70859f89838f266c3a3c4b5eb63948.
//
// Solidity: event Disqualified(address indexed farmer, uint32 period)
func (_StorageMarket *StorageMarketFilterer) WatchDisqualified(opts *bind.WatchOpts, sink chan<- *StorageMarketDisqualified, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "Disqualified", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketDisqualified)
				if err := _StorageMarket.contract.UnpackLog(event, "Disqualified", log); err != nil {
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
func (_StorageMarket *StorageMarketFilterer) ParseDisqualified(log types.Log) (*StorageMarketDisqualified, error) {
	event := new(StorageMarketDisqualified)
	if err := _StorageMarket.contract.UnpackLog(event, "Disqualified", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the StorageMarket contract.
type StorageMarketEIP712DomainChangedIterator struct {
	Event *StorageMarketEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *StorageMarketEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketEIP712DomainChanged)
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
		it.Event = new(StorageMarketEIP712DomainChanged)
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
func (it *StorageMarketEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketEIP712DomainChanged represents a EIP712DomainChanged event raised by the StorageMarket contract.
type StorageMarketEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StorageMarket *StorageMarketFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*StorageMarketEIP712DomainChangedIterator, error) {

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &StorageMarketEIP712DomainChangedIterator{contract: _StorageMarket.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StorageMarket *StorageMarketFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *StorageMarketEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketEIP712DomainChanged)
				if err := _StorageMarket.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_StorageMarket *StorageMarketFilterer) ParseEIP712DomainChanged(log types.Log) (*StorageMarketEIP712DomainChanged, error) {
	event := new(StorageMarketEIP712DomainChanged)
	if err := _StorageMarket.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketHeartbeatProvenIterator is returned from FilterHeartbeatProven and is used to iterate over the raw logs and unpacked data for HeartbeatProven events raised by the StorageMarket contract.
type StorageMarketHeartbeatProvenIterator struct {
	Event *StorageMarketHeartbeatProven // Event containing the contract specifics and raw log

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
func (it *StorageMarketHeartbeatProvenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketHeartbeatProven)
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
		it.Event = new(StorageMarketHeartbeatProven)
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
func (it *StorageMarketHeartbeatProvenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketHeartbeatProvenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketHeartbeatProven represents a HeartbeatProven event raised by the StorageMarket contract.
type StorageMarketHeartbeatProven struct {
	Farmer common.Address
	Period uint32
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterHeartbeatProven is a free log retrieval operation binding the contract event 0x2d5025e0bde2c5ef9df16a93a8c723a6564023a777de68e7a5b5369f6f839b7e.
//
// Solidity: event HeartbeatProven(address indexed farmer, uint32 indexed period)
func (_StorageMarket *StorageMarketFilterer) FilterHeartbeatProven(opts *bind.FilterOpts, farmer []common.Address, period []uint32) (*StorageMarketHeartbeatProvenIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "HeartbeatProven", farmerRule, periodRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketHeartbeatProvenIterator{contract: _StorageMarket.contract, event: "HeartbeatProven", logs: logs, sub: sub}, nil
}

// WatchHeartbeatProven is a free log subscription operation binding the contract event 0x2d5025e0bde2c5ef9df16a93a8c723a6564023a777de68e7a5b5369f6f839b7e.
//
// Solidity: event HeartbeatProven(address indexed farmer, uint32 indexed period)
func (_StorageMarket *StorageMarketFilterer) WatchHeartbeatProven(opts *bind.WatchOpts, sink chan<- *StorageMarketHeartbeatProven, farmer []common.Address, period []uint32) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "HeartbeatProven", farmerRule, periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketHeartbeatProven)
				if err := _StorageMarket.contract.UnpackLog(event, "HeartbeatProven", log); err != nil {
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

// ParseHeartbeatProven is a log parse operation binding the contract event 0x2d5025e0bde2c5ef9df16a93a8c723a6564023a777de68e7a5b5369f6f839b7e.
//
// Solidity: event HeartbeatProven(address indexed farmer, uint32 indexed period)
func (_StorageMarket *StorageMarketFilterer) ParseHeartbeatProven(log types.Log) (*StorageMarketHeartbeatProven, error) {
	event := new(StorageMarketHeartbeatProven)
	if err := _StorageMarket.contract.UnpackLog(event, "HeartbeatProven", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketMissReportedIterator is returned from FilterMissReported and is used to iterate over the raw logs and unpacked data for MissReported events raised by the StorageMarket contract.
type StorageMarketMissReportedIterator struct {
	Event *StorageMarketMissReported // Event containing the contract specifics and raw log

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
func (it *StorageMarketMissReportedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketMissReported)
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
		it.Event = new(StorageMarketMissReported)
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
func (it *StorageMarketMissReportedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketMissReportedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketMissReported represents a MissReported event raised by the StorageMarket contract.
type StorageMarketMissReported struct {
	Farmer   common.Address
	Period   uint32
	Reporter common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMissReported is a free log retrieval operation binding the contract event 0x10947da3a8d80f54a5210cfa094b67ee3abb30467c08a1e855db634c3b09f37c.
//
// Solidity: event MissReported(address indexed farmer, uint32 indexed period, address reporter)
func (_StorageMarket *StorageMarketFilterer) FilterMissReported(opts *bind.FilterOpts, farmer []common.Address, period []uint32) (*StorageMarketMissReportedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "MissReported", farmerRule, periodRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketMissReportedIterator{contract: _StorageMarket.contract, event: "MissReported", logs: logs, sub: sub}, nil
}

// WatchMissReported is a free log subscription operation binding the contract event 0x10947da3a8d80f54a5210cfa094b67ee3abb30467c08a1e855db634c3b09f37c.
//
// Solidity: event MissReported(address indexed farmer, uint32 indexed period, address reporter)
func (_StorageMarket *StorageMarketFilterer) WatchMissReported(opts *bind.WatchOpts, sink chan<- *StorageMarketMissReported, farmer []common.Address, period []uint32) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "MissReported", farmerRule, periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketMissReported)
				if err := _StorageMarket.contract.UnpackLog(event, "MissReported", log); err != nil {
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

// ParseMissReported is a log parse operation binding the contract event 0x10947da3a8d80f54a5210cfa094b67ee3abb30467c08a1e855db634c3b09f37c.
//
// Solidity: event MissReported(address indexed farmer, uint32 indexed period, address reporter)
func (_StorageMarket *StorageMarketFilterer) ParseMissReported(log types.Log) (*StorageMarketMissReported, error) {
	event := new(StorageMarketMissReported)
	if err := _StorageMarket.contract.UnpackLog(event, "MissReported", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketSlashShareCreditedIterator is returned from FilterSlashShareCredited and is used to iterate over the raw logs and unpacked data for SlashShareCredited events raised by the StorageMarket contract.
type StorageMarketSlashShareCreditedIterator struct {
	Event *StorageMarketSlashShareCredited // Event containing the contract specifics and raw log

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
func (it *StorageMarketSlashShareCreditedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketSlashShareCredited)
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
		it.Event = new(StorageMarketSlashShareCredited)
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
func (it *StorageMarketSlashShareCreditedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketSlashShareCreditedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketSlashShareCredited represents a SlashShareCredited event raised by the StorageMarket contract.
type StorageMarketSlashShareCredited struct {
	DealId uint64
	Renter common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSlashShareCredited is a free log retrieval operation binding the contract event 0x486c2be16c16d7dc040b31fcaef3c72d4902b802491e182adaf7b660ea6d8606.
//
// Solidity: event SlashShareCredited(uint64 indexed dealId, address indexed renter, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) FilterSlashShareCredited(opts *bind.FilterOpts, dealId []uint64, renter []common.Address) (*StorageMarketSlashShareCreditedIterator, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var renterRule []interface{}
	for _, renterItem := range renter {
		renterRule = append(renterRule, renterItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "SlashShareCredited", dealIdRule, renterRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketSlashShareCreditedIterator{contract: _StorageMarket.contract, event: "SlashShareCredited", logs: logs, sub: sub}, nil
}

// WatchSlashShareCredited is a free log subscription operation binding the contract event 0x486c2be16c16d7dc040b31fcaef3c72d4902b802491e182adaf7b660ea6d8606.
//
// Solidity: event SlashShareCredited(uint64 indexed dealId, address indexed renter, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) WatchSlashShareCredited(opts *bind.WatchOpts, sink chan<- *StorageMarketSlashShareCredited, dealId []uint64, renter []common.Address) (event.Subscription, error) {

	var dealIdRule []interface{}
	for _, dealIdItem := range dealId {
		dealIdRule = append(dealIdRule, dealIdItem)
	}
	var renterRule []interface{}
	for _, renterItem := range renter {
		renterRule = append(renterRule, renterItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "SlashShareCredited", dealIdRule, renterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketSlashShareCredited)
				if err := _StorageMarket.contract.UnpackLog(event, "SlashShareCredited", log); err != nil {
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

// ParseSlashShareCredited is a log parse operation binding the contract event 0x486c2be16c16d7dc040b31fcaef3c72d4902b802491e182adaf7b660ea6d8606.
//
// Solidity: event SlashShareCredited(uint64 indexed dealId, address indexed renter, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) ParseSlashShareCredited(log types.Log) (*StorageMarketSlashShareCredited, error) {
	event := new(StorageMarketSlashShareCredited)
	if err := _StorageMarket.contract.UnpackLog(event, "SlashShareCredited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketSlashedIterator is returned from FilterSlashed and is used to iterate over the raw logs and unpacked data for Slashed events raised by the StorageMarket contract.
type StorageMarketSlashedIterator struct {
	Event *StorageMarketSlashed // Event containing the contract specifics and raw log

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
func (it *StorageMarketSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketSlashed)
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
		it.Event = new(StorageMarketSlashed)
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
func (it *StorageMarketSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketSlashed represents a Slashed event raised by the StorageMarket contract.
type StorageMarketSlashed struct {
	Farmer   common.Address
	Reporter common.Address
	Amount   *big.Int
	Bounty   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterSlashed is a free log retrieval operation binding the contract event 0x2ad67d4a3e40fbdc9faeef32237ae01635b2ec4451e4e61d0bafed3606cfa421.
//
// Solidity: event Slashed(address indexed farmer, address indexed reporter, uint256 amount, uint256 bounty)
func (_StorageMarket *StorageMarketFilterer) FilterSlashed(opts *bind.FilterOpts, farmer []common.Address, reporter []common.Address) (*StorageMarketSlashedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "Slashed", farmerRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketSlashedIterator{contract: _StorageMarket.contract, event: "Slashed", logs: logs, sub: sub}, nil
}

// WatchSlashed is a free log subscription operation binding the contract event 0x2ad67d4a3e40fbdc9faeef32237ae01635b2ec4451e4e61d0bafed3606cfa421.
//
// Solidity: event Slashed(address indexed farmer, address indexed reporter, uint256 amount, uint256 bounty)
func (_StorageMarket *StorageMarketFilterer) WatchSlashed(opts *bind.WatchOpts, sink chan<- *StorageMarketSlashed, farmer []common.Address, reporter []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "Slashed", farmerRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketSlashed)
				if err := _StorageMarket.contract.UnpackLog(event, "Slashed", log); err != nil {
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

// ParseSlashed is a log parse operation binding the contract event 0x2ad67d4a3e40fbdc9faeef32237ae01635b2ec4451e4e61d0bafed3606cfa421.
//
// Solidity: event Slashed(address indexed farmer, address indexed reporter, uint256 amount, uint256 bounty)
func (_StorageMarket *StorageMarketFilterer) ParseSlashed(log types.Log) (*StorageMarketSlashed, error) {
	event := new(StorageMarketSlashed)
	if err := _StorageMarket.contract.UnpackLog(event, "Slashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketStakeWithdrawnIterator is returned from FilterStakeWithdrawn and is used to iterate over the raw logs and unpacked data for StakeWithdrawn events raised by the StorageMarket contract.
type StorageMarketStakeWithdrawnIterator struct {
	Event *StorageMarketStakeWithdrawn // Event containing the contract specifics and raw log

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
func (it *StorageMarketStakeWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketStakeWithdrawn)
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
		it.Event = new(StorageMarketStakeWithdrawn)
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
func (it *StorageMarketStakeWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketStakeWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketStakeWithdrawn represents a StakeWithdrawn event raised by the StorageMarket contract.
type StorageMarketStakeWithdrawn struct {
	Farmer common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStakeWithdrawn is a free log retrieval operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed farmer, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) FilterStakeWithdrawn(opts *bind.FilterOpts, farmer []common.Address) (*StorageMarketStakeWithdrawnIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "StakeWithdrawn", farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketStakeWithdrawnIterator{contract: _StorageMarket.contract, event: "StakeWithdrawn", logs: logs, sub: sub}, nil
}

// WatchStakeWithdrawn is a free log subscription operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed farmer, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) WatchStakeWithdrawn(opts *bind.WatchOpts, sink chan<- *StorageMarketStakeWithdrawn, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "StakeWithdrawn", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketStakeWithdrawn)
				if err := _StorageMarket.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
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
func (_StorageMarket *StorageMarketFilterer) ParseStakeWithdrawn(log types.Log) (*StorageMarketStakeWithdrawn, error) {
	event := new(StorageMarketStakeWithdrawn)
	if err := _StorageMarket.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketStakedIterator is returned from FilterStaked and is used to iterate over the raw logs and unpacked data for Staked events raised by the StorageMarket contract.
type StorageMarketStakedIterator struct {
	Event *StorageMarketStaked // Event containing the contract specifics and raw log

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
func (it *StorageMarketStakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketStaked)
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
		it.Event = new(StorageMarketStaked)
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
func (it *StorageMarketStakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketStakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketStaked represents a Staked event raised by the StorageMarket contract.
type StorageMarketStaked struct {
	Farmer common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStaked is a free log retrieval operation binding the contract event 0x9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d.
//
// Solidity: event Staked(address indexed farmer, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) FilterStaked(opts *bind.FilterOpts, farmer []common.Address) (*StorageMarketStakedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "Staked", farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketStakedIterator{contract: _StorageMarket.contract, event: "Staked", logs: logs, sub: sub}, nil
}

// WatchStaked is a free log subscription operation binding the contract event 0x9e71bc8eea02a63969f509818f2dafb9254532904319f9dbda79b67bd34a5f3d.
//
// Solidity: event Staked(address indexed farmer, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) WatchStaked(opts *bind.WatchOpts, sink chan<- *StorageMarketStaked, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "Staked", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketStaked)
				if err := _StorageMarket.contract.UnpackLog(event, "Staked", log); err != nil {
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
func (_StorageMarket *StorageMarketFilterer) ParseStaked(log types.Log) (*StorageMarketStaked, error) {
	event := new(StorageMarketStaked)
	if err := _StorageMarket.contract.UnpackLog(event, "Staked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketUnstakeRequestedIterator is returned from FilterUnstakeRequested and is used to iterate over the raw logs and unpacked data for UnstakeRequested events raised by the StorageMarket contract.
type StorageMarketUnstakeRequestedIterator struct {
	Event *StorageMarketUnstakeRequested // Event containing the contract specifics and raw log

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
func (it *StorageMarketUnstakeRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketUnstakeRequested)
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
		it.Event = new(StorageMarketUnstakeRequested)
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
func (it *StorageMarketUnstakeRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketUnstakeRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketUnstakeRequested represents a UnstakeRequested event raised by the StorageMarket contract.
type StorageMarketUnstakeRequested struct {
	Farmer     common.Address
	Amount     *big.Int
	ReadyBlock uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterUnstakeRequested is a free log retrieval operation binding the contract event 0x21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c.
//
// Solidity: event UnstakeRequested(address indexed farmer, uint256 amount, uint64 readyBlock)
func (_StorageMarket *StorageMarketFilterer) FilterUnstakeRequested(opts *bind.FilterOpts, farmer []common.Address) (*StorageMarketUnstakeRequestedIterator, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "UnstakeRequested", farmerRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketUnstakeRequestedIterator{contract: _StorageMarket.contract, event: "UnstakeRequested", logs: logs, sub: sub}, nil
}

// WatchUnstakeRequested is a free log subscription operation binding the contract event 0x21020437c0e4b58b34bd7ac1f1cef55e7820d1bcd93824ceb273cad96eea704c.
//
// Solidity: event UnstakeRequested(address indexed farmer, uint256 amount, uint64 readyBlock)
func (_StorageMarket *StorageMarketFilterer) WatchUnstakeRequested(opts *bind.WatchOpts, sink chan<- *StorageMarketUnstakeRequested, farmer []common.Address) (event.Subscription, error) {

	var farmerRule []interface{}
	for _, farmerItem := range farmer {
		farmerRule = append(farmerRule, farmerItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "UnstakeRequested", farmerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketUnstakeRequested)
				if err := _StorageMarket.contract.UnpackLog(event, "UnstakeRequested", log); err != nil {
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
// Solidity: event UnstakeRequested(address indexed farmer, uint256 amount, uint64 readyBlock)
func (_StorageMarket *StorageMarketFilterer) ParseUnstakeRequested(log types.Log) (*StorageMarketUnstakeRequested, error) {
	event := new(StorageMarketUnstakeRequested)
	if err := _StorageMarket.contract.UnpackLog(event, "UnstakeRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StorageMarketWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the StorageMarket contract.
type StorageMarketWithdrawnIterator struct {
	Event *StorageMarketWithdrawn // Event containing the contract specifics and raw log

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
func (it *StorageMarketWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StorageMarketWithdrawn)
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
		it.Event = new(StorageMarketWithdrawn)
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
func (it *StorageMarketWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StorageMarketWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StorageMarketWithdrawn represents a Withdrawn event raised by the StorageMarket contract.
type StorageMarketWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*StorageMarketWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _StorageMarket.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &StorageMarketWithdrawnIterator{contract: _StorageMarket.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_StorageMarket *StorageMarketFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *StorageMarketWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _StorageMarket.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StorageMarketWithdrawn)
				if err := _StorageMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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
func (_StorageMarket *StorageMarketFilterer) ParseWithdrawn(log types.Log) (*StorageMarketWithdrawn, error) {
	event := new(StorageMarketWithdrawn)
	if err := _StorageMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

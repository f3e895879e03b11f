package dashboard

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
)

// The dashboard reads everything it shows through the small interfaces below. The adapters over
// the farmer (chain.AgreementClient, storage.Store, the heartbeat loop, the libp2p host) are in
// farmer.go; nothing else in this package knows about bindings, the heartbeat loop or libp2p.

// Chain is the farmer's standing as the AgreementMarket records it.
type Chain interface {
	// Schedule is the market's period schedule and parameters (fixed at deployment).
	Schedule() market.AgreementSchedule
	// Head reads the latest block.
	Head(ctx context.Context) (Head, error)
	// Account reads the farmer's stake, balances, announcement and obligation window.
	Account(ctx context.Context) (Account, error)
	// Agreements lists the farmer's agreements still open, or ended after period `since`.
	Agreements(ctx context.Context, since uint32) ([]Agreement, error)
	// Proofs returns the heartbeats the chain accepted (HeartbeatProven) and the misses reported
	// against the farmer (MissReported) for periods in [from, to], and the farmer's record since the
	// market's deployment.
	Proofs(ctx context.Context, from, to uint32) ([]Proof, []Miss, Record, error)
	// GasPrice is what the chain's node suggests a transaction pays per gas now.
	GasPrice(ctx context.Context) (*big.Int, error)
}

// Head is the latest block.
type Head struct {
	Block     uint64
	Time      time.Time     // its timestamp: the chain's clock, which places periods
	Period    uint32        // the period its timestamp falls in
	BlockTime time.Duration // mean time between recent blocks (0: unknown)
}

// Account is the farmer's on-chain record and balances. Amounts are in base units (wei of GRN or
// of ether).
type Account struct {
	Address        common.Address
	Stake          *big.Int // free stake
	Locked         *big.Int // stake locked as collateral of open agreements
	Unbonding      *big.Int
	UnbondingReady time.Time // when the unbonding stake can be withdrawn (zero: none)
	Tokens         *big.Int  // GRN held by the account
	Withdrawable   *big.Int  // GRN the market holds for the farmer (bounties, answered challenge fees)
	Ether          *big.Int  // ether for gas
	Announced      bool
	PricePerGiB    *big.Int
	// AnnouncedCapacity is the capacity announced on chain, in bytes.
	AnnouncedCapacity uint64
	// ObligedFrom and ObligedUntil bound the periods the farmer owes heartbeats for (0: never).
	ObligedFrom, ObligedUntil uint32
	Disqualified              bool
	DqPeriod                  uint32   // first period not served after a disqualification
	PeerID                    string   // the libp2p peer id announced on chain ("" if none or unreadable)
	Addrs                     []string // the multiaddrs announced on chain
}

// Agreement is one renter's agreement with the farmer as the chain holds it.
type Agreement struct {
	ID             uint64
	Renter         common.Address
	Size           uint64   // bytes of the revision on chain (leaves × 256)
	PricePerGiB    *big.Int // per GiB-period
	PricePerPeriod *big.Int // what a period of the revision on chain pays (market.Rate)
	Escrow         *big.Int // deposited by the renter in total
	Paid           *big.Int // vindicated pay already moved to the farmer
	Unpaid         *big.Int // earned but not yet paid (earnedOf: accrued to the current period − paid)
	Collateral     *big.Int
	LiveFrom       uint32 // first period it can be due (0: never had data)
	EndPeriod      uint32 // its last period (inclusive, as the chain holds it)
	Revision       uint64 // number of the revision on chain (0: none posted yet)
	Status         uint8  // chain.AgreementOpen, AgreementSettled or AgreementFailed
}

// Proof is a heartbeat the chain accepted.
type Proof struct {
	Period  uint32
	Block   uint64
	Tx      common.Hash
	Proofs  int      // agreement proofs it carried
	GasUsed uint64   // 0: unknown
	Cost    *big.Int // ether paid for the transaction (nil: unknown)
}

// Miss is a missed period someone reported (and the farmer was slashed for).
type Miss struct {
	Period   uint32
	Reporter common.Address
	Slashed  *big.Int
	block    uint64 // of the report (for rescans after a reorg)
}

// Record is the farmer's heartbeats and reported misses since the market's deployment.
type Record struct {
	Proven, Missed uint32
	// ConsecutiveMisses counts the reported misses after the last proven period.
	ConsecutiveMisses uint32
}

// Store is the farmer's shard store capacity (*storage.Store provides it).
type Store interface {
	Capacity() int64 // bytes offered
	Used() int64     // bytes of stored shards: in revisions on chain, staged for the next revision, or held for one the chain still holds
	Free() int64     // capacity neither used nor reserved for uploads in progress
}

// Disk is the filesystem the store lives on (optional): the store's own free capacity means
// nothing if the disk under it is fuller.
type Disk interface {
	// DiskSpace returns the bytes free for the node's user and the filesystem's size.
	DiskSpace() (free, total int64, err error)
}

// Heartbeats is the farmer's heartbeat loop as it saw its recent periods (optional).
type Heartbeats interface {
	Recent(n int) []LocalResult
}

// LocalResult is one period's heartbeat as the farmer's loop saw it.
type LocalResult struct {
	Period  uint32 `json:"period"`
	Outcome string `json:"outcome"` // pending, proven, missed, not obliged
	Proofs  int    `json:"proofs"`  // proofs its heartbeat carried (sent by this loop)
	Lost    int    `json:"lost"`    // due agreements whose proof could not be built
	Err     string `json:"error,omitempty"`
}

// Traffic counts the bytes the node's libp2p host moved (optional).
type Traffic interface {
	Totals() (in, out int64)
}

// Network is the node's libp2p side (optional).
type Network interface {
	PeerID() string
	ListenAddrs() []string
	// Reachability is AutoNAT's verdict: "public", "private" or "unknown".
	Reachability() string
	// Streams counts the open streams by protocol.
	Streams() map[string]int
}

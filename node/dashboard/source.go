package dashboard

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/market"
)

// The dashboard reads everything it shows through the small interfaces below. The adapters over
// today's farmer (chain.Client, storage.Store, prover.Prover, the libp2p host) are in farmer.go;
// nothing else in this package knows about deals, bindings or libp2p.

// Chain is the farmer's standing as the chain records it.
type Chain interface {
	// Schedule is the market's period schedule and parameters (fixed at deployment).
	Schedule() market.Schedule
	// Head reads the latest block.
	Head(ctx context.Context) (Head, error)
	// Account reads the farmer's stake, balances, announcement and reputation.
	Account(ctx context.Context) (Account, error)
	// Agreements lists the farmer's agreements whose end is after period `since`, live or not.
	Agreements(ctx context.Context, since uint32) ([]Agreement, error)
	// Proofs returns the heartbeats the chain accepted (HeartbeatProven) and the misses reported
	// against the farmer for periods in [from, to].
	Proofs(ctx context.Context, from, to uint32) ([]Proof, []Miss, error)
	// GasPrice is what the chain's node suggests a transaction pays per gas now.
	GasPrice(ctx context.Context) (*big.Int, error)
}

// Head is the latest block.
type Head struct {
	Block     uint64
	Time      time.Time     // its timestamp
	Period    uint32        // the period it falls in
	BlockTime time.Duration // mean time between recent blocks (0: unknown)
}

// Account is the farmer's on-chain record and balances. Amounts are in base units (wei of GRN or
// of ether).
type Account struct {
	Address             common.Address
	Stake               *big.Int // free stake
	Locked              *big.Int // stake locked as collateral of running agreements
	Unbonding           *big.Int
	UnbondingReadyBlock uint64
	Tokens              *big.Int // GRN held by the account
	Withdrawable        *big.Int // GRN the market holds for the farmer (earnings, bounties)
	Ether               *big.Int // ether for gas
	Announced           bool
	PricePerGiB         *big.Int
	AnnouncedCapacity   uint64 // bytes, as announced
	UnderAgreements     uint64 // bytes the market counts as used by running agreements
	ProvenPeriods       uint32
	MissedPeriods       uint32
	Slashes             uint32
	ConsecutiveMisses   uint16
	Disqualified        bool
	PeerID              string   // the libp2p peer id announced on chain ("" if none or unreadable)
	Addrs               []string // the multiaddrs announced on chain
}

// Agreement is one renter's storage with the farmer. Today's market holds per-file deals: each is
// shown as an agreement without a revision (Revision < 0).
type Agreement struct {
	ID             uint64
	Renter         common.Address
	Size           uint64   // bytes
	PricePerPeriod *big.Int // paid for each proven period
	Collateral     *big.Int
	Start          uint32 // first period paid for
	End            uint32 // first period after it (the farmer's disqualification cuts it short)
	Revision       int64  // off-chain revision number; -1 when the agreement has none (today's deals)
	Settled        bool
	Cancelled      bool
}

// Proof is a heartbeat the chain accepted.
type Proof struct {
	Period  uint32
	Block   uint64
	Tx      common.Hash
	GasUsed uint64   // 0: unknown
	Cost    *big.Int // ether paid for the transaction (nil: unknown)
}

// Miss is a missed period someone reported (and the farmer was slashed for).
type Miss struct {
	Period   uint32
	Reporter common.Address
}

// Store is the farmer's shard store capacity (*storage.Store provides it).
type Store interface {
	Capacity() int64 // bytes offered
	Used() int64     // bytes of stored shards
	Free() int64     // capacity neither used nor reserved for accepted proposals
}

// Disk is the filesystem the store lives on (optional): the store's own free capacity means
// nothing if the disk under it is fuller.
type Disk interface {
	// DiskSpace returns the bytes free for the node's user and the filesystem's size.
	DiskSpace() (free, total int64, err error)
}

// Prover is the farmer's heartbeat loop as it saw its recent periods (optional).
type Prover interface {
	Recent(n int) []LocalResult
}

// LocalResult is one period's heartbeat as the farmer's prover saw it.
type LocalResult struct {
	Period  uint32
	Outcome string // pending, proven, missed, lost, not obliged
	Err     string // its last error, if any
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

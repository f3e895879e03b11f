// Package renter places a renter's files with farmers on AgreementMarket and gets them back
// (Agreements, agreements.go). The renter keeps one agreement with each farmer it places with,
// opened once on chain and then revised off chain: a put runs the data pipeline (encrypt,
// erasure-code, name and hash every shard), streams each column of shards to its farmer over a store
// session, and once every shard is acknowledged each farmer co-signs a revision adding its shards; a
// remove is one revision per agreement taking them out. Get fetches shards from the farmers over
// libp2p through the pipeline, which checks every shard against its CID.
package renter

import (
	"context"
	"errors"
	"io"
	"math/big"
	"time"

	"github.com/granary-network/granary/node/chain"
)

// Errors, returned wrapped; test with errors.Is.
var (
	ErrNotEnoughFarmers = errors.New("renter: not enough eligible farmers")
	ErrExists           = errors.New("renter: a file with that name exists")
	ErrNotFound         = errors.New("renter: no such file")
	ErrFunds            = errors.New("renter: not enough tokens for the escrow")
)

// Stream is a libp2p stream as the renter uses it.
type Stream interface {
	io.ReadWriteCloser
	SetDeadline(time.Time) error
	CloseWrite() error
	Reset() error
}

// Network opens streams to farmers.
type Network interface {
	// Open opens a stream for protocol to the farmer announced as f.
	Open(ctx context.Context, f chain.FarmerInfo, protocol string) (Stream, error)
	// PeerID is this renter's libp2p peer id (what retrieval authorizations name).
	PeerID() string
}

// placementScore ranks a farmer for placement: cheaper first. (The market keeps no proof record
// per farmer: a farmer that misses is slashed and, after repeated misses, disqualified, which
// candidates filters out; repair moves data away from one that fails its agreements.)
func placementScore(f chain.FarmerInfo) float64 {
	price := 0.0
	if f.PricePerGiB != nil {
		price, _ = new(big.Float).SetInt(f.PricePerGiB).Float64()
	}
	return -price
}

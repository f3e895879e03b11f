package renter

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/proto"
	"github.com/granary-network/granary/node/wire"
)

// source serves a file's shards from the farmers holding them (pipeline.ShardSource). The pipeline
// checks every shard against its CID, so a farmer returning wrong bytes costs one shard, never data.
type source struct {
	r *Renter
	m *manifest.Manifest

	mu      sync.Mutex
	farmers map[common.Address]chain.FarmerInfo
}

func (s *source) farmer(ctx context.Context, a common.Address) (chain.FarmerInfo, error) {
	s.mu.Lock()
	f, ok := s.farmers[a]
	s.mu.Unlock()
	if ok {
		return f, nil
	}
	f, err := s.r.chain.Farmer(ctx, a)
	if err != nil {
		return f, err
	}
	s.mu.Lock()
	if s.farmers == nil {
		s.farmers = map[common.Address]chain.FarmerInfo{}
	}
	s.farmers[a] = f
	s.mu.Unlock()
	return f, nil
}

// GetShard downloads one whole shard into dst.
func (s *source) GetShard(ctx context.Context, ref pipeline.ShardRef, dst []byte) ([]byte, error) {
	sh := s.m.Segments[ref.Segment].Shards[ref.Index]
	if sh.Farmer == ([20]byte{}) {
		return nil, fmt.Errorf("%w: %s was never placed", pipeline.ErrShardNotFound, ref)
	}
	f, err := s.farmer(ctx, sh.Farmer)
	if err != nil {
		return nil, err
	}
	auth, err := s.r.retrievalAuth()
	if err != nil {
		return nil, err
	}
	want := s.m.ShardLen(ref.Segment)
	st, err := s.r.net.Open(ctx, f, proto.DownloadID)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ref, err)
	}
	defer st.Close()
	if err := wire.Deadline(st, s.r.opt.Timeout+time.Duration(want/uint64(s.r.opt.BulkRate))*time.Second); err != nil {
		st.Reset()
		return nil, err
	}
	stop := context.AfterFunc(ctx, func() { st.Reset() }) // long-tail cutting cancels the slow ones
	defer stop()
	if err := wire.WriteMsg(st, proto.DownloadRequest{CID: ref.CID.String(), Auth: auth}); err != nil {
		st.Reset()
		return nil, err
	}
	var hdr proto.DownloadHeader
	if err := wire.ReadResult(st, &hdr); err != nil {
		st.Reset()
		return nil, fmt.Errorf("%s from %s: %w", ref, f.Address, err)
	}
	if hdr.Length != want {
		st.Reset()
		return nil, fmt.Errorf("%w: %s: farmer sends %d bytes, want %d", pipeline.ErrCorruptShard, ref, hdr.Length, want)
	}
	dst = dst[:want]
	if _, err := io.ReadFull(st, dst); err != nil {
		st.Reset()
		return nil, fmt.Errorf("%s from %s: %w", ref, f.Address, err)
	}
	return dst, nil
}

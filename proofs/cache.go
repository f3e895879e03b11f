package proofs

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
)

// DefaultCacheHeight makes each cached node cover 64 leaves (16 KiB): a farmer answers a challenge by
// reading one 16 KiB group from disk and hashing 127 nodes, and keeps 32 bytes per 16 KiB (0.2%).
const DefaultCacheHeight = 6

// Cache holds the level of a shard's tree at height Height, so that a farmer can prove any leaf by
// reading only the 1<<Height leaves of its group instead of rehashing the whole shard.
type Cache struct {
	Leaves uint64 // leaves in the shard
	Height int    // each node covers 1<<Height leaves
	Nodes  []Hash // ceil(Leaves / 2^Height) nodes

	once  sync.Once
	upper [][]Hash // the levels above Nodes, built on first use
}

// levels returns the tree from Nodes up to the root, level by level.
func (c *Cache) levels() [][]Hash {
	c.once.Do(func() {
		level := c.Nodes
		c.upper = [][]Hash{level}
		for h := c.Height; len(level) > 1; h++ {
			level = reduce(append([]Hash(nil), level...), h)
			c.upper = append(c.upper, level)
		}
	})
	return c.upper
}

// BuildCache hashes a shard once and returns its root and cache. height is clamped to the shard's
// own depth.
func BuildCache(data []byte, height int) (Hash, *Cache, error) {
	if err := checkShard(data); err != nil {
		return Hash{}, nil, err
	}
	if height < 0 || height > 40 {
		return Hash{}, nil, fmt.Errorf("proofs: cache height %d out of range", height)
	}
	n := uint64(len(data) / LeafSize)
	if d := Depth(n); height > d {
		height = d
	}
	nodes := make([]Hash, n)
	LeafHashes(nodes, data)
	for level := 0; level < height; level++ {
		nodes = reduce(nodes, level)
	}
	c := &Cache{Leaves: n, Height: height, Nodes: append([]Hash(nil), nodes...)}
	for level := height; len(nodes) > 1; level++ {
		nodes = reduce(nodes, level)
	}
	return nodes[0], c, nil
}

// Root returns the shard root the cache was built from.
func (c *Cache) Root() Hash {
	lv := c.levels()
	return lv[len(lv)-1][0]
}

// GroupRange returns the byte range of the shard that Prove needs for leaf `leaf`.
func (c *Cache) GroupRange(leaf uint64) (off, length int64) {
	g := leaf >> c.Height
	first := g << c.Height
	last := min(first+1<<c.Height, c.Leaves)
	return int64(first) * LeafSize, int64(last-first) * LeafSize
}

// Prove returns the shard-level path of leaf `leaf`, given the bytes of its group (see GroupRange).
func (c *Cache) Prove(leaf uint64, group []byte) ([]Hash, error) {
	if leaf >= c.Leaves {
		return nil, fmt.Errorf("proofs: leaf %d out of range (%d leaves)", leaf, c.Leaves)
	}
	_, want := c.GroupRange(leaf)
	if int64(len(group)) != want {
		return nil, fmt.Errorf("proofs: group of %d bytes, want %d", len(group), want)
	}
	nodes := make([]Hash, len(group)/LeafSize)
	LeafHashes(nodes, group)
	idx := leaf & (1<<c.Height - 1)
	path := make([]Hash, 0, Depth(c.Leaves))
	for level := 0; level < c.Height; level++ {
		if sib := idx ^ 1; sib < uint64(len(nodes)) {
			path = append(path, nodes[sib])
		} else {
			path = append(path, zeroes[level])
		}
		nodes = reduce(nodes, level)
		idx >>= 1
	}
	g := leaf >> c.Height
	if nodes[0] != c.Nodes[g] {
		return nil, fmt.Errorf("%w: group %d does not match the cached tree (data lost or corrupt)", ErrBadProof, g)
	}
	lv := c.levels()
	for k, level := range lv[:len(lv)-1] {
		if sib := g ^ 1; sib < uint64(len(level)) {
			path = append(path, level[sib])
		} else {
			path = append(path, zeroes[c.Height+k])
		}
		g >>= 1
	}
	return path, nil
}

// MarshalBinary encodes the cache: leaves (8 bytes), height (1 byte), then the nodes.
func (c *Cache) MarshalBinary() ([]byte, error) {
	b := make([]byte, 9, 9+32*len(c.Nodes))
	binary.BigEndian.PutUint64(b, c.Leaves)
	b[8] = byte(c.Height)
	for _, n := range c.Nodes {
		b = append(b, n[:]...)
	}
	return b, nil
}

// UnmarshalBinary decodes a cache written by MarshalBinary, checking that its size is consistent.
func (c *Cache) UnmarshalBinary(b []byte) error {
	if len(b) < 9 {
		return errors.New("proofs: cache truncated")
	}
	leaves, height := binary.BigEndian.Uint64(b), int(b[8])
	if leaves == 0 || height > Depth(leaves) {
		return fmt.Errorf("proofs: bad cache header (leaves %d, height %d)", leaves, height)
	}
	want := leaves >> height // nodes: ceil(leaves / 2^height), computed without overflow
	if leaves&(1<<height-1) != 0 {
		want++
	}
	if body := uint64(len(b) - 9); body%32 != 0 || body/32 != want {
		return fmt.Errorf("proofs: cache holds %d bytes of nodes, want %d nodes", len(b)-9, want)
	}
	c.Leaves, c.Height = leaves, height
	c.Nodes = make([]Hash, want)
	for i := range c.Nodes {
		copy(c.Nodes[i][:], b[9+32*i:])
	}
	return nil
}

// CacheBuilder computes a shard's root and Cache from a stream, holding one group of leaves at a
// time: what BuildCache computes, in bounded memory. Write the shard's bytes, then call Finish.
type CacheBuilder struct {
	height int
	group  []byte // the current group's bytes
	fill   int
	hashes []Hash
	nodes  []Hash
	leaves uint64
}

// NewCacheBuilder returns a builder for a cache of the given height (see BuildCache).
func NewCacheBuilder(height int) (*CacheBuilder, error) {
	if height < 0 || height > 20 {
		return nil, fmt.Errorf("proofs: streaming cache height %d out of range", height)
	}
	return &CacheBuilder{height: height, group: make([]byte, LeafSize<<height), hashes: make([]Hash, 1<<height)}, nil
}

// Write adds shard bytes.
func (b *CacheBuilder) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		c := copy(b.group[b.fill:], p)
		b.fill += c
		p = p[c:]
		if b.fill == len(b.group) {
			b.flushGroup(b.height)
		}
	}
	return n, nil
}

// flushGroup reduces the buffered leaves to one node of the given height.
func (b *CacheBuilder) flushGroup(height int) {
	n := b.fill / LeafSize
	nodes := b.hashes[:n]
	LeafHashes(nodes, b.group[:n*LeafSize])
	for level := 0; level < height; level++ {
		nodes = reduce(nodes, level)
	}
	b.nodes = append(b.nodes, nodes[0])
	b.leaves += uint64(n)
	b.fill = 0
}

// Finish returns the root and the cache of everything written. The shard must be a positive whole
// number of leaves.
func (b *CacheBuilder) Finish() (Hash, *Cache, error) {
	if b.fill%LeafSize != 0 || (b.leaves == 0 && b.fill == 0) {
		return Hash{}, nil, fmt.Errorf("proofs: shard of %d bytes is not a positive multiple of %d",
			b.leaves*LeafSize+uint64(b.fill), LeafSize)
	}
	height := b.height
	if b.leaves == 0 { // the whole shard fits in less than one group: clamp as BuildCache does
		height = Depth(uint64(b.fill / LeafSize))
	}
	if b.fill > 0 {
		b.flushGroup(height)
	}
	c := &Cache{Leaves: b.leaves, Height: height, Nodes: b.nodes}
	return c.Root(), c, nil
}

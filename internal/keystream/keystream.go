// Package keystream is a fast, deterministic, incompressible byte source for tests and benchmarks:
// the AES-CTR keystream of a seed. Files of any size are generated, never stored, and regenerated to
// check what comes back.
package keystream

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
)

// Stream reads the keystream of a seed.
type Stream struct{ ctr cipher.Stream }

// New returns the keystream of seed.
func New(seed uint64) *Stream {
	var key [16]byte
	binary.LittleEndian.PutUint64(key[:], seed)
	block, _ := aes.NewCipher(key[:]) // a 16-byte key never fails
	return &Stream{ctr: cipher.NewCTR(block, make([]byte, 16))}
}

// Read fills p with the next bytes of the keystream; it never fails.
func (k *Stream) Read(p []byte) (int, error) {
	clear(p)
	k.ctr.XORKeyStream(p, p)
	return len(p), nil
}

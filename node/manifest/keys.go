package manifest

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
)

// MasterKey is a renter's root secret. Every other key is derived from it with HKDF-SHA256 under
// its own label, so the master key itself never encrypts anything and never leaves the renter:
//
//	file key      HKDF(master, salt = file ID (32 random bytes), "granary/file-key/v1")
//	manifest key  HKDF(master, salt = nil, "granary/manifest-key/v1")
//	index key     HKDF(master, salt = nil, "granary/catalogue-index/v1")
//	export key    HKDF(master, salt = export salt (32 random bytes), "granary/export-key/v1")
//	key ID        HKDF(master, salt = nil, "granary/key-id/v1")[:8]
//	record key    HKDF(master, salt = nil, "granary/record-key/v1")
//	anchor key    HKDF(master, salt = nil, "granary/anchor-key/v1") (anchor.go)
//
// The key ID is stored next to everything sealed under the key, so that the wrong key is reported
// as ErrWrongKey rather than as tampering.
type MasterKey [32]byte

// KeyID identifies a master key without revealing it.
type KeyID [8]byte

const (
	labelFileKey     = "granary/file-key/v1"
	labelManifestKey = "granary/manifest-key/v1"
	labelIndexKey    = "granary/catalogue-index/v1"
	labelExportKey   = "granary/export-key/v1"
	labelKeyID       = "granary/key-id/v1"
	labelRecordKey   = "granary/record-key/v1"
)

// NewMasterKey returns a fresh random master key.
func NewMasterKey() (MasterKey, error) {
	var k MasterKey
	if _, err := rand.Read(k[:]); err != nil {
		return MasterKey{}, fmt.Errorf("manifest: new master key: %w", err)
	}
	return k, nil
}

// MasterKeyFromBytes copies a 32-byte key.
func MasterKeyFromBytes(b []byte) (MasterKey, error) {
	var k MasterKey
	if len(b) != len(k) {
		return MasterKey{}, fmt.Errorf("manifest: master key of %d bytes, want %d", len(b), len(k))
	}
	copy(k[:], b)
	return k, nil
}

// String redacts the key, so that logging or printing one by mistake (even with %x) shows nothing.
func (k MasterKey) String() string { return "manifest.MasterKey{redacted}" }

// GoString redacts the key under %#v too.
func (k MasterKey) GoString() string { return k.String() }

// derive returns a 32-byte key for label and salt.
func (k MasterKey) derive(label string, salt []byte) []byte {
	out, err := hkdf.Key(sha256.New, k[:], salt, label, 32)
	if err != nil { // only for lengths beyond 255*32 bytes
		panic(err)
	}
	return out
}

// FileKey returns the content key of the file with the given ID (AES-256).
func (k MasterKey) FileKey(fileID [32]byte) []byte { return k.derive(labelFileKey, fileID[:]) }

// ID returns the key's identifier.
func (k MasterKey) ID() KeyID {
	var id KeyID
	copy(id[:], k.derive(labelKeyID, nil))
	return id
}

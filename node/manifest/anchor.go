package manifest

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/syndtr/goleveldb/leveldb/util"
)

// A catalogue anchor (see proto.Anchor) is the manifest of the object holding a renter's catalogue
// export, sealed so that only the renter's master key opens it:
//
//	"GRNA" | version 0x01 | key ID (8) | nonce (12) | AES-256-GCM(anchor key, nonce, manifest body, AAD)
//	AAD = the first 25 bytes | owner (the renter's address) | number (8, big-endian)
//
// The anchor key is HKDF(master, salt = nil, "granary/anchor-key/v1"). Binding the owner and the
// number means a farmer can neither pass one renter's anchor off as another's nor relabel an old
// anchor as a newer one.
var anchorMagic = [4]byte{'G', 'R', 'N', 'A'}

const (
	labelAnchorKey  = "granary/anchor-key/v1"
	anchorVersion   = 1
	anchorHeaderLen = 4 + 1 + 8 + 12
)

func anchorAAD(header, owner []byte, number uint64) []byte {
	aad := append(append([]byte(nil), header...), owner...)
	return binary.BigEndian.AppendUint64(aad, number)
}

// SealAnchor seals m as anchor number of owner.
func (k MasterKey) SealAnchor(owner []byte, number uint64, m *Manifest) ([]byte, error) {
	body, err := m.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("manifest: seal anchor: %w", err)
	}
	out := make([]byte, anchorHeaderLen, anchorHeaderLen+len(body)+TagSize)
	copy(out, anchorMagic[:])
	out[4] = anchorVersion
	id := k.ID()
	copy(out[5:13], id[:])
	if _, err := rand.Read(out[13:anchorHeaderLen]); err != nil {
		return nil, fmt.Errorf("manifest: seal anchor: nonce: %w", err)
	}
	aead := newAEAD(k.derive(labelAnchorKey, nil))
	return aead.Seal(out, out[13:anchorHeaderLen], body, anchorAAD(out[:anchorHeaderLen], owner, number)), nil
}

// OpenAnchor opens anchor number of owner. Errors: ErrWrongKey (sealed under another master key),
// ErrTamperedManifest (modified, or not owner's anchor number), ErrUnsupportedVersion, ErrInvalid.
func (k MasterKey) OpenAnchor(owner []byte, number uint64, b []byte) (*Manifest, error) {
	aead := newAEAD(k.derive(labelAnchorKey, nil))
	switch {
	case len(b) < anchorHeaderLen+aead.Overhead():
		return nil, fmt.Errorf("%w: anchor of %d bytes", ErrTamperedManifest, len(b))
	case !bytes.Equal(b[:4], anchorMagic[:]):
		return nil, fmt.Errorf("%w: not a catalogue anchor (magic %x)", ErrTamperedManifest, b[:4])
	case b[4] != anchorVersion:
		return nil, fmt.Errorf("%w: anchor version %d (this code reads %d)", ErrUnsupportedVersion, b[4], anchorVersion)
	}
	if id := k.ID(); KeyID(b[5:13]) != id {
		return nil, fmt.Errorf("%w: anchor sealed under key %x, this key is %x", ErrWrongKey, b[5:13], id[:])
	}
	body, err := aead.Open(nil, b[13:anchorHeaderLen], b[anchorHeaderLen:], anchorAAD(b[:anchorHeaderLen], owner, number))
	if err != nil {
		return nil, fmt.Errorf("%w: anchor %d does not authenticate for this owner", ErrTamperedManifest, number)
	}
	m := new(Manifest)
	if err := m.UnmarshalBinary(body); err != nil {
		return nil, err
	}
	return m, nil
}

// SealAnchor seals m as anchor number of owner under the store's master key.
func (s *Store) SealAnchor(owner []byte, number uint64, m *Manifest) ([]byte, error) {
	return s.key.SealAnchor(owner, number, m)
}

// OpenAnchor opens anchor number of owner under the store's master key.
func (s *Store) OpenAnchor(owner []byte, number uint64, b []byte) (*Manifest, error) {
	return s.key.OpenAnchor(owner, number, b)
}

// Digest returns a hash of the catalogue's stored records: it changes whenever a manifest is put,
// replaced, deleted or imported (each seal has a fresh nonce), so a renter can tell whether its
// catalogue changed since it was last stored in the network. It reads the records without opening
// them.
func (s *Store) Digest(ctx context.Context) ([32]byte, error) {
	h := sha256.New()
	it := s.db.NewIterator(util.BytesPrefix(prefixFile), nil)
	defer it.Release()
	var n [8]byte
	for it.Next() {
		if err := ctx.Err(); err != nil {
			return [32]byte{}, err
		}
		for _, b := range [][]byte{it.Key(), it.Value()} {
			h.Write(binary.BigEndian.AppendUint64(n[:0], uint64(len(b))))
			h.Write(b)
		}
	}
	if err := it.Error(); err != nil {
		return [32]byte{}, fmt.Errorf("manifest: digest: %w", err)
	}
	return [32]byte(h.Sum(nil)), nil
}

package manifest

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"time"
)

// bodyVersion is the version of the manifest body encoding (MarshalBinary). Versions 1 and 2 were
// the deal era's (they recorded a shard's position in its deal); this code reads neither.
const bodyVersion = 3

// Shard flags in the body encoding.
const (
	flagFarmer    = 1 << iota // a farmer address follows
	flagAgreement             // an agreement ID follows
	flagsKnown    = flagFarmer | flagAgreement
)

// MarshalBinary encodes the manifest, unencrypted (Seal encrypts and authenticates it). Version 3:
//
//	version 0x03
//	uvarint len(name), name
//	file ID (32) | key ID (8)
//	uvarint created (Unix milliseconds, 0 = unknown)
//	uvarint size | uvarint k | uvarint m | uvarint segment size | uvarint shard size
//	uvarint segments, then for each segment its k+m shards:
//	  root (32) | flags (1: bit 0 farmer, bit 1 agreement, no other bit) | [farmer (20), not zero]
//	  | [uvarint agreement ID, not zero]
func (m *Manifest) MarshalBinary() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	b := make([]byte, 0, 96+len(m.Name)+len(m.Segments)*m.TotalShards()*33)
	b = append(b, bodyVersion)
	b = binary.AppendUvarint(b, uint64(len(m.Name)))
	b = append(b, m.Name...)
	b = append(b, m.FileID[:]...)
	b = append(b, m.KeyID[:]...)
	var created uint64
	if ms := m.Created.UnixMilli(); !m.Created.IsZero() && ms > 0 {
		created = uint64(ms)
	}
	b = binary.AppendUvarint(b, created)
	for _, v := range []uint64{m.Size, uint64(m.DataShards), uint64(m.ParityShards), m.SegmentSize, m.ShardSize, uint64(len(m.Segments))} {
		b = binary.AppendUvarint(b, v)
	}
	for _, seg := range m.Segments {
		for _, s := range seg.Shards {
			b = append(b, s.Root[:]...)
			var flags byte
			if s.Farmer != [20]byte{} {
				flags |= flagFarmer
			}
			if s.AgreementID != 0 {
				flags |= flagAgreement
			}
			b = append(b, flags)
			if flags&flagFarmer != 0 {
				b = append(b, s.Farmer[:]...)
			}
			if flags&flagAgreement != 0 {
				b = binary.AppendUvarint(b, s.AgreementID)
			}
		}
	}
	return b, nil
}

// decoder reads the body encoding, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: decode: %s", ErrInvalid, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.fail("truncated (want %d bytes, %d left)", n, len(d.b))
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("bad varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// UnmarshalBinary decodes a manifest written by MarshalBinary and validates it. Errors wrap
// ErrInvalid or ErrUnsupportedVersion.
func (m *Manifest) UnmarshalBinary(data []byte) error {
	d := &decoder{b: data}
	if v := d.bytes(1); d.err == nil && v[0] != bodyVersion {
		return fmt.Errorf("%w: manifest body version %d (this code reads %d)", ErrUnsupportedVersion, v[0], bodyVersion)
	}
	var out Manifest
	nameLen := d.uvarint()
	if nameLen > MaxNameLen {
		d.fail("name of %d bytes", nameLen)
	}
	out.Name = string(d.bytes(int(nameLen)))
	copy(out.FileID[:], d.bytes(32))
	copy(out.KeyID[:], d.bytes(8))
	if ms := d.uvarint(); ms != 0 {
		if ms > 1<<62 {
			d.fail("created time %d out of range", ms)
		}
		out.Created = time.UnixMilli(int64(ms)).UTC()
	}
	out.Size = d.uvarint()
	k, par := d.uvarint(), d.uvarint()
	out.SegmentSize, out.ShardSize = d.uvarint(), d.uvarint()
	nseg := d.uvarint()
	if d.err != nil {
		return d.err
	}
	if k < 1 || par > MaxShards || k+par > MaxShards {
		return fmt.Errorf("%w: decode: %d+%d shards", ErrInvalid, k, par)
	}
	out.DataShards, out.ParityShards = int(k), int(par)
	n := int(k + par)
	// Each shard takes at least 33 bytes: refuse counts the input cannot hold before allocating.
	if nseg > uint64(len(d.b)/(33*n)) {
		return fmt.Errorf("%w: decode: %d segments of %d shards cannot fit in %d bytes", ErrInvalid, nseg, n, len(d.b))
	}
	shards := make([]Shard, int(nseg)*n)
	out.Segments = make([]Segment, nseg)
	for i := range out.Segments {
		out.Segments[i].Shards = shards[i*n : (i+1)*n : (i+1)*n]
		for j := range out.Segments[i].Shards {
			s := &out.Segments[i].Shards[j]
			copy(s.Root[:], d.bytes(32))
			flags := d.bytes(1)
			if d.err != nil {
				return d.err
			}
			// Strict (the body may come from another party): a flag this code does not know, or a
			// field flagged but zero, is refused; the encoder writes neither.
			if flags[0]&^flagsKnown != 0 {
				d.fail("segment %d shard %d: unknown flags %#x", i, j, flags[0])
			}
			if flags[0]&flagFarmer != 0 {
				if copy(s.Farmer[:], d.bytes(20)); d.err == nil && s.Farmer == ([20]byte{}) {
					d.fail("segment %d shard %d: farmer flag with the zero address", i, j)
				}
			}
			if flags[0]&flagAgreement != 0 {
				if s.AgreementID = d.uvarint(); d.err == nil && s.AgreementID == 0 {
					d.fail("segment %d shard %d: agreement flag with agreement ID 0", i, j)
				}
			}
		}
	}
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%w: decode: %d trailing bytes", ErrInvalid, len(d.b))
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*m = out
	return nil
}

// Sealed manifests: magic | version | key ID | nonce | AES-256-GCM(manifest key, nonce, body, AAD =
// everything before the ciphertext).
var sealMagic = [4]byte{'G', 'R', 'N', 'M'}

const (
	sealVersion   = 1
	sealHeaderLen = 4 + 1 + 8 + 12
)

// sealer seals and opens manifests under one master key.
type sealer struct {
	aead  cipher.AEAD
	keyID KeyID
}

func newAEAD(key []byte) cipher.AEAD {
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err) // key is always 32 bytes
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		panic(err)
	}
	return aead
}

func newSealer(key MasterKey) *sealer {
	return &sealer{aead: newAEAD(key.derive(labelManifestKey, nil)), keyID: key.ID()}
}

func (s *sealer) seal(m *Manifest) ([]byte, error) {
	body, err := m.MarshalBinary()
	if err != nil {
		return nil, err
	}
	out := make([]byte, sealHeaderLen, sealHeaderLen+len(body)+s.aead.Overhead())
	copy(out, sealMagic[:])
	out[4] = sealVersion
	copy(out[5:13], s.keyID[:])
	if _, err := rand.Read(out[13:sealHeaderLen]); err != nil {
		return nil, fmt.Errorf("manifest: seal %q: nonce: %w", m.Name, err)
	}
	return s.aead.Seal(out, out[13:sealHeaderLen], body, out[:sealHeaderLen]), nil
}

func (s *sealer) open(b []byte) (*Manifest, error) {
	if len(b) < sealHeaderLen+s.aead.Overhead() {
		return nil, fmt.Errorf("%w: %d bytes, shorter than an empty sealed manifest", ErrTamperedManifest, len(b))
	}
	if !bytes.Equal(b[:4], sealMagic[:]) {
		return nil, fmt.Errorf("%w: not a sealed manifest (magic %x)", ErrTamperedManifest, b[:4])
	}
	if b[4] != sealVersion {
		return nil, fmt.Errorf("%w: sealed manifest version %d (this code reads %d)", ErrUnsupportedVersion, b[4], sealVersion)
	}
	if KeyID(b[5:13]) != s.keyID {
		return nil, fmt.Errorf("%w: manifest sealed under key %x, this key is %x", ErrWrongKey, b[5:13], s.keyID[:])
	}
	body, err := s.aead.Open(nil, b[13:sealHeaderLen], b[sealHeaderLen:], b[:sealHeaderLen])
	if err != nil {
		return nil, fmt.Errorf("%w: authentication failed", ErrTamperedManifest)
	}
	m := new(Manifest)
	if err := m.UnmarshalBinary(body); err != nil {
		// Authentic but unreadable: a version we do not know, or a bug that sealed garbage.
		return nil, err
	}
	return m, nil
}

// Seal encrypts and authenticates a manifest under a key derived from the master key.
func Seal(key MasterKey, m *Manifest) ([]byte, error) { return newSealer(key).seal(m) }

// Unseal opens a manifest sealed by Seal. It fails with ErrWrongKey if it was sealed under another
// master key, ErrTamperedManifest if it was modified or truncated, ErrUnsupportedVersion for a
// version this code cannot read.
func Unseal(key MasterKey, b []byte) (*Manifest, error) { return newSealer(key).open(b) }

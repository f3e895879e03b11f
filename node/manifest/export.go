package manifest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// A catalogue export is one encrypted stream that holds every manifest of a store, so that a renter
// can move to another machine with only its master key and the export:
//
//	header: "GRNX" | version 0x01 | key ID (8) | salt (32)
//	frames: AES-256-GCM(export key, nonce, chunk, AAD = header), chunks of exportChunk plaintext
//	        bytes, the last one shorter (possibly empty)
//
// The export key is derived from the master key with the random salt, so nonces are simply the
// frame counter (8 bytes) followed by three zero bytes and a final-frame flag: frames cannot be
// reordered, dropped, or cut after without failing authentication (the STREAM construction of
// Hoang, Reyhanitabar, Rogaway and Vizár). The plaintext is a sequence of records, uvarint length
// then manifest body (MarshalBinary). Fixed-size frames leak only the catalogue's total size.
var exportMagic = [4]byte{'G', 'R', 'N', 'X'}

const (
	exportVersion   = 1
	exportHeaderLen = 4 + 1 + 8 + 32
	exportChunk     = 64 << 10
	maxRecord       = 1 << 31 // a manifest body; a 1 TiB file at 4 MiB segments and 30 shards is ~250 MiB
)

func exportNonce(counter uint64, last bool) []byte {
	var n [12]byte
	binary.BigEndian.PutUint64(n[:8], counter)
	if last {
		n[11] = 1
	}
	return n[:]
}

// streamWriter seals what is written to it into frames.
type streamWriter struct {
	w       io.Writer
	aead    cipher.AEAD
	header  []byte
	buf     []byte // pending plaintext, at most exportChunk bytes
	out     []byte
	counter uint64
}

func (s *streamWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(s.buf) == exportChunk { // more data follows, so this frame is not the last
			if err := s.flush(false); err != nil {
				return 0, err
			}
		}
		k := copy(s.buf[len(s.buf):exportChunk], p)
		s.buf, p = s.buf[:len(s.buf)+k], p[k:]
	}
	return n, nil
}

func (s *streamWriter) flush(last bool) error {
	s.out = s.aead.Seal(s.out[:0], exportNonce(s.counter, last), s.buf, s.header)
	s.counter++
	s.buf = s.buf[:0]
	_, err := s.w.Write(s.out)
	return err
}

// Close seals the final frame.
func (s *streamWriter) Close() error { return s.flush(true) }

// streamReader opens the frames of a streamWriter.
type streamReader struct {
	r       *bufio.Reader
	aead    cipher.AEAD
	header  []byte
	frame   []byte
	plain   []byte // unread plaintext of the current frame
	counter uint64
	done    bool
}

func (s *streamReader) Read(p []byte) (int, error) {
	for len(s.plain) == 0 {
		if s.done {
			return 0, io.EOF
		}
		if err := s.next(); err != nil {
			return 0, err
		}
	}
	n := copy(p, s.plain)
	s.plain = s.plain[n:]
	return n, nil
}

func (s *streamReader) next() error {
	n, err := io.ReadFull(s.r, s.frame)
	last := false
	switch {
	case errors.Is(err, io.EOF):
		return fmt.Errorf("%w: stream ends before its final frame (frame %d)", ErrTamperedExport, s.counter)
	case errors.Is(err, io.ErrUnexpectedEOF):
		last = true // a short frame can only be the final one
	case err != nil:
		return fmt.Errorf("manifest: read export frame %d: %w", s.counter, err)
	default:
		if _, err := s.r.Peek(1); errors.Is(err, io.EOF) {
			last = true
		} else if err != nil {
			return fmt.Errorf("manifest: read export frame %d: %w", s.counter, err)
		}
	}
	plain, err := s.aead.Open(s.frame[:0], exportNonce(s.counter, last), s.frame[:n], s.header)
	if err != nil {
		return fmt.Errorf("%w: frame %d failed authentication", ErrTamperedExport, s.counter)
	}
	s.plain, s.done = plain, last
	s.counter++
	return nil
}

// Export writes the whole catalogue to w as one encrypted stream (see exportMagic). It holds one
// manifest in memory at a time.
func (s *Store) Export(ctx context.Context, w io.Writer) error {
	header := make([]byte, exportHeaderLen)
	copy(header, exportMagic[:])
	header[4] = exportVersion
	copy(header[5:13], s.sealer.keyID[:])
	salt := header[13:]
	if _, err := rand.Read(salt); err != nil {
		return fmt.Errorf("manifest: export: salt: %w", err)
	}
	if _, err := w.Write(header); err != nil {
		return fmt.Errorf("manifest: export: %w", err)
	}
	sw := &streamWriter{w: w, aead: newAEAD(s.key.derive(labelExportKey, salt)), header: header,
		buf: make([]byte, 0, exportChunk)}
	count := 0
	err := s.Each(ctx, func(m *Manifest) error {
		body, err := m.MarshalBinary()
		if err != nil {
			return err
		}
		if _, err := sw.Write(binary.AppendUvarint(nil, uint64(len(body)))); err != nil {
			return err
		}
		if _, err := sw.Write(body); err != nil {
			return err
		}
		count++
		return nil
	})
	if err == nil {
		err = sw.Close()
	}
	if err != nil {
		return fmt.Errorf("manifest: export: %w", err)
	}
	s.log.Info("catalogue exported", "files", count)
	return nil
}

// Import reads an export written by Export (under the same master key) into the store and returns
// the number of manifests imported. A manifest of the same name as an existing one replaces it. The
// import is atomic: nothing is written unless the whole export authenticates and decodes.
// Errors: ErrWrongKey (another master key), ErrTamperedExport (modified, truncated, extended),
// ErrUnsupportedVersion, ErrInvalid.
func (s *Store) Import(ctx context.Context, r io.Reader) (int, error) {
	br := bufio.NewReaderSize(r, exportChunk+32)
	header := make([]byte, exportHeaderLen)
	if _, err := io.ReadFull(br, header); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return 0, fmt.Errorf("manifest: import: %w: header truncated", ErrTamperedExport)
		}
		return 0, fmt.Errorf("manifest: import: %w", err)
	}
	switch {
	case !bytes.Equal(header[:4], exportMagic[:]):
		return 0, fmt.Errorf("manifest: import: %w: not a catalogue export (magic %x)", ErrTamperedExport, header[:4])
	case header[4] != exportVersion:
		return 0, fmt.Errorf("manifest: import: %w: export version %d (this code reads %d)", ErrUnsupportedVersion, header[4], exportVersion)
	case KeyID(header[5:13]) != s.sealer.keyID:
		return 0, fmt.Errorf("manifest: import: %w: export made with key %x, this key is %x", ErrWrongKey, header[5:13], s.sealer.keyID[:])
	}
	sr := bufio.NewReader(&streamReader{r: br, aead: newAEAD(s.key.derive(labelExportKey, header[13:])),
		header: header, frame: make([]byte, exportChunk+TagSize)})

	tx, err := s.db.OpenTransaction()
	if err != nil {
		return 0, fmt.Errorf("manifest: import: %w", err)
	}
	count := 0
	for {
		if err := ctx.Err(); err != nil {
			tx.Discard()
			return 0, err
		}
		m, err := readRecord(sr)
		if errors.Is(err, io.EOF) {
			break
		}
		if err == nil && m.KeyID != s.sealer.keyID {
			err = fmt.Errorf("%w: manifest %q was encrypted under key %x", ErrWrongKey, m.Name, m.KeyID[:])
		}
		var sealed []byte
		if err == nil {
			sealed, err = s.sealer.seal(m)
		}
		if err == nil {
			err = tx.Put(s.dbKey(m.Name), sealed, nil)
		}
		if err != nil {
			tx.Discard()
			return 0, fmt.Errorf("manifest: import record %d: %w", count, err)
		}
		count++
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("manifest: import: commit: %w", err)
	}
	s.log.Info("catalogue imported", "files", count)
	return count, nil
}

// readRecord reads one record of an export's plaintext; io.EOF at a record boundary ends the stream.
func readRecord(r *bufio.Reader) (*Manifest, error) {
	n, err := binary.ReadUvarint(r)
	if errors.Is(err, io.EOF) {
		return nil, io.EOF
	}
	if err != nil {
		return nil, unexpected(err)
	}
	if n > maxRecord {
		return nil, fmt.Errorf("%w: record of %d bytes", ErrInvalid, n)
	}
	// Grow the buffer as bytes arrive rather than trusting n up front.
	var body bytes.Buffer
	if _, err := io.CopyN(&body, r, int64(n)); err != nil {
		return nil, unexpected(err)
	}
	m := new(Manifest)
	if err := m.UnmarshalBinary(body.Bytes()); err != nil {
		return nil, err
	}
	return m, nil
}

// unexpected turns an EOF inside a record into a decoding error (the stream itself authenticated).
func unexpected(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: record cut short", ErrInvalid)
	}
	return err
}

package manifest

import "errors"

// Sentinel errors, returned wrapped with what failed; test with errors.Is.
var (
	// ErrWrongKey: the data was sealed under another master key (its key ID does not match).
	ErrWrongKey = errors.New("manifest: wrong master key")
	// ErrTamperedManifest: a sealed manifest failed authentication, is truncated, or is filed under
	// another name than its own.
	ErrTamperedManifest = errors.New("manifest: manifest tampered with or truncated")
	// ErrTamperedRecord: a sealed record (Store.Records) failed authentication or is filed under
	// another key than its own.
	ErrTamperedRecord = errors.New("manifest: record tampered with or truncated")
	// ErrTamperedExport: a catalogue export failed authentication, is truncated or was reordered.
	ErrTamperedExport = errors.New("manifest: export tampered with or truncated")
	// ErrUnsupportedVersion: a format version this code does not read.
	ErrUnsupportedVersion = errors.New("manifest: unsupported format version")
	// ErrInvalid: a manifest whose fields are inconsistent (Validate failed).
	ErrInvalid = errors.New("manifest: invalid manifest")
	// ErrNotFound: no manifest under that name.
	ErrNotFound = errors.New("manifest: not found")
	// ErrBadCID: a CID that is not a Granary shard name.
	ErrBadCID = errors.New("manifest: not a granary shard CID")
)

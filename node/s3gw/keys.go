package s3gw

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/versity/versitygw/auth"
)

// ErrNoSuchAccessKey: no key with that access key id (never created, or revoked).
var ErrNoSuchAccessKey = errors.New("s3gw: no such access key")

// keysLabel is the HKDF label of the key that seals the gateway's secrets.
const keysLabel = "granary s3 gateway access key secrets v1"

// Keys are the gateway's access keys, kept in one JSON file in the renter's data directory. Each
// secret is sealed with AES-256-GCM under a key derived (HKDF-SHA256) from the renter's master key,
// bound to its access key id; no secret is ever written in plaintext. The file is read on every
// lookup, so a key created or revoked by another process (`granary renter s3 keys …` while the
// gateway runs) counts from the next request.
type Keys struct {
	path string
	aead cipher.AEAD
	mu   sync.Mutex // serializes this process's read-modify-write of the file
}

// KeyInfo describes an access key (never its secret).
type KeyInfo struct {
	AccessKey string    `json:"access_key"`
	Name      string    `json:"name,omitempty"`
	Created   time.Time `json:"created"`
}

// Credentials are an access key with its secret, returned once, when the key is created.
type Credentials struct {
	KeyInfo
	SecretKey string `json:"secret_key"`
}

type keyRecord struct {
	KeyInfo
	Sealed []byte `json:"sealed_secret"` // nonce || AES-GCM(secret), AAD = access key id
}

type keyFile struct {
	Keys []keyRecord `json:"keys"`
}

// OpenKeys returns the key file at path (it need not exist yet), sealing secrets under master.
func OpenKeys(path string, master [32]byte) (*Keys, error) {
	k, err := hkdf.Key(sha256.New, master[:], nil, keysLabel, 32)
	if err != nil {
		return nil, fmt.Errorf("s3gw: derive key: %w", err)
	}
	blk, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(blk)
	if err != nil {
		return nil, err
	}
	return &Keys{path: path, aead: aead}, nil
}

func (k *Keys) load() (keyFile, error) {
	var f keyFile
	b, err := os.ReadFile(k.path)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return f, fmt.Errorf("s3gw: read keys: %w", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return f, fmt.Errorf("s3gw: keys file %s is damaged: %w", k.path, err)
	}
	return f, nil
}

func (k *Keys) save(f keyFile) error {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(k.path), 0o700); err != nil {
		return fmt.Errorf("s3gw: save keys: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(k.path), ".keys-*")
	if err != nil {
		return fmt.Errorf("s3gw: save keys: %w", err)
	}
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), k.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("s3gw: save keys: %w", err)
	}
	return nil
}

// Create makes a new access key with a random secret. The secret is returned here and never again.
func (k *Keys) Create(name string) (Credentials, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	f, err := k.load()
	if err != nil {
		return Credentials{}, err
	}
	id := make([]byte, 10)
	sec := make([]byte, 30)
	if _, err := rand.Read(id); err != nil {
		return Credentials{}, err
	}
	if _, err := rand.Read(sec); err != nil {
		return Credentials{}, err
	}
	c := Credentials{
		KeyInfo:   KeyInfo{AccessKey: "GR" + base32.StdEncoding.EncodeToString(id), Name: name, Created: time.Now().UTC().Truncate(time.Second)},
		SecretKey: base64.RawURLEncoding.EncodeToString(sec),
	}
	nonce := make([]byte, k.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return Credentials{}, err
	}
	sealed := k.aead.Seal(nonce, nonce, []byte(c.SecretKey), []byte(c.AccessKey))
	f.Keys = append(f.Keys, keyRecord{KeyInfo: c.KeyInfo, Sealed: sealed})
	if err := k.save(f); err != nil {
		return Credentials{}, err
	}
	return c, nil
}

// List returns the access keys, oldest first.
func (k *Keys) List() ([]KeyInfo, error) {
	f, err := k.load()
	if err != nil {
		return nil, err
	}
	out := make([]KeyInfo, len(f.Keys))
	for i, r := range f.Keys {
		out[i] = r.KeyInfo
	}
	return out, nil
}

// Revoke deletes an access key: requests signed with it fail from then on.
func (k *Keys) Revoke(access string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	f, err := k.load()
	if err != nil {
		return err
	}
	i := slices.IndexFunc(f.Keys, func(r keyRecord) bool { return r.AccessKey == access })
	if i < 0 {
		return fmt.Errorf("%w: %q", ErrNoSuchAccessKey, access)
	}
	f.Keys = slices.Delete(f.Keys, i, i+1)
	return k.save(f)
}

// Secret returns the secret of an access key.
func (k *Keys) Secret(access string) (string, error) {
	f, err := k.load()
	if err != nil {
		return "", err
	}
	for _, r := range f.Keys {
		if r.AccessKey != access {
			continue
		}
		ns := k.aead.NonceSize()
		if len(r.Sealed) < ns {
			return "", fmt.Errorf("s3gw: key %s: sealed secret too short", access)
		}
		sec, err := k.aead.Open(nil, r.Sealed[:ns], r.Sealed[ns:], []byte(access))
		if err != nil {
			return "", fmt.Errorf("s3gw: key %s: secret does not open under this renter's master key", access)
		}
		return string(sec), nil
	}
	return "", fmt.Errorf("%w: %q", ErrNoSuchAccessKey, access)
}

// iam serves the keys to versitygw's signature check: every key is an admin of the renter's
// buckets (they are all one renter's). Account management through the S3 admin API is refused.
type iam struct{ keys *Keys }

var errIAMReadOnly = errors.New("s3gw: access keys are managed with `granary renter s3 keys`")

func (i iam) GetUserAccount(access string) (auth.Account, error) {
	sec, err := i.keys.Secret(access)
	if errors.Is(err, ErrNoSuchAccessKey) {
		return auth.Account{}, auth.ErrNoSuchUser
	}
	if err != nil {
		return auth.Account{}, err
	}
	return auth.Account{Access: access, Secret: sec, Role: auth.RoleAdmin}, nil
}

func (i iam) ResolveAccounts(ids []string) ([]string, error) {
	var missing []string
	for _, id := range ids {
		if _, err := i.keys.Secret(id); err != nil {
			missing = append(missing, id)
		}
	}
	return missing, nil
}

func (i iam) CreateAccount(auth.Account) error                  { return errIAMReadOnly }
func (i iam) UpdateUserAccount(string, auth.MutableProps) error { return errIAMReadOnly }
func (i iam) DeleteUserAccount(string) error                    { return errIAMReadOnly }
func (i iam) ListUserAccounts() ([]auth.Account, error)         { return nil, errIAMReadOnly }
func (i iam) Shutdown() error                                   { return nil }

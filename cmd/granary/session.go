package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
)

// A session unlocks a data directory's keys once for many commands, as `bw unlock` does: `renter
// unlock` (or `farmer unlock`, `auditor unlock`: the account key alone) pays for the keystore's
// scrypt once, seals the account key and the master key under a fresh random token into
// <data-dir>/session.json (mode 0600) and prints the token for the shell (export GRANARY_SESSION=…). A command that finds GRANARY_SESSION set opens the session instead of
// the keystore: an AES-GCM open instead of two scrypt derivations (~1.5 s and ~256 MiB each at the
// keystore's standard parameters). The file alone opens nothing and neither does the token alone;
// the session ends at its expiry (the file is deleted on the first use after it) or with `renter
// lock`. Commands that need no key (`renter agreements`, status readers) never ask for one.

const sessionFileName = "session.json"

// sessionFile is the sealed session as stored.
type sessionFile struct {
	Address common.Address `json:"address"`
	Expires int64          `json:"expires"` // unix seconds
	Nonce   []byte         `json:"nonce"`
	Sealed  []byte         `json:"sealed"` // AES-256-GCM(token, sessionKeys JSON, AAD = address | expires)
}

type sessionKeys struct {
	Account []byte `json:"account"` // secp256k1 private key
	Master  []byte `json:"master"`
}

var errSession = errors.New("session")

func sessionAAD(addr common.Address, expires int64) []byte {
	return append(addr.Bytes(), []byte(strconv.FormatInt(expires, 10))...)
}

func sessionAEAD(token []byte) (cipher.AEAD, error) {
	b, err := aes.NewCipher(token)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}

// session returns the keys of the data directory's session when GRANARY_SESSION is set (nil when it
// is not); role names the command that unlocks it, for the hint of an error.
func (e *env) session(role string) (*chain.Account, *manifest.MasterKey, error) {
	tok := os.Getenv("GRANARY_SESSION")
	if tok == "" {
		return nil, nil, nil
	}
	fail := func(format string, args ...any) (*chain.Account, *manifest.MasterKey, error) {
		return nil, nil, withCode(exitCredentials, fmt.Errorf("%w: %s", errSession, fmt.Sprintf(format, args...)),
			"run `granary "+role+" unlock --data-dir "+e.dataDir()+"` again, or unset GRANARY_SESSION to use the password")
	}
	token, err := hex.DecodeString(tok)
	if err != nil || len(token) != 32 {
		return fail("GRANARY_SESSION is not a session token")
	}
	path := filepath.Join(e.dataDir(), sessionFileName)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return fail("no session in %s (locked or expired)", e.dataDir())
	} else if err != nil {
		return fail("%v", err)
	}
	var f sessionFile
	if err := json.Unmarshal(b, &f); err != nil {
		return fail("%s is damaged: %v", path, err)
	}
	if time.Now().Unix() >= f.Expires {
		os.Remove(path)
		return fail("the session of %s expired at %s", e.dataDir(), time.Unix(f.Expires, 0).Format(time.RFC3339))
	}
	aead, err := sessionAEAD(token)
	if err != nil {
		return fail("%v", err)
	}
	if len(f.Nonce) != aead.NonceSize() {
		return fail("%s is damaged", path)
	}
	plain, err := aead.Open(nil, f.Nonce, f.Sealed, sessionAAD(f.Address, f.Expires))
	if err != nil {
		return fail("GRANARY_SESSION does not open the session of %s", e.dataDir())
	}
	var k sessionKeys
	if err := json.Unmarshal(plain, &k); err != nil {
		return fail("%v", err)
	}
	key, err := crypto.ToECDSA(k.Account)
	if err != nil || crypto.PubkeyToAddress(key.PublicKey) != f.Address {
		return fail("the session's account key is not %s", f.Address)
	}
	if addr, err := chain.AccountAddress(e.keystoreDir()); err != nil || addr != f.Address {
		return fail("the session is of %s, not of this data directory's account", f.Address)
	}
	acct := &chain.Account{Address: f.Address, Key: key}
	if len(k.Master) == 0 {
		return acct, nil, nil
	}
	mk, err := manifest.MasterKeyFromBytes(k.Master)
	if err != nil {
		return fail("%v", err)
	}
	return acct, &mk, nil
}

// masterKey returns the renter's master key: from the session if there is one, else decrypted with
// the password.
func (e *env) masterKey() (manifest.MasterKey, error) {
	_, mk, err := e.session("renter")
	if err != nil {
		return manifest.MasterKey{}, err
	}
	if mk != nil {
		return *mk, nil
	}
	pwd, err := e.password()
	if err != nil {
		return manifest.MasterKey{}, err
	}
	return openMasterKey(e.dataDir(), pwd)
}

// unlockCommand is `<role> unlock`.
func unlockCommand(role string, flags []cli.Flag) *cli.Command {
	what := "account key"
	if role == "renter" {
		what = "account key and master key"
	}
	return &cli.Command{
		Name: "unlock",
		Usage: "unlock the " + role + "'s " + what + " once for the commands that follow: prints `export GRANARY_SESSION=…` " +
			"for the shell (eval \"$(granary " + role + " unlock)\"); with it set, commands skip the password and its key derivation",
		Flags:  append(append([]cli.Flag(nil), flags...), &cli.DurationFlag{Name: "for", Value: 8 * time.Hour, Usage: "how long the session lasts"}),
		Action: func(c *cli.Context) error { return unlock(c, role) },
	}
}

// lockCommand is `<role> lock`.
func lockCommand(role string, flags []cli.Flag) *cli.Command {
	return &cli.Command{Name: "lock", Usage: "end the session `" + role + " unlock` started (delete its sealed keys)",
		Flags: flags, Action: lock}
}

func unlock(c *cli.Context, role string) error {
	e := newEnv(c)
	ttl := c.Duration("for")
	if ttl <= 0 {
		return usagef("--for must be positive")
	}
	if os.Getenv("GRANARY_SESSION") != "" {
		return usagef("GRANARY_SESSION is set: unset it first (a session is unlocked with the password)")
	}
	acct, err := e.account(role)
	if err != nil {
		return err
	}
	keys := sessionKeys{Account: crypto.FromECDSA(acct.Key)}
	if role == "renter" {
		mk, err := e.masterKey()
		if err != nil {
			return err
		}
		keys.Master = mk[:]
	}
	token := make([]byte, 32)
	if _, err := io.ReadFull(rand.Reader, token); err != nil {
		return err
	}
	aead, err := sessionAEAD(token)
	if err != nil {
		return err
	}
	plain, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	f := sessionFile{Address: acct.Address, Expires: time.Now().Add(ttl).Unix(), Nonce: make([]byte, aead.NonceSize())}
	if _, err := io.ReadFull(rand.Reader, f.Nonce); err != nil {
		return err
	}
	f.Sealed = aead.Seal(nil, f.Nonce, plain, sessionAAD(f.Address, f.Expires))
	clear(plain)
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	path := filepath.Join(e.dataDir(), sessionFileName)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return fmt.Errorf("write session: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write session: %w", err)
	}
	expires := time.Unix(f.Expires, 0)
	return e.emit(map[string]any{"session": hex.EncodeToString(token), "expires": expires}, func(w io.Writer) {
		fmt.Fprintf(w, "export GRANARY_SESSION=%x\n", token)
		fmt.Fprintf(c.App.ErrWriter, "# unlocked %s until %s: commands run with GRANARY_SESSION set skip the password; `granary %s lock` ends it\n",
			acct.Address.Hex(), expires.Format(time.RFC3339), role)
	})
}

func lock(c *cli.Context) error {
	e := newEnv(c)
	path := filepath.Join(e.dataDir(), sessionFileName)
	err := os.Remove(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("lock: %w", err)
	}
	return e.emit(map[string]any{"locked": err == nil}, func(w io.Writer) {
		if err == nil {
			fmt.Fprintf(w, "locked: the session of %s is gone\n", e.dataDir())
		} else {
			fmt.Fprintf(w, "no session in %s\n", e.dataDir())
		}
	})
}

package chain

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrWrongPassword is returned (wrapped) when a keystore file does not open with the password.
var ErrWrongPassword = errors.New("chain: wrong keystore password")

// Account is an unlocked go-ethereum keystore account: the key signs transactions, deal terms and
// retrieval authorizations.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// Transactor returns transaction options that sign with the account on chain chainID.
func (a Account) Transactor(chainID *big.Int) (*bind.TransactOpts, error) {
	return bind.NewKeyedTransactorWithChainID(a.Key, chainID)
}

// NewAccount creates a key in the keystore directory, encrypted with password (standard scrypt
// parameters, or light ones when light is set, for tests and devnets).
func NewAccount(dir, password string, light bool) (Account, error) {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	ks := keystore.NewKeyStore(dir, n, p)
	acc, err := ks.NewAccount(password)
	if err != nil {
		return Account{}, fmt.Errorf("chain: create account in %s: %w", dir, err)
	}
	return OpenAccount(dir, acc.Address, password)
}

// AccountAddress returns the address of the only keystore file in dir without decrypting it (a
// keystore file names its address in the clear), for commands that read but never sign.
func AccountAddress(dir string) (common.Address, error) {
	files, err := keystoreFiles(dir, common.Address{})
	if err != nil {
		return common.Address{}, err
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: read %s: %w", files[0], err)
	}
	var k struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(b, &k); err != nil || !common.IsHexAddress(k.Address) {
		return common.Address{}, fmt.Errorf("chain: %s is not a keystore file", files[0])
	}
	return common.HexToAddress(k.Address), nil
}

// ImportAccount stores key in a new keystore file in dir, encrypted with password (for a key derived
// from a recovery phrase), and opens it.
func ImportAccount(dir string, key *ecdsa.PrivateKey, password string, light bool) (Account, error) {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	acc, err := keystore.NewKeyStore(dir, n, p).ImportECDSA(key, password)
	if err != nil {
		return Account{}, fmt.Errorf("chain: import account into %s: %w", dir, err)
	}
	return OpenAccount(dir, acc.Address, password)
}

// OpenAccount decrypts the keystore file of addr in dir (the zero address: the only account there).
func OpenAccount(dir string, addr common.Address, password string) (Account, error) {
	files, err := keystoreFiles(dir, addr)
	if err != nil {
		return Account{}, err
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		return Account{}, fmt.Errorf("chain: read %s: %w", files[0], err)
	}
	k, err := keystore.DecryptKey(b, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return Account{}, fmt.Errorf("%w for %s", ErrWrongPassword, files[0])
	} else if err != nil {
		return Account{}, fmt.Errorf("chain: open %s: %w", files[0], err)
	}
	return Account{Address: crypto.PubkeyToAddress(k.PrivateKey.PublicKey), Key: k.PrivateKey}, nil
}

// keystoreFiles returns the one keystore file of addr in dir (the zero address: the only file).
func keystoreFiles(dir string, addr common.Address) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("chain: read keystore %s: %w", dir, err)
	}
	var files []string
	want := strings.ToLower(addr.Hex()[2:])
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if addr == (common.Address{}) || strings.Contains(strings.ToLower(e.Name()), want) {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	switch {
	case len(files) == 0:
		return nil, fmt.Errorf("chain: no keystore file for %s in %s", addr.Hex(), dir)
	case len(files) > 1:
		return nil, fmt.Errorf("chain: %d keystore files in %s: name the account", len(files), dir)
	}
	return files, nil
}

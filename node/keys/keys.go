// Package keys derives all of a renter's secrets from one recovery phrase a person can write down:
// a BIP-39 mnemonic of 24 English words (256 bits of entropy). From its BIP-39 seed come
//
//   - the account key at BIP-44 path m/44'/60'/0'/0/0 (BIP-32, secp256k1): the same address any
//     Ethereum wallet shows for the phrase, so funds can be moved with ordinary tools;
//   - the libp2p identity, an ed25519 key from HKDF-SHA256(seed, "granary/libp2p-identity/v1");
//   - the master key that encrypts files and manifests, HKDF-SHA256(seed, "granary/master-key/v1").
//
// The wordlist, checksum and seed are github.com/tyler-smith/go-bip39; BIP-32 derivation is btcd's
// hdkeychain. Nothing here touches the disk or the network.
package keys

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"

	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/tyler-smith/go-bip39"

	"github.com/granary-network/granary/node/manifest"
)

// Words is the length of the phrases NewPhrase makes.
const Words = 24

// AccountPath is the BIP-44 path of the account key (Ethereum's coin type 60, first account).
var AccountPath = []uint32{44 + hdkeychain.HardenedKeyStart, 60 + hdkeychain.HardenedKeyStart, hdkeychain.HardenedKeyStart, 0, 0}

// ErrBadPhrase is returned (wrapped, with what is wrong) for a phrase that is not a valid BIP-39
// mnemonic: a word not in the English list, a wrong number of words, or a failed checksum.
var ErrBadPhrase = errors.New("keys: not a valid recovery phrase")

// Keys are a renter's secrets, all derived from its phrase.
type Keys struct {
	Account  *ecdsa.PrivateKey
	Identity p2pcrypto.PrivKey
	Master   manifest.MasterKey
}

// NewPhrase returns a fresh 24-word phrase from the system's random source.
func NewPhrase() (string, error) {
	entropy, err := bip39.NewEntropy(256)
	if err != nil {
		return "", fmt.Errorf("keys: entropy: %w", err)
	}
	return bip39.NewMnemonic(entropy)
}

// Normalize folds what a person may type around a phrase (case, extra spaces, line breaks) into the
// canonical form: lower-case words separated by single spaces.
func Normalize(phrase string) string {
	return strings.Join(strings.Fields(strings.ToLower(phrase)), " ")
}

// Check validates a phrase: every word in the English list, 12 to 24 words, and the checksum.
func Check(phrase string) error {
	words := strings.Fields(Normalize(phrase))
	switch len(words) {
	case 12, 15, 18, 21, 24:
	default:
		return fmt.Errorf("%w: %d words (a phrase has 12, 15, 18, 21 or 24)", ErrBadPhrase, len(words))
	}
	for i, w := range words {
		if _, ok := bip39.GetWordIndex(w); !ok {
			return fmt.Errorf("%w: word %d (%q) is not in the BIP-39 English list", ErrBadPhrase, i+1, w)
		}
	}
	if !bip39.IsMnemonicValid(strings.Join(words, " ")) {
		return fmt.Errorf("%w: the checksum does not match (a word is wrong or out of order)", ErrBadPhrase)
	}
	return nil
}

// FromPhrase derives the keys of a phrase. The phrase is checked first (Check).
func FromPhrase(phrase string) (Keys, error) {
	if err := Check(phrase); err != nil {
		return Keys{}, err
	}
	seed := bip39.NewSeed(Normalize(phrase), "")
	acct, err := accountKey(seed)
	if err != nil {
		return Keys{}, err
	}
	var k Keys
	k.Account = acct
	idSeed, err := hkdf.Key(sha256.New, seed, nil, "granary/libp2p-identity/v1", ed25519.SeedSize)
	if err != nil {
		return Keys{}, fmt.Errorf("keys: identity: %w", err)
	}
	if k.Identity, err = p2pcrypto.UnmarshalEd25519PrivateKey(ed25519.NewKeyFromSeed(idSeed)); err != nil {
		return Keys{}, fmt.Errorf("keys: identity: %w", err)
	}
	mk, err := hkdf.Key(sha256.New, seed, nil, "granary/master-key/v1", len(k.Master))
	if err != nil {
		return Keys{}, fmt.Errorf("keys: master key: %w", err)
	}
	copy(k.Master[:], mk)
	return k, nil
}

func accountKey(seed []byte) (*ecdsa.PrivateKey, error) {
	k, err := hdkeychain.NewMaster(seed, &chaincfg.MainNetParams)
	if err != nil {
		return nil, fmt.Errorf("keys: BIP-32 master: %w", err)
	}
	for _, i := range AccountPath {
		if k, err = k.Derive(i); err != nil {
			return nil, fmt.Errorf("keys: BIP-32 derive: %w", err)
		}
	}
	priv, err := k.ECPrivKey()
	if err != nil {
		return nil, fmt.Errorf("keys: account key: %w", err)
	}
	return crypto.ToECDSA(priv.Serialize())
}

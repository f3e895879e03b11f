package keys

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The BIP-39 test phrase: every Ethereum wallet shows this address for it at m/44'/60'/0'/0/0.
const testPhrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

func TestAccountMatchesWallets(t *testing.T) {
	k, err := FromPhrase(testPhrase)
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(k.Account.PublicKey).Hex(); got != "0x9858EfFD232B4033E47d90003D41EC34EcaEda94" {
		t.Fatalf("account %s, want the address wallets derive", got)
	}
}

func TestSameKeysFromSamePhrase(t *testing.T) {
	p, err := NewPhrase()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Fields(p)); n != Words {
		t.Fatalf("%d words", n)
	}
	a, err := FromPhrase(p)
	if err != nil {
		t.Fatal(err)
	}
	// What a person types back: other case, extra spaces, line breaks.
	b, err := FromPhrase("  " + strings.ToUpper(strings.ReplaceAll(p, " ", " \n ")) + " ")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Account.Equal(b.Account) || !a.Identity.Equals(b.Identity) || a.Master != b.Master {
		t.Fatal("the same phrase gave different keys")
	}
	idA, _ := peer.IDFromPrivateKey(a.Identity)
	other, _ := NewPhrase()
	c, err := FromPhrase(other)
	if err != nil {
		t.Fatal(err)
	}
	idC, _ := peer.IDFromPrivateKey(c.Identity)
	if a.Account.Equal(c.Account) || idA == idC || a.Master == c.Master {
		t.Fatal("two phrases share a key")
	}
	// The three secrets are independent of each other.
	if string(crypto.FromECDSA(a.Account)) == string(a.Master[:]) {
		t.Fatal("master key equals the account key")
	}
}

func TestBadPhrasesRefused(t *testing.T) {
	words := strings.Fields(testPhrase)
	swapped := append([]string{}, words...)
	swapped[0], swapped[11] = swapped[11], swapped[0]
	cases := map[string]struct {
		phrase string
		says   string
	}{
		"empty":          {"", "0 words"},
		"11 words":       {strings.Join(words[:11], " "), "11 words"},
		"unknown word":   {strings.Replace(testPhrase, "about", "abuot", 1), `word 12 ("abuot")`},
		"checksum":       {strings.Replace(testPhrase, "about", "abandon", 1), "checksum"},
		"words reversed": {strings.Join(swapped, " "), "checksum"},
	}
	for name, c := range cases {
		_, err := FromPhrase(c.phrase)
		if !errors.Is(err, ErrBadPhrase) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: got %v, want ErrBadPhrase saying %q", name, err, c.says)
		}
	}
}

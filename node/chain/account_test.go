package chain_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/granary-network/granary/node/chain"
)

func TestKeystoreAccount(t *testing.T) {
	dir := t.TempDir()
	a, err := chain.NewAccount(dir, "correct horse", true)
	if err != nil {
		t.Fatal(err)
	}
	b, err := chain.OpenAccount(dir, a.Address, "correct horse")
	if err != nil || b.Address != a.Address || !b.Key.Equal(a.Key) {
		t.Fatalf("reopen: %v", err)
	}
	if only, err := chain.OpenAccount(dir, common.Address{}, "correct horse"); err != nil || only.Address != a.Address {
		t.Fatalf("open the only account: %v", err)
	}
	if _, err := chain.OpenAccount(dir, a.Address, "wrong"); !errors.Is(err, chain.ErrWrongPassword) {
		t.Fatalf("wrong password: %v", err)
	}
	if _, err := chain.OpenAccount(dir, common.HexToAddress("0x1234"), "correct horse"); err == nil {
		t.Fatal("opened an account that is not there")
	}
	if _, err := chain.OpenAccount(t.TempDir()+"/missing", a.Address, "x"); err == nil {
		t.Fatal("opened a missing keystore")
	}
	opts, err := a.Transactor(big.NewInt(1337))
	if err != nil || opts.From != a.Address {
		t.Fatalf("transactor: %v", err)
	}
}

// A read-only command learns the address without the password; an imported key (from a recovery
// phrase) opens as the same account.
func TestAccountAddressAndImport(t *testing.T) {
	dir := t.TempDir()
	a, err := chain.NewAccount(dir, "pw", true)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := chain.AccountAddress(dir); err != nil || got != a.Address {
		t.Fatalf("address %v, %v; want %v", got, err, a.Address)
	}
	if _, err := chain.AccountAddress(t.TempDir()); err == nil {
		t.Fatal("an empty keystore has an address")
	}
	other := t.TempDir()
	b, err := chain.ImportAccount(other, a.Key, "pw2", true)
	if err != nil || b.Address != a.Address || !b.Key.Equal(a.Key) {
		t.Fatalf("import: %+v %v", b, err)
	}
	if got, err := chain.AccountAddress(other); err != nil || got != a.Address {
		t.Fatalf("imported address %v, %v", got, err)
	}
}

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/urfave/cli/v2"

	"github.com/granary-network/granary/node/chain"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/keys"
)

func recoverFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "recover", Usage: "derive the keys from an existing recovery phrase (read from --phrase-file or standard input)"},
		&cli.StringFlag{Name: "phrase-file", EnvVars: []string{"GRANARY_PHRASE_FILE"}, Usage: "file holding the recovery phrase for --recover"},
	}
}

// initRenter creates a renter's account, libp2p identity and master key, all derived from one
// 24-word recovery phrase (node/keys) that it shows once; with --recover it derives them from a
// phrase the user gives instead. Keys already in the data directory are never replaced: init again
// keeps them, and --recover into a directory that holds keys of another phrase is refused.
func initRenter(c *cli.Context, e *env, pwd string) error {
	dir, light := e.dataDir(), c.Bool("light-kdf")
	var (
		phrase string // shown: a phrase made now
		k      keys.Keys
		have   bool // k holds derived keys
	)
	if c.Bool("recover") {
		p, err := readPhrase(c)
		if err != nil {
			return err
		}
		if k, err = keys.FromPhrase(p); err != nil {
			return withCode(exitCredentials, err, "check the words against what you wrote down")
		}
		have = true
	}
	hasAccount := false
	if entries, _ := os.ReadDir(e.keystoreDir()); len(entries) > 0 {
		hasAccount = true
	}
	hasIdentity := fileExists(filepath.Join(dir, ghost.IdentityFile))
	hasMaster := fileExists(filepath.Join(dir, masterKeyFile))
	if !have && !hasAccount && !hasIdentity && !hasMaster {
		var err error
		if phrase, err = keys.NewPhrase(); err != nil {
			return err
		}
		if k, err = keys.FromPhrase(phrase); err != nil {
			return err
		}
		have = true
	}
	mismatch := func(what string) error {
		return withCode(exitRefused, fmt.Errorf("%s already holds %s that this phrase does not derive", dir, what),
			"recover into an empty --data-dir")
	}

	var acct chain.Account
	var err error
	switch {
	case hasAccount:
		if acct, err = chain.OpenAccount(e.keystoreDir(), [20]byte{}, pwd); err != nil {
			return err
		}
		if have && acct.Address != crypto.PubkeyToAddress(k.Account.PublicKey) {
			return mismatch("account " + acct.Address.Hex() + ",")
		}
	case have:
		if acct, err = chain.ImportAccount(e.keystoreDir(), k.Account, pwd, light); err != nil {
			return err
		}
	default:
		if acct, err = chain.NewAccount(e.keystoreDir(), pwd, light); err != nil {
			return err
		}
	}
	if hasIdentity && have {
		existing, err := ghost.LoadIdentity(dir)
		if err != nil {
			return err
		}
		if !existing.Equals(k.Identity) {
			return mismatch("a libp2p identity")
		}
	} else if have {
		if _, err := ghost.SaveIdentity(dir, k.Identity); err != nil {
			return err
		}
	}
	id, err := peerIDOf(dir) // creates a random identity for a directory made before phrases
	if err != nil {
		return err
	}
	switch {
	case hasMaster:
		mk, err := openMasterKey(dir, pwd)
		if err != nil {
			return err
		}
		if have && mk != k.Master {
			return mismatch("a master key")
		}
	case have:
		if err := storeMasterKey(dir, k.Master, pwd, light); err != nil {
			return err
		}
	default:
		if err := createMasterKey(dir, pwd, light); err != nil {
			return err
		}
	}
	return e.emit(initView(acct, dir, id, !hasAccount, c.Bool("recover"), phrase), func(w io.Writer) {
		switch {
		case c.Bool("recover") && hasAccount:
			fmt.Fprintf(w, "the phrase matches the keys already in %s: account %s\n", dir, acct.Address.Hex())
		case c.Bool("recover"):
			fmt.Fprintf(w, "recovered renter account %s into %s\n", acct.Address.Hex(), dir)
			fmt.Fprintln(w, "next: `granary renter recover` finds its agreements on chain and brings back the catalogue of its files")
		case hasAccount:
			fmt.Fprintf(w, "kept existing renter account %s in %s\n", acct.Address.Hex(), dir)
		default:
			fmt.Fprintf(w, "created renter account %s in %s\n", acct.Address.Hex(), dir)
		}
		fmt.Fprintf(w, "libp2p peer id %s\n", id)
		fmt.Fprintf(w, "master key (encrypted with the account password) in %s\n", filepath.Join(dir, masterKeyFile))
		if phrase != "" {
			fmt.Fprintln(w, "\nRECOVERY PHRASE: write these 24 words down, in order, and keep them offline. They alone")
			fmt.Fprintln(w, "restore this account, its identity and the key of every file (`granary renter init --recover`).")
			fmt.Fprintln(w, "They are shown only this once; anyone who has them can read your files and spend your tokens.")
			words := strings.Fields(phrase)
			for i := 0; i < len(words); i += 6 {
				var row []string
				for j := i; j < i+6 && j < len(words); j++ {
					row = append(row, fmt.Sprintf("%2d %-9s", j+1, words[j]))
				}
				fmt.Fprintln(w, "  "+strings.Join(row, " "))
			}
			fmt.Fprintln(w)
		}
		if !hasAccount {
			fmt.Fprintf(w, "next: send it ether for gas (from any wallet) and GRN (`granary token transfer %s AMOUNT` from a funded account); on a devnet: `granary devnet fund %s`\n",
				acct.Address.Hex(), acct.Address.Hex())
			fmt.Fprintf(w, "then: %s\n", nextSteps["renter"])
		}
	})
}

func initView(acct chain.Account, dir string, id peer.ID, created, recovered bool, phrase string) map[string]any {
	out := map[string]any{"address": acct.Address.Hex(), "dataDir": dir, "created": created, "peerId": id.String(),
		"recovered": recovered}
	if phrase != "" {
		out["recoveryPhrase"] = phrase
	}
	return out
}

// readPhrase reads the recovery phrase from --phrase-file or standard input (a prompt on a terminal).
// A phrase is never taken from a flag's value, where it would land in the shell's history.
func readPhrase(c *cli.Context) (string, error) {
	if f := c.String("phrase-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", withCode(exitNotFound, fmt.Errorf("phrase file: %w", err), "")
		}
		return string(b), nil
	}
	if st, err := os.Stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		fmt.Fprint(c.App.ErrWriter, "recovery phrase: ")
	}
	line, err := bufio.NewReader(io.LimitReader(os.Stdin, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read recovery phrase: %w", err)
	}
	if strings.TrimSpace(line) == "" {
		return "", usagef("--recover: give the recovery phrase on standard input or with --phrase-file")
	}
	return line, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

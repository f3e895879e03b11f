package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
	"github.com/granary-network/granary/node/s3gw"
)

// Exit codes. Documented in --help (exitCodeHelp) and in README.md.
const (
	exitOK          = 0
	exitUsage       = 1 // bad command line: unknown command or flag, missing or malformed argument
	exitFailure     = 2 // anything not covered below
	exitNotFound    = 3 // a file, stored file name, agreement or deployment file that does not exist
	exitChain       = 4 // RPC endpoint unreachable, wrong chain, no contract at the deployment's address
	exitCredentials = 5 // no password, wrong password, missing or unreadable key
	exitFunds       = 6 // not enough tokens, allowance, stake or ether
	exitRefused     = 7 // the market or the farmers refused: too few farmers, name taken, contract revert
	exitData        = 8 // a file could not be rebuilt: too few shards, corrupt data
	exitCheck       = 9 // a check failed: a demo step
	exitInterrupted = 130
)

const exitCodeHelp = `Exit codes:
   0  success
   1  usage error (unknown command or flag, bad argument)
   2  other failure
   3  not found (input file, stored file, agreement, deployment file)
   4  chain unreachable, wrong chain or no contract
   5  credentials (no or wrong password, missing key)
   6  insufficient funds (tokens, allowance, stake, ether)
   7  refused by the market or the farmers (too few farmers, name taken, revert)
   8  data could not be rebuilt (too few shards, corrupt data)
   9  a check failed (a demo step)
 130  interrupted`

// usageError is a command-line mistake.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// codedError carries an explicit exit code and an optional hint.
type codedError struct {
	code int
	err  error
	hint string
}

func (e *codedError) Error() string { return e.err.Error() }
func (e *codedError) Unwrap() error { return e.err }

// withCode gives err an exit code and a hint on what to do.
func withCode(code int, err error, hint string) error {
	if err == nil {
		return nil
	}
	return &codedError{code: code, err: err, hint: hint}
}

// Credential errors.
var (
	errNoPassword = errors.New("no password: set GRANARY_PASSWORD or pass --password-file")
	errNoAccount  = errors.New("no account")
)

// fundsReverts are contract (and OpenZeppelin) errors that mean "not enough money".
var fundsReverts = map[string]bool{
	"ERC20InsufficientBalance": true, "ERC20InsufficientAllowance": true, "InsufficientStake": true,
	"EscrowTooLow": true, "NotStaked": true,
}

// classify maps an error to its exit code and the one line printed on stderr.
func classify(err error) (int, string) {
	msg := oneLine(err.Error())
	var ce *codedError
	if errors.As(err, &ce) {
		if ce.hint != "" {
			msg += " (" + ce.hint + ")"
		}
		return ce.code, msg
	}
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage, msg + " (see --help)"
	}
	var re *chain.RevertError
	switch {
	case errors.Is(err, context.Canceled):
		return exitInterrupted, "interrupted"
	case errors.Is(err, chain.ErrWrongPassword), errors.Is(err, manifest.ErrWrongKey):
		return exitCredentials, msg + " (check GRANARY_PASSWORD or --password-file)"
	case errors.Is(err, errNoPassword), errors.Is(err, errNoAccount):
		return exitCredentials, msg
	case errors.Is(err, chain.ErrNoDeployment):
		return exitNotFound, msg
	case errors.Is(err, chain.ErrUnreachable):
		return exitChain, msg + " (check that the node at that JSON-RPC URL is running and the --rpc or GRANARY_RPC URL is right; for a local devnet run `granary devnet`)"
	case errors.Is(err, chain.ErrWrongChain), errors.Is(err, chain.ErrNoContract):
		return exitChain, msg + " (the deployment file and --rpc disagree: pass the right --deployment or --rpc)"
	case errors.Is(err, renter.ErrFunds), errors.Is(err, chain.ErrInsufficientTokens):
		return exitFunds, msg + " (get tokens: `granary token transfer` from a funded account, or `granary devnet fund`)"
	case errors.As(err, &re) && fundsReverts[re.Name]:
		return exitFunds, msg
	case strings.Contains(msg, "insufficient funds for gas"):
		return exitFunds, msg + " (the account needs ether for gas: `granary devnet fund` on a devnet)"
	case errors.Is(err, renter.ErrNotEnoughFarmers):
		return exitRefused, msg + " (start more farmers, lower --data-shards/--parity-shards, or a smaller --agreement-size if farmers announce less capacity)"
	case errors.Is(err, renter.ErrPlacement):
		return exitRefused, msg + " (too few farmers took the shards; nothing of the file was kept: try again, or start more farmers)"
	case errors.Is(err, renter.ErrExists):
		return exitRefused, msg + " (pick another --name, or `granary renter rm` the old one)"
	case errors.Is(err, chain.ErrReverted):
		return exitRefused, msg
	case errors.Is(err, renter.ErrNotFound), errors.Is(err, manifest.ErrNotFound):
		return exitNotFound, msg + " (see `granary renter ls`)"
	case errors.Is(err, s3gw.ErrNoSuchAccessKey):
		return exitNotFound, msg + " (see `granary renter s3 keys ls`)"
	case errors.Is(err, os.ErrNotExist):
		return exitNotFound, msg
	case errors.Is(err, pipeline.ErrNotEnoughShards), errors.Is(err, pipeline.ErrCorruptShard),
		errors.Is(err, pipeline.ErrSegmentAuth):
		return exitData, msg
	}
	return exitFailure, msg
}

// oneLine keeps an error message on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

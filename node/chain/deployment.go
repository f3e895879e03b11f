// Package chain is Granary's boundary with Ethereum: the deployment file every command reads, and a
// client over the abigen bindings that works against any JSON-RPC endpoint or the in-process
// simulated chain. Code that needs the chain declares the few methods it uses as its own interface;
// *Client satisfies them.
package chain

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// Deployment says where a Granary market lives: written by `granary devnet` / `granary deploy`,
// read by every other command.
type Deployment struct {
	ChainID    uint64         `json:"chainId"`
	Token      common.Address `json:"token"`
	Market     common.Address `json:"market"`
	StartBlock uint64         `json:"startBlock"` // the block the market was deployed in
	RPC        string         `json:"rpc,omitempty"`
}

// ErrNoDeployment is returned (wrapped) when the deployment file is missing.
var ErrNoDeployment = errors.New("chain: no deployment file")

// Validate checks that the deployment names a chain and two contracts.
func (d Deployment) Validate() error {
	switch {
	case d.ChainID == 0:
		return errors.New("chain: deployment has no chain id")
	case d.Token == (common.Address{}) || d.Market == (common.Address{}):
		return errors.New("chain: deployment lacks the token or market address")
	}
	return nil
}

// ReadDeployment reads and validates a deployment file.
func ReadDeployment(path string) (Deployment, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Deployment{}, fmt.Errorf("%w: %s does not exist (start `granary devnet` or run `granary deploy`)", ErrNoDeployment, path)
	} else if err != nil {
		return Deployment{}, fmt.Errorf("chain: read deployment %s: %w", path, err)
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return Deployment{}, fmt.Errorf("chain: deployment %s is not valid JSON: %w", path, err)
	}
	if err := d.Validate(); err != nil {
		return Deployment{}, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// WriteDeployment writes the deployment file atomically.
func WriteDeployment(path string, d Deployment) error {
	if err := d.Validate(); err != nil {
		return err
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("chain: write deployment: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("chain: write deployment: %w", err)
	}
	return nil
}

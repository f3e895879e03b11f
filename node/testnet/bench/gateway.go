package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/node/chain"
	"github.com/granary-network/granary/node/s3gw"
)

// ---- the S3 gateway process -----------------------------------------------------------------------

// GatewayReadyPrefix starts the line the gateway process prints once it serves: a GatewayReady.
const GatewayReadyPrefix = "GATEWAY-READY "

// GatewayResultPrefix starts the line the gateway process prints when its stdin closes.
const GatewayResultPrefix = "GATEWAY-RESULT "

// GatewayReady is where the gateway process serves and the key to sign with.
type GatewayReady struct {
	URL       string `json:"url"`
	AccessKey string `json:"accessKey"`
	SecretKey string `json:"secretKey"`
	BaseRSS   int64  `json:"baseRssKiB"`
}

// GatewayResult is the gateway process's peak memory.
type GatewayResult struct {
	HWM int64 `json:"hwmKiB"` // VmHWM: the peak RSS of the renter and gateway together
}

// RunGateway builds a renter on agreements as RunAgreementRenter does and serves the S3 gateway over
// it (job.Params) on 127.0.0.1 until stdin closes; clients drive it from another process, so that
// this process's peak RSS is the renter's and the gateway's alone. Only the job's chain, key,
// directory, parameters, periods and MaxBytes matter.
func RunGateway(ctx context.Context, job AgreementJob, stdin io.Reader, stdout io.Writer) error {
	key, err := crypto.HexToECDSA(job.Key)
	if err != nil {
		return fmt.Errorf("renter key: %w", err)
	}
	ec, err := chain.Dial(ctx, job.RPC)
	if err != nil {
		return err
	}
	defer ec.Close()
	r, closeAll, err := newAgreementRenter(ctx, job, ec, key)
	if err != nil {
		return err
	}
	defer closeAll()
	dir := filepath.Join(job.Dir, "s3")
	keys, err := s3gw.OpenKeys(filepath.Join(dir, "keys.json"), [32]byte(crypto.Keccak256([]byte("bench gateway"))))
	if err != nil {
		return err
	}
	creds, err := keys.Create("bench")
	if err != nil {
		return err
	}
	gw, err := s3gw.Open(dir, s3gw.RenterStore{R: r, Params: job.Params}, keys, s3gw.Options{Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		return err
	}
	defer gw.Close()
	if _, err := gw.Start("127.0.0.1:0"); err != nil {
		return err
	}
	b, _ := json.Marshal(GatewayReady{URL: gw.URL(), AccessKey: creds.AccessKey, SecretKey: creds.SecretKey, BaseRSS: procStatus("VmRSS")})
	fmt.Fprintln(stdout, GatewayReadyPrefix+string(b))
	_, _ = io.Copy(io.Discard, bufio.NewReader(stdin))
	b, _ = json.Marshal(GatewayResult{HWM: procStatus("VmHWM")})
	fmt.Fprintln(stdout, GatewayResultPrefix+string(b))
	return nil
}

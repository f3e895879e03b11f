package bench

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Environment of the benchmarks (scripts/bench.sh sets it).
const (
	enableEnv = "GRANARY_BENCH"      // 1: run the benchmarks
	roleEnv   = "GRANARY_BENCH_ROLE" // agree-renter or gateway: this process is the renter or gateway of one job
	jobEnv    = "GRANARY_BENCH_JOB"  // the AgreementJob, JSON
)

func TestMain(m *testing.M) {
	switch os.Getenv(roleEnv) {
	case agreeRole:
		os.Exit(agreeRenterMain())
	case "gateway":
		os.Exit(gatewayMain())
	}
	os.Exit(m.Run())
}

func parseSize(t *testing.T, s string) int64 {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30} {
		if rest, ok := strings.CutSuffix(s, suffix); ok {
			s, mult = rest, m
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v <= 0 {
		t.Fatalf("bad size %q", s)
	}
	return v * mult
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// rpcClientOf digs the in-process RPC client out of the simulated chain's client: it embeds an
// *ethclient.Client but hides its Client() method behind the embedded field's name.
func rpcClientOf(c any) (*rpc.Client, error) {
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
				return ec.Client(), nil
			}
		}
	}
	return nil, fmt.Errorf("bench: cannot reach the RPC client inside %T (go-ethereum's simulated backend changed?)", c)
}

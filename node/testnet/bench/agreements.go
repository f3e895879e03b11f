package bench

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/granary-network/granary/internal/cputime"
	"github.com/granary-network/granary/internal/keystream"
	"github.com/granary-network/granary/node/chain"
	ghost "github.com/granary-network/granary/node/host"
	"github.com/granary-network/granary/node/manifest"
	"github.com/granary-network/granary/node/pipeline"
	"github.com/granary-network/granary/node/renter"
)

// This file is the renter process of the agreement benchmark (TestBenchAgreements): a renter on
// renter.Agreements, in its own process like a user's node, reaching the in-process AgreementMarket
// chain over JSON-RPC (ServeRPC) and the farmers over libp2p.

// AgreementJob is what the agreement renter process is asked to do: a small warm-up put (it opens
// the renter's agreements if its book has none yet), then put one generated file, get it back, and
// remove it (so that the farmers' disks do not fill up over the runs).
type AgreementJob struct {
	RPC        string           `json:"rpc"`
	Deployment chain.Deployment `json:"deployment"`
	Key        string           `json:"key"` // hex secp256k1 key of a funded account
	Dir        string           `json:"dir"` // the renter's data (identity, catalogue, agreement book); kept across jobs
	Name       string           `json:"name"`
	Size       int64            `json:"size"`
	Seed       uint64           `json:"seed"` // the file is keystream.New(Seed)
	Params     pipeline.Params  `json:"params"`
	Periods    uint32           `json:"periods"`  // length of new agreements
	MaxBytes   uint64           `json:"maxBytes"` // renter.AgreementOptions.MaxBytesPerAgreement
	WarmSize   int64            `json:"warmSize"` // the warm-up file's size
}

// AgreementResult is what the agreement renter process measured.
type AgreementResult struct {
	WarmTxs    uint64        `json:"warmTxs"` // chain transactions of the renter account during the warm-up put
	PutTxs     uint64        `json:"putTxs"`  // ... during the measured put (agreements existing)
	GetTxs     uint64        `json:"getTxs"`
	RemoveTxs  uint64        `json:"removeTxs"`
	Put        time.Duration `json:"put"`
	PutCPU     time.Duration `json:"putCpu"` // user + system time of the whole process during the put
	Get        time.Duration `json:"get"`
	GetCPU     time.Duration `json:"getCpu"`
	FirstByte  time.Duration `json:"firstByte"` // from calling Get to the first plaintext byte
	Remove     time.Duration `json:"remove"`
	BaseRSS    int64         `json:"baseRssKiB"` // VmRSS after the warm-up put, before the measured put
	PutHWM     int64         `json:"putHwmKiB"`  // VmHWM after the put
	HWM        int64         `json:"hwmKiB"`     // VmHWM after the get: the peak of the whole run
	DiskBase   int64         `json:"diskBase"`   // bytes allocated under Dir and TMPDIR before the put
	DiskPeak   int64         `json:"diskPeak"`   // their largest sum sampled during the put
	TmpPeak    int64         `json:"tmpPeak"`    // TMPDIR's largest growth sampled during the put
	Samples    int           `json:"samples"`    // disk samples taken during the put
	Segments   int           `json:"segments"`
	Farmers    int           `json:"farmers"`    // distinct farmers holding the file
	Agreements int           `json:"agreements"` // distinct agreements holding the file
	ShardBytes int64         `json:"shardBytes"` // bytes sent to farmers (data + parity)

	// Filled in by the test process, from the renter process's marks (MarkPrefix lines): its own
	// CPU time (farmers, chain, RPC proxy) during the put and during the get.
	NetPutCPU time.Duration `json:"-"`
	NetGetCPU time.Duration `json:"-"`
}

// MarkPrefix starts the lines the renter process prints as the measured put and get start and end
// ("put", "/put", "get", "/get"), so that the test process can time its own CPU over them.
const MarkPrefix = "RENTER-MARK "

func mark(name string) { fmt.Println(MarkPrefix + name) }

// RunAgreementRenter builds a renter on agreements the way a user's node would (JSON-RPC endpoint,
// keyed account, libp2p host, catalogue, agreement book, pipeline) and runs the job.
func RunAgreementRenter(ctx context.Context, job AgreementJob) (AgreementResult, error) {
	var res AgreementResult
	key, err := crypto.HexToECDSA(job.Key)
	if err != nil {
		return res, fmt.Errorf("renter key: %w", err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	ec, err := chain.Dial(ctx, job.RPC)
	if err != nil {
		return res, err
	}
	defer ec.Close()
	r, closeAll, err := newAgreementRenter(ctx, job, ec, key)
	if err != nil {
		return res, err
	}
	defer closeAll()
	txs := func(from uint64) (uint64, error) {
		n, err := ec.PendingNonceAt(ctx, addr)
		if err != nil {
			return 0, fmt.Errorf("renter nonce: %w", err)
		}
		return n - from, nil
	}
	nonce, err := txs(0)
	if err != nil {
		return res, err
	}

	// Warm-up: agreements with every farmer exist after it (opened now unless the book had them).
	warm := job.Name + "-warmup"
	if _, err := r.Put(ctx, warm, io.LimitReader(keystream.New(job.Seed^0xa5a5), job.WarmSize), job.Params); err != nil {
		return res, fmt.Errorf("warm-up put: %w", err)
	}
	if res.WarmTxs, err = txs(nonce); err != nil {
		return res, err
	}
	if err := r.Remove(ctx, warm); err != nil {
		return res, fmt.Errorf("remove warm-up file: %w", err)
	}
	if nonce, err = txs(0); err != nil {
		return res, err
	}
	runtime.GC()
	res.BaseRSS = procStatus("VmRSS")

	// The put, with the renter's disk use sampled meanwhile.
	dirs := []string{job.Dir, os.TempDir()}
	res.DiskBase = diskUse(dirs...)
	res.DiskPeak = res.DiskBase
	tmpBase := diskUse(os.TempDir())
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tk := time.NewTicker(50 * time.Millisecond)
		defer tk.Stop()
		for done := false; !done; {
			select {
			case <-stop:
				done = true // one last sample: the put's end (manifest saved)
			case <-tk.C:
			}
			d, tmp := diskUse(dirs...), diskUse(os.TempDir())
			res.DiskPeak, res.TmpPeak = max(res.DiskPeak, d), max(res.TmpPeak, tmp-tmpBase)
			res.Samples++
		}
	}()
	stopProfile := profile(job.Name + "-put")
	mark("put")
	cpu0, start := cputime.Process(), time.Now()
	m, err := r.Put(ctx, job.Name, io.LimitReader(keystream.New(job.Seed), job.Size), job.Params)
	res.Put, res.PutCPU = time.Since(start), cputime.Process()-cpu0
	mark("/put")
	stopProfile()
	close(stop)
	wg.Wait()
	if err != nil {
		return res, fmt.Errorf("put %s: %w", job.Name, err)
	}
	if res.PutTxs, err = txs(nonce); err != nil {
		return res, err
	}
	res.PutHWM = procStatus("VmHWM")
	res.Segments = len(m.Segments)
	farmers, ags := map[common.Address]bool{}, map[uint64]bool{}
	for s, seg := range m.Segments {
		for _, sh := range seg.Shards {
			if sh.Farmer != ([20]byte{}) {
				farmers[common.Address(sh.Farmer)], ags[sh.AgreementID] = true, true
				res.ShardBytes += int64(m.ShardLen(s))
			}
		}
	}
	res.Farmers, res.Agreements = len(farmers), len(ags)

	// The get, every byte compared with the file put.
	if nonce, err = txs(0); err != nil {
		return res, err
	}
	check := &checker{want: keystream.New(job.Seed)}
	w := bufio.NewWriterSize(check, 1<<20)
	stopProfile = profile(job.Name + "-get")
	mark("get")
	cpu0, start = cputime.Process(), time.Now()
	check.start = start
	if err := r.Get(ctx, job.Name, w); err != nil {
		return res, fmt.Errorf("get %s: %w", job.Name, err)
	}
	if err := w.Flush(); err != nil {
		return res, fmt.Errorf("get %s: %w", job.Name, err)
	}
	res.Get, res.GetCPU = time.Since(start), cputime.Process()-cpu0
	mark("/get")
	stopProfile()
	res.FirstByte = check.first
	if check.n != job.Size {
		return res, fmt.Errorf("get %s: %d bytes back, want %d", job.Name, check.n, job.Size)
	}
	res.HWM = procStatus("VmHWM")
	if res.GetTxs, err = txs(nonce); err != nil {
		return res, err
	}

	// Remove: the farmers co-sign revisions without the file and free their disks.
	if nonce, err = txs(0); err != nil {
		return res, err
	}
	start = time.Now()
	if err := r.Remove(ctx, job.Name); err != nil {
		return res, fmt.Errorf("remove %s: %w", job.Name, err)
	}
	res.Remove = time.Since(start)
	if res.RemoveTxs, err = txs(nonce); err != nil {
		return res, err
	}
	return res, nil
}

// ProfileEnv names a directory: when set, the renter process writes a CPU profile of each measured
// put and get there (<file>-put.pprof, <file>-get.pprof).
const ProfileEnv = "BENCH_AGREE_PROFILE"

// profile starts a CPU profile named name in $BENCH_AGREE_PROFILE, if set; the returned func stops it.
func profile(name string) func() {
	dir := os.Getenv(ProfileEnv)
	if dir == "" {
		return func() {}
	}
	f, err := os.Create(filepath.Join(dir, name+".pprof"))
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: cpu profile:", err)
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

func newAgreementRenter(ctx context.Context, job AgreementJob, ec *ethclient.Client, key *ecdsa.PrivateKey) (*renter.Agreements, func(), error) {
	var closers []func()
	closeAll := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	fail := func(err error) (*renter.Agreements, func(), error) { closeAll(); return nil, nil, err }
	opts, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(job.Deployment.ChainID))
	if err != nil {
		return fail(fmt.Errorf("renter transactor: %w", err))
	}
	client, err := chain.NewAgreementClient(ctx, ec, job.Deployment, opts, chain.WithPollInterval(5*time.Millisecond))
	if err != nil {
		return fail(err)
	}
	h, err := ghost.New(ctx, ghost.Config{DataDir: job.Dir, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		return fail(fmt.Errorf("renter host: %w", err))
	}
	closers = append(closers, func() { h.Close() })
	mk, err := manifest.MasterKeyFromBytes(crypto.Keccak256([]byte("bench agreement renter " + job.Key)))
	if err != nil {
		return fail(err)
	}
	store, err := manifest.OpenStore(filepath.Join(job.Dir, "catalogue"), mk)
	if err != nil {
		return fail(err)
	}
	closers = append(closers, func() { store.Close() })
	db, err := leveldb.OpenFile(filepath.Join(job.Dir, "agreements"), nil)
	if err != nil {
		return fail(fmt.Errorf("renter agreement book: %w", err))
	}
	closers = append(closers, func() { db.Close() })
	pipe := pipeline.New(mk, pipeline.WithOverfetch(1))
	r, err := renter.NewAgreements(key, client, client.Domain(), client.Schedule(), renter.P2P{H: h}, pipe, store, db,
		renter.AgreementOptions{Periods: job.Periods, MaxBytesPerAgreement: job.MaxBytes, Timeout: 30 * time.Second})
	if err != nil {
		return fail(err)
	}
	return r, closeAll, nil
}

// diskUse returns the bytes allocated on disk to the files under dirs (missing dirs count 0).
func diskUse(dirs ...string) int64 {
	var n int64
	for _, d := range dirs {
		_ = filepath.WalkDir(d, func(_ string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return nil
			}
			if info, err := e.Info(); err == nil {
				if st, ok := info.Sys().(*syscall.Stat_t); ok {
					n += st.Blocks * 512
				} else {
					n += info.Size()
				}
			}
			return nil
		})
	}
	return n
}

// MeasureRawPut is the put half of MeasureRaw for files too big to keep their shards in memory: the
// pipeline alone on size bytes of keystream.New(seed), into pipeline.Discard (every shard computed,
// named and dropped).
func MeasureRawPut(ctx context.Context, size int64, seed uint64, params pipeline.Params) (time.Duration, time.Duration, error) {
	mk, err := manifest.NewMasterKey()
	if err != nil {
		return 0, 0, err
	}
	p := pipeline.New(mk)
	runtime.GC()
	cpu0, start := cputime.Process(), time.Now()
	if _, err := p.Put(ctx, "raw", io.LimitReader(keystream.New(seed), size), &pipeline.Discard{}, params); err != nil {
		return 0, 0, fmt.Errorf("raw put: %w", err)
	}
	return time.Since(start), cputime.Process() - cpu0, nil
}

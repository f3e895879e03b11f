package storage

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/granary-network/granary/proofs"
)

// shard returns a deterministic shard of n leaves and its root.
func shard(seed uint64, leaves int) ([]byte, proofs.Hash) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, leaves*proofs.LeafSize)
	for i := 0; i < len(b); i += 8 {
		v := r.Uint64()
		for j := 0; j < 8; j++ {
			b[i+j] = byte(v >> (8 * j))
		}
	}
	root, err := proofs.ShardRoot(b)
	if err != nil {
		panic(err)
	}
	return b, root
}

func open(t *testing.T, dir string, capacity int64) *Store {
	t.Helper()
	s, err := Open(dir, capacity)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestPutReadProveDelete(t *testing.T) {
	s := open(t, t.TempDir(), 1<<20)
	data, root := shard(1, 300)
	if err := s.Put(root, bytes.NewReader(data), int64(len(data)), nil); err != nil {
		t.Fatal(err)
	}
	if !s.Has(root) || s.Used() != int64(len(data)) || s.Free() != 1<<20-int64(len(data)) {
		t.Fatalf("after put: has %v used %d free %d", s.Has(root), s.Used(), s.Free())
	}
	got, err := s.ReadAt(root, 1000, 5000)
	if err != nil || !bytes.Equal(got, data[1000:6000]) {
		t.Fatalf("range read: %v", err)
	}
	if _, err := s.ReadAt(root, int64(len(data))-1, 2); !errors.Is(err, ErrBadRange) {
		t.Fatalf("read past the end: %v", err)
	}
	// The shard alone in an agreement: its proofs verify as the chain checks them.
	tree := proofs.AgreementRoot([]proofs.Hash{proofs.EntryHash(root, 300)})
	for _, leaf := range []uint64{0, 63, 64, 299} {
		l, path, err := s.Prove(root, leaf)
		if err != nil {
			t.Fatal(err)
		}
		p := proofs.AgreementProof{ShardLeaves: 300, Leaf: l, ShardPath: path}
		if err := proofs.VerifyAgreementPath(tree, 1, 0, leaf, p); err != nil {
			t.Fatalf("leaf %d: %v", leaf, err)
		}
	}
	// Putting the same shard again is a no-op that still drains the reader.
	r := bytes.NewReader(data)
	if err := s.Put(root, r, int64(len(data)), nil); err != nil || r.Len() != 0 || s.Used() != int64(len(data)) {
		t.Fatalf("second put: %v, %d left unread, used %d", err, r.Len(), s.Used())
	}
	if err := s.Delete(root); err != nil {
		t.Fatal(err)
	}
	if s.Has(root) || s.Used() != 0 {
		t.Fatal("shard still there after delete")
	}
	if _, _, err := s.Prove(root, 0); !errors.Is(err, ErrNotFound) {
		t.Fatalf("prove a deleted shard: %v", err)
	}
}

func TestPutRefusesBadShards(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, 1<<20)
	data, root := shard(2, 64)
	_, other := shard(3, 64)
	cases := []struct {
		name string
		root proofs.Hash
		data []byte
		size int64
		want error
	}{
		{"wrong root", other, data, int64(len(data)), ErrMismatch},
		{"short stream", root, data[:len(data)-10], int64(len(data)), nil},
		{"partial leaf", root, data, int64(len(data)) - 1, ErrShardSize},
		{"zero size", root, nil, 0, ErrShardSize},
		{"over capacity", root, data, 2 << 20, ErrNoSpace},
	}
	for _, c := range cases {
		err := s.Put(c.root, bytes.NewReader(c.data), c.size, nil)
		if err == nil || (c.want != nil && !errors.Is(err, c.want)) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	if s.Used() != 0 || s.Free() != 1<<20 || s.Has(root) || s.Has(other) {
		t.Fatalf("a refused shard left traces: used %d free %d", s.Used(), s.Free())
	}
	if left, _ := os.ReadDir(filepath.Join(dir, "tmp")); len(left) != 0 {
		t.Fatalf("%d temporary files left behind", len(left))
	}
}

func TestCapacityAndReservations(t *testing.T) {
	s := open(t, t.TempDir(), 64*proofs.LeafSize)
	res, err := s.Reserve(48 * proofs.LeafSize)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Reserve(17 * proofs.LeafSize); !errors.Is(err, ErrNoSpace) {
		t.Fatalf("over-reservation: %v", err)
	}
	a, ra := shard(4, 32)
	if err := s.Put(ra, bytes.NewReader(a), int64(len(a)), res); err != nil {
		t.Fatal(err)
	}
	b, rb := shard(5, 32)
	if err := s.Put(rb, bytes.NewReader(b), int64(len(b)), res); !errors.Is(err, ErrNoSpace) {
		t.Fatalf("put beyond the reservation: %v", err)
	}
	res.Release()
	if got := s.Free(); got != 32*proofs.LeafSize {
		t.Fatalf("free after release: %d", got)
	}
	if err := s.Put(rb, bytes.NewReader(b), int64(len(b)), nil); err != nil {
		t.Fatalf("put into freed space: %v", err)
	}
	if err := s.Put(ra, bytes.NewReader(a), int64(len(a)), nil); err != nil {
		t.Fatalf("re-put of a stored shard with no space left: %v", err)
	}
	c, rc := shard(6, 1)
	if err := s.Put(rc, bytes.NewReader(c), int64(len(c)), nil); !errors.Is(err, ErrNoSpace) {
		t.Fatalf("put into a full store: %v", err)
	}
}

// A shard corrupted on disk is never proved: Prove reports it, and it is listed as lost.
func TestCorruptionIsDetected(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, 1<<20)
	data, root := shard(7, 200)
	if err := s.Put(root, bytes.NewReader(data), int64(len(data)), nil); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(s.path(root), os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteAt([]byte{data[70*proofs.LeafSize] ^ 1}, 70*proofs.LeafSize)
	f.Close()
	if _, _, err := s.Prove(root, 10); err != nil {
		t.Fatalf("a leaf outside the corrupt group: %v", err)
	}
	if _, _, err := s.Prove(root, 70); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("prove in a corrupt group: %v", err)
	}
	if lost := s.Lost(); len(lost) != 1 || lost[0] != root {
		t.Fatalf("lost shards: %x", lost)
	}
	// A shard file deleted behind the store's back is found on reopen.
	s.Close()
	os.Remove(s.path(root))
	s2 := open(t, dir, 1<<20)
	if lost := s2.Lost(); len(lost) != 1 || lost[0] != root {
		t.Fatalf("after reopen, lost shards: %x", lost)
	}
	if _, err := s2.ReadAt(root, 0, 10); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("read of a lost shard: %v", err)
	}
}

const crashEnv = "GRANARY_STORAGE_CRASH_DIR"

// TestCrashChild is the process TestSIGKILLNeverLosesAcknowledgedShards kills: it stores shards
// forever and prints "ack N" after each Put returns.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashEnv)
	if dir == "" {
		t.Skip("only runs as the child of TestSIGKILLNeverLosesAcknowledgedShards")
	}
	s, err := Open(dir, 1<<40)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	start, _ := strconv.Atoi(os.Getenv(crashEnv + "_START"))
	for i := start; ; i++ {
		data, root := shard(uint64(i), 64+i%200)
		if err := s.Put(root, bytes.NewReader(data), int64(len(data)), nil); err != nil {
			fmt.Println("put:", err)
			os.Exit(2)
		}
		fmt.Printf("ack %d\n", i)
	}
}

// A farmer killed with SIGKILL at random moments never loses a shard it acknowledged and never
// serves a half-written one.
func TestSIGKILLNeverLosesAcknowledgedShards(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	acked := map[int]bool{}
	next := 0
	r := rand.New(rand.NewPCG(8, 8))
	for round := 0; round < 5; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
		cmd.Env = append(os.Environ(), crashEnv+"="+dir, crashEnv+"_START="+strconv.Itoa(next))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		deadline := time.After(time.Duration(50+r.IntN(250)) * time.Millisecond)
	read:
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					break read
				}
				if n, found := strings.CutPrefix(l, "ack "); found {
					i, _ := strconv.Atoi(n)
					acked[i] = true
					next = i + 1
				} else if !strings.HasPrefix(l, "=== RUN") {
					t.Fatalf("child: %s", l)
				}
			case <-deadline:
				cmd.Process.Signal(syscall.SIGKILL)
				deadline = nil
			}
		}
		cmd.Wait()
		next++ // the shard in flight may or may not have landed; skip its number

		s, err := Open(dir, 1<<40)
		if err != nil {
			t.Fatalf("round %d: reopen after SIGKILL: %v", round, err)
		}
		for i := range acked {
			data, root := shard(uint64(i), 64+i%200)
			rc, size, err := s.Open(root)
			if err != nil {
				t.Fatalf("round %d: acknowledged shard %d lost: %v", round, i, err)
			}
			got := make([]byte, size)
			_, err = rc.Read(got)
			rc.Close()
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("round %d: acknowledged shard %d differs", round, i)
			}
		}
		// Every indexed shard is whole: nothing half-written is ever served.
		roots, err := s.Roots()
		if err != nil {
			t.Fatal(err)
		}
		for _, root := range roots {
			rc, size, err := s.Open(root)
			if err != nil {
				t.Fatalf("round %d: indexed shard unreadable: %v", round, err)
			}
			buf := make([]byte, size)
			_, err = rc.Read(buf)
			rc.Close()
			if got, _ := proofs.ShardRoot(buf); err != nil || got != root {
				t.Fatalf("round %d: indexed shard %x is not whole", round, root[:8])
			}
		}
		if left, _ := os.ReadDir(filepath.Join(dir, "tmp")); len(left) != 0 {
			t.Fatalf("round %d: %d temporary files survived reopening", round, len(left))
		}
		if len(s.Lost()) != 0 {
			t.Fatalf("round %d: %d shards lost", round, len(s.Lost()))
		}
		s.Close()
	}
	if len(acked) < 10 {
		t.Fatalf("only %d shards acknowledged across 5 rounds: the test did not exercise the store", len(acked))
	}
	t.Logf("%d shards acknowledged across 5 SIGKILLs, none lost", len(acked))
}

// Two uploads of the same shard at once store it once and count its space once.
func TestConcurrentPutsOfOneShard(t *testing.T) {
	s := open(t, t.TempDir(), 1<<20)
	data, root := shard(9, 256)
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() { errs <- s.Put(root, bytes.NewReader(data), int64(len(data)), nil) }()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if s.Used() != int64(len(data)) || s.Free() != 1<<20-int64(len(data)) {
		t.Fatalf("used %d free %d after 4 concurrent puts of one %d-byte shard", s.Used(), s.Free(), len(data))
	}
}

// A store whose first creation was cut short (a half-made index left beside the data directory)
// opens, and its index is whole.
func TestHalfMadeIndexIsReplaced(t *testing.T) {
	dir := t.TempDir()
	half := filepath.Join(dir, "index.new")
	if err := os.MkdirAll(half, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(half, "LOCK"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(half, "000001.log"), []byte("torn"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir, 1<<20)
	if err != nil {
		t.Fatalf("open after a half-made index: %v", err)
	}
	s.Close()
	if _, err := os.Stat(half); !os.IsNotExist(err) {
		t.Fatalf("half-made index left behind: %v", err)
	}
	if s, err = Open(dir, 1<<20); err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s.Close()
}

package market_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/market"
)

func TestAgreementParamsValidate(t *testing.T) {
	for _, p := range []market.AgreementParams{market.DevnetAgreementParams(), market.MainnetAgreementParams()} {
		if err := p.Validate(); err != nil {
			t.Fatalf("preset refused: %v", err)
		}
	}
	big128 := new(big.Int).Lsh(big.NewInt(1), 128)
	for _, row := range []struct {
		name string
		edit func(*market.AgreementParams)
		ok   bool
	}{
		{"period 59 s", func(p *market.AgreementParams) { p.PeriodSeconds = 59 }, false},
		{"period 60 s", func(p *market.AgreementParams) { p.PeriodSeconds, p.GraceSeconds = 60, 30 }, true},
		{"grace above half", func(p *market.AgreementParams) { p.GraceSeconds = p.PeriodSeconds/2 + 1 }, false},
		{"grace zero", func(p *market.AgreementParams) { p.GraceSeconds = 0 }, true},
		{"sampleBps 0", func(p *market.AgreementParams) { p.SampleBps = 0 }, false},
		{"sampleBps 10001", func(p *market.AgreementParams) { p.SampleBps = 10_001 }, false},
		{"sampleBps 10000", func(p *market.AgreementParams) { p.SampleBps = 10_000 }, true},
		{"reportPeriods 1", func(p *market.AgreementParams) { p.ReportPeriods = 1 }, false},
		{"reportPeriods 63", func(p *market.AgreementParams) { p.ReportPeriods = 63 }, false},
		{"reportPeriods 62", func(p *market.AgreementParams) { p.ReportPeriods, p.UnbondingSeconds = 62, 64*p.PeriodSeconds }, true},
		{"minStake 0", func(p *market.AgreementParams) { p.MinStake = big.NewInt(0) }, false},
		{"minStake nil", func(p *market.AgreementParams) { p.MinStake = nil }, false},
		{"minStake 2^128", func(p *market.AgreementParams) { p.MinStake = big128 }, false},
		{"unbonding under reportPeriods+2 periods", func(p *market.AgreementParams) {
			p.UnbondingSeconds = (uint32(p.ReportPeriods)+2)*p.PeriodSeconds - 1
		}, false},
		{"unbonding reportPeriods+2 periods", func(p *market.AgreementParams) { p.UnbondingSeconds = (uint32(p.ReportPeriods) + 2) * p.PeriodSeconds }, true},
		{"slashBps 0", func(p *market.AgreementParams) { p.SlashBps = 0 }, false},
		{"slashBps 10001", func(p *market.AgreementParams) { p.SlashBps = 10_001 }, false},
		{"bounty 10001", func(p *market.AgreementParams) { p.ReporterBountyBps = 10_001 }, false},
		{"bounty 0", func(p *market.AgreementParams) { p.ReporterBountyBps = 0 }, true},
		{"disqualify 0", func(p *market.AgreementParams) { p.DisqualifyAfterMisses = 0 }, false},
		{"disqualify 65", func(p *market.AgreementParams) { p.DisqualifyAfterMisses = 65 }, false},
		{"disqualify 64", func(p *market.AgreementParams) { p.DisqualifyAfterMisses = 64 }, true},
		{"challenge under a period", func(p *market.AgreementParams) { p.ChallengeSeconds = p.PeriodSeconds - 1 }, false},
		{"challenge fee 0", func(p *market.AgreementParams) { p.ChallengeFee = big.NewInt(0) }, false},
	} {
		p := market.DevnetAgreementParams()
		row.edit(&p)
		err := p.Validate()
		if (err == nil) != row.ok {
			t.Errorf("%s: Validate() = %v, want ok=%v", row.name, err, row.ok)
		}
		if err != nil && !errors.Is(err, market.ErrBadParams) {
			t.Errorf("%s: %v is not ErrBadParams", row.name, err)
		}
	}
}

func TestAgreementSchedule(t *testing.T) {
	s := market.AgreementSchedule{Genesis: 1_000, AgreementParams: market.DevnetAgreementParams()}
	for _, c := range []struct {
		t uint64
		p uint32
	}{{0, 0}, {999, 0}, {1_000, 0}, {1_059, 0}, {1_060, 1}, {1_000 + 60*70_000, 70_000}} {
		if got := s.PeriodAt(c.t); got != c.p {
			t.Errorf("PeriodAt(%d) = %d, want %d", c.t, got, c.p)
		}
	}
	if s.PeriodStart(3) != 1_180 || s.HeartbeatDeadline(3) != 1_240+20 {
		t.Fatalf("start %d deadline %d", s.PeriodStart(3), s.HeartbeatDeadline(3))
	}
	from, until := s.ReportWindow(3)
	if from != s.HeartbeatDeadline(3) || until != s.PeriodStart(3+1+4) || s.SettleFrom(3) != until {
		t.Fatalf("report window [%d, %d)", from, until)
	}
}

func TestRate(t *testing.T) {
	gib := uint64(1 << 22)
	for _, c := range []struct {
		price  *big.Int
		leaves uint64
		want   *big.Int
	}{
		{big.NewInt(1_000), gib, big.NewInt(1_000)},
		{big.NewInt(1_000), gib / 2, big.NewInt(500)},
		{big.NewInt(1), 1, big.NewInt(1)}, // rounds up
		{big.NewInt(3), gib/3 + 1, big.NewInt(2)},
		{big.NewInt(0), gib, big.NewInt(0)},
		{big.NewInt(5), 0, big.NewInt(0)},
		{market.Tokens(2), 10 * gib, market.Tokens(20)},
	} {
		if got := market.Rate(c.price, c.leaves); got.Cmp(c.want) != 0 {
			t.Errorf("Rate(%s, %d) = %s, want %s", c.price, c.leaves, got, c.want)
		}
	}
}

func TestAgreementSignatures(t *testing.T) {
	renterKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("renter")))
	farmerKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("farmer")))
	renter, farmer := crypto.PubkeyToAddress(renterKey.PublicKey), crypto.PubkeyToAddress(farmerKey.PublicKey)
	d := market.AgreementDomain{ChainID: big.NewInt(1337), Market: common.HexToAddress("0x1234")}
	terms := market.OpenTerms{Renter: renter, Farmer: farmer, PricePerGiB: big.NewInt(5), Collateral: big.NewInt(9), EndPeriod: 30, Nonce: 1, Deadline: 99}
	if err := terms.Validate(); err != nil {
		t.Fatal(err)
	}
	sig, err := d.SignOpen(terms, farmerKey)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := d.RecoverOpen(terms, sig); err != nil || got != farmer {
		t.Fatalf("recovered %s, %v", got, err)
	}
	changed := terms
	changed.Collateral = big.NewInt(8)
	if got, _ := d.RecoverOpen(changed, sig); got == farmer {
		t.Fatal("a signature over other terms recovers the farmer")
	}
	other := d
	other.ChainID = big.NewInt(1)
	if got, _ := other.RecoverOpen(terms, sig); got == farmer {
		t.Fatal("a signature on another chain recovers the farmer")
	}
	rev := market.Revision{AgreementID: 4, Number: 2, Root: [32]byte{1}, Leaves: 10, Shards: 2, EndPeriod: 30}
	if err := rev.Validate(); err != nil {
		t.Fatal(err)
	}
	rs, _ := d.SignRevision(rev, renterKey)
	if got, err := d.RecoverRevision(rev, rs); err != nil || got != renter {
		t.Fatalf("revision recovered %s, %v", got, err)
	}
	if d.RevisionDigest(rev) == d.OpenDigest(terms) {
		t.Fatal("digests collide")
	}
	bad := append([]byte(nil), rs...)
	bad[64] = 1
	if _, err := d.RecoverRevision(rev, bad); err == nil {
		t.Fatal("v = 1 accepted")
	}
	if _, err := d.RecoverRevision(rev, rs[:64]); err == nil {
		t.Fatal("64-byte signature accepted")
	}
	for _, r := range []market.Revision{
		{AgreementID: 1, Number: 1, Leaves: 1, Shards: 0},
		{AgreementID: 1, Number: 1, Leaves: 0, Shards: 1},
		{AgreementID: 1, Number: 1, Leaves: 2, Shards: 3},
		{AgreementID: 1, Number: 0, Leaves: 2, Shards: 1},
	} {
		if err := r.Validate(); !errors.Is(err, market.ErrBadAgreement) {
			t.Errorf("%+v: %v", r, err)
		}
	}
	for _, tt := range []market.OpenTerms{
		{Farmer: renter, PricePerGiB: big.NewInt(1), Collateral: big.NewInt(1)},
		{Renter: renter, Farmer: farmer, Collateral: big.NewInt(1)},
		{Renter: renter, Farmer: farmer, PricePerGiB: big.NewInt(-1), Collateral: big.NewInt(1)},
	} {
		if err := tt.Validate(); !errors.Is(err, market.ErrBadAgreement) {
			t.Errorf("%+v: %v", tt, err)
		}
	}
}

// Package market holds Granary's agreement rules as pure values and functions: the AgreementMarket
// parameters, its timestamp schedule, the EIP-712 messages renters and farmers sign (OpenTerms,
// Revision) and the off-chain revision rules a farmer applies before it co-signs (revision.go). It
// mirrors contracts/AgreementMarket.sol and does no I/O.
package market

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/granary-network/granary/proofs"
)

// This file mirrors contracts/AgreementMarket.sol (its design: contracts/README.md): its
// constructor parameters, its timestamp schedule, and the two EIP-712 messages renters and farmers
// sign, OpenTerms and Revision. Pure values and functions, no I/O.

// AgreementParams are the AgreementMarket constructor's Params, immutable once deployed.
type AgreementParams struct {
	PeriodSeconds         uint32   // length of a period, >= 60
	GraceSeconds          uint32   // heartbeats for p are accepted until periodStart(p+1)+grace; <= period/2
	SampleBps             uint16   // q: each live agreement is due in a period with probability q/10^4, 1..10000
	ReportPeriods         uint16   // periods after the grace in which a miss can be reported, 2..62
	MinStake              *big.Int // free stake a farmer keeps beyond its collateral, > 0 (uint128)
	UnbondingSeconds      uint32   // requestUnstake → withdrawStake, >= (reportPeriods + 2) periods
	SlashBps              uint16   // of (free + unbonding) stake per missed period, 1..10000
	ReporterBountyBps     uint16   // of a slash (or a failed agreement's collateral) to the reporter, 0..10000
	DisqualifyAfterMisses uint8    // consecutive unproven periods that disqualify, 1..64
	ChallengeSeconds      uint32   // a renter challenge's answer time, >= periodSeconds
	ChallengeFee          *big.Int // paid by the challenger, > 0 (uint128)
}

// ErrBadParams is returned (wrapped) for parameters the AgreementMarket constructor refuses.
var ErrBadParams = errors.New("market: bad agreement market parameters")

var maxUint128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

func fitsUint128(x *big.Int) bool { return x != nil && x.Sign() >= 0 && x.Cmp(maxUint128) <= 0 }

// Validate refuses exactly the sets the contract's constructor refuses, naming the same check as its
// BadParams(which) (plus amounts that do not fit its uint128 fields, which the ABI encoder refuses).
func (p AgreementParams) Validate() error {
	bad := func(which int, format string, args ...any) error {
		return fmt.Errorf("%w (BadParams(%d)): %s", ErrBadParams, which, fmt.Sprintf(format, args...))
	}
	switch {
	case p.PeriodSeconds < 60:
		return bad(1, "period of %d s, want >= 60", p.PeriodSeconds)
	case p.GraceSeconds > p.PeriodSeconds/2:
		return bad(2, "grace %d s above half a period (%d s)", p.GraceSeconds, p.PeriodSeconds)
	case p.SampleBps == 0 || p.SampleBps > 10_000:
		return bad(3, "sampleBps %d, want 1..10000", p.SampleBps)
	case p.ReportPeriods < 2 || p.ReportPeriods > 62:
		return bad(4, "reportPeriods %d, want 2..62", p.ReportPeriods)
	case !fitsUint128(p.MinStake) || p.MinStake.Sign() == 0:
		return bad(5, "minStake must be in 1..2^128-1")
	case uint64(p.UnbondingSeconds) < (uint64(p.ReportPeriods)+2)*uint64(p.PeriodSeconds):
		// Unbonding stake stays slashable until every miss it could answer for is past its report window.
		return bad(6, "unbonding %d s shorter than reportPeriods + 2 periods", p.UnbondingSeconds)
	case p.SlashBps == 0 || p.SlashBps > 10_000:
		return bad(7, "slashBps %d, want 1..10000", p.SlashBps)
	case p.ReporterBountyBps > 10_000:
		return bad(8, "reporterBountyBps %d above 10000", p.ReporterBountyBps)
	case p.DisqualifyAfterMisses == 0 || p.DisqualifyAfterMisses > 64:
		return bad(9, "disqualifyAfterMisses %d, want 1..64", p.DisqualifyAfterMisses)
	case p.ChallengeSeconds < p.PeriodSeconds:
		return bad(10, "challenge time %d s shorter than a period", p.ChallengeSeconds)
	case !fitsUint128(p.ChallengeFee) || p.ChallengeFee.Sign() == 0:
		return bad(11, "challengeFee must be in 1..2^128-1")
	}
	return nil
}

// DevnetAgreementParams are for the embedded chain and tests: one-minute periods (the shortest the
// contract accepts) with a 20 s grace, and q = 50% so that tests see due agreements in every period.
func DevnetAgreementParams() AgreementParams {
	return AgreementParams{
		PeriodSeconds:         60,
		GraceSeconds:          20,
		SampleBps:             5_000,
		ReportPeriods:         4,
		MinStake:              Tokens(100),
		UnbondingSeconds:      6 * 60, // the least reportPeriods allows
		SlashBps:              500,    // 5% per missed period
		ReporterBountyBps:     2_000,  // 20% to the reporter, as Codex validators get
		DisqualifyAfterMisses: 3,
		ChallengeSeconds:      120,
		ChallengeFee:          Tokens(1),
	}
}

// MainnetSampleBps is q on mainnet: 1.5% of live agreements are due each day, so a lost agreement is
// found with 1.5% a day, 36.5% within 30 days (its pay since its last proof and its collateral are
// forfeited whenever it is found, so q only sets how soon, not whether deleting data pays). It is the
// value contracts/README.md derives from the Hardhat gas table: the reference load (a 10 TB farmer,
// 100 renters of 100 GiB, daily periods, 6-month agreements) then costs ~905k gas per TB-month, the
// agreements' life (open, first revision, settle) 59% of it; 200 bps is the largest q under 1M.
const MainnetSampleBps = 150

// MainnetAgreementParams are daily periods with a 6-hour grace (an honest farmer with a short outage
// still proves), a week to report a miss, two weeks of unbonding.
func MainnetAgreementParams() AgreementParams {
	return AgreementParams{
		PeriodSeconds:         86_400,
		GraceSeconds:          6 * 3600,
		SampleBps:             MainnetSampleBps,
		ReportPeriods:         7,
		MinStake:              Tokens(1_000),
		UnbondingSeconds:      14 * 86_400,
		SlashBps:              100, // 1% of the stake per missed day
		ReporterBountyBps:     2_000,
		DisqualifyAfterMisses: 7,
		ChallengeSeconds:      2 * 86_400,
		ChallengeFee:          Tokens(1),
	}
}

// AgreementSchedule places periods in time: period p covers [Genesis + p*PeriodSeconds, +PeriodSeconds),
// Genesis being the timestamp of the block that deployed the market. All windows are half-open.
type AgreementSchedule struct {
	Genesis uint64 // block.timestamp at construction
	AgreementParams
}

// PeriodAt returns the period of timestamp t (0 before genesis).
func (s AgreementSchedule) PeriodAt(t uint64) uint32 {
	if t < s.Genesis {
		return 0
	}
	return uint32((t - s.Genesis) / uint64(s.PeriodSeconds))
}

// PeriodStart returns the first second of period p.
func (s AgreementSchedule) PeriodStart(p uint32) uint64 {
	return s.Genesis + uint64(p)*uint64(s.PeriodSeconds)
}

// HeartbeatDeadline returns periodStart(p+1) + grace, where period p's heartbeat window closes and
// its report window opens: a farmer sends its heartbeat strictly before it.
func (s AgreementSchedule) HeartbeatDeadline(p uint32) uint64 {
	return s.PeriodStart(p+1) + uint64(s.GraceSeconds)
}

// ReportWindow returns [from, until): the seconds in which a miss (or an unproven due agreement) of
// period p can be reported.
func (s AgreementSchedule) ReportWindow(p uint32) (from, until uint64) {
	return s.HeartbeatDeadline(p), s.PeriodStart(p + 1 + uint32(s.ReportPeriods))
}

// SettleFrom returns the first second an agreement ending in endPeriod can be settled: when its last
// period's report window has closed (the contract's settleTime), so that an unproven due period can
// still fail it.
func (s AgreementSchedule) SettleFrom(endPeriod uint32) uint64 {
	_, until := s.ReportWindow(endPeriod)
	return until
}

// Rate returns what an agreement pays per period: ceil(pricePerGiB × leaves / 2^22) (2^22 leaves of
// 256 bytes are one GiB).
func Rate(pricePerGiB *big.Int, leaves uint64) *big.Int {
	r := new(big.Int).Mul(pricePerGiB, new(big.Int).SetUint64(leaves))
	r.Add(r, big.NewInt(1<<22-1))
	return r.Rsh(r, 22)
}

// OpenTerms are what a farmer signs to let a renter open an agreement (AgreementMarket.OpenTerms).
type OpenTerms struct {
	Renter      common.Address
	Farmer      common.Address
	PricePerGiB *big.Int // per period, uint128
	Collateral  *big.Int // locked from the farmer's free stake, uint128
	EndPeriod   uint32
	Nonce       uint64
	Deadline    uint64 // unix seconds, the last second the terms can be used
}

// ErrBadAgreement is returned (wrapped) for terms or revisions the contract would refuse on their
// own, before looking at any state.
var ErrBadAgreement = errors.New("market: bad agreement message")

// Validate checks the terms' own consistency. A renter may open an agreement with itself: the
// per-agreement due draw makes that harmless to everyone else.
func (t OpenTerms) Validate() error {
	switch {
	case t.Renter == (common.Address{}) || t.Farmer == (common.Address{}):
		return fmt.Errorf("%w: renter and farmer must be set", ErrBadAgreement)
	case !fitsUint128(t.PricePerGiB) || !fitsUint128(t.Collateral):
		return fmt.Errorf("%w: price and collateral must be set and fit 128 bits", ErrBadAgreement)
	}
	return nil
}

// Revision is a co-signed state of an agreement (AgreementMarket.Revision): the highest Number wins.
type Revision struct {
	AgreementID uint64
	Number      uint64
	Root        [32]byte // proofs.Agreement.Root
	Leaves      uint64   // sum of the shards' leaves
	Shards      uint64   // entries in the tree
	EndPeriod   uint32
}

// RevisionOf returns the revision that commits to tree (the number and end period set by the caller).
func RevisionOf(id, number uint64, tree *proofs.Agreement, endPeriod uint32) Revision {
	return Revision{AgreementID: id, Number: number, Root: tree.Root(), Leaves: tree.Leaves(), Shards: tree.Shards(), EndPeriod: endPeriod}
}

// Validate checks the revision's own consistency as the contract does: (leaves == 0) == (shards == 0)
// and shards <= leaves; and a number above 0 (revision 0 is the empty agreement at opening).
func (r Revision) Validate() error {
	switch {
	case (r.Leaves == 0) != (r.Shards == 0):
		return fmt.Errorf("%w: revision of %d leaves in %d shards", ErrBadAgreement, r.Leaves, r.Shards)
	case r.Shards > r.Leaves:
		return fmt.Errorf("%w: %d shards hold only %d leaves", ErrBadAgreement, r.Shards, r.Leaves)
	case r.Number == 0:
		return fmt.Errorf("%w: revision number 0 is the empty agreement at opening", ErrBadAgreement)
	}
	return nil
}

// AgreementDomain is the EIP-712 domain of one deployed AgreementMarket: name "Granary", version "2".
type AgreementDomain struct {
	ChainID *big.Int
	Market  common.Address
}

var (
	domainTypeHash = crypto.Keccak256Hash([]byte(
		"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	agreementDomainName    = crypto.Keccak256Hash([]byte("Granary"))
	agreementDomainVersion = crypto.Keccak256Hash([]byte("2"))
	openTermsTypeHash      = crypto.Keccak256Hash([]byte(
		"OpenTerms(address renter,address farmer,uint128 pricePerGiB,uint128 collateral,uint32 endPeriod,uint64 nonce,uint64 deadline)"))
	revisionTypeHash = crypto.Keccak256Hash([]byte(
		"Revision(uint64 agreementId,uint64 number,bytes32 root,uint64 leaves,uint64 shards,uint32 endPeriod)"))
)

func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

func wordU(x uint64) []byte { return word(new(big.Int).SetUint64(x)) }

// Separator returns the EIP-712 domain separator.
func (d AgreementDomain) Separator() common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], agreementDomainName[:], agreementDomainVersion[:],
		word(d.ChainID), common.LeftPadBytes(d.Market[:], 32))
}

func addrWord(a common.Address) []byte { return common.LeftPadBytes(a[:], 32) }

// StructHash returns the EIP-712 struct hash of the terms.
func (t OpenTerms) StructHash() common.Hash {
	return crypto.Keccak256Hash(openTermsTypeHash[:], addrWord(t.Renter), addrWord(t.Farmer),
		word(t.PricePerGiB), word(t.Collateral), wordU(uint64(t.EndPeriod)), wordU(t.Nonce), wordU(t.Deadline))
}

// StructHash returns the EIP-712 struct hash of the revision.
func (r Revision) StructHash() common.Hash {
	return crypto.Keccak256Hash(revisionTypeHash[:], wordU(r.AgreementID), wordU(r.Number), r.Root[:],
		wordU(r.Leaves), wordU(r.Shards), wordU(uint64(r.EndPeriod)))
}

func (d AgreementDomain) digest(structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// OpenDigest returns the digest the farmer signs (the contract's hashOpenTerms).
func (d AgreementDomain) OpenDigest(t OpenTerms) common.Hash { return d.digest(t.StructHash()) }

// RevisionDigest returns the digest renter and farmer both sign (the contract's hashRevision).
func (d AgreementDomain) RevisionDigest(r Revision) common.Hash { return d.digest(r.StructHash()) }

// SignDigest signs an EIP-712 digest with key in the 65-byte r‖s‖v form (v = 27 or 28).
func SignDigest(digest common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("market: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// RecoverDigest returns the address that signed digest with sig (65 bytes, v = 27 or 28, low s).
func RecoverDigest(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, errors.New("market: signature is not 65 bytes with v = 27 or 28")
	}
	s := append([]byte(nil), sig...)
	s[64] -= 27
	if !crypto.ValidateSignatureValues(s[64], new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), true) {
		return common.Address{}, errors.New("market: signature values out of range (high s?)")
	}
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("market: recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// SignOpen signs the terms (the farmer does).
func (d AgreementDomain) SignOpen(t OpenTerms, key *ecdsa.PrivateKey) ([]byte, error) {
	return SignDigest(d.OpenDigest(t), key)
}

// SignRevision signs the revision (renter and farmer both do).
func (d AgreementDomain) SignRevision(r Revision, key *ecdsa.PrivateKey) ([]byte, error) {
	return SignDigest(d.RevisionDigest(r), key)
}

// RecoverOpen returns who signed the terms with sig.
func (d AgreementDomain) RecoverOpen(t OpenTerms, sig []byte) (common.Address, error) {
	return RecoverDigest(d.OpenDigest(t), sig)
}

// RecoverRevision returns who signed the revision with sig.
func (d AgreementDomain) RecoverRevision(r Revision, sig []byte) (common.Address, error) {
	return RecoverDigest(d.RevisionDigest(r), sig)
}

package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// IntegrityState says how far a script's contents can be trusted to be
// the file the detector hashed.
type IntegrityState int

// Integrity states, from best to worst news for the analyst reading the
// contents; NoHash means nothing could be checked.
const (
	NoHash          IntegrityState = iota // no usable sha256 (or code from -c)
	Verified                              // whole file hashed, contents complete, sha256 matches
	PartiallyHashed                       // only a prefix was hashed; the contents match it as far as it goes
	Truncated                             // contents shorter than the file
	Mismatch                              // sha256 of the contents differs from the finding's
)

var integrityNames = [...]string{
	NoHash: "no hash", Verified: "verified", PartiallyHashed: "partially hashed",
	Truncated: "truncated", Mismatch: "mismatch",
}

func (s IntegrityState) String() string {
	if s < 0 || int(s) >= len(integrityNames) {
		return fmt.Sprintf("IntegrityState(%d)", int(s))
	}
	return integrityNames[s]
}

// Mark is a one-cell symbol for list rows. Each is a different shape, so
// the state never depends on colour alone.
func (s IntegrityState) Mark() string {
	switch s {
	case Verified:
		return "✓"
	case PartiallyHashed:
		return "◐"
	case Truncated:
		return "…"
	case Mismatch:
		return "✗"
	}
	return "·"
}

// Integrity is the result of checking a script against its hash: the
// state, one sentence that explains it, and the digest computed here (when
// one was computed).
type Integrity struct {
	State    IntegrityState
	Detail   string
	Computed string // lower-case hex sha256 of the hashed prefix of Contents
}

func (i Integrity) String() string { return i.State.String() }

// IntegrityOf checks a script. The finding's sha256 covers the first
// HashedSize bytes of the file (the whole file when !PartiallyHashed and
// HashedSize == Size), while Contents is a prefix that may be truncated
// (scc-findings.md §4); the digest is compared whenever Contents holds at
// least the hashed bytes.
func IntegrityOf(s Script) Integrity {
	if s.Literal {
		return Integrity{State: NoHash, Detail: "The code comes from the command line (-c): there is no file and no hash."}
	}
	want := strings.ToLower(strings.TrimSpace(s.SHA256))
	if want == "" {
		return Integrity{State: NoHash, Detail: "The finding carries no sha256 for this script."}
	}
	if !isHexDigest(want) {
		return Integrity{State: NoHash, Detail: "The finding's sha256 is not a 64-digit hex digest."}
	}
	n := int64(len(s.Contents))
	hashed := s.HashedSize
	if hashed <= 0 && !s.PartiallyHashed {
		hashed = s.Size // older exports omit hashedSize for whole-file hashes
		if hashed <= 0 {
			hashed = n
		}
	}
	partial := s.PartiallyHashed || s.Size > 0 && hashed < s.Size
	truncated := s.Size > 0 && n < s.Size

	if hashed <= 0 || n < hashed {
		switch {
		case truncated:
			return Integrity{State: Truncated, Detail: fmt.Sprintf(
				"The contents hold %d of %d bytes; the hash covers %d bytes and cannot be checked.", n, s.Size, hashed)}
		case partial:
			return Integrity{State: PartiallyHashed, Detail: fmt.Sprintf(
				"Only part of the file was hashed and the contents (%d bytes) do not reach the %d hashed bytes.", n, hashed)}
		}
		return Integrity{State: NoHash, Detail: fmt.Sprintf(
			"The hash covers %d bytes but the contents hold only %d; nothing can be checked.", hashed, n)}
	}
	sum := sha256.Sum256([]byte(s.Contents[:hashed]))
	got := hex.EncodeToString(sum[:])
	if got != want {
		d := fmt.Sprintf("The sha256 of the first %d bytes of the contents is %s, not the finding's %s.", hashed, got, want)
		if strings.ContainsRune(s.Contents, '\uFFFD') {
			d += " The contents hold U+FFFD: the file may not be UTF-8, and decoding alone can cause the difference."
		}
		return Integrity{State: Mismatch, Detail: d, Computed: got}
	}
	switch {
	case truncated:
		return Integrity{State: Truncated, Computed: got, Detail: fmt.Sprintf(
			"The contents hold %d of %d bytes; the %d hashed bytes match the sha256.", n, s.Size, hashed)}
	case partial:
		return Integrity{State: PartiallyHashed, Computed: got, Detail: fmt.Sprintf(
			"Only the first %d of %d bytes were hashed; the contents match them.", hashed, s.Size)}
	}
	return Integrity{State: Verified, Computed: got, Detail: fmt.Sprintf(
		"The contents (%d bytes) are the whole file and match the sha256.", n)}
}

func isHexDigest(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

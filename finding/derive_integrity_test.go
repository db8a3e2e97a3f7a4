package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

func sum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func TestIntegrityOf(t *testing.T) {
	body := "import os\nprint('ok')\n"
	n := int64(len(body))
	tests := []struct {
		name string
		s    Script
		want IntegrityState
	}{
		{"verified", Script{Contents: body, Size: n, HashedSize: n, SHA256: sum(body)}, Verified},
		{"verified upper-case hex", Script{Contents: body, Size: n, HashedSize: n, SHA256: strings.ToUpper(sum(body))}, Verified},
		{"verified without hashedSize", Script{Contents: body, Size: n, SHA256: sum(body)}, Verified},
		{"mismatch", Script{Contents: body + "x", Size: n + 1, HashedSize: n + 1, SHA256: sum(body)}, Mismatch},
		{"truncated, hash unreachable", Script{Contents: body[:5], Size: n, HashedSize: n, SHA256: sum(body)}, Truncated},
		{"truncated, hashed prefix matches", Script{Contents: body[:10], Size: n, HashedSize: 8, PartiallyHashed: true, SHA256: sum(body[:8])}, Truncated},
		{"partially hashed, prefix matches", Script{Contents: body, Size: n, HashedSize: 8, PartiallyHashed: true, SHA256: sum(body[:8])}, PartiallyHashed},
		{"partially hashed, prefix differs", Script{Contents: body, Size: n, HashedSize: 8, PartiallyHashed: true, SHA256: sum("xxxxxxxx")}, Mismatch},
		{"partial, contents shorter than hashed part", Script{Contents: body[:4], Size: 4, HashedSize: 8, PartiallyHashed: true, SHA256: sum(body[:8])}, PartiallyHashed},
		{"no sha256", Script{Contents: body, Size: n}, NoHash},
		{"garbage sha256", Script{Contents: body, Size: n, SHA256: "\x1b]52;c;eA==\x07"}, NoHash},
		{"short sha256", Script{Contents: body, Size: n, SHA256: "abcd"}, NoHash},
		{"literal", Script{Contents: body, Size: n, Literal: true, SHA256: sum(body)}, NoHash},
		{"hashedSize beyond contents and size", Script{Contents: body, Size: n, HashedSize: n + 50, SHA256: sum(body)}, NoHash},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := IntegrityOf(tt.s)
			if got.State != tt.want {
				t.Errorf("IntegrityOf = %v (%s), want %v", got.State, got.Detail, tt.want)
			}
			if got.Detail == "" {
				t.Error("empty Detail")
			}
		})
	}
}

func TestIntegrityMismatchNotesReplacementChar(t *testing.T) {
	got := IntegrityOf(Script{Contents: "a\uFFFDb", Size: 5, HashedSize: 5, SHA256: sum("a\xffb")})
	if got.State != Mismatch || !strings.Contains(got.Detail, "U+FFFD") {
		t.Errorf("got %v %q", got.State, got.Detail)
	}
}

func TestIntegrityMarksDistinct(t *testing.T) {
	seen := map[string]IntegrityState{}
	for s := NoHash; s <= Mismatch; s++ {
		m := s.Mark()
		if prev, dup := seen[m]; dup {
			t.Errorf("%v and %v share mark %q", prev, s, m)
		}
		seen[m] = s
		if strings.HasPrefix(s.String(), "IntegrityState(") {
			t.Errorf("state %d has no name", s)
		}
	}
	if got := IntegrityState(99).String(); got != "IntegrityState(99)" {
		t.Errorf("unknown state = %q", got)
	}
}

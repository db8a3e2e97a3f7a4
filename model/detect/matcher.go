package detect

// matcher finds any of a fixed set of needles in a text in one pass: a
// bitset of the needles' first two bytes filters positions, and only there
// are the needles compared. Literal scans stay linear and cheap however
// many needles a family has.
type matcher struct {
	fold bool // ASCII case-insensitive
	bits [1 << 10]uint64
	by   map[uint16][]string
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func (m *matcher) key(a, b byte) uint16 {
	if m.fold {
		a, b = lowerByte(a), lowerByte(b)
	}
	return uint16(a)<<8 | uint16(b)
}

// newMatcher builds a matcher; needles shorter than 2 bytes are ignored.
func newMatcher(fold bool, needles ...string) *matcher {
	m := &matcher{fold: fold, by: map[uint16][]string{}}
	for _, n := range needles {
		if len(n) < 2 {
			continue // never matched; TestMatcherNeedles keeps the lists clean
		}
		k := m.key(n[0], n[1])
		m.bits[k>>6] |= 1 << (k & 63)
		m.by[k] = append(m.by[k], n)
	}
	return m
}

// find returns the needle found at the leftmost position, or "".
func (m *matcher) find(s string) string {
	for i := 0; i+1 < len(s); i++ {
		k := m.key(s[i], s[i+1])
		if m.bits[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for _, n := range m.by[k] {
			if m.at(s, i, n) {
				return n
			}
		}
	}
	return ""
}

func (m *matcher) at(s string, i int, n string) bool { return matchAt(m.fold, s, i, n) }

// matchAt: needle n occurs in s at i (ASCII case-insensitively if fold).
func matchAt(fold bool, s string, i int, n string) bool {
	if len(s)-i < len(n) {
		return false
	}
	if !fold {
		return s[i:i+len(n)] == n
	}
	for j := 0; j < len(n); j++ {
		if lowerByte(s[i+j]) != lowerByte(n[j]) {
			return false
		}
	}
	return true
}

// Literal families: each literal is scanned once against all of them
// (Context.litMask) so that detectors only look at the literals that can
// concern them.
const (
	famShell = 1 << iota
	famEscape
	famK8s
	famCredential
	famExfil
	famMiner
	famMetadata
	famSandbox
	famMonitor
	famPacker
)

// familyMatchers maps each family bit to its matchers.
var familyMatchers = map[uint32][]*matcher{
	famShell: {shellIdioms}, famEscape: {escapeMatcher}, famK8s: {k8sMatcher}, famCredential: {credentialMatcher},
	famExfil: {exfilMatcher}, famMiner: {minerMatcher}, famMetadata: {mdDirect, mdHosts}, famSandbox: {sandboxMatcher},
	famMonitor: {monitorMatcher}, famPacker: {packerMatcher},
}

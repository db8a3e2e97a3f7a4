package detect

// allFamilies is one case-folding prefilter over every family's needles
// (those of 3 bytes or more): familyIndex.mask tells which families occur
// in a literal.
var allFamilies = func() *familyIndex {
	x := &familyIndex{tab: newFamTable()}
	for fam, ms := range familyMatchers {
		for _, m := range ms {
			for _, list := range m.by {
				for _, n := range list {
					x.add(famNeedle{n, m.fold, fam})
				}
			}
		}
	}
	return x
}()

// familyIndex finds needles through the 4-grams of a literal at every
// other position (0, 2, 4 …): each 4-gram costs one 4-byte load, a
// multiply and one bit test, so a literal costs about half a lookup per
// byte, and the table is read only where the bit is set.
//
// Why every needle is still found: an occurrence of a needle of m ≥ 5
// bytes starts at an even or an odd position, so the 4-gram at its first
// or at its second byte is read: a needle is indexed under those two, with
// their offsets in it (its first bytes are what sets it apart from common
// text: its later 4-grams, such as "tion" or ".com", would send many more
// literals to the table).
// A needle of 4 bytes at an odd position is seen by the 4-gram one byte
// before it (any byte, then its first three), and a 3-byte needle by the
// 4-gram before it (odd position) or after it (even position): those
// needles are indexed under all such 4-grams, their other byte any byte
// (256 keys each; there are a handful). A 3-byte needle ending the
// literal at an even position has no 4-gram after it: the last 4-gram
// (before it) is read too. A 3-byte literal has no 4-gram at all: it is
// compared with the 3-byte needles.
type familyIndex struct {
	bloom [1 << 10]uint64 // bit famBloom(k | 0x20202020) of every key k
	tab   *famTable       // folded 4-gram → the needles it may place
	tail  []famNeedle     // the 3-byte needles
}

// famNeedle is a needle of familyIndex and its family bit.
type famNeedle struct {
	s    string
	fold bool
	fam  uint32
}

// famCand is a needle under a 4-gram key: an occurrence would start at
// the key's position minus off (off is -1 for the 4-gram before it).
type famCand struct {
	famNeedle
	off int
}

// foldTable maps a byte to its ASCII lower case (lowerByte as a table).
var foldTable = func() (t [256]byte) {
	for i := range t {
		t[i] = lowerByte(byte(i))
	}
	return t
}()

// famKey is the table key of the 4 bytes at s[p:]: folded, little-endian.
func famKey(s string, p int) uint32 {
	s = s[p : p+4]
	return uint32(foldTable[s[0]]) | uint32(foldTable[s[1]])<<8 | uint32(foldTable[s[2]])<<16 | uint32(foldTable[s[3]])<<24
}

// famBloom is the bloom bit of the first 4 bytes of s. Setting bit 5 of
// every byte maps ASCII upper and lower case together without a table (a
// byte and its folded form always agree once bit 5 is set), so one 4-byte
// load serves; a few other byte pairs collide too, which only lets a few
// more positions through to the table.
func famBloom(s string) uint32 {
	return famBloomOf((uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24) | 0x20202020)
}

func famBloomOf(k uint32) uint32 { return (k * 0x9E3779B1) >> 16 }

// add indexes n (see familyIndex for the keys of short needles).
func (x *familyIndex) add(n famNeedle) {
	switch {
	case len(n.s) < 3:
		// not indexed (TestMatcherNeedles keeps the lists free of them)
	case len(n.s) == 3:
		x.tail = append(x.tail, n)
		for b := range 256 {
			c := string([]byte{byte(b)})
			x.addKey(n.s+c, famCand{n, 0})  // the needle at an even position
			x.addKey(c+n.s, famCand{n, -1}) // at an odd one, read from the byte before
		}
	case len(n.s) == 4:
		x.addKey(n.s, famCand{n, 0})
		for b := range 256 {
			x.addKey(string([]byte{byte(b)})+n.s[:3], famCand{n, -1})
		}
	default:
		// its 4-grams at offsets 0 and 1: one of them is read
		x.addKey(n.s[:4], famCand{n, 0})
		x.addKey(n.s[1:5], famCand{n, 1})
	}
}

// addKey indexes c under the 4 bytes g.
func (x *familyIndex) addKey(g string, c famCand) {
	b := famBloom(g)
	x.bloom[b>>6] |= 1 << (b & 63)
	x.tab.add(famKey(g, 0), c)
}

// mask returns the families whose needles occur in s.
func (x *familyIndex) mask(s string) uint32 {
	if len(s) < 3 {
		return 0
	}
	var m uint32
	// t is s[p:]: its length bounds the loads, so no index is checked.
	for t, p := s, 0; len(t) >= 4; t, p = t[2:], p+2 {
		if b := famBloom(t); x.bloom[b>>6]&(1<<(b&63)) != 0 {
			m |= x.at(s, p, m)
		}
	}
	switch p := len(s) - 4; {
	case p < 0: // 3 bytes: only a 3-byte needle fits
		for _, n := range x.tail {
			if m&n.fam == 0 && matchAt(n.fold, s, 0, n.s) {
				m |= n.fam
			}
		}
	case p%2 == 1: // the last 4-gram, which the loop skipped
		if b := famBloom(s[p:]); x.bloom[b>>6]&(1<<(b&63)) != 0 {
			m |= x.at(s, p, m)
		}
	}
	return m
}

// at returns the families, not yet in m, of the needles placed by the
// 4-gram at s[p:]. It reads the bytes again rather than take them from
// mask, whose loop then loads the 4 bytes at once (the compiler merges
// the loads only when the bytes serve nothing else).
func (x *familyIndex) at(s string, p int, m uint32) uint32 {
	var got uint32
	for _, c := range x.tab.get(famKey(s, p)) {
		if q := p - c.off; (m|got)&c.fam == 0 && q >= 0 && matchAt(c.fold, s, q, c.s) {
			got |= c.fam
		}
	}
	return got
}

// famTable maps keys to needles: an open-addressed table, at most a
// quarter full, so that the lookup behind each set bit is a probe or two
// rather than a map access.
type famTable struct {
	keys  []uint32
	cands [][]famCand // nil: empty slot
	shift uint32      // 32 - log2(len(keys))
	used  int         // slots in use
}

func newFamTable() *famTable {
	const bits = 14 // room for 4096 keys
	return &famTable{keys: make([]uint32, 1<<bits), cands: make([][]famCand, 1<<bits), shift: 32 - bits}
}

// slot returns where key is, or the empty slot where it would go.
func (t *famTable) slot(key uint32) int {
	h := int((key * 0x9E3779B1) >> t.shift)
	for t.cands[h] != nil && t.keys[h] != key {
		h = (h + 1) & (len(t.keys) - 1)
	}
	return h
}

func (t *famTable) add(key uint32, c famCand) {
	h := t.slot(key)
	if t.cands[h] == nil {
		t.used++
		if 4*t.used > len(t.keys) {
			panic("famTable: more than a quarter full")
		}
	}
	t.keys[h] = key
	t.cands[h] = append(t.cands[h], c)
}

// get returns the needles under key (nil if none).
func (t *famTable) get(key uint32) []famCand { return t.cands[t.slot(key)] }

package detect

// allFamilies is one case-folding prefilter over every family's needles
// (those of 3 bytes or more): familyIndex.mask tells which families occur
// in a literal.
var allFamilies = func() *familyIndex {
	x := &familyIndex{by3: newFamTable(), by4: newFamTable()}
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

// familyIndex finds needles by their first four bytes, read through a
// rolling window (few literals share a 4-byte start with a needle, where
// three bytes such as "htt" or "/us" are common): each byte of a literal
// costs a table lookup and one bit test, and the map is read only where
// the bit is set. A 3-byte needle is indexed under every 4-gram it starts
// (its bytes and any fourth), and tested once more at the literal's end,
// where it has no fourth byte.
type familyIndex struct {
	bits4, bits3 [1 << 10]uint64 // bit famHash(key) of each key
	by4, by3     *famTable       // by key: the needles starting with it
}

// famNeedle is a needle of familyIndex and its family bit.
type famNeedle struct {
	s    string
	fold bool
	fam  uint32
}

// foldTable maps a byte to its ASCII lower case (lowerByte as a table).
var foldTable = func() (t [256]byte) {
	for i := range t {
		t[i] = lowerByte(byte(i))
	}
	return t
}()

// famKey is the folded big-endian key of s[:n] (n is 3 or 4), as the
// rolling window in mask builds it.
func famKey(s string, n int) uint32 {
	var k uint32
	for i := 0; i < n; i++ {
		k = k<<8 | uint32(foldTable[s[i]])
	}
	return k
}

func famHash(k uint32) uint32 { return (k * 0x9E3779B1) >> 16 }

func (x *familyIndex) add(n famNeedle) {
	switch {
	case len(n.s) < 3:
		// not indexed (TestMatcherNeedles keeps the lists free of them)
	case len(n.s) == 3:
		k := famKey(n.s, 3)
		x.bits3[famHash(k)>>6] |= 1 << (famHash(k) & 63)
		x.by3.add(k, n)
		for b := range 256 {
			if foldTable[b] == byte(b) { // each folded fourth byte once
				x.add4(k<<8|uint32(b), n)
			}
		}
	default:
		x.add4(famKey(n.s, 4), n)
	}
}

func (x *familyIndex) add4(k uint32, n famNeedle) {
	x.bits4[famHash(k)>>6] |= 1 << (famHash(k) & 63)
	x.by4.add(k, n)
}

// mask returns the families whose needles occur in s.
func (x *familyIndex) mask(s string) uint32 {
	if len(s) < 3 {
		return 0
	}
	var m uint32
	w := uint32(foldTable[s[0]])<<16 | uint32(foldTable[s[1]])<<8 | uint32(foldTable[s[2]])
	for i := 3; i < len(s); i++ {
		w = w<<8 | uint32(foldTable[s[i]]) // s[i-3:i+1], folded
		if h := famHash(w); x.bits4[h>>6]&(1<<(h&63)) != 0 {
			m |= x.at(x.by4.get(w), s, i-3, m)
		}
	}
	if k := w & 0xFFFFFF; x.bits3[famHash(k)>>6]&(1<<(famHash(k)&63)) != 0 { // the last three bytes
		m |= x.at(x.by3.get(k), s, len(s)-3, m)
	}
	return m
}

// at returns the families, not yet in m, of the needles found at s[p:].
func (x *familyIndex) at(ns []famNeedle, s string, p int, m uint32) uint32 {
	var got uint32
	for _, n := range ns {
		if (m|got)&n.fam == 0 && matchAt(n.fold, s, p, n.s) {
			got |= n.fam
		}
	}
	return got
}

// famTable maps keys to needles: an open-addressed table, at most a
// quarter full, so that the lookup behind each set bit (a literal holding
// "http", "/etc" …) is a probe or two rather than a map access.
type famTable struct {
	keys  []uint32
	cands [][]famNeedle // nil: empty slot
	shift uint32        // 32 - log2(len(keys))
	used  int           // slots in use
}

func newFamTable() *famTable {
	const bits = 12 // room for 1024 keys
	return &famTable{keys: make([]uint32, 1<<bits), cands: make([][]famNeedle, 1<<bits), shift: 32 - bits}
}

// slot returns where key is, or the empty slot where it would go.
func (t *famTable) slot(key uint32) int {
	h := int((key * 0x9E3779B1) >> t.shift)
	for t.cands[h] != nil && t.keys[h] != key {
		h = (h + 1) & (len(t.keys) - 1)
	}
	return h
}

func (t *famTable) add(key uint32, n famNeedle) {
	h := t.slot(key)
	if t.cands[h] == nil {
		t.used++
		if 4*t.used > len(t.keys) {
			panic("famTable: more than a quarter full")
		}
	}
	t.keys[h] = key
	t.cands[h] = append(t.cands[h], n)
}

// get returns the needles under key (nil if none).
func (t *famTable) get(key uint32) []famNeedle { return t.cands[t.slot(key)] }

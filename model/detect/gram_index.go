package detect

// gramIndex tells which of a set of needles (at least 4 bytes each) occur
// in a text while looking up only every step-th 4-gram of it. Each needle
// is indexed by all of its 4-grams, with their offsets; an occurrence of a
// needle of n bytes spans n-3 >= step consecutive 4-gram positions, so
// one sampled position falls inside it, and the needle is then compared in
// full where that offset says it starts. On identifiers and short
// literals this is one or two lookups instead of one per byte.
//
// 4-grams rather than trigrams: identifiers share many trigrams with the
// needles ("ion", "ile", "ent"), few 4-grams, and a bitset of the
// needles' 4-grams rejects almost every sampled position before the table
// is probed (packer markers: about 3% of standard-library names pass it).
// The bitset is read with bloomKey, one 4-byte load and an OR, so that the
// usual rejected position costs a handful of instructions.
type gramIndex struct {
	step int // the shortest needle's length - 3
	// bloom has bit gramHash(bloomKey(g)) set for every needle 4-gram g
	bloom [1 << 10]uint64
	// open-addressed table of the needles' 4-grams (ASCII lower case, so
	// that folding needles are found too), at most a quarter full so that
	// probes stay short: keys[h] is a 4-gram (0 = empty slot: a needle
	// 4-gram is never 0, needles hold no NUL), cands[h] the needles
	// holding it
	keys  []uint32
	cands [][]gramCand
	shift uint32 // 32 - log2(len(keys))
}

// gramNeedle is a needle of a gramIndex: fold compares it ASCII
// case-insensitively.
type gramNeedle struct {
	s    string
	fold bool
}

type gramCand struct {
	gramNeedle
	off int // where the slot's 4-gram is in the needle
}

func newGramIndex(needles []gramNeedle) *gramIndex {
	x := &gramIndex{step: 1 << 30}
	grams := 0
	for _, n := range needles {
		if len(n.s) < 4 {
			panic("gramIndex: needle " + n.s + " is shorter than 4 bytes")
		}
		for i := 0; i < len(n.s); i++ {
			if n.s[i] == 0 {
				panic("gramIndex: needle holds a NUL byte")
			}
		}
		x.step = min(x.step, len(n.s)-3)
		grams += len(n.s) - 3
	}
	bits := uint32(4)
	for 1<<bits < 4*grams {
		bits++
	}
	x.keys, x.cands, x.shift = make([]uint32, 1<<bits), make([][]gramCand, 1<<bits), 32-bits
	for _, n := range needles {
		for off := 0; off+4 <= len(n.s); off++ {
			k := gramKey(n.s, off)
			b := gramHash(bloomKey(n.s, off))
			x.bloom[b>>6] |= 1 << (b & 63)
			h, found := x.slot(k)
			if !found {
				x.keys[h] = k
			}
			x.cands[h] = append(x.cands[h], gramCand{n, off})
		}
	}
	return x
}

// gramKey is the 4-gram of s at i, in ASCII lower case.
func gramKey(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(lowerByte(s[0])) | uint32(lowerByte(s[1]))<<8 | uint32(lowerByte(s[2]))<<16 | uint32(lowerByte(s[3]))<<24
}

// bloomKey is the 4-gram of s at i with bit 5 of every byte set: ASCII
// upper and lower case give the same key (so do some other pairs of
// bytes, which only lets a few more positions through to gramKey).
func bloomKey(s string, i int) uint32 {
	s = s[i : i+4]
	return (uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24) | 0x20202020
}

// gramHash is the bloom bit of a bloomKey.
func gramHash(k uint32) uint32 { return (k * 0x9E3779B1) >> 16 }

// slot returns where key is, or the empty slot where it would go.
func (x *gramIndex) slot(key uint32) (int, bool) {
	h := int((key * 0x9E3779B1) >> x.shift)
	for {
		switch x.keys[h] {
		case key:
			return h, true
		case 0:
			return h, false
		}
		h = (h + 1) & (len(x.keys) - 1)
	}
}

// any reports whether some needle occurs in s.
func (x *gramIndex) any(s string) bool {
	for j := x.step - 1; j+3 < len(s); j += x.step {
		if b := gramHash(bloomKey(s, j)); x.bloom[b>>6]&(1<<(b&63)) != 0 && x.anyAt(s, j) {
			return true
		}
	}
	return false
}

// anyAt reports whether a needle holding the 4-gram at j occurs in s.
func (x *gramIndex) anyAt(s string, j int) bool {
	k := gramKey(s, j)
	h, found := x.slot(k)
	if !found {
		return false
	}
	for _, c := range x.cands[h] {
		if p := j - c.off; p >= 0 && matchAt(c.fold, s, p, c.s) {
			return true
		}
	}
	return false
}

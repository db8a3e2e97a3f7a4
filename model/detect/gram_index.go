package detect

// gramIndex tells which of a set of needles (at least 3 bytes each) occur
// in a text while looking up only every step-th trigram of it. Each needle
// is indexed by all of its trigrams, with their offsets; an occurrence of a
// needle of n bytes spans n-2 >= step consecutive trigram positions, so
// one sampled position falls inside it, and the needle is then compared in
// full where that offset says it starts. On identifiers and short
// literals this is one or two lookups instead of one per byte.
type gramIndex struct {
	step int // the shortest needle's length - 2
	// open-addressed table of the needles' trigrams (ASCII lower case, so
	// that folding needles are found too), at most a quarter full so that
	// probes stay short: keys[h] is a trigram + 1 (0 = empty slot),
	// cands[h] the needles holding it
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
	off int // where the slot's trigram is in the needle
}

func newGramIndex(needles []gramNeedle) *gramIndex {
	x := &gramIndex{step: 1 << 30}
	grams := 0
	for _, n := range needles {
		if len(n.s) < 3 {
			panic("gramIndex: needle " + n.s + " is shorter than 3 bytes")
		}
		x.step = min(x.step, len(n.s)-2)
		grams += len(n.s) - 2
	}
	bits := uint32(4)
	for 1<<bits < 4*grams {
		bits++
	}
	x.keys, x.cands, x.shift = make([]uint32, 1<<bits), make([][]gramCand, 1<<bits), 32-bits
	for _, n := range needles {
		for off := 0; off+3 <= len(n.s); off++ {
			k := gramKey(n.s, off)
			h, found := x.slot(k)
			if !found {
				x.keys[h] = k + 1
			}
			x.cands[h] = append(x.cands[h], gramCand{n, off})
		}
	}
	return x
}

// gramKey is the trigram of s at i, in ASCII lower case.
func gramKey(s string, i int) uint32 {
	return uint32(lowerByte(s[i])) | uint32(lowerByte(s[i+1]))<<8 | uint32(lowerByte(s[i+2]))<<16
}

// slot returns where key is, or the empty slot where it would go.
func (x *gramIndex) slot(key uint32) (int, bool) {
	h := int((key * 0x9E3779B1) >> x.shift)
	for {
		switch x.keys[h] {
		case key + 1:
			return h, true
		case 0:
			return h, false
		}
		h = (h + 1) & (len(x.keys) - 1)
	}
}

// any reports whether some needle occurs in s.
func (x *gramIndex) any(s string) bool {
	for j := x.step - 1; j+2 < len(s); j += x.step {
		h, found := x.slot(gramKey(s, j))
		if !found {
			continue
		}
		for _, c := range x.cands[h] {
			if p := j - c.off; p >= 0 && matchAt(c.fold, s, p, c.s) {
				return true
			}
		}
	}
	return false
}

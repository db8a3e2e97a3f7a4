package detect

import "github.com/pytriage/pytriage/model/pytoken"

// nameScan is the one shared pass over the Name tokens of a program: the
// indexes of the common names (see names), of generated-looking names
// (runObfuscatedNames) and of names holding a packer marker (runPacker),
// each list in token order. Detectors query it instead of each walking
// every token.
type nameScan struct {
	obfuscated []int
	packer     []int
	heads      uint8 // the names' first bytes or-ed: stored only so that scanNames' touching loop is kept
}

// The pass runs over every token of every script, so each test on a name
// starts with a check that rejects almost all names for the cost of a
// table lookup or a compare; the exact test follows only when it passes.
var (
	// commonSet answers "is this one of commonNames" without hashing the
	// name for the (usual) names that are not.
	commonSet = setOf(commonNames[:])
	// obfuscatedHead holds the bytes of obfuscatedName's alphabet
	// (l I 1 O 0 _): a name it accepts starts with three of them, or with
	// "_0x", hence obfuscatedThird. Names such as _private and __init__
	// stop there.
	obfuscatedHead  = byteTable("_lI1O0")
	obfuscatedThird = byteTable("_lI1O0x")
	// packerNames finds packerMatcher's needles in a name with one or two
	// lookups (see gramIndex).
	packerNames = func() *gramIndex {
		var ns []gramNeedle
		for _, m := range packerMarks {
			ns = append(ns, gramNeedle{s: m})
		}
		return newGramIndex(ns)
	}()
)

// shortCommon is the one name of commonNames under 5 bytes (checked at
// init): scanNames compares short names with it alone.
const shortCommon = "chr"

func init() {
	for _, n := range commonNames {
		if len(n) < 5 && n != shortCommon {
			panic("scanNames: common name " + n + " is shorter than 5 bytes and not shortCommon")
		}
	}
}

// byteTable marks the bytes of s.
func byteTable(s string) (t [256]bool) {
	for i := 0; i < len(s); i++ {
		t[s[i]] = true
	}
	return t
}

// scanNames fills c.common and c.scan in one pass, on first use.
//
// Names are under half of the tokens, in no pattern a branch predictor
// could learn, so the pass runs in blocks: a branch-free loop writes the
// indexes of a block's Name tokens to a small array (every index is
// written, the count advances only on names), then the names alone are
// touched and tested.
func (c *Context) scanNames() {
	if c.scanned {
		return
	}
	c.scanned = true
	toks := c.P.Toks
	var names [256]uint8 // a block's Name tokens (index - base)
	for base := 0; base < len(toks); base += len(names) {
		block := toks[base:min(base+len(names), len(toks))]
		n := 0
		for j := range block {
			names[n&(len(names)-1)] = uint8(j) // n <= j
			if block[j].Kind == pytoken.Name {
				n++
			}
		}
		// Read each name's first byte in a loop that does not branch on
		// it: the processor then fetches many names' text at once, and
		// the tests below, which branch on every byte they read, find it
		// in cache instead of waiting for each name in turn.
		var heads uint8
		for _, j := range names[:n] {
			if s := block[j].Text; len(s) > 0 {
				heads |= s[0]
			}
		}
		c.scan.heads |= heads
		for _, j := range names[:n] {
			// The tests inline, each with a cheap first check that
			// rejects almost every name; what passes is rare.
			s := block[j].Text
			if len(s) < 5 {
				// No generated or packer name is this short, and of
				// the common names only shortCommon: one compare
				// instead of the set's lookup.
				if len(s) == len(shortCommon) && s == shortCommon {
					c.addCommon(base+int(j), s)
				}
				continue
			}
			if commonSet.has(s) {
				c.addCommon(base+int(j), s)
			}
			if obfuscatedHead[s[0]] && obfuscatedHead[s[1]] && obfuscatedThird[s[2]] && obfuscatedName(s) {
				c.scan.obfuscated = append(c.scan.obfuscated, base+int(j))
			}
			if packerNames.any(s) {
				c.scan.packer = append(c.scan.packer, base+int(j))
			}
		}
	}
}

// addCommon adds the Name token i, spelled as the common name s.
func (c *Context) addCommon(i int, s string) {
	k := commonIndex[s]
	c.common[k] = append(c.common[k], i)
}

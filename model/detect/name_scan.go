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
}

// The pass runs over every token of every script, so each test on a name
// starts with a check that rejects almost all names for the cost of a
// table lookup or a compare; the exact test follows only when it passes.
var (
	// commonSet answers "is this one of commonNames" without hashing the
	// name for the (usual) names that are not.
	commonSet = setOf(commonNames)
	// obfuscatedFirst holds the bytes a name accepted by obfuscatedName
	// can start with: '_' (of _0x…) and the l I 1 O 0 _ alphabet.
	obfuscatedFirst = byteTable("_lI1O0")
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

// byteTable marks the bytes of s.
func byteTable(s string) (t [256]bool) {
	for i := 0; i < len(s); i++ {
		t[s[i]] = true
	}
	return t
}

// scanNames fills c.nameIdx and c.scan in one pass, on first use.
func (c *Context) scanNames() {
	if c.nameIdx != nil {
		return
	}
	c.nameIdx = make(map[string][]int, len(commonNames))
	for _, k := range commonNames {
		c.nameIdx[k] = nil
	}
	toks := c.P.Toks
	for i := range toks {
		t := &toks[i]
		if t.Kind != pytoken.Name {
			continue
		}
		s := t.Text
		if commonSet.has(s) {
			c.nameIdx[s] = append(c.nameIdx[s], i)
		}
		if len(s) >= 5 {
			if obfuscatedFirst[s[0]] && obfuscatedName(s) {
				c.scan.obfuscated = append(c.scan.obfuscated, i)
			}
			if packerNames.any(s) {
				c.scan.packer = append(c.scan.packer, i)
			}
		}
	}
}

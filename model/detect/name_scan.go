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

// scanNames fills c.nameIdx and c.scan in one pass, on first use.
func (c *Context) scanNames() {
	if c.nameIdx != nil {
		return
	}
	c.nameIdx = map[string][]int{}
	for _, k := range commonNames {
		c.nameIdx[k] = nil
	}
	for i := range c.P.Toks {
		t := &c.P.Toks[i]
		if t.Kind != pytoken.Name {
			continue
		}
		n := len(t.Text)
		if n < len(commonByLen) {
			for _, k := range commonByLen[n] {
				if t.Text == k {
					c.nameIdx[k] = append(c.nameIdx[k], i)
				}
			}
		}
		if n >= 5 {
			if obfuscatedName(t.Text) {
				c.scan.obfuscated = append(c.scan.obfuscated, i)
			}
			if packerMatcher.find(t.Text) != "" {
				c.scan.packer = append(c.scan.packer, i)
			}
		}
	}
}

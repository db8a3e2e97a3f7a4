package pytoken

// keywords are Python's hard keywords (soft ones depend on position: see
// softKeyword).
var keywords = []string{"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except",
	"finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
	"while", "with", "yield"}

// keywordAt reports whether text[start:end] is a hard keyword, like
// isKeyword but without string compares: every keyword fits in eight
// bytes, so the name's bytes, read as one word, are looked up in a
// collision-free hash table of the keywords' words (one multiply, one load).
func keywordAt(text string, start, end int) bool {
	n := end - start
	if n < 2 || n > 8 {
		return false
	}
	if start+8 > len(text) {
		return isKeyword(text[start:end])
	}
	x := load64(text, start) & (1<<(8*n) - 1) // n == 8: all ones
	return keywordSlots[x*keywordMul>>(64-keywordBits)] == x
}

const keywordBits = 7 // 128 slots for 35 keywords

var keywordMul, keywordSlots = buildKeywordTable()

// buildKeywordTable finds a multiplier that sends each keyword's word to
// its own slot (a slot holds the word; empty slots 0, never a name's word).
func buildKeywordTable() (uint64, [1 << keywordBits]uint64) {
	for seed := uint64(1); ; seed++ {
		mul := splitmix(seed) | 1
		var slots [1 << keywordBits]uint64
		ok := true
		for _, k := range keywords {
			x := keywordWord(k)
			h := x * mul >> (64 - keywordBits)
			if slots[h] != 0 {
				ok = false
				break
			}
			slots[h] = x
		}
		if ok {
			return mul, slots
		}
	}
}

// keywordWord packs up to eight bytes of k, little-endian.
func keywordWord(k string) uint64 {
	var x uint64
	for i := len(k) - 1; i >= 0; i-- {
		x = x<<8 | uint64(k[i])
	}
	return x
}

// splitmix is SplitMix64's output function: well-spread candidate multipliers.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

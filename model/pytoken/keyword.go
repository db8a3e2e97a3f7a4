package pytoken

import "math/bits"

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
	return isKeywordWord(load64(text, start) & (1<<(8*n) - 1)) // n == 8: all ones
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

// nameAt returns the end of the ASCII name whose first byte is at pos and
// whether the name is a hard keyword. One word read at pos serves both:
// the name's end within it (most names are shorter than eight bytes) and,
// masked to the name, the keyword look-up, instead of identSpan and then
// keywordAt each reading the text.
func nameAt(text string, pos int) (int, bool) {
	if pos+8 > len(text) {
		end := identSpan(text, pos+1)
		return end, keywordAt(text, pos, end)
	}
	x := load64(text, pos)
	m := nonIdentBits(x)
	if m == 0 { // eight name bytes or more: a keyword only if exactly eight
		end := pos + 8
		if end+8 <= len(text) {
			// The second word here too: names of 8 to 15 bytes are common,
			// and identSpan would cost a call and a loop.
			if m := nonIdentBits(load64(text, end)); m != 0 {
				end += bits.TrailingZeros64(m) >> 3
				return end, end == pos+8 && isKeywordWord(x)
			}
			end += 8
		}
		end = identSpan(text, end)
		return end, end-pos == 8 && isKeywordWord(x)
	}
	n := bits.TrailingZeros64(m) >> 3 // ≥ 1: text[pos] is a name byte
	return pos + n, n >= 2 && isKeywordWord(x&(1<<(8*n)-1))
}

// isKeywordWord reports whether x, a name of two to eight bytes read as a
// little-endian word (zero past the name), is a hard keyword.
func isKeywordWord(x uint64) bool {
	return keywordSlots[x*keywordMul>>(64-keywordBits)] == x
}

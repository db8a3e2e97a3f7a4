package unwrap

import (
	"bytes"
	"unicode/utf8"
	"unsafe"
)

// Content says what a decoded blob looks like.
type Content uint8

// Contents, from least to most interesting for the classifier.
const (
	Binary  Content = iota // undecodable or random bytes
	Text                   // readable text that is not Python
	Python                 // readable text that looks like Python source
	Marshal                // a marshalled code object or .pyc: opaque code
	Pickle                 // a pickle stream: opaque code
)

func (c Content) String() string {
	return [...]string{"binary", "text", "python", "marshal", "pickle"}[c]
}

// Opaque reports whether the content is code the classifier cannot read.
func (c Content) Opaque() bool { return c == Marshal || c == Pickle }

// Peel decodes a blob of unknown encoding by guessing each step from its
// alphabet and magic bytes, up to MaxChain steps, and stops at the first
// result that is Python, text, opaque code, or not decodable further. It
// returns the chain of codecs applied (empty if in was not decoded at all).
func Peel(in []byte, b *Budget) (out []byte, chain []string, kind Content) {
	out = in
	for len(chain) < MaxChain {
		k := Classify(out)
		if k == Python && len(chain) > 0 || k.Opaque() {
			return out, chain, k
		}
		codec := Guess(out)
		if codec == "" || b.Exhausted() {
			return out, chain, k
		}
		if k == Text && len(chain) > 0 && codec != Base64 && codec != Base32 && codec != Hex {
			return out, chain, k
		}
		next, err := Decode(codec, out, b)
		if len(next) == 0 || err != nil && err != ErrBudget {
			return out, chain, k
		}
		chain = append(chain, codec)
		out = next
		if err == ErrBudget {
			return out, chain, Classify(out)
		}
	}
	b.Hit("decode chain longer than 8 steps")
	return out, chain, Classify(out)
}

// Guess names the codec a blob most plausibly uses, or "" if none. Text
// alphabets need at least 16 characters so ordinary words are left alone.
func Guess(in []byte) string {
	switch {
	case len(in) >= 2 && in[0] == 0x78 && (in[1] == 0x01 || in[1] == 0x5e || in[1] == 0x9c || in[1] == 0xda):
		return Zlib
	case len(in) >= 2 && in[0] == 0x1f && in[1] == 0x8b:
		return Gzip
	case bytes.HasPrefix(in, []byte("BZh")) && len(in) > 4:
		return Bz2
	case bytes.HasPrefix(in, []byte{0xfd, '7', 'z', 'X', 'Z', 0}), len(in) > 13 && in[0] == 0x5d && in[1] == 0 && in[2] == 0:
		return LZMA
	}
	s := bytes.TrimSpace(in)
	if len(s) < 16 {
		return ""
	}
	if len(s) > 1<<20 { // judge the alphabet on a sample; decoders cope with the rest
		s = append(append([]byte{}, s[:1<<19]...), s[len(s)-1<<19:]...)
	}
	var hexOnly, b32, b64 = true, true, true
	pad := 0
	for _, c := range s {
		switch {
		case c == '=':
			pad++
			hexOnly = false
		case pad > 0 && c != '\n' && c != '\r':
			return "" // data after padding
		case isHex(c):
			if c >= 'a' && c <= 'f' {
				b32 = false
			}
			if c == '0' || c == '1' || c == '8' || c == '9' {
				b32 = false
			}
		case c >= 'G' && c <= 'Z':
			hexOnly = false
		case c >= 'g' && c <= 'z':
			hexOnly, b32 = false, false
		case c == '+' || c == '/' || c == '-' || c == '_':
			hexOnly, b32 = false, false
		case c == '\n' || c == '\r':
		default:
			// No alphabet fits any more and padding cannot come back:
			// the answer is "" whatever follows.
			return ""
		}
	}
	switch {
	case hexOnly && len(s)%2 == 0:
		return Hex
	case b32 && pad <= 6 && len(s)%8 == 0:
		return Base32
	case b64:
		return Base64
	}
	return ""
}

// GuessString is Guess over a string without copying it.
func GuessString(s string) string {
	return Guess(unsafe.Slice(unsafe.StringData(s), len(s))) // Guess only reads
}

// Classify looks at decoded bytes without interpreting them.
func Classify(b []byte) Content {
	if len(b) == 0 {
		return Binary
	}
	switch {
	case len(b) >= 16 && b[2] == 0x0d && b[3] == 0x0a: // .pyc header: magic + \r\n
		return Marshal
	case b[0] == 0xe3 || b[0] == 0x63 && len(b) > 20 && bytes.Count(b[:20], []byte{0}) >= 4:
		// TYPE_CODE ('c', with FLAG_REF 0xe3) followed by little-endian ints.
		return Marshal
	case b[0] == 0x80 && len(b) > 2 && b[1] >= 2 && b[1] <= 5 && b[len(b)-1] == '.':
		return Pickle
	case len(b) > 4 && (bytes.HasPrefix(b, []byte("cos\n")) || bytes.HasPrefix(b, []byte("cposix\n")) || bytes.HasPrefix(b, []byte("c__builtin__\n")) || bytes.HasPrefix(b, []byte("cbuiltins\n"))):
		return Pickle
	}
	if !readable(b) {
		return Binary
	}
	if LooksLikePython(b) {
		return Python
	}
	return Text
}

// readable: valid UTF-8 (a cut at the end is fine) with few control bytes.
func readable(b []byte) bool {
	bad := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				bad++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			if len(b)-i < 4 {
				break
			}
			bad++
		}
		i += n
	}
	return bad*20 <= len(b)
}

var pythonCues = [][]byte{
	[]byte("import "), []byte("def "), []byte("exec("), []byte("eval("), []byte("print("),
	[]byte("lambda"), []byte("__import__"), []byte("return "), []byte("class "), []byte("os."),
	[]byte("subprocess"), []byte("socket"), []byte("open("), []byte("):"), []byte("while "),
	[]byte("for "), []byte("if "), []byte("try:"), []byte("with "), []byte("self."),
}

// LooksLikePython is a cheap guess: enough Python cues for the size, and an
// assignment or call somewhere.
func LooksLikePython(b []byte) bool {
	if len(b) > 1<<16 {
		b = b[:1<<16]
	}
	cues := 0
	for _, c := range pythonCues {
		if bytes.Contains(b, c) {
			cues++
		}
	}
	call := bytes.IndexByte(b, '(') >= 0 && bytes.IndexByte(b, ')') >= 0
	assign := bytes.Contains(b, []byte("=")) || bytes.Contains(b, []byte("import "))
	switch {
	case cues >= 2:
		return call || assign
	case cues == 1:
		return call && len(b) < 400
	}
	return false
}

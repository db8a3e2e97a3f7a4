package unwrap

import (
	"bytes"
	"compress/bzip2"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/ascii85"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"github.com/ulikunitz/xz"
	"github.com/ulikunitz/xz/lzma"
)

// Codec names, as they appear in Layer.Encoding.
const (
	Base64  = "base64"
	Base32  = "base32"
	Base16  = "base16"
	Hex     = "hex"
	Base85  = "base85"
	ASCII85 = "a85"
	Rot13   = "rot13"
	Zlib    = "zlib"
	Gzip    = "gzip"
	Bz2     = "bz2"
	LZMA    = "lzma"
	Reverse = "reverse"
	XOR     = "xor"
)

// ErrBudget is returned when the budget refused a decode.
var ErrBudget = errors.New("unwrap: budget spent")

// Decode applies one codec to in. Output beyond the per-layer or total cap
// is cut off: the partial output is returned with ErrBudget and the budget
// records LimitsHit. For XOR use DecodeXOR.
func Decode(codec string, in []byte, b *Budget) ([]byte, error) {
	if !b.step() {
		return nil, ErrBudget
	}
	out, err := decode(codec, in, b.room())
	if errors.Is(err, errTooBig) {
		b.Hit(fmt.Sprintf("%s output over %d bytes", codec, b.room()))
		err = ErrBudget
	}
	b.charge(len(out))
	return out, err
}

// DecodeXOR applies a repeating XOR key (one byte in practice).
func DecodeXOR(in, key []byte, b *Budget) ([]byte, error) {
	if len(key) == 0 {
		return nil, errors.New("unwrap: empty xor key")
	}
	if !b.step() {
		return nil, ErrBudget
	}
	n := len(in)
	if n > b.room() {
		b.Hit("xor output over budget")
		n = b.room()
	}
	out := make([]byte, n)
	for i := range out {
		out[i] = in[i] ^ key[i%len(key)]
	}
	b.charge(n)
	return out, nil
}

var errTooBig = errors.New("output over cap")

// maxDict caps LZMA/XZ dictionaries (Python's presets use at most 64 MiB).
const maxDict = 64 << 20

func decode(codec string, in []byte, room int) ([]byte, error) {
	switch codec {
	case Base64:
		return decodeBase64(in, room)
	case Base32:
		s := keep(in, func(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '2' && c <= '7' })
		s = bytes.ToUpper(s)
		for len(s)%8 != 0 {
			s = append(s, '=')
		}
		return capped(base32.StdEncoding.DecodeString(string(s)))(room)
	case Base16, Hex:
		s := keep(in, isHex)
		if len(s)%2 == 1 {
			return nil, errors.New("odd-length hex")
		}
		out := make([]byte, len(s)/2)
		_, err := hex.Decode(out, s)
		return capped(out, err)(room)
	case Base85:
		return decodeB85(in, room)
	case ASCII85:
		s := bytes.TrimSpace(in)
		s = bytes.TrimPrefix(s, []byte("<~"))
		s = bytes.TrimSuffix(s, []byte("~>"))
		out := make([]byte, 4*len(s)/5+4)
		n, _, err := ascii85.Decode(out, s, true)
		return capped(out[:n], err)(room)
	case Rot13:
		out := make([]byte, len(in))
		for i, c := range in {
			switch {
			case c >= 'a' && c <= 'z':
				c = 'a' + (c-'a'+13)%26
			case c >= 'A' && c <= 'Z':
				c = 'A' + (c-'A'+13)%26
			}
			out[i] = c
		}
		return capped(out, nil)(room)
	case Reverse:
		out := []rune(string(in))
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
		return capped([]byte(string(out)), nil)(room)
	case Zlib:
		if r, err := zlib.NewReader(bytes.NewReader(in)); err == nil {
			return readCapped(r, room)
		}
		if len(in) > 2 && in[0] == 0x1f && in[1] == 0x8b {
			return decode(Gzip, in, room)
		}
		return readCapped(flate.NewReader(bytes.NewReader(in)), room)
	case Gzip:
		r, err := gzip.NewReader(bytes.NewReader(in))
		if err != nil {
			return nil, err
		}
		r.Multistream(false)
		return readCapped(r, room)
	case Bz2:
		return readCapped(bzip2.NewReader(bytes.NewReader(in)), room)
	case LZMA:
		// The dictionary never needs to exceed the output we accept, and a
		// mangled header may ask for 4 GiB: size it by the room left.
		dict := room + 1
		if dict < lzma.MinDictCap {
			dict = lzma.MinDictCap
		}
		if dict > maxDict {
			dict = maxDict
		}
		if bytes.HasPrefix(in, []byte{0xfd, '7', 'z', 'X', 'Z', 0}) {
			r, err := xz.ReaderConfig{DictCap: dict}.NewReader(bytes.NewReader(in))
			if err != nil {
				return nil, err
			}
			return readCapped(r, room)
		}
		if len(in) >= lzma.HeaderLen {
			if hd := binary.LittleEndian.Uint32(in[1:5]); int64(hd) > int64(dict) {
				in = append([]byte{}, in...)
				binary.LittleEndian.PutUint32(in[1:5], uint32(dict))
			}
		}
		r, err := lzma.ReaderConfig{DictCap: dict}.NewReader(bytes.NewReader(in))
		if err != nil {
			return nil, err
		}
		return readCapped(r, room)
	}
	return nil, fmt.Errorf("unwrap: unknown codec %q", codec)
}

func capped(out []byte, err error) func(int) ([]byte, error) {
	return func(room int) ([]byte, error) {
		if err != nil {
			return nil, err
		}
		if len(out) > room {
			return out[:room], errTooBig
		}
		return out, nil
	}
}

// readCapped reads at most room bytes; more means a bomb or an oversize
// layer, reported as errTooBig with the partial output.
func readCapped(r io.Reader, room int) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, int64(room)+1))
	out := buf.Bytes()
	if n > int64(room) {
		return out[:room], errTooBig
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		if len(out) == 0 {
			return nil, err
		}
	}
	if len(out) == 0 && err != nil {
		return nil, err
	}
	return out, nil
}

func decodeBase64(in []byte, room int) ([]byte, error) {
	// Python's b64decode drops characters outside the alphabet unless
	// validate=True; urlsafe variants use -_ instead of +/.
	s := make([]byte, 0, len(in))
	for _, c := range in {
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			s = append(s, c)
		case c == '-':
			s = append(s, '+')
		case c == '_':
			s = append(s, '/')
		}
	}
	if len(s)%4 == 1 {
		s = s[:len(s)-1]
	}
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(s)))
	n, err := base64.RawStdEncoding.Decode(out, s)
	if err != nil && n == 0 {
		return nil, err
	}
	return capped(out[:n], nil)(room)
}

const b85Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"

var b85Index = func() (t [256]int16) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(b85Alphabet); i++ {
		t[b85Alphabet[i]] = int16(i)
	}
	return t
}()

// decodeB85 decodes Python's base64.b85decode alphabet (RFC 1924 / git).
func decodeB85(in []byte, room int) ([]byte, error) {
	s := keep(in, func(c byte) bool { return b85Index[c] >= 0 })
	pad := (5 - len(s)%5) % 5
	for i := 0; i < pad; i++ {
		s = append(s, '~')
	}
	out := make([]byte, 0, len(s)/5*4)
	for i := 0; i+5 <= len(s); i += 5 {
		var v uint64
		for _, c := range s[i : i+5] {
			v = v*85 + uint64(b85Index[c])
		}
		if v > 0xffffffff {
			return nil, fmt.Errorf("base85 overflow at %d", i)
		}
		out = append(out, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	}
	out = out[:len(out)-pad]
	return capped(out, nil)(room)
}

func keep(in []byte, ok func(byte) bool) []byte {
	out := make([]byte, 0, len(in))
	for _, c := range in {
		if ok(c) {
			out = append(out, c)
		}
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

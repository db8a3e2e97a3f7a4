package unwrap

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

var payload = []byte("import os\nprint('fixture only')\n")

func loadCases(t testing.TB) map[string]string {
	b, err := os.ReadFile("testdata/codecs.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestDecodeEachCodec decodes blobs made by Python's own encoders.
func TestDecodeEachCodec(t *testing.T) {
	cases := loadCases(t)
	tests := []struct {
		name  string
		steps []string
	}{
		{"base64", []string{Base64}}, {"base32", []string{Base32}}, {"base16", []string{Base16}},
		{"hex", []string{Hex}}, {"base85", []string{Base85}}, {"a85", []string{ASCII85}},
		{"rot13", []string{Rot13}}, {"zlib", []string{Base64, Zlib}}, {"gzip", []string{Base64, Gzip}},
		{"bz2", []string{Base64, Bz2}}, {"xz", []string{Base64, LZMA}}, {"lzma_alone", []string{Base64, LZMA}},
		{"reverse", []string{Reverse}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBudget()
			data := []byte(cases[tt.name])
			for _, s := range tt.steps {
				out, err := Decode(s, data, b)
				if err != nil {
					t.Fatalf("%s: %v", s, err)
				}
				data = out
			}
			if !bytes.Equal(data, payload) {
				t.Fatalf("got %q", data)
			}
		})
	}
}

func TestXOR(t *testing.T) {
	b := NewBudget()
	raw, err := Decode(Base64, []byte(loadCases(t)["xor42"]), b)
	if err != nil {
		t.Fatal(err)
	}
	out, err := DecodeXOR(raw, []byte{42}, b)
	if err != nil || !bytes.Equal(out, payload) {
		t.Fatalf("xor: %q %v", out, err)
	}
}

// TestPeel guesses the codecs on its own.
func TestPeel(t *testing.T) {
	cases := loadCases(t)
	tests := []struct {
		name  string
		chain string
		kind  Content
	}{
		{"base64", "base64", Python},
		{"zlib", "base64,zlib", Python},
		{"gzip", "base64,gzip", Python},
		{"bz2", "base64,bz2", Python},
		{"xz", "base64,lzma", Python},
		{"xz_preset9", "base64,lzma", Python}, // 64 MiB dictionary in the header
		{"lzma_alone_preset9", "base64,lzma", Python},
		{"hex", "hex", Python},
		{"nested2", "base64,zlib,base64,zlib", Python},
		{"pickle", "base64", Pickle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, chain, kind := Peel([]byte(cases[tt.name]), NewBudget())
			if strings.Join(chain, ",") != tt.chain || kind != tt.kind {
				t.Fatalf("chain %v kind %v; want %s %v (out %q)", chain, kind, tt.chain, tt.kind, out)
			}
			if kind == Python && !bytes.Equal(out, payload) {
				t.Fatalf("out %q", out)
			}
		})
	}
}

// TestPeelChainCap: 12 base64 layers stop after MaxChain steps with limits hit.
func TestPeelChainCap(t *testing.T) {
	b := NewBudget()
	_, chain, _ := Peel([]byte(loadCases(t)["deep12"]), b)
	if len(chain) != MaxChain || !b.LimitsHit {
		t.Fatalf("chain %d, limits %v; want %d, true", len(chain), b.LimitsHit, MaxChain)
	}
}

// TestZlibBomb: 64 MiB of zeros stop at the per-layer cap.
func TestZlibBomb(t *testing.T) {
	src, err := os.ReadFile("testdata/bomb.zlib.b64")
	if err != nil {
		t.Fatal(err)
	}
	b := NewBudget()
	out, chain, _ := Peel(src, b)
	if !b.LimitsHit || len(out) > DefaultMaxLayer {
		t.Fatalf("bomb: out %d bytes, chain %v, limits %v", len(out), chain, b.LimitsHit)
	}
}

// TestTotalBudget: repeated decodes stop when the total is spent.
func TestTotalBudget(t *testing.T) {
	b := NewBudget()
	b.MaxTotal = 1 << 20
	blob := []byte(base64.StdEncoding.EncodeToString(bytes.Repeat([]byte("x"), 300<<10)))
	n := 0
	for i := 0; i < 10; i++ {
		if _, err := Decode(Base64, blob, b); err == nil {
			n++
		}
	}
	if n >= 10 || !b.LimitsHit {
		t.Fatalf("%d full decodes within a 1 MiB budget; limits %v", n, b.LimitsHit)
	}
}

func TestStepBudget(t *testing.T) {
	b := NewBudget()
	b.MaxSteps = 3
	for i := 0; i < 5; i++ {
		Decode(Rot13, []byte("abc"), b)
	}
	if !b.LimitsHit || !b.Exhausted() {
		t.Fatal("step budget not enforced")
	}
}

func TestGuess(t *testing.T) {
	tests := map[string]string{
		"hello world":                       "",
		"0123456789abcdef0123456789abcdef":  Hex,
		"aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ=":  Base64,
		"NBSWY3DPEB3W64TMMQQGQZLMNRXSA53P":  Base32,
		"short":                             "",
		"not base64 because of spaces here": "",
	}
	for in, want := range tests {
		if got := Guess([]byte(in)); got != want {
			t.Errorf("Guess(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		in   []byte
		want Content
	}{
		{payload, Python},
		{[]byte("just some words"), Text},
		{[]byte{0xe3, 0, 0, 0, 0, 0, 0, 0}, Marshal},
		{[]byte{0x80, 4, 'K', 1, '.'}, Pickle},
		{[]byte{0xff, 0xfe, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05}, Binary},
	}
	for _, tt := range tests {
		if got := Classify(tt.in); got != tt.want {
			t.Errorf("Classify(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzUnwrap: Peel is total and bounded over any bytes.
func FuzzUnwrap(f *testing.F) {
	for _, v := range loadCases(f) {
		f.Add([]byte(v))
	}
	f.Add([]byte("eJz"))
	f.Add([]byte{0x78, 0x9c, 0xff})
	f.Add([]byte("BZh91AY&SY"))
	f.Fuzz(func(t *testing.T, in []byte) {
		b := NewBudget()
		b.MaxTotal = 4 << 20
		out, chain, _ := Peel(in, b)
		if len(chain) > MaxChain || len(out) > DefaultMaxLayer+len(in) {
			t.Fatalf("unbounded: chain %d out %d", len(chain), len(out))
		}
		for _, c := range []string{Base64, Base32, Hex, Base85, ASCII85, Rot13, Zlib, Gzip, Bz2, LZMA, Reverse} {
			Decode(c, in, b)
		}
	})
}

package model

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/detect"
)

var mustRE = regexp.MustCompile(`(?m)^# must: (.+)$`)

func hitIDs(r *Report) map[string]bool {
	m := map[string]bool{}
	for _, h := range r.Hits {
		m[h.Detector] = true
	}
	return m
}

func ids(r *Report) string {
	var s []string
	for _, h := range r.Hits {
		s = append(s, fmt.Sprintf("%s@%v/L%d", h.Detector, h.Lines, h.Layer))
	}
	return strings.Join(s, " ")
}

func alertThreshold() float64 {
	s, _ := scorerFor(nil)
	return s.TAlert
}

// TestCatalogue: every row of detection.md §5 raises its stated evidence
// ("# must:" header), is never benign, and — for rows with a malicious
// action — scores at or above the alert threshold.
func TestCatalogue(t *testing.T) {
	files, _ := filepath.Glob("testdata/catalogue/*.py")
	if len(files) < 21 {
		t.Fatalf("catalogue has %d rows, want ≥ 21", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			m := mustRE.FindSubmatch(src)
			if m == nil {
				t.Fatal("no '# must:' header")
			}
			r := Analyze(src)
			got := hitIDs(r)
			for _, id := range strings.Split(string(m[1]), ",") {
				id = strings.TrimSpace(id)
				if !got[id] {
					t.Errorf("missing %s; hits: %s", id, ids(r))
				}
			}
			if r.Verdict == VerdictBenign {
				t.Errorf("verdict benign (score %.3f); hits: %s", r.Score, ids(r))
			}
		})
	}
}

// transforms are semantics-preserving rewrites of a straight-line script.
var transforms = map[string]func(string) string{
	"identity": func(s string) string { return s },
	"b64-exec": func(s string) string {
		return "import base64\nexec(base64.b64decode(\"" + base64.StdEncoding.EncodeToString([]byte(s)) + "\"))\n"
	},
	"zlib-b64-exec": func(s string) string {
		var b bytes.Buffer
		w := zlib.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return "import zlib, base64 as b\nexec(zlib.decompress(b.b64decode('" + base64.StdEncoding.EncodeToString(b.Bytes()) + "')))\n"
	},
	"hex-exec": func(s string) string {
		return "exec(bytes.fromhex('" + hex.EncodeToString([]byte(s)) + "').decode())\n"
	},
	"rot13-exec": func(s string) string {
		r := []byte(s)
		for i, c := range r {
			switch {
			case c >= 'a' && c <= 'z':
				r[i] = 'a' + (c-'a'+13)%26
			case c >= 'A' && c <= 'Z':
				r[i] = 'A' + (c-'A'+13)%26
			}
		}
		return "import codecs\nexec(codecs.decode(" + pyQuote(string(r)) + ", 'rot_13'))\n"
	},
	"reverse-exec": func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return "exec(" + pyQuote(string(r)) + "[::-1])\n"
	},
	"chr-join-exec": func(s string) string {
		var n []string
		for _, c := range []byte(s) {
			n = append(n, fmt.Sprint(c))
		}
		return "exec(''.join(map(chr, [" + strings.Join(n, ",") + "])))\n"
	},
	"xor-exec": func(s string) string {
		x := []byte(s)
		for i := range x {
			x[i] ^= 7
		}
		return "exec(bytes(b ^ 7 for b in bytes.fromhex('" + hex.EncodeToString(x) + "')).decode())\n"
	},
	"getattr-b64": func(s string) string {
		return "import base64\ngetattr(__builtins__, 'ex' + 'ec')(base64.b64decode('" + base64.StdEncoding.EncodeToString([]byte(s)) + "'))\n"
	},
	"nested-4": func(s string) string {
		for i := 0; i < 4; i++ {
			s = "import base64\nexec(base64.b64decode('" + base64.StdEncoding.EncodeToString([]byte(s)) + "'))\n"
		}
		return s
	},
	"crlf": func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
	"bom":  func(s string) string { return "\ufeff" + s },
	"oneliner": func(s string) string {
		return strings.Join(strings.Split(strings.TrimSpace(s), "\n"), "; ") + "\n"
	},
	"comment-noise": func(s string) string {
		return strings.ReplaceAll(s, "\n", "  # harmless maintenance step, nothing to see\n# TODO refactor\n")
	},
	"bidi-comment": func(s string) string { return "# \u202e reviewed and approved \u2066\n" + s },
	"far-right": func(s string) string {
		lines := strings.Split(strings.TrimSpace(s), "\n")
		last := lines[len(lines)-1]
		lines[len(lines)-1] = "pass;" + strings.Repeat(" ", 170) + last
		return strings.Join(lines, "\n") + "\n"
	},
}

// pyQuote writes a Python string literal that round-trips any text.
func pyQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// TestMetamorphic: no transform drops a malicious seed below the alert
// threshold (hostile-input.md req. 23).
func TestMetamorphic(t *testing.T) {
	seeds, _ := filepath.Glob("testdata/seeds/*.py")
	if len(seeds) == 0 {
		t.Fatal("no seeds")
	}
	ta := alertThreshold()
	for _, f := range seeds {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for name, tr := range transforms {
			t.Run(filepath.Base(f)+"/"+name, func(t *testing.T) {
				r := Analyze([]byte(tr(string(src))))
				if r.Score < ta {
					t.Errorf("score %.3f < alert %.2f; verdict %s; hits: %s", r.Score, ta, r.Verdict, ids(r))
				}
			})
		}
	}
}

// TestLayersMappedBack: hits inside a decoded layer sit on the blob's line.
func TestLayersMappedBack(t *testing.T) {
	seed, _ := os.ReadFile("testdata/seeds/revshell.py")
	src := "x = 1\n\n" + transforms["zlib-b64-exec"](string(seed))
	r := Analyze([]byte(src))
	var layered bool
	for _, h := range r.Hits {
		if h.Detector == "reverse-shell" {
			layered = true
			if h.Layer != 1 || len(h.Lines) != 1 || h.Lines[0] != 4 {
				t.Errorf("reverse-shell hit at layer %d lines %v; want layer 1, line 4", h.Layer, h.Lines)
			}
		}
	}
	if !layered {
		t.Fatalf("reverse shell inside the layer not found: %s", ids(r))
	}
	if len(r.Layers) == 0 || !r.Layers[0].Python || r.Layers[0].Line != 4 || strings.Join(r.Layers[0].Encoding, ",") != "base64,zlib" {
		t.Fatalf("layers: %+v", r.Layers)
	}
	if !strings.Contains(r.Layers[0].Text, "pty.spawn") {
		t.Errorf("layer text not kept")
	}
}

// TestLineWeightsExact: line weights are exact sums of covering hits and
// the score is σ(bias + Σ contributions).
func TestLineWeightsExact(t *testing.T) {
	for _, f := range []string{"testdata/seeds/dropper.py", "testdata/catalogue/05_encoded_layers.py", "testdata/catalogue/13_invisible.py"} {
		src, _ := os.ReadFile(f)
		for _, s := range []*Scorer{nil, HandScorer()} {
			v, a := Features(src)
			r := a.Report(s)
			sum := map[int]float64{}
			for _, h := range r.Hits {
				for _, l := range h.Lines {
					sum[l] += h.Weight
				}
			}
			if len(sum) != len(r.Lines) {
				t.Fatalf("%s: %d lines with hits, %d line weights", f, len(sum), len(r.Lines))
			}
			for i, lw := range r.Lines {
				if math.Abs(lw.Weight-sum[lw.Line]) > 1e-9 {
					t.Errorf("%s: line %d weight %g, hits sum %g", f, lw.Line, lw.Weight, sum[lw.Line])
				}
				if i > 0 && r.Lines[i-1].Weight < lw.Weight {
					t.Errorf("%s: lines not sorted by weight", f)
				}
			}
			sc, _ := scorerFor(s)
			if want := Probability(sc.Logit(FeatureNames(), v)); math.Abs(want-r.Score) > 1e-12 {
				t.Errorf("%s: score %g, σ(logit) %g", f, r.Score, want)
			}
		}
	}
}

// TestFeatureVector: names and values line up; detector features are the
// capped strength sums.
func TestFeatureVector(t *testing.T) {
	names := FeatureNames()
	src, _ := os.ReadFile("testdata/catalogue/05_encoded_layers.py")
	v, a := Features(src)
	if len(v) != len(names) {
		t.Fatalf("%d values for %d names", len(v), len(names))
	}
	seen := map[string]bool{}
	for i, n := range names {
		if seen[n] {
			t.Fatalf("duplicate feature %s", n)
		}
		seen[n] = true
		if v[i] < 0 || math.IsNaN(v[i]) || strings.HasPrefix(n, "det:") && v[i] > FeatureCap {
			t.Errorf("%s = %g", n, v[i])
		}
	}
	if v[index(names, DetectorFeature("decode-exec"))] != FeatureCap {
		t.Errorf("decode-exec feature %g, want capped at %d (six exec sites)", v[index(names, DetectorFeature("decode-exec"))], FeatureCap)
	}
	if v[index(names, FeatLayers)] < 1 || a.maxDepth < 1 {
		t.Errorf("layers feature %g", v[index(names, FeatLayers)])
	}
}

func index(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// TestNeverBenign: opaque, truncated and limit-hitting inputs are not benign.
func TestNeverBenign(t *testing.T) {
	tests := map[string]string{
		"truncated": "import os\nx = 'unterminated\n" + `y = """never closed`,
		"packer":    "from pytransform import pyarmor_runtime\npyarmor_runtime()\n",
		"marshal":   "import marshal\nmarshal.loads(b'\\xe3\\x00\\x00\\x00\\x00\\x00\\x00\\x00')\n",
		"deep-layers": strings.Repeat("x", 0) + func() string {
			s := "print('fixture')\n"
			for i := 0; i < 8; i++ {
				s = "import base64\nexec(base64.b64decode('" + base64.StdEncoding.EncodeToString([]byte(s)) + "'))\n"
			}
			return s
		}(),
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			r := Analyze([]byte(src))
			if r.Verdict == VerdictBenign {
				t.Errorf("benign; notes %q hits %s", r.Notes, ids(r))
			}
		})
	}
}

// TestBenignStaysBenign: plain scripts get no threat or evidence hits and
// stay below the alert threshold.
func TestBenignStaysBenign(t *testing.T) {
	srcs := []string{
		"import json, sys\n\ndef main():\n    data = json.load(sys.stdin)\n    print(len(data))\n\nif __name__ == '__main__':\n    main()\n",
		"import subprocess\nsubprocess.run(['git', 'status'], check=True)\n",
		"import base64\ncfg = base64.b64decode('eyJhIjogMX0=')\nprint(cfg)\n",
	}
	for _, s := range srcs {
		r := Analyze([]byte(s))
		if r.Score >= alertThreshold() || r.Verdict == VerdictMalicious || r.Verdict == VerdictUnanalysable {
			t.Errorf("%q: verdict %s score %.3f hits %s", s, r.Verdict, r.Score, ids(r))
		}
		for _, h := range r.Hits {
			if k := detect.Registry[detect.ByID(h.Detector)].Kind; k != detect.Capability {
				t.Errorf("%q: %s hit (%s): %s", s, k, h.Detector, h.Message)
			}
		}
	}
}

// TestLimits: the §5 row 21 inputs end within budget and say so.
func TestLimits(t *testing.T) {
	var bomb bytes.Buffer
	w, _ := zlib.NewWriterLevel(&bomb, 9)
	w.Write(make([]byte, 64<<20))
	w.Close()
	layers := "print('fixture')"
	for i := 0; i < 10000 && len(layers) < 4<<20; i++ {
		layers = base64.StdEncoding.EncodeToString([]byte(layers))
	}
	tests := map[string]string{
		"zlib-bomb":   "import zlib, base64\nexec(zlib.decompress(base64.b64decode('" + base64.StdEncoding.EncodeToString(bomb.Bytes()) + "')))\n",
		"nesting":     "x = " + strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000) + "\n",
		"many-layers": "import base64\nexec(base64.b64decode('" + layers + "'))\n",
	}
	if !testing.Short() {
		tests["50MB-line"] = "x = '" + strings.Repeat("A", 50<<20) + "'\n"
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			r := Analyze([]byte(src))
			if !r.LimitsHit {
				t.Errorf("limits not hit; notes %q", r.Notes)
			}
			if r.Verdict == VerdictBenign {
				t.Errorf("verdict benign")
			}
		})
	}
}

// FuzzAnalyze: the classifier is total over arbitrary bytes. Its seeds are
// the malicious seeds, the adversarial catalogue and testdata/regress, inputs
// that once hung or crashed it.
func FuzzAnalyze(f *testing.F) {
	for _, dir := range []string{"testdata/seeds", "testdata/catalogue", "testdata/regress"} {
		files, _ := filepath.Glob(dir + "/*.py")
		for _, p := range files {
			b, _ := os.ReadFile(p)
			f.Add(b)
		}
	}
	f.Add([]byte("exec(''.join(map(chr,[1,2,3"))
	f.Add([]byte("x = ((((((((((("))
	f.Add([]byte{0xff, 0xfe, 0x1b, '[', '2', 'J'})
	f.Fuzz(func(t *testing.T, src []byte) {
		r := Analyze(src)
		if r.Score < 0 || r.Score > 1 || math.IsNaN(r.Score) {
			t.Fatalf("score %v", r.Score)
		}
		for _, h := range r.Hits {
			for _, l := range h.Lines {
				if l < 1 || l > r.LineCount+1 {
					t.Fatalf("hit %s on line %d of %d", h.Detector, l, r.LineCount)
				}
			}
		}
	})
}

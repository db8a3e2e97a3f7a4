package corpus

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"compress/zlib"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net/netip"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, src string
		want      Sample
		err       string
	}{
		{name: "malicious", src: "# label: malicious family=revshell techniques=T1095,T1059.004 lines=2,4-5\na\nb\nc\nd\n",
			want: Sample{Malicious: true, Family: "revshell", Techniques: []string{"T1059.004", "T1095"}, Lines: []int{2, 4, 5}}},
		{name: "benign hard", src: "# label: benign family=ops hard=1\nx\n",
			want: Sample{Family: "ops", Hard: true}},
		{name: "group", src: "# label: benign family=ops group=g1\n", want: Sample{Family: "ops", Group: "g1"}},
		{name: "crlf header", src: "# label: benign family=ops\r\nx\r\n", want: Sample{Family: "ops"}},
		{name: "no header", src: "import os\n", err: "missing"},
		{name: "bad word", src: "# label: evil family=x\n", err: "neither"},
		{name: "bad technique", src: "# label: malicious family=x techniques=T10 lines=1\n", err: "technique"},
		{name: "bad field", src: "# label: benign family=x colour=red\n", err: "unknown field"},
		{name: "not key=value", src: "# label: benign family=x hard\n", err: "key=value"},
		{name: "no family", src: "# label: benign hard=1\n", err: "family"},
		{name: "malicious without lines", src: "# label: malicious family=x techniques=T1095\n", err: "needs"},
		{name: "benign with lines", src: "# label: benign family=x lines=1\n", err: "benign sample"},
		{name: "line past end", src: "# label: malicious family=x techniques=T1095 lines=9\nx\n", err: "beyond"},
		{name: "bad range", src: "# label: malicious family=x techniques=T1095 lines=5-2\n", err: "range"},
	}
	for _, tc := range tests {
		got, err := Parse("t.py", []byte(tc.src))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if tc.want.Group == "" {
			tc.want.Group = "t.py"
		}
		// Code: the same lines, the label's text gone
		code := string(got.Code)
		if strings.Contains(code, "label") || !strings.HasSuffix(tc.src, code) || CountLines(got.Code) != CountLines([]byte(tc.src)) {
			t.Errorf("%s: Code %q of %q keeps the label or loses a line", tc.name, code, tc.src)
		}
		got.Source, got.Code, got.Name = nil, nil, ""
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestCountLines(t *testing.T) {
	tests := []struct {
		src  string
		want int
	}{
		{"", 0}, {"a", 1}, {"a\n", 1}, {"a\nb", 2}, {"a\r\nb\r\n", 2}, {"a\rb\n", 2}, {"\n\n", 2},
	}
	for _, tc := range tests {
		if got := CountLines([]byte(tc.src)); got != tc.want {
			t.Errorf("CountLines(%q) = %d, want %d", tc.src, got, tc.want)
		}
	}
}

// TestCorpusShape checks the sizes the project promises (issue 3).
func TestCorpusShape(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var mal, ben, hard, handMal, oneLine, long, truncated int
	for _, x := range s {
		n := CountLines(x.Source)
		if n > 301 {
			t.Errorf("%s: %d lines, more than 300 plus the label", x.Name, n)
		}
		if n <= 2 {
			oneLine++
		}
		if n >= 100 {
			long++
		}
		if strings.Contains(x.Base(), "truncated") {
			truncated++
		}
		if x.Malicious {
			mal++
			if !strings.HasPrefix(x.Base(), "g") {
				handMal++
			}
		} else {
			ben++
			if x.Hard {
				hard++
			}
		}
	}
	t.Logf("%d malicious (%d hand-written), %d benign (%d hard), %d one-liners, %d ≥100 lines, %d truncated",
		mal, handMal, ben, hard, oneLine, long, truncated)
	switch {
	case handMal < 150:
		t.Errorf("only %d hand-written malicious scripts, want ≥ 150", handMal)
	case ben < 150:
		t.Errorf("only %d benign scripts, want ≥ 150", ben)
	case 3*hard < ben:
		t.Errorf("only %d of %d benign scripts are hard negatives, want ≥ 1/3", hard, ben)
	case 2*(handMal+ben) <= len(s):
		t.Errorf("generated scripts are the majority")
	case oneLine < 10 || long < 5 || truncated < 5:
		t.Errorf("too little variety: %d one-liners, %d long, %d truncated", oneLine, long, truncated)
	}
}

var (
	ipv4     = regexp.MustCompile(`(?:^|[^0-9.])((?:\d{1,3}\.){3}\d{1,3})(?:$|[^0-9.])`)
	urlHost  = regexp.MustCompile(`[a-z][a-z0-9+]*://([^/"' :)\\]+)`)
	awsKey   = regexp.MustCompile(`AKIA[0-9A-Z]{16}`)
	docNets  = []netip.Prefix{netip.MustParsePrefix("192.0.2.0/24"), netip.MustParsePrefix("198.51.100.0/24"), netip.MustParsePrefix("203.0.113.0/24")}
	okHosts  = []string{".example", ".invalid"}
	services = map[string]bool{
		// real services a sample names as a channel, always with fake
		// credentials: the host is not attacker-owned
		"api.telegram.org": true, "discord.com": true, "pastebin.com": true, "api.github.com": true,
		"api.ipify.org": true, "metadata.google.internal": true, "metadata": true, "%s": true,
	}
)

// allowedIP: documentation ranges, the metadata server, and addresses that
// route nowhere public (private, loopback, unspecified).
func allowedIP(a netip.Addr) bool {
	for _, p := range docNets {
		if p.Contains(a) {
			return true
		}
	}
	return a.String() == "169.254.169.254" || a.IsPrivate() || a.IsLoopback() || a.IsUnspecified()
}

// TestDefanged enforces detection.md §6 on every file, and on what its
// encoded literals decode to (base64, optionally zlib/gzip/bzip2-compressed;
// hex; the file text reversed): IP literals only from RFC 5737 (or the
// metadata server, private and loopback addresses); in malicious files,
// every URL host under .example/.invalid, a documentation IP,
// *.googleapis.com, or a named public service used with fake credentials;
// AWS-style keys visibly fake.
func TestDefanged(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range s {
		text := string(x.Source)
		views := append([]string{text, reverse(text)}, decodedViews(text)...)
		for _, v := range views {
			checkDefanged(t, x, v)
		}
	}
}

func checkDefanged(t *testing.T, x Sample, text string) {
	t.Helper()
	for _, m := range ipv4.FindAllStringSubmatch(text, -1) {
		a, err := netip.ParseAddr(m[1])
		if err != nil {
			continue // not an address (e.g. a version string with a part > 255)
		}
		if !allowedIP(a) {
			t.Errorf("%s: IP %s is outside RFC 5737 and private ranges", x.Name, a)
		}
	}
	for _, k := range awsKey.FindAllString(text, -1) {
		if !strings.Contains(k, "FAKE") {
			t.Errorf("%s: AWS-style key %s does not look fake", x.Name, k)
		}
	}
	if !x.Malicious {
		return
	}
	for _, m := range urlHost.FindAllStringSubmatch(text, -1) {
		h := m[1]
		if a, err := netip.ParseAddr(h); err == nil {
			if !allowedIP(a) {
				t.Errorf("%s: URL host %s", x.Name, h)
			}
			continue
		}
		ok := services[h] || strings.HasSuffix(h, ".googleapis.com")
		for _, suf := range okHosts {
			ok = ok || strings.HasSuffix(h, suf)
		}
		if !ok {
			t.Errorf("%s: URL host %s is not under .example/.invalid", x.Name, h)
		}
	}
}

var (
	b64Run = regexp.MustCompile(`[A-Za-z0-9+/]{24,}={0,2}`)
	hexRun = regexp.MustCompile(`[0-9a-fA-F]{40,}`)
)

// decodedViews decodes the base64 and hex runs of a text, and inflates
// what decodes to a compressed stream. Line breaks are removed first so a
// blob folded over several lines decodes whole.
func decodedViews(text string) []string {
	var out []string
	joined := strings.NewReplacer("\r", "", "\n", "").Replace(text)
	for _, run := range b64Run.FindAllString(joined, -1) {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
			b, err := enc.DecodeString(run)
			if err != nil {
				continue
			}
			out = append(out, string(b))
			if r, err := zlib.NewReader(bytes.NewReader(b)); err == nil {
				inflated, _ := io.ReadAll(io.LimitReader(r, 1<<20))
				out = append(out, string(inflated))
			}
			if r, err := gzip.NewReader(bytes.NewReader(b)); err == nil {
				inflated, _ := io.ReadAll(io.LimitReader(r, 1<<20))
				out = append(out, string(inflated))
			}
			inflated, _ := io.ReadAll(io.LimitReader(bzip2.NewReader(bytes.NewReader(b)), 1<<20))
			out = append(out, string(inflated))
			break
		}
	}
	for _, run := range hexRun.FindAllString(text, -1) {
		if b, err := hex.DecodeString(run[:len(run)/2*2]); err == nil {
			out = append(out, string(b))
		}
	}
	return out
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func TestDefangRules(t *testing.T) {
	for _, tc := range []struct {
		ip   string
		want bool
	}{
		{"203.0.113.7", true}, {"198.51.100.1", true}, {"192.0.2.255", true}, {"169.254.169.254", true},
		{"10.0.0.5", true}, {"127.0.0.1", true}, {"0.0.0.0", true},
		{"8.8.8.8", false}, {"203.0.114.1", false}, {"169.254.170.2", false}, {"1.2.3.4", false},
	} {
		if got := allowedIP(netip.MustParseAddr(tc.ip)); got != tc.want {
			t.Errorf("allowedIP(%s) = %v", tc.ip, got)
		}
	}
	if m := ipv4.FindAllStringSubmatch(`s.connect(("8.8.4.4", 53)); v = "1.2.3"`, -1); len(m) != 1 || m[0][1] != "8.8.4.4" {
		t.Errorf("ipv4 regexp found %v", m)
	}
	// the decoded views see through base64, zlib+base64 and hex
	plain := "exec('http://evil.com/x')"
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte(plain))
	zw.Close()
	for _, enc := range []string{base64.StdEncoding.EncodeToString([]byte(plain)), base64.StdEncoding.EncodeToString(z.Bytes()), hex.EncodeToString([]byte(plain))} {
		found := false
		for _, v := range decodedViews("x = '" + enc + "'") {
			found = found || strings.Contains(v, "evil.com")
		}
		if !found {
			t.Errorf("decodedViews misses %q", enc)
		}
	}
	if m := urlHost.FindAllStringSubmatch(`u = "http://evil.com:8080/x"; w = "stratum+tcp://pool.example:3333"`, -1); len(m) != 2 || m[0][1] != "evil.com" {
		t.Errorf("url regexp found %v", m)
	}
}

// FuzzParse: any header either parses into a consistent sample or fails
// with an error naming the file; it never panics.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"# label: malicious family=revshell techniques=T1059.004,T1095 lines=2-3\na\nb\nc\n",
		"# label: benign family=ops hard=1\n",
		"# label: malicious family=x techniques=T1 lines=1-99999999999\n",
		"# label: benign family=a group=\r\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := Parse("f.py", src)
		if err != nil {
			if !strings.Contains(err.Error(), "f.py") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		n := CountLines(src)
		for i, l := range s.Lines {
			if l < 1 || l > n || i > 0 && l <= s.Lines[i-1] {
				t.Fatalf("lines %v not sorted within 1..%d", s.Lines, n)
			}
		}
		if s.Malicious == (len(s.Lines) == 0) {
			t.Fatalf("label/lines mismatch: %+v", s)
		}
	})
}

package samples

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The defanging allow-list (shared/reference/detection.md §6).
//
// IPv4 literals may only be documentation addresses (RFC 5737), the cloud
// metadata server, loopback or the unspecified address:
var allowedNets = []netip.Prefix{
	netip.MustParsePrefix("192.0.2.0/24"),    // TEST-NET-1
	netip.MustParsePrefix("198.51.100.0/24"), // TEST-NET-2
	netip.MustParsePrefix("203.0.113.0/24"),  // TEST-NET-3
	netip.MustParsePrefix("169.254.169.254/32"),
	netip.MustParsePrefix("127.0.0.1/32"),
	netip.MustParsePrefix("0.0.0.0/32"),
}

// A host named in a URL (scheme://host) must end in one of these. Reserved
// names (.example, .invalid) for attackers; googleapis.com and the metadata
// server because the benign scripts and resource names use them;
// cloud.google.com for the documentation and console links findings carry.
// Hosts without a dot (localhost, "%s" format holes) are not domains.
var allowedDomainSuffixes = []string{".example", ".invalid", ".googleapis.com", "metadata.google.internal", "cloud.google.com"}

var (
	ipv4RE = regexp.MustCompile(`(?:^|[^0-9.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?:[^0-9.]|$)`)
	urlRE  = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://([^/\s"'\\?#:@]+)`)
	// quoted base64 of 24+ characters, e.g. an exec(b64decode('…')) layer
	b64RE = regexp.MustCompile(`["']([A-Za-z0-9+/]{24,}={0,2})["']`)
	// implicit concatenation of string literals across lines
	concatRE = regexp.MustCompile(`"\s*\n\s*"`)
)

// undefanged returns the addresses and domains in text outside the
// allow-list, looking into base64 (and base64→zlib) literals too.
func undefanged(text string, depth int) []string {
	var bad []string
	for _, m := range ipv4RE.FindAllStringSubmatch(text, -1) {
		a, err := netip.ParseAddr(m[1])
		if err != nil {
			continue // 999.1.1.1 is no address
		}
		ok := false
		for _, p := range allowedNets {
			ok = ok || p.Contains(a)
		}
		if !ok {
			bad = append(bad, "IPv4 "+m[1])
		}
	}
	for _, m := range urlRE.FindAllStringSubmatch(text, -1) {
		host := strings.ToLower(m[1])
		if !strings.Contains(host, ".") {
			continue
		}
		if _, err := netip.ParseAddr(host); err == nil {
			continue // checked as an address above
		}
		ok := false
		for _, s := range allowedDomainSuffixes {
			ok = ok || strings.HasSuffix(host, s) || host == strings.TrimPrefix(s, ".")
		}
		if !ok {
			bad = append(bad, "domain "+host)
		}
	}
	if depth < 4 {
		for _, layer := range decodedLayers(text) {
			bad = append(bad, undefanged(layer, depth+1)...)
		}
	}
	return bad
}

// decodedLayers decodes quoted base64 literals (joined across implicit
// concatenation), inflating zlib streams.
func decodedLayers(text string) []string {
	var out []string
	for _, m := range b64RE.FindAllStringSubmatch(concatRE.ReplaceAllString(text, ""), -1) {
		raw, err := base64.StdEncoding.DecodeString(m[1])
		if err != nil {
			continue
		}
		if zr, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			if inflated, err := io.ReadAll(io.LimitReader(zr, 1<<20)); err == nil {
				raw = inflated
			}
		}
		out = append(out, string(raw))
	}
	return out
}

// TestUndefangedDetector makes sure the scan itself catches what it should,
// so TestDefanged cannot pass by scanning nothing.
func TestUndefangedDetector(t *testing.T) {
	for _, tc := range []struct {
		text string
		bad  bool
	}{
		{`s.connect(("203.0.113.77", 4444))`, false},
		{`s.connect(("8.8.8.8", 53))`, true},
		{`url = "http://10.0.0.5/x"`, true},
		{`MD = "http://169.254.169.254/computeMetadata/v1/"`, false},
		{`u = "https://storage.googleapis.com/b/o"`, false},
		{`u = "https://pastebin.com/raw/x"`, true},
		{`pool = "stratum+tcp://pool.hashvault-mirror.example:3333"`, false},
		{`pool = "stratum+tcp://xmr.pool.minergate.com:45700"`, true},
		{`exec(b64decode("` + base64.StdEncoding.EncodeToString([]byte(`u="http://evil.com/x"`)) + `"))`, true},
		{`version = "1.2.3"`, false},
		{`base = "https://%s:%s" % (host, port)`, false},
	} {
		if got := len(undefanged(tc.text, 0)) > 0; got != tc.bad {
			t.Errorf("undefanged(%q) found=%v, want %v", tc.text, got, tc.bad)
		}
	}
}

// TestDefanged scans every script, every embedded export (with Pub/Sub
// push data decoded) and the hostile file.
func TestDefanged(t *testing.T) {
	texts := map[string]string{}
	for _, dir := range []string{"scripts", "hostile"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			texts[dir+"/"+e.Name()] = string(b)
		}
	}
	entries, err := FS.ReadDir(Root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, _ := FS.ReadFile(Root + "/" + e.Name())
		texts["data/"+e.Name()] = string(b)
		var push struct{ Message struct{ Data []byte } }
		if json.Unmarshal(b, &push) == nil && len(push.Message.Data) > 0 {
			texts["data/"+e.Name()+" message.data"] = string(push.Message.Data)
		}
	}
	if len(texts) < 30 {
		t.Fatalf("scanned only %d files", len(texts))
	}
	for name, text := range texts {
		// JSON-escaped script contents: unescape quotes and newlines so
		// the literal patterns match as they do in the scripts.
		text = strings.NewReplacer(`\"`, `"`, `\n`, "\n").Replace(text)
		for _, b := range undefanged(text, 0) {
			t.Errorf("%s: %s is outside the defanging allow-list", name, b)
		}
	}
}

// TestLayeredLoader checks the base64→zlib loader really nests: its literal
// decodes to Python with behaviour of its own, which decodes a third layer
// that only prints a constant.
func TestLayeredLoader(t *testing.T) {
	b, err := os.ReadFile("scripts/loader_b64_zlib.py")
	if err != nil {
		t.Fatal(err)
	}
	layers := decodedLayers(string(b))
	if len(layers) != 1 {
		t.Fatalf("found %d base64 layers in the loader, want 1", len(layers))
	}
	second := layers[0]
	for _, want := range []string{"urllib.request", "os.environ", "subprocess", "exec(base64.b64decode("} {
		if !strings.Contains(second, want) {
			t.Errorf("second layer lacks %q:\n%s", want, second)
		}
	}
	third := decodedLayers(second)
	if len(third) != 1 || third[0] != `print("pytriage-sample-stage3")` {
		t.Errorf("third layer = %q, want the constant print", third)
	}
}

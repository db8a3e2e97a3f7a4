package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/hostile_more.jsonl from hostileFindings")

// hostileFile holds findings made by hostileFindings; TestHostileFixture
// keeps it in step (go test ./ui/e2e -run TestHostileFixture -update).
const hostileFile = "testdata/hostile_more.jsonl"

// Terminal attacks, each what someone who controls a finding field could
// try on the analyst's terminal. Defanged: documentation addresses,
// .example names, payloads that print a constant.
var (
	oscTitle0   = "\x1b]0;e2e-title-pwned\x07"                   // OSC 0: set icon name and title (BEL)
	oscTitle2   = "\x1b]2;e2e-title-pwned\x1b\\"                 // OSC 2: set title (ST)
	oscClip     = "\x1b]52;c;" + b64("echo e2e-clipboard-pwned") // OSC 52: clipboard write
	oscClipEnd  = "\x07"                                         //
	dcs         = "\x1bP$qm\x1b\\"                               // DCS DECRQSS: asks the terminal to answer
	apc         = "\x1b_Gf=100,a=T;e2e-apc\x1b\\"                // APC: kitty graphics
	clear       = "\x1b[2J\x1b[H\x1b[3J"                         // erase screen and scrollback, home
	ris         = "\x1bc"                                        // full reset
	cursor      = "\x1b[5A\x1b[20C\x1b[1K\x1b[10;10H"            // cursor up, right, erase, absolute move
	hide        = "\x1b[8m\x1b[30;40m"                           // conceal, black on black
	c1          = "\u009b2J\u009d0;e2e-c1-title\u009c"           // 8-bit CSI, OSC, ST
	loneCR      = "EVIL\rGOOD"                                   // CR back to column 0
	bidi        = "\u202eevil\u202c\u2066iso\u2069"              // RLO … PDF, LRI … PDI
	zw          = "zero\u200bwidth\ufeff"                        // ZWSP, BOM
	unterminate = "\x1b]0;e2e-never-terminated"                  // unterminated OSC: would swallow what follows
)

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// payloadSets are the three findings' mixes; the last ends every field
// with an unterminated OSC, the worst case for what comes after it.
var payloadSets = []struct{ tag, s string }{
	{"title-clipboard", oscTitle0 + "T" + oscTitle2 + oscClip + oscClipEnd + hide + "hidden"},
	{"dcs-apc-clear", dcs + apc + clear + ris + cursor + c1},
	{"cr-bidi-open", loneCR + bidi + zw + unterminate},
}

// hostileScript is Python text that carries the same attacks in comments
// and strings, one per line, so the Script pane shows each on its line.
func hostileScript(tag, p string) string {
	return "# e2e hostile script " + tag + "\n" +
		"import os, socket\n" +
		"title = \"" + oscTitle0 + oscTitle2 + "\"\n" +
		"clip = \"" + oscClip + oscClipEnd + "\"\n" +
		"dcs = \"" + dcs + apc + "\"  # " + clear + "\n" +
		"print(\"" + loneCR + "\")\r# CR hides the line before\n" +
		"s = \"" + bidi + "\"  " + cursor + "\n" +
		"u = \"" + c1 + zw + "\"\n" +
		"c = socket.create_connection((\"203.0.113.7\", 4444))\n" +
		"print(\"e2e-hostile\")  # " + p + "\n" +
		"# " + unterminate + "\n"
}

// hostileFindings builds {finding, resource} records in which every free
// string (names, paths, args, env, labels, URIs, keys of properties)
// carries a payload set; times, enums and numbers stay valid so the
// records load.
func hostileFindings() []map[string]any {
	var out []map[string]any
	for i, ps := range payloadSets {
		p := ps.s
		id := fmt.Sprintf("e2ehostile%d", i+1)
		script := hostileScript(ps.tag, p)
		sum := sha256.Sum256([]byte(script))
		size := strconv.Itoa(len(script))
		proj := "acme-e2e-prod"
		cluster := "//container.googleapis.com/projects/" + proj + "/locations/us-central1/clusters/e2e-gke"
		f := map[string]any{
			"name":              "organizations/123456789012/sources/456/findings/" + id + p,
			"parent":            "organizations/123456789012/sources/456" + p,
			"resourceName":      cluster + p,
			"state":             "ACTIVE",
			"category":          "Execution: Malicious Python executed" + p,
			"severity":          "CRITICAL",
			"findingClass":      "THREAT",
			"mute":              "UNMUTED",
			"eventTime":         fmt.Sprintf("2026-11-20T1%d:00:00Z", i),
			"createTime":        fmt.Sprintf("2026-11-20T1%d:00:30Z", i),
			"externalUri":       "https://console.cloud.google.com/" + p,
			"description":       "e2e hostile finding " + ps.tag + p,
			"parentDisplayName": "Container Threat Detection" + p,
			"sourceProperties":  map[string]any{"note" + p: "VERDICT: BENIGN" + p},
			"indicator": map[string]any{
				"ipAddresses": []string{"203.0.113.7" + p},
				"domains":     []string{"c2.e2e.example" + p},
				"uris":        []string{"http://203.0.113.7/x" + p},
			},
			"mitreAttack": map[string]any{
				"primaryTactic":     "EXECUTION",
				"primaryTechniques": []string{"COMMAND_AND_SCRIPTING_INTERPRETER", "PYTHON"},
				"version":           "15.1" + p,
			},
			"processes": []any{map[string]any{
				"name": "python3" + p,
				"binary": map[string]any{
					"path": "/usr/bin/python3" + p, "size": "6831704",
					"sha256": "92eb33e7e179c4676fd3efcbd985acb91c15e56d75aa3045750ef0bf9cf3909b", "hashedSize": "6831704",
				},
				"script": map[string]any{
					"path": "/tmp/.e2e" + p + ".py", "size": size, "hashedSize": size,
					"sha256": hex.EncodeToString(sum[:]), "contents": script,
				},
				"args":         []string{"python3", "/tmp/.e2e" + p + ".py", "--flag=" + p},
				"envVariables": []any{map[string]any{"name": "E2E" + p, "val": "value" + p}},
				"pid":          strconv.Itoa(4000 + i), "parentPid": "1",
			}},
			"containers": []any{map[string]any{
				"name": "app" + p, "uri": "us-docker.pkg.dev/" + proj + "/app/e2e:1" + p,
				"imageId": "sha256:3c1f7b0a8c2e4d5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f" + p,
				"labels":  []any{map[string]any{"name": "app" + p, "value": "e2e" + p}},
			}},
			"kubernetes": map[string]any{
				"pods": []any{map[string]any{"ns": "default" + p, "name": "e2e-pod-7d9f" + p}},
			},
		}
		r := map[string]any{
			"name":               cluster + p,
			"displayName":        "e2e-gke" + p,
			"type":               "google.container.Cluster",
			"projectName":        "//cloudresourcemanager.googleapis.com/projects/987654321",
			"projectDisplayName": proj + p,
			"parentName":         "//cloudresourcemanager.googleapis.com/projects/987654321",
			"parentDisplayName":  proj + p,
		}
		out = append(out, map[string]any{"finding": f, "resource": r})
	}
	return out
}

// hostileJSONL renders hostileFindings as JSON Lines.
func hostileJSONL() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, rec := range hostileFindings() {
		if err := enc.Encode(rec); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

// TestHostileFixture keeps testdata/hostile_more.jsonl equal to what
// hostileFindings makes, and checks the file really carries raw escape
// bytes after JSON decoding (so the terminal tests are not vacuous).
func TestHostileFixture(t *testing.T) {
	want, err := hostileJSONL()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(hostileFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(filepath.FromSlash(hostileFile))
	if err != nil {
		t.Fatalf("%v (run go test ./ui/e2e -run TestHostileFixture -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go test ./ui/e2e -run TestHostileFixture -update", hostileFile)
	}
	dec := json.NewDecoder(bytes.NewReader(got))
	n := 0
	for dec.More() {
		var rec struct {
			Finding struct {
				Category  string
				Processes []struct{ Script struct{ Contents string } }
			}
		}
		if err := dec.Decode(&rec); err != nil {
			t.Fatalf("record %d: %v", n, err)
		}
		for _, s := range []string{rec.Finding.Category, rec.Finding.Processes[0].Script.Contents} {
			if !bytes.ContainsRune([]byte(s), 0x1b) {
				t.Errorf("record %d: a field lost its ESC bytes: %q", n, s)
			}
		}
		n++
	}
	if n != len(payloadSets) {
		t.Errorf("%d records, want %d", n, len(payloadSets))
	}
}

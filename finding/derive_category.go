package finding

import "strings"

// tacticPrefixes are the "Tactic: " prefixes SCC puts before a detector's
// name (scc-findings.md §8).
var tacticPrefixes = []string{
	"execution: ", "defense evasion: ", "command and control: ", "credential access: ",
	"collection: ", "exfiltration: ", "persistence: ", "impact: ", "privilege escalation: ",
	"discovery: ", "initial access: ", "lateral movement: ", "resource development: ",
	"reconnaissance: ",
}

// ShortCategory shortens a category for list rows: the tactic prefix goes
// ("Execution: Malicious Python executed" → "Malicious Python executed").
// Categories without a known prefix are returned unchanged.
func ShortCategory(cat string) string {
	lower := strings.ToLower(cat)
	for _, p := range tacticPrefixes {
		if strings.HasPrefix(lower, p) {
			return strings.TrimSpace(cat[len(p):])
		}
	}
	return cat
}

// SeverityRank orders severities for sorting: CRITICAL 4, HIGH 3, MEDIUM
// 2, LOW 1, anything else (unspecified, unknown) 0.
func SeverityRank(s string) int {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "CRITICAL":
		return 4
	case "HIGH":
		return 3
	case "MEDIUM":
		return 2
	case "LOW":
		return 1
	}
	return 0
}

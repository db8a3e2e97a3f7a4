package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/detect"
)

// checkSARIF validates a log against the parts of the SARIF 2.1.0 schema
// (sarif-schema-2.1.0.json) that consumers rely on: the required
// properties and their types, the level enum, 1-based regions, ruleIndex
// pointing at the rule with the same id, and no unknown top-level keys.
// It is a hand-written subset, not a JSON-Schema engine: no network.
func checkSARIF(doc []byte) error {
	var log map[string]any
	if err := json.Unmarshal(doc, &log); err != nil {
		return err
	}
	for k := range log {
		switch k {
		case "$schema", "version", "runs", "inlineExternalProperties", "properties":
		default:
			return fmt.Errorf("sarifLog: unknown property %q", k)
		}
	}
	if log["version"] != "2.1.0" {
		return fmt.Errorf("version %v, want 2.1.0", log["version"])
	}
	runs, ok := log["runs"].([]any)
	if !ok {
		return fmt.Errorf("runs: not an array")
	}
	for ri, r := range runs {
		run, ok := r.(map[string]any)
		if !ok {
			return fmt.Errorf("runs[%d]: not an object", ri)
		}
		driver, ok := dig(run, "tool", "driver").(map[string]any)
		if !ok {
			return fmt.Errorf("runs[%d].tool.driver missing", ri)
		}
		if s, ok := driver["name"].(string); !ok || s == "" {
			return fmt.Errorf("runs[%d].tool.driver.name missing", ri)
		}
		var ruleIDs []string
		if rules, ok := driver["rules"]; ok {
			arr, ok := rules.([]any)
			if !ok {
				return fmt.Errorf("rules: not an array")
			}
			seen := map[string]bool{}
			for i, x := range arr {
				rule, _ := x.(map[string]any)
				id, ok := rule["id"].(string)
				if !ok || id == "" {
					return fmt.Errorf("rules[%d].id missing", i)
				}
				if seen[id] {
					return fmt.Errorf("rules[%d].id %q duplicated", i, id)
				}
				seen[id] = true
				ruleIDs = append(ruleIDs, id)
				if lvl, ok := dig(rule, "defaultConfiguration", "level").(string); ok && !validLevel(lvl) {
					return fmt.Errorf("rules[%d] level %q", i, lvl)
				}
				if _, ok := dig(rule, "shortDescription", "text").(string); !ok {
					return fmt.Errorf("rules[%d].shortDescription.text missing", i)
				}
			}
		}
		results, ok := run["results"].([]any)
		if !ok {
			return fmt.Errorf("runs[%d].results: not an array", ri)
		}
		for i, x := range results {
			res, _ := x.(map[string]any)
			text, ok1 := dig(res, "message", "text").(string)
			_, ok2 := dig(res, "message", "id").(string)
			if !ok1 && !ok2 || ok1 && text == "" {
				return fmt.Errorf("results[%d].message needs text or id", i)
			}
			if lvl, ok := res["level"].(string); ok && !validLevel(lvl) {
				return fmt.Errorf("results[%d].level %q", i, lvl)
			}
			id, _ := res["ruleId"].(string)
			if idx, ok := res["ruleIndex"].(float64); ok {
				if int(idx) < 0 || int(idx) >= len(ruleIDs) || ruleIDs[int(idx)] != id {
					return fmt.Errorf("results[%d].ruleIndex %v does not name rule %q", i, idx, id)
				}
			}
			locs, _ := res["locations"].([]any)
			for j, l := range locs {
				pl, ok := dig(l, "physicalLocation").(map[string]any)
				if !ok {
					return fmt.Errorf("results[%d].locations[%d].physicalLocation missing", i, j)
				}
				if uri, ok := dig(pl, "artifactLocation", "uri").(string); !ok || uri == "" || strings.ContainsAny(uri, " \x1b") {
					return fmt.Errorf("results[%d].locations[%d] uri %q", i, j, uri)
				}
				if reg, ok := pl["region"].(map[string]any); ok {
					sl, ok := reg["startLine"].(float64)
					if !ok || sl < 1 || sl != float64(int(sl)) {
						return fmt.Errorf("results[%d] region startLine %v", i, reg["startLine"])
					}
					if el, ok := reg["endLine"].(float64); ok && el < sl {
						return fmt.Errorf("results[%d] region endLine %v < startLine %v", i, el, sl)
					}
				}
			}
		}
	}
	return nil
}

func validLevel(s string) bool {
	return s == "none" || s == "note" || s == "warning" || s == "error"
}

func dig(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

func TestScanSARIF(t *testing.T) {
	withFakeAnalyzer(t)
	code, out, errs := run(t, "", "scan", "--format", "sarif", "testdata/scan", "testdata/good.jsonl")
	if code != 1 || errs != "" {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	if err := checkSARIF([]byte(out)); err != nil {
		t.Fatalf("invalid SARIF: %v\n%s", err, out)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != 1+len(detect.Registry) || rules[0].ID != scoreRuleID {
		t.Fatalf("want the score rule and one rule per detector, got %d rules", len(rules))
	}
	var shellRule *sarifRule
	for i := range rules {
		if rules[i].ID == "reverse-shell" {
			shellRule = &rules[i]
		}
	}
	if shellRule == nil || len(shellRule.Properties["mitre-attack"].([]any)) == 0 {
		t.Fatalf("reverse-shell rule without ATT&CK ids: %+v", shellRule)
	}
	var shell *sarifResult
	for i := range log.Runs[0].Results {
		if log.Runs[0].Results[i].RuleID == "reverse-shell" {
			shell = &log.Runs[0].Results[i]
		}
	}
	if shell == nil || shell.Level != "error" || len(shell.Locations) != 1 {
		t.Fatalf("reverse-shell result %+v", shell)
	}
	reg := shell.Locations[0].PhysicalLocation.Region
	if reg == nil || reg.StartLine != 2 || reg.EndLine != 3 || shell.Locations[0].PhysicalLocation.ArtifactLocation.URI != "testdata/scan/sub/evil.py" {
		t.Errorf("location %+v", shell.Locations[0])
	}
}

// The checker itself must reject what the schema rejects.
func TestCheckSARIFRejects(t *testing.T) {
	base := `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"r","shortDescription":{"text":"t"}}]}},"results":[%s]}]}`
	good := `{"ruleId":"r","ruleIndex":0,"level":"error","message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.py"},"region":{"startLine":1}}}]}`
	if err := checkSARIF([]byte(fmt.Sprintf(base, good))); err != nil {
		t.Fatalf("good log rejected: %v", err)
	}
	bad := map[string]string{
		"version":    `{"version":"2.0.0","runs":[]}`,
		"no runs":    `{"version":"2.1.0"}`,
		"no driver":  `{"version":"2.1.0","runs":[{"tool":{},"results":[]}]}`,
		"level":      fmt.Sprintf(base, strings.Replace(good, `"error"`, `"fatal"`, 1)),
		"message":    fmt.Sprintf(base, strings.Replace(good, `{"text":"m"}`, `{}`, 1)),
		"line zero":  fmt.Sprintf(base, strings.Replace(good, `"startLine":1`, `"startLine":0`, 1)),
		"rule index": fmt.Sprintf(base, strings.Replace(good, `"ruleIndex":0`, `"ruleIndex":3`, 1)),
		"extra key":  `{"version":"2.1.0","runs":[],"bogus":1}`,
	}
	for name, doc := range bad {
		if checkSARIF([]byte(doc)) == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

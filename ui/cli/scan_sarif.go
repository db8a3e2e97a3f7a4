package cli

import (
	"bufio"
	"net/url"
	"path/filepath"
	"sort"

	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/model/detect"
)

// SARIF 2.1.0 output (OASIS), the subset code-scanning tools read: one
// run, a rule per registered detector (ATT&CK ids in its properties) plus
// the rule for the script-level score, and a result per hit with the line
// regions it covers.

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	scoreRuleID  = "pytriage-score"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      *sarifText     `json:"fullDescription,omitempty"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  int             `json:"ruleIndex"`
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties map[string]any  `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
	EndLine   int `json:"endLine,omitempty"`
}

func sarifLevel(s model.Severity) string {
	switch s {
	case model.SeverityCritical, model.SeverityHigh:
		return "error"
	case model.SeverityMedium:
		return "warning"
	}
	return "note"
}

// sarifURI turns a path or finding name into a relative URI reference.
func sarifURI(source string) string {
	return (&url.URL{Path: filepath.ToSlash(source)}).String()
}

func buildSARIF(items []*scanItem, scorer *model.Scorer, threshold float64) sarifLog {
	rules := []sarifRule{{
		ID: scoreRuleID, Name: "MaliciousPythonScore",
		ShortDescription:     sarifText{"Calibrated probability that the script is malicious (pytriage model " + scorer.Version + ")"},
		DefaultConfiguration: sarifConfig{Level: "error"},
		Properties:           map[string]any{"threshold": threshold, "tags": []string{"security"}},
	}}
	index := map[string]int{scoreRuleID: 0}
	addRule := func(id, title, describe string, sev model.Severity, techniques []string) {
		if _, dup := index[id]; dup {
			return
		}
		if title == "" {
			title = id
		}
		index[id] = len(rules)
		r := sarifRule{
			ID: id, Name: title, ShortDescription: sarifText{title},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(sev)},
			Properties: map[string]any{
				"mitre-attack": nonNil(techniques),
				"severity":     string(sev),
				"tags":         append([]string{"security"}, techniques...),
			},
		}
		if describe != "" {
			r.FullDescription = &sarifText{describe}
		}
		rules = append(rules, r)
	}
	// a rule per registered detector, in registry order, then any detector
	// a report names that the registry does not (defensive)
	for _, d := range detect.Registry {
		addRule(d.ID, d.Title, d.Describe, model.Severity(d.Severity), d.Techniques)
	}
	for _, it := range items {
		if it.report == nil {
			continue
		}
		for _, h := range it.report.Hits {
			addRule(h.Detector, h.Title, "", h.Severity, h.Techniques)
		}
	}
	results := []sarifResult{}
	for _, it := range items {
		r := it.report
		if r == nil {
			continue
		}
		uri := sarifURI(it.source)
		if r.Score >= scorer.TLow || r.Score >= threshold {
			level := "warning"
			if r.Score >= threshold {
				level = "error"
			}
			results = append(results, sarifResult{
				RuleID: scoreRuleID, RuleIndex: 0, Level: level,
				Message:    sarifText{sprintf("%s: score %.3f", r.Verdict, r.Score)},
				Locations:  []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}}}},
				Properties: map[string]any{"score": r.Score, "verdict": string(r.Verdict), "modelVersion": r.ModelVersion},
			})
		}
		for _, h := range r.Hits {
			res := sarifResult{
				RuleID: h.Detector, RuleIndex: index[h.Detector], Level: sarifLevel(h.Severity),
				Message:    sarifText{h.Message},
				Properties: map[string]any{"weight": h.Weight, "techniques": nonNil(h.Techniques), "layer": h.Layer},
			}
			if res.Message.Text == "" {
				res.Message.Text = h.Detector
			}
			for _, run := range lineRuns(h.Lines) {
				res.Locations = append(res.Locations, sarifLocation{PhysicalLocation: sarifPhysical{
					ArtifactLocation: sarifArtifact{URI: uri}, Region: &sarifRegion{StartLine: run[0], EndLine: run[1]}}})
			}
			if len(res.Locations) == 0 {
				res.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}}}}
			}
			results = append(results, res)
		}
	}
	return sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{{
		Tool: sarifTool{Driver: sarifDriver{Name: "pytriage", Version: scorer.Version,
			InformationURI: "https://github.com/pytriage/pytriage", Rules: rules}},
		Results: results,
	}}}
}

// lineRuns groups sorted-or-not line numbers into [start, end] runs of
// consecutive lines; lines below 1 are dropped.
func lineRuns(ls []int) [][2]int {
	s := make([]int, 0, len(ls))
	for _, l := range ls {
		if l >= 1 {
			s = append(s, l)
		}
	}
	sort.Ints(s)
	var out [][2]int
	for _, l := range s {
		if n := len(out); n > 0 && (l == out[n-1][1] || l == out[n-1][1]+1) {
			out[n-1][1] = l
			continue
		}
		out = append(out, [2]int{l, l})
	}
	return out
}

func writeScanSARIF(w *bufio.Writer, items []*scanItem, scorer *model.Scorer, threshold float64) error {
	b, err := marshalASCII(buildSARIF(items, scorer, threshold))
	if err != nil {
		return err
	}
	w.Write(b)
	return w.WriteByte('\n')
}

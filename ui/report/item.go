package report

import "time"

// Item is everything a report says about one finding. Strings are raw:
// attacker-controlled text is escaped by the writers, never here. The json
// tags are the JSON report's schema (see SchemaVersion): fields are only
// added, never renamed; arrays and optional objects are omitted when empty.
type Item struct {
	Name      string    `json:"name"` // full finding name
	Category  string    `json:"category"`
	Severity  string    `json:"severity"`
	State     string    `json:"state"`
	EventTime time.Time `json:"event_time,omitzero"`
	Console   string    `json:"console_url,omitempty"` // the finding's externalUri
	Source    string    `json:"source,omitempty"`      // where it was loaded from

	Resource   Resource    `json:"resource"`
	Script     *Script     `json:"script,omitempty"` // nil: the finding carries no code
	Mitre      []Technique `json:"mitre,omitempty"`
	Classifier *Classifier `json:"classifier,omitempty"` // nil: not classified (no Python code)

	// Verdict is the analyst's current verdict (the latest decision), ""
	// when the finding was never decided.
	Verdict   string     `json:"verdict"`
	Decisions []Decision `json:"decisions,omitempty"` // oldest first
	Related   []Related  `json:"related,omitempty"`   // by event time
	NextSteps []NextStep `json:"next_steps,omitempty"`
}

// Resource is where the finding happened.
type Resource struct {
	Name      string `json:"name"`            // full resource name
	Short     string `json:"short,omitempty"` // service/revision, cluster/pod, …
	Type      string `json:"type,omitempty"`
	Project   string `json:"project,omitempty"`
	Location  string `json:"location,omitempty"`
	Cluster   string `json:"cluster,omitempty"`
	Namespace string `json:"namespace,omitempty"`
	Pod       string `json:"pod,omitempty"`
	Service   string `json:"service,omitempty"`
	Revision  string `json:"revision,omitempty"`
	Job       string `json:"job,omitempty"`
	Container string `json:"container,omitempty"`
	Image     string `json:"image,omitempty"`        // container image URI
	Digest    string `json:"image_digest,omitempty"` // container image id
}

// Script is the code the finding is about and how far it can be trusted.
type Script struct {
	Path        string   `json:"path,omitempty"` // empty for a literal
	Literal     bool     `json:"literal"`        // code given with -c
	Interpreter string   `json:"interpreter,omitempty"`
	Language    string   `json:"language,omitempty"`
	Args        []string `json:"args,omitempty"` // decoded argv of the process
	Size        int64    `json:"size"`
	SHA256      string   `json:"sha256,omitempty"`
	// Integrity is the state of the contents against the sha256 ("verified",
	// "mismatch", …), IntegrityDetail one sentence explaining it.
	Integrity       string `json:"integrity"`
	IntegrityDetail string `json:"integrity_detail"`
	VirusTotal      string `json:"virustotal_url,omitempty"`
}

// Technique is one MITRE ATT&CK tactic or technique of the finding.
type Technique struct {
	Name    string `json:"name"`         // SCC enum name as in the finding
	ID      string `json:"id,omitempty"` // empty when the name is unknown
	URL     string `json:"url,omitempty"`
	Tactic  bool   `json:"tactic"`
	Primary bool   `json:"primary"`
}

// Classifier is the local classifier's evidence. It is evidence for the
// analyst, never a verdict on the finding.
type Classifier struct {
	Score        float64  `json:"score"` // calibrated probability of malice, 0..1
	Verdict      string   `json:"verdict"`
	ModelVersion string   `json:"model_version,omitempty"`
	Hits         []Hit    `json:"hits,omitempty"`
	Flagged      []Line   `json:"flagged_lines,omitempty"` // the lines hits point at, quoted
	Layers       []Layer  `json:"layers,omitempty"`
	Notes        []string `json:"notes,omitempty"`
	Truncated    bool     `json:"truncated"`
	LimitsHit    bool     `json:"limits_hit"`
}

// Hit is one detector firing.
type Hit struct {
	Detector   string   `json:"detector"`
	Title      string   `json:"title,omitempty"`
	Techniques []string `json:"techniques,omitempty"`
	Severity   string   `json:"severity"`
	Lines      []int    `json:"lines,omitempty"`
	Message    string   `json:"message"`
	Layer      int      `json:"layer"` // 0 = the script as written
}

// Line is one line of the script, quoted: N is 1-based by CPython's rules.
type Line struct {
	N    int    `json:"n"`
	Text string `json:"text"`
}

// Layer is a statically decoded blob.
type Layer struct {
	Line     int      `json:"line"`
	Depth    int      `json:"depth"`
	Encoding []string `json:"encoding"`
	Python   bool     `json:"python"`
	Text     string   `json:"text"` // capped; Truncated marks the cut
	Cut      bool     `json:"truncated"`
}

// Decision is one row of the verdict history.
type Decision struct {
	Time         time.Time `json:"time"`
	Analyst      string    `json:"analyst"`
	Verdict      string    `json:"verdict"`
	Note         string    `json:"note,omitempty"`
	Score        *float64  `json:"score,omitempty"` // classifier score at decision time
	ModelVersion string    `json:"model_version,omitempty"`
	Undo         bool      `json:"undo,omitempty"` // the row undoes an earlier one
}

// Related is a finding on the same container (or resource) near in time.
type Related struct {
	Time     time.Time `json:"time,omitzero"`
	Category string    `json:"category"`
	Severity string    `json:"severity,omitempty"`
	Name     string    `json:"name"`
	Verdict  string    `json:"verdict,omitempty"` // filled by callers that know it
}

// NextStep is one thing to do next, with its command when it could be
// built safely; Withheld says why not otherwise.
type NextStep struct {
	Title    string `json:"title"`
	Command  string `json:"command,omitempty"`
	Withheld string `json:"withheld,omitempty"`
}

// Meta describes the report as a whole.
type Meta struct {
	Generated time.Time `json:"generated"`
	Analyst   string    `json:"analyst,omitempty"`
	Version   string    `json:"pytriage_version,omitempty"`
	Store     string    `json:"store,omitempty"`  // triage database path
	Filter    string    `json:"filter,omitempty"` // the selection, in words
}

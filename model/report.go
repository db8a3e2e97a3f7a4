package model

// Verdict is the classifier's conclusion about one script.
type Verdict string

// Verdicts, from worst to best. Unanalysable (packed, truncated past
// parsing, or limits hit) is never treated as benign.
const (
	VerdictMalicious    Verdict = "malicious"
	VerdictSuspicious   Verdict = "suspicious"
	VerdictUnanalysable Verdict = "unanalysable"
	VerdictBenign       Verdict = "benign"
)

// Severity of a detector hit.
type Severity string

// Severities, lowest to highest.
const (
	SeverityInfo     Severity = "info"
	SeverityLow      Severity = "low"
	SeverityMedium   Severity = "medium"
	SeverityHigh     Severity = "high"
	SeverityCritical Severity = "critical"
)

// Report is the classifier's answer for one script.
type Report struct {
	Score        float64 // calibrated probability of malice, 0..1
	Verdict      Verdict
	Hits         []Hit
	Lines        []LineWeight // sorted by weight, highest first
	Layers       []Layer      // statically decoded layers, outermost first
	Truncated    bool         // input ended inside a string or bracket
	LimitsHit    bool         // a size, depth or time cap triggered
	Notes        []string     // e.g. "encoding cookie utf-7 decoded for analysis"
	LineCount    int          // lines by CPython's rules
	ModelVersion string
}

// Hit is one detector firing. Lines are 1-based line numbers in the
// original text; for hits found inside a decoded layer they are the lines of
// the literal that holds the blob.
type Hit struct {
	Detector   string   // registry id, e.g. "reverse-shell"
	Title      string   // short human title
	Techniques []string // ATT&CK ids, e.g. "T1059.006"
	Severity   Severity
	Lines      []int
	Weight     float64 // additive contribution to the score's logit
	Message    string  // the reason, citing the evidence
	Layer      int     // 0 = original text, n = n-th decoded layer
}

// LineWeight is the sum of the weights of the hits covering a line.
type LineWeight struct {
	Line      int
	Weight    float64
	Detectors []string
}

// Layer is a decoded blob: where it sits in the original text, how it was
// decoded, and the decoded text (capped).
type Layer struct {
	Line     int      // 1-based line of the literal in the original text
	Depth    int      // 1 = decoded from the original text
	Encoding []string // e.g. ["base64", "zlib"]
	Text     string
	Python   bool // the decoded text parses as Python and was analysed
}

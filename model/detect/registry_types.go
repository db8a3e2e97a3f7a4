package detect

import (
	"sort"

	"github.com/pytriage/pytriage/model/flow"
	"github.com/pytriage/pytriage/model/pytoken"
)

// Kind says how a detector's hits count, after GuardDog v3.
type Kind string

// Kinds of detectors.
const (
	// Capability: a primitive (spawn a process, exec, open a socket). Alone
	// it is not malice; it weighs little.
	Capability Kind = "capability"
	// Threat: a specific malicious behaviour or a capability paired with a
	// threat (decoded text executed, token sent to a foreign host).
	Threat Kind = "threat"
	// Evidence: a property of the text (obfuscation, display tricks,
	// opaque code) that raises suspicion or hides behaviour.
	Evidence Kind = "evidence"
)

// Severity mirrors model.Severity (detect cannot import model: model
// imports detect); the values are the same strings.
type Severity string

// Severities, lowest to highest.
const (
	Info     Severity = "info"
	Low      Severity = "low"
	Medium   Severity = "medium"
	High     Severity = "high"
	Critical Severity = "critical"
)

// Detector is one registered behaviour unit.
type Detector struct {
	ID         string
	Title      string
	Techniques []string // MITRE ATT&CK ids its findings may show (each finding shows its own: Finding.TechniquesOf)
	Severity   Severity
	Kind       Kind
	Describe   string // what it looks for
	// Opaque: a hit means code the classifier cannot read (packer,
	// marshal/pickle); the script is never benign.
	Opaque bool
	Run    func(*Context) []Finding
}

// Finding is one firing of a detector: the lines that carry it (1-based,
// in the analysed text) and the reason citing the evidence.
type Finding struct {
	Lines    []int
	Message  string
	Strength float64 // 0 is read as 1; scales the hit's weight
	// Techniques narrows the detector's techniques to those this finding
	// shows (cron → T1053.003); empty means the detector's list, unless
	// NoTechnique is set.
	Techniques []string
	// NoTechnique: the finding shows no ATT&CK technique by itself (a
	// list-form subprocess of a program that is no shell is a capability,
	// not T1059.004). See the corpus README's technique rules.
	NoTechnique bool
}

// TechniquesOf are the ATT&CK ids finding f of detector d shows.
func (f Finding) TechniquesOf(d *Detector) []string {
	switch {
	case f.NoTechnique:
		return nil
	case len(f.Techniques) > 0:
		return f.Techniques
	}
	return d.Techniques
}

// Context is what detectors see: the tokens, statements, resolved names,
// folded constants and string literals of one script (or decoded layer).
type Context struct {
	P     *flow.Program
	Res   *pytoken.Result
	Layer int // 0 = original text

	common  [len(commonNames)][]int // per commonNames: the indexes of that Name (see names)
	nameIdx map[string][]int        // the other names asked for, cached by names
	scanned bool                    // common and scan are filled (see scanNames)
	scan    nameScan

	procCalls, execCallsList []*flow.Call // see processCalls, execCalls
	procDone, execDone       bool
	litHits                  []litHit    // literals holding a family needle (see famStrs)
	callFacts                []callFact  // per P.Calls (see facts)
	factsDone                bool        // callFacts, funcNames and methNames are filled
	funcNames, methNames     nameFilter  // the Funcs and methods of P.Calls (see calls, callsNamed)
	slash                    []uint8     // per P.Strings: literal facts (see slashStrs)
	litDone                  bool        // litHits and slash are filled (see scanLiterals)
	docRead                  int8        // 0 not yet known, 1 the script never names __doc__, 2 it does
	out                      [][]Finding // what Run returns (see Release)
}

// Run runs every registered detector over c and returns the findings per
// detector index in Registry (nil where a detector did not fire). The
// outer slice belongs to c: it is valid until c.Release; the findings in
// it are the caller's.
func Run(c *Context) [][]Finding {
	if cap(c.out) < len(Registry) {
		c.out = make([][]Finding, len(Registry))
	}
	out := c.out[:len(Registry)]
	for i := range Registry {
		out[i] = Registry[i].Run(c)
	}
	return out
}

// ByID returns the index of a detector in Registry, or -1.
func ByID(id string) int {
	for i := range Registry {
		if Registry[i].ID == id {
			return i
		}
	}
	return -1
}

// lineSet collects lines, sorted and unique.
type lineSet map[int]bool

func (s lineSet) add(lines ...int) {
	for _, l := range lines {
		if l > 0 {
			s[l] = true
		}
	}
}

func (s lineSet) sorted() []int {
	out := make([]int, 0, len(s))
	for l := range s {
		out = append(out, l)
	}
	sort.Ints(out)
	return out
}

// maxSpanLines caps the lines one piece of evidence marks: a 300-line
// dict literal marks its first line only.
const maxSpanLines = 12

func spanLines(from, to int) []int {
	if to < from || to-from >= maxSpanLines {
		return []int{from}
	}
	out := make([]int, 0, to-from+1)
	for l := from; l <= to; l++ {
		out = append(out, l)
	}
	return out
}

// commonNames are indexed in one pass on first use (an array: Context
// keeps their lists in an array, not a map it would build per script).
var commonNames = [...]string{"__code__", "PROT_EXEC", "PAGE_EXECUTE_READWRITE", "environ", "__doc__", "chr", "lambda", "__builtins__", "globals", "builtins"}

// commonIndex is the index of each name in commonNames.
var commonIndex = func() map[string]int {
	m := map[string]int{}
	for i, n := range commonNames {
		m[n] = i
	}
	return m
}()

// names returns the indexes of the Name tokens spelled n (NFKC form).
// Detectors ask for a handful of names, so each is found by one scan and
// cached, cheaper than indexing every identifier.
func (c *Context) names(n string) []int {
	c.scanNames() // one pass for the names detectors always ask about
	if k, ok := commonIndex[n]; ok {
		return c.common[k]
	}
	if idx, ok := c.nameIdx[n]; ok {
		return idx
	}
	var idx []int
	for i := range c.P.Toks {
		if t := &c.P.Toks[i]; t.Kind == pytoken.Name && t.Text == n {
			idx = append(idx, i)
		}
	}
	if c.nameIdx == nil {
		c.nameIdx = map[string][]int{}
	}
	c.nameIdx[n] = idx
	return idx
}

// stmtsWithName returns the indexes in P.Stmts of the statements holding a
// Name token spelled n, in order, each once, so that a detector needing n
// in a statement skips the others.
func (c *Context) stmtsWithName(n string) []int {
	var out []int
	for _, i := range c.names(n) {
		if s := int(c.P.Toks[i].Stmt); len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// stmtsStartingWith returns the indexes in P.Stmts of the statements whose
// first token is a Name spelled as one of names, in order: the detectors
// asking for them skip the other statements without reading them.
func (c *Context) stmtsStartingWith(names ...string) []int {
	var out []int
	for _, n := range names {
		for _, i := range c.names(n) {
			if s := int(c.P.Toks[i].Stmt); c.P.Stmts[s].Start == i {
				out = append(out, s)
			}
		}
	}
	sort.Ints(out)
	return out
}

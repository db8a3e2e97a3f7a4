// Package corpus is pytriage's labelled training and evaluation corpus: the
// malicious and benign Python scripts under malicious/ and benign/ (written
// for the project, defanged), embedded in the binary, and the parser of the
// label header each file carries on its first line:
//
//	# label: malicious family=revshell techniques=T1059.004,T1095 lines=4-8
//	# label: benign family=ops hard=1
//
// Line numbers count lines by CPython's rules (LF, CRLF and lone CR end a
// line) in the file as stored, header included. See README.md.
//
// It is a leaf: it must not import pytriage/model, pytriage/finding or
// pytriage/ui. It never executes the scripts; they are data.
package corpus

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed malicious/*.py benign/*.py
var files embed.FS

// Sample is one labelled script.
type Sample struct {
	Name   string // path inside the corpus, e.g. "malicious/m001_revshell_pty.py"
	Source []byte // the file as stored, label line included
	// Code is Source with the label line's text removed (its line ending
	// kept, so every line keeps its number): what training, evaluation and
	// tests analyse. The classifier must never see the label — a longer
	// label line once fed the longest-line feature.
	Code       []byte
	Malicious  bool
	Family     string   // behaviour family (malicious) or kind of script (benign); CV folds keep a family together
	Techniques []string // ATT&CK ids (malicious only), sorted
	Lines      []int    // labelled malicious lines, 1-based, sorted (malicious only)
	Hard       bool     // benign hard negative (shares primitives with malware)
	// Group keeps near-duplicates together in cross-validation folds: the
	// generated variants of one template share it. Defaults to Name.
	Group string
}

// Load returns every embedded sample, sorted by name, or the first label
// error (file and reason).
func Load() ([]Sample, error) {
	return LoadFS(files)
}

// LoadFS reads the samples under malicious/ and benign/ of fsys.
func LoadFS(fsys fs.FS) ([]Sample, error) {
	var out []Sample
	for _, dir := range []string{"malicious", "benign"} {
		names, err := fs.Glob(fsys, dir+"/*.py")
		if err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", dir, err)
		}
		for _, n := range names {
			src, err := fs.ReadFile(fsys, n)
			if err != nil {
				return nil, fmt.Errorf("corpus: %w", err)
			}
			s, err := Parse(n, src)
			if err != nil {
				return nil, err
			}
			if s.Malicious != (dir == "malicious") {
				return nil, fmt.Errorf("corpus: %s: label %q does not match directory %s", n, labelWord(s.Malicious), dir)
			}
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func labelWord(m bool) string {
	if m {
		return "malicious"
	}
	return "benign"
}

// Parse reads the label header on the first line of src.
func Parse(name string, src []byte) (Sample, error) {
	s := Sample{Name: name, Source: src}
	first := string(src)
	if i := strings.IndexAny(first, "\r\n"); i >= 0 {
		first = first[:i]
	}
	s.Code = src[len(first):]
	const prefix = "# label: "
	if !strings.HasPrefix(first, prefix) {
		return s, fmt.Errorf("corpus: %s:1:1: missing %q header", name, strings.TrimSpace(prefix))
	}
	fields := strings.Fields(first[len(prefix):])
	if len(fields) == 0 {
		return s, fmt.Errorf("corpus: %s:1: empty label", name)
	}
	switch fields[0] {
	case "malicious":
		s.Malicious = true
	case "benign":
	default:
		return s, fmt.Errorf("corpus: %s:1: label %q is neither malicious nor benign", name, fields[0])
	}
	for _, f := range fields[1:] {
		k, v, ok := strings.Cut(f, "=")
		if !ok {
			return s, fmt.Errorf("corpus: %s:1: field %q is not key=value", name, f)
		}
		switch k {
		case "family":
			s.Family = v
		case "techniques":
			for _, t := range strings.Split(v, ",") {
				if !validTechnique(t) {
					return s, fmt.Errorf("corpus: %s:1: bad technique id %q", name, t)
				}
				s.Techniques = append(s.Techniques, t)
			}
			sort.Strings(s.Techniques)
		case "lines":
			ls, err := parseLines(v)
			if err != nil {
				return s, fmt.Errorf("corpus: %s:1: lines: %w", name, err)
			}
			s.Lines = ls
		case "hard":
			s.Hard = v == "1"
		case "group":
			s.Group = v
		default:
			return s, fmt.Errorf("corpus: %s:1: unknown field %q", name, k)
		}
	}
	if s.Group == "" {
		s.Group = name
	}
	if s.Family == "" {
		return s, fmt.Errorf("corpus: %s:1: family missing", name)
	}
	if s.Malicious && (len(s.Techniques) == 0 || len(s.Lines) == 0) {
		return s, fmt.Errorf("corpus: %s:1: a malicious sample needs techniques and lines", name)
	}
	if !s.Malicious && (len(s.Techniques) > 0 || len(s.Lines) > 0) {
		return s, fmt.Errorf("corpus: %s:1: a benign sample has no techniques or lines", name)
	}
	if n := CountLines(src); len(s.Lines) > 0 && s.Lines[len(s.Lines)-1] > n {
		return s, fmt.Errorf("corpus: %s:1: labelled line %d beyond the last line %d", name, s.Lines[len(s.Lines)-1], n)
	}
	return s, nil
}

// validTechnique accepts ATT&CK ids of the form T1234 or T1234.001.
func validTechnique(t string) bool {
	if len(t) != 5 && len(t) != 9 {
		return false
	}
	if t[0] != 'T' || !digits(t[1:5]) {
		return false
	}
	return len(t) == 5 || (t[5] == '.' && digits(t[6:]))
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseLines reads "3,7-9" into [3 7 8 9].
func parseLines(v string) ([]int, error) {
	set := map[int]bool{}
	for _, part := range strings.Split(v, ",") {
		a, b, isRange := strings.Cut(part, "-")
		lo, err := strconv.Atoi(a)
		if err != nil || lo < 1 {
			return nil, fmt.Errorf("bad line %q", part)
		}
		hi := lo
		if isRange {
			hi, err = strconv.Atoi(b)
			if err != nil || hi < lo || hi-lo > 300 {
				return nil, fmt.Errorf("bad range %q", part)
			}
		}
		for l := lo; l <= hi; l++ {
			set[l] = true
		}
	}
	out := make([]int, 0, len(set))
	for l := range set {
		out = append(out, l)
	}
	sort.Ints(out)
	return out, nil
}

// CountLines counts lines by CPython's rules: LF, CRLF and lone CR end a
// line; a final terminator does not open a new line.
func CountLines(src []byte) int {
	n := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			n++
		case '\r':
			n++
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		}
	}
	if len(src) > 0 && src[len(src)-1] != '\n' && src[len(src)-1] != '\r' {
		n++
	}
	return n
}

// Base is the file name without its directory, for reports.
func (s Sample) Base() string { return path.Base(s.Name) }

package jsonpane

import (
	"strconv"
	"strings"
)

// pathOf is the JSON path of node n in jq syntax (".finding.processes[0]
// .script.contents"); keys that are not plain identifiers are quoted. The
// result is finding text: escape it before printing.
func (p *Pane) pathOf(n int32) string {
	if n < 0 || int(n) >= len(p.nodes) {
		return ""
	}
	if p.nodes[n].kind == kindClose {
		n = p.nodes[n].end
	}
	var parts []string
	for ; n >= 0; n = p.nodes[n].parent {
		nd := &p.nodes[n]
		switch {
		case nd.hasKey && plainKey(nd.key):
			parts = append(parts, "."+nd.key)
		case nd.hasKey:
			parts = append(parts, "["+strconv.Quote(nd.key)+"]")
		case nd.index >= 0:
			parts = append(parts, "["+strconv.Itoa(int(nd.index))+"]")
		}
	}
	if len(parts) == 0 {
		return "."
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}

// plainKey reports whether k can follow a dot in a path.
func plainKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}

// scriptContents finds the node of processes[0].script.contents wherever
// the finding sits in the record (bare finding, {finding: …}, console or
// snake_case exports, list results), or failing that processes[0].args
// (a `python3 -c` finding has no script file). It returns -1 when the
// record has neither.
func (p *Pane) scriptContents() int32 {
	args := int32(-1)
	for i := range p.nodes {
		n := &p.nodes[i]
		if !n.hasKey || n.parent < 0 {
			continue
		}
		switch n.key {
		case "contents":
			script := n.parent
			if p.keyIs(script, "script") && p.firstProcess(p.nodes[script].parent) {
				return int32(i)
			}
		case "args":
			if args < 0 && p.firstProcess(n.parent) {
				args = int32(i)
			}
		}
	}
	return args
}

// firstProcess reports whether node n is element 0 of a "processes" array.
func (p *Pane) firstProcess(n int32) bool {
	if n < 0 || p.nodes[n].index != 0 {
		return false
	}
	return p.keyIs(p.nodes[n].parent, "processes")
}

func (p *Pane) keyIs(n int32, k string) bool {
	return n >= 0 && p.nodes[n].hasKey && p.nodes[n].key == k
}

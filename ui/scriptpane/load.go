package scriptpane

import (
	tea "charm.land/bubbletea/v2"
	"github.com/alecthomas/chroma/v2"

	"github.com/pytriage/pytriage/model"
)

// docMsg carries a highlighted script; reportMsg a report from the pane's
// own Analyze. Both name their pane and generation: results for another
// pane or an earlier selection are cached but not shown.
type docMsg struct {
	owner *Pane
	gen   int
	key   string
	doc   *document
}

type reportMsg struct {
	owner *Pane
	key   string
	rep   *model.Report
}

// Load returns the commands for the current record: highlighting, the
// pane's own analysis (when it has one) and the spinner. The shell calls it
// after SetRecord; if it does not, the next Update returns it.
func (p *Pane) Load() tea.Cmd {
	var cmds []tea.Cmd
	if p.pendingDoc {
		p.pendingDoc = false
		src, gen, key := p.scr.contents, p.gen, p.docKey()
		var lx chroma.Lexer
		if p.scr.bash {
			lx = bashLexer()
		} else {
			lx = pythonLexer()
		}
		cmds = append(cmds, func() tea.Msg {
			return docMsg{owner: p, gen: gen, key: key, doc: highlight(src, lx)}
		})
	}
	if p.pendingRep && p.analyze != nil {
		p.pendingRep = false
		src, key, analyze := p.scr.contents, p.scr.key, p.analyze
		cmds = append(cmds, func() tea.Msg {
			return reportMsg{owner: p, key: key, rep: analyze(src)}
		})
	}
	if p.waiting() && !p.spinning {
		p.spinning = true
		cmds = append(cmds, p.spin.Tick)
	}
	return tea.Batch(cmds...)
}

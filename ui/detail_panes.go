package ui

import (
	"github.com/pytriage/pytriage/ui/jsonpane"
	"github.com/pytriage/pytriage/ui/scriptpane"
	"github.com/pytriage/pytriage/ui/theme"
)

// The JSON and Script panes live in their own packages. The constructors
// are variables so the shell's golden tests can pin the shell's own
// rendering with stand-ins. The Script pane gets no Analyze of its own:
// the shell classifies (one cache for the list, Summary and Script) and
// delivers reports through SetReport.
var (
	newJSONPane   = func(th *theme.Theme) Pane { return jsonpane.New(th) }
	newScriptPane = func(th *theme.Theme) Pane { return scriptpane.New(th, scriptpane.Options{}) }
)

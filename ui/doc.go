// Package ui is the pytriage workbench: a Bubble Tea v2 program that shows
// what package finding loads and what package model finds. It owns the
// shell — layout, focus, keys, the findings list, the Summary pane, the
// overlays (help, related findings, copy, load errors), the status bar —
// and hosts the JSON and Script panes of ui/jsonpane and ui/scriptpane
// through the Pane contract in pane.go. Styles come from ui/theme.
//
// It owns no business logic: SCC facts come from finding, the verdict from
// model (run in a tea.Cmd, cached by sha256). Every string that comes from
// a finding reaches the screen, the clipboard or an error line through
// ui/safe; nothing from a finding sets the window title, the clipboard
// unescaped, or a hyperlink. No I/O happens in Update or View.
//
// Nothing below ui may import it (finding and model never import ui; the
// pane packages meet it only through the structural Pane interface).
package ui

// Package theme holds every style of the pytriage workbench. Panes ask it
// for semantic styles ("flagged line", "hostile token", "focused border"),
// never for raw colours, so a theme change reaches every pane at once.
//
// Three themes exist: Dark (the default), Light and NoColor (for NO_COLOR,
// where every distinction is carried by bold, underline, faint or reverse
// video, never by colour alone). The styles here are for trusted text
// (labels, borders, tokens of the sanitiser); finding text is escaped by
// ui/safe before any of them is applied.
//
// It must not import pytriage/finding, pytriage/model or the ui root.
package theme

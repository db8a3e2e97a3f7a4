// Package scriptpane is the Script pane of the pytriage workbench: the
// selected finding's script, tokenised once in the background (cached by
// sha256) and highlighted through Chroma with the model's own Python lexer,
// with line numbers by CPython's rules (a lone CR starts a line and is
// marked ␍), a severity gutter (colour and glyph ▌ ! ‼) on every line the
// classifier flagged, the current line's hits in the footer, decoded layers
// shown under the line holding their blob, search and horizontal scroll.
//
// Every token value passes through ui/safe before it is styled. Scripts
// over 20,000 lines or 1 MB are shown as plain escaped text.
//
// It must not import the ui root package (the shell imports it).
package scriptpane

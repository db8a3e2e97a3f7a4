// Package rowpaint draws one row of a pane from pieces of already-escaped
// text in semantic classes: styles compiled once to their escape sequences,
// search matches highlighted, a horizontal offset skipped, the row cut with
// an ellipsis and padded to an exact width. The JSON and Script panes share
// it so a visible screenful costs string concatenation, not a Lip Gloss
// Render per token.
//
// Text reaches it only through AddSafe (finding text, escaped by ui/safe)
// or Add (trusted text). It must not import pytriage/finding, pytriage/model
// or the ui root.
package rowpaint

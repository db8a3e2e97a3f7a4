// Package jsonpane is the JSON pane of the pytriage workbench: the selected
// record's original bytes, pretty-printed by a small streaming printer that
// keeps keys in their original order and casing, highlighted, foldable, and
// searchable, with the JSON path of the cursor line in the footer.
//
// Like fx, it turns the document into one node per output line and renders
// only the visible screenful. Every key and string value is finding data and
// reaches the screen only through ui/safe; long strings show as bounded
// one-line previews that expand on request.
//
// It must not import the ui root package (the shell imports it) nor
// pytriage/model.
package jsonpane

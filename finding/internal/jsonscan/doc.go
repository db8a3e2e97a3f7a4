// Package jsonscan is the finding loader's validating JSON scanner: it
// parses one JSON value from a byte slice into a flat tree of nodes that
// point back into that slice, so records keep their exact bytes and the
// typed decoder reads fields without a map[string]any per record.
//
// Unlike encoding/json v1 it rejects, with the byte offset of the fault,
// what an attacker could use to make two readers disagree: duplicate keys
// (after unescaping), invalid UTF-8 (also lone surrogate escapes), nesting
// deeper than a limit and strings longer than a limit. It never coerces.
//
// It knows nothing of findings; it imports only the standard library and
// must not import pytriage/model or pytriage/ui.
package jsonscan

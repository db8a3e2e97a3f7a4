package cli

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/pytriage/pytriage/ui/safe"
)

// writeJSONString writes s as a JSON string made only of printable ASCII
// (see safe.ASCIIJSON): a terminal showing the output meets no control,
// C1, bidi or invisible character, while a JSON reader still gets the
// exact text. Invalid UTF-8 bytes, which JSON cannot carry, become \ufffd.
func writeJSONString(b *strings.Builder, s string) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	b.Write(safe.ASCIIJSON(bytes.TrimRight(buf.Bytes(), "\n")))
}

package finding

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strconv"

	"github.com/pytriage/pytriage/finding/internal/jsonscan"
)

// Keys that tell the export shapes apart (shared/reference/scc-findings.md §1).
var (
	findingKeys      = []string{"finding", "findings"}
	notificationKeys = []string{"notificationConfigName", "notification_config_name"}
	bigQueryKeys     = []string{"source_id", "finding_id", "bulk_export_id"}
	sourcePropKeys   = []string{"sourceProperties", "source_properties"}
	receivedKeys     = []string{"receivedMessages", "received_messages"}
	bareKeys         = []string{"name", "category", "resourceName", "resource_name", "processes"}
)

// records yields the records held by value v of d, read as record index
// idx; values holding several records (a list, a pull response) take the
// following indices.
func (fl *fileLoader) records(d *jsonscan.Doc, v, idx int, in container) {
	start := d.Nodes[v].Start
	if d.Kind(v) != jsonscan.Object {
		fl.fail(idx, start, "record is "+article(d.Kind(v))+", not an object", nil)
		return
	}
	if in == inList {
		fl.record(d, v, idx, ShapeListResults)
		return
	}
	if lr := d.Lookup(v, listKeys...); lr >= 0 {
		fl.each(d, lr, idx, "listFindingsResults", func(e, i int) {
			if d.Kind(e) != jsonscan.Object {
				fl.fail(i, d.Nodes[e].Start, "list result is "+article(d.Kind(e))+", not an object", nil)
				return
			}
			fl.record(d, e, i, ShapeListResults)
		})
		return
	}
	if rm := d.Lookup(v, receivedKeys...); rm >= 0 {
		fl.each(d, rm, idx, "receivedMessages", func(e, i int) {
			fl.envelope(d, e, i)
		})
		return
	}
	if isEnvelope(d, v) {
		fl.envelope(d, v, idx)
		return
	}
	shape := sniff(d, v)
	if shape == "" {
		fl.fail(idx, start, "unrecognised record shape: no finding, listFindingsResults, message.data, name or category key", nil)
		return
	}
	fl.record(d, v, idx, shape)
}

// each calls fn for the elements of array node arr, the first as record
// idx and the rest as new records.
func (fl *fileLoader) each(d *jsonscan.Doc, arr, idx int, key string, fn func(e, i int)) {
	if d.Kind(arr) != jsonscan.Array {
		fl.fail(idx, d.Nodes[arr].Start, fmt.Sprintf("field %q: want an array, got %s", key, d.Kind(arr)), nil)
		return
	}
	for e := arr + 1; e < d.Nodes[arr].Skip && !fl.stop; e = d.Nodes[e].Skip {
		i := idx
		if e != arr+1 {
			i = fl.index
			fl.index++
		}
		fn(e, i)
	}
}

func article(k jsonscan.Kind) string {
	switch k {
	case jsonscan.Array, jsonscan.Object:
		return "an " + k.String()
	}
	return "a " + k.String()
}

// isEnvelope reports a Pub/Sub push message {message: {data: ...}}.
func isEnvelope(d *jsonscan.Doc, v int) bool {
	m := d.Lookup(v, "message")
	return m >= 0 && d.Lookup(m, "data") >= 0
}

// sniff names the shape of record object v, or "" when it is none.
func sniff(d *jsonscan.Doc, v int) Shape {
	if d.Lookup(v, notificationKeys...) >= 0 {
		return ShapeNotification
	}
	if f := d.Lookup(v, findingKeys...); f >= 0 {
		switch {
		case d.Lookup(v, bigQueryKeys...) >= 0:
			return ShapeBigQuery
		case d.Lookup(v, sourcePropKeys...) >= 0 || snakeResource(d, v):
			return ShapeConsole
		}
		return ShapeWrapped
	}
	if d.Lookup(v, bareKeys...) >= 0 {
		return ShapeBareFinding
	}
	return ""
}

// snakeResource reports a resource written with snake_case keys, as the
// console's JSON tab writes it.
func snakeResource(d *jsonscan.Doc, v int) bool {
	r := d.Lookup(v, "resource")
	if r < 0 || d.Kind(r) != jsonscan.Object {
		return false
	}
	for k := r + 1; k < d.Nodes[r].Skip; k = d.Nodes[k+1].Skip {
		if bytes.IndexByte(d.Key(k), '_') >= 0 {
			return true
		}
	}
	return false
}

// record decodes record object v as shape and yields it.
func (fl *fileLoader) record(d *jsonscan.Doc, v, idx int, shape Shape) {
	rec := &Record{Shape: shape, Raw: d.Bytes(v), Origin: fl.origin(idx, d.Nodes[v].Start)}
	if err := decodeRecord(d, v, shape, rec, &fl.intern); err != nil {
		fl.fail(idx, err.offset, err.reason, err)
		return
	}
	fl.emit(rec)
}

// decodeRecord fills rec from record object v of the given shape.
func decodeRecord(d *jsonscan.Doc, v int, shape Shape, rec *Record, in *interner) *fieldError {
	dc := decoder{d: d, in: in}
	if shape == ShapeBareFinding {
		dc.finding(v, &rec.Finding)
		return dc.err
	}
	f := d.Lookup(v, findingKeys...)
	if f < 0 || d.Kind(f) == jsonscan.Null {
		return &fieldError{offset: d.Nodes[v].Start, reason: "record has no finding"}
	}
	dc.finding(f, &rec.Finding)
	if r := d.Lookup(v, "resource"); r >= 0 {
		dc.resource(r, &rec.Resource)
	}
	if rec.Finding.SourceProperties == nil {
		if sp := d.Lookup(v, sourcePropKeys...); sp >= 0 {
			rec.Finding.SourceProperties = dc.rawObject(sp, "sourceProperties")
		}
	}
	if shape == ShapeBigQuery && rec.Finding.EventTime.IsZero() {
		if et := d.Lookup(v, "event_time"); et >= 0 {
			rec.Finding.EventTime = dc.time(et, "event_time")
		}
	}
	return dc.err
}

// envelope decodes the base64 message.data of Pub/Sub push (or pull)
// message v and yields the notification inside. Raw is the decoded data.
func (fl *fileLoader) envelope(d *jsonscan.Doc, v, idx int) {
	start := d.Nodes[v].Start
	m := d.Lookup(v, "message")
	if m < 0 || d.Kind(m) != jsonscan.Object {
		fl.fail(idx, start, "Pub/Sub message without a message object", nil)
		return
	}
	dn := d.Lookup(m, "data")
	if dn < 0 || d.Kind(dn) != jsonscan.String {
		fl.fail(idx, start, "Pub/Sub message without a message.data string", nil)
		return
	}
	data, err := decodeBase64(d.StrBytes(dn))
	if err != nil {
		fl.fail(idx, d.Nodes[dn].Start, "message.data: "+err.Error(), err)
		return
	}
	p := jsonscan.Parser{MaxDepth: fl.limits.MaxDepth, MaxString: fl.limits.MaxStringSize}
	inner, end, err := p.Parse(data, 0)
	if err != nil {
		je := err.(*jsonscan.Error)
		fl.fail(idx, start, "message.data (decoded) at "+lineCol(data, je.Offset)+": "+je.Reason, err)
		return
	}
	if e := jsonscan.SkipSpace(data, end); e != len(data) {
		fl.fail(idx, start, "message.data (decoded) at "+lineCol(data, e)+": trailing garbage after value", nil)
		return
	}
	if inner.Kind(0) != jsonscan.Object {
		fl.fail(idx, start, "message.data (decoded) is "+article(inner.Kind(0))+", not an object", nil)
		return
	}
	shape := sniff(inner, 0)
	if shape == "" || isEnvelope(inner, 0) {
		fl.fail(idx, start, "message.data (decoded) holds no notification or finding", nil)
		return
	}
	rec := &Record{Shape: ShapePushEnvelope, Raw: data, Origin: fl.origin(idx, start)}
	if ferr := decodeRecord(inner, 0, shape, rec, &fl.intern); ferr != nil {
		fl.fail(idx, start, "message.data (decoded) at "+lineCol(data, ferr.offset)+": "+ferr.reason, ferr)
		return
	}
	fl.emit(rec)
}

// decodeBase64 decodes Pub/Sub message data: standard base64, also
// accepted unpadded or URL-safe.
func decodeBase64(s []byte) ([]byte, error) {
	var firstErr error
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		out := make([]byte, enc.DecodedLen(len(s)))
		n, err := enc.Decode(out, s)
		if err == nil {
			return out[:n:n], nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if ce, ok := firstErr.(base64.CorruptInputError); ok {
		return nil, fmt.Errorf("invalid base64 at byte %d", int64(ce))
	}
	return nil, fmt.Errorf("invalid base64: %w", firstErr)
}

// lineCol renders the 1-based line:column of offset off in b.
func lineCol(b []byte, off int) string {
	off = min(max(off, 0), len(b))
	line := 1 + bytes.Count(b[:off], []byte{'\n'})
	col := off - bytes.LastIndexByte(b[:off], '\n')
	return strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

func quoteString(s string) string {
	if len(s) > 64 {
		return strconv.Quote(s[:64]) + "…"
	}
	return strconv.Quote(s)
}

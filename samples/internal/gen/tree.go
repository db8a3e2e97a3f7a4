package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
)

// obj is a JSON object that keeps its key order, so the generated files read
// like the exports they imitate (proto field order) instead of sorted keys.
type obj []kv

type kv struct {
	K string
	V any
}

// i64 is an int64 proto field: a JSON string in proto3 JSON shapes, a
// number elsewhere.
type i64 int64

// ts is a timestamp: RFC 3339 in API shapes, BigQuery's text form in rows.
type ts time.Time

// null is an explicit JSON null (BigQuery rows carry them).
type null struct{}

// style says how a tree is rendered into one export shape.
type style struct {
	snake       bool // snake_case keys
	intNumbers  bool // int64 as JSON numbers instead of strings
	bigQueryTS  bool // "2006-01-02 15:04:05.000000 UTC"
	keepNulls   bool // keep null values (otherwise dropped)
	sourceAsStr bool // sourceProperties as source_properties_json string
}

var (
	protoJSON = style{}
	snakeNums = style{snake: true, intNumbers: true}
	bigQuery  = style{snake: true, intNumbers: true, bigQueryTS: true, keepNulls: true, sourceAsStr: true}
)

// opaqueKeys hold user data whose keys are not proto field names and are
// never re-cased.
var opaqueKeys = map[string]bool{"marks": true, "sourceProperties": true}

// render turns a tree into plain JSON values (obj, []any, string,
// json.Number, bool, nil) according to st.
func render(v any, st style) any {
	switch x := v.(type) {
	case obj:
		out := make(obj, 0, len(x))
		for _, e := range x {
			if _, isNull := e.V.(null); isNull && !st.keepNulls {
				continue
			}
			key := e.K
			var val any
			switch {
			case e.K == "sourceProperties" && st.sourceAsStr:
				key = "source_properties_json"
				val = string(encode(render(e.V, protoJSON), ""))
			case opaqueKeys[e.K]:
				inner := st
				inner.snake = false // user keys are not proto names
				val = render(e.V, inner)
			default:
				val = render(e.V, st)
			}
			if st.snake {
				key = snake(key)
			}
			out = append(out, kv{key, val})
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = render(e, st)
		}
		return out
	case i64:
		if st.intNumbers {
			return json.Number(fmt.Sprint(int64(x)))
		}
		return fmt.Sprint(int64(x))
	case ts:
		t := time.Time(x).UTC()
		if st.bigQueryTS {
			return t.Format("2006-01-02 15:04:05.000000") + " UTC"
		}
		return t.Format(time.RFC3339Nano)
	case null:
		return nil
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	case map[string]string:
		out := make(obj, 0, len(x))
		for _, k := range sortedKeys(x) {
			out = append(out, kv{k, x[k]})
		}
		return out
	default:
		return v
	}
}

// snake converts a camelCase proto JSON name to its snake_case field name.
func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// encode writes rendered JSON; indent "" gives one line (for JSON Lines).
// Unlike encoding/json it keeps key order and does not escape <, >, &.
func encode(v any, indent string) []byte {
	var buf bytes.Buffer
	write(&buf, v, indent, 0)
	return buf.Bytes()
}

func write(buf *bytes.Buffer, v any, indent string, depth int) {
	nl := func(d int) {
		if indent != "" {
			buf.WriteByte('\n')
			buf.WriteString(strings.Repeat(indent, d))
		}
	}
	switch x := v.(type) {
	case obj:
		if len(x) == 0 {
			buf.WriteString("{}")
			return
		}
		buf.WriteByte('{')
		for i, e := range x {
			if i > 0 {
				buf.WriteByte(',')
			}
			nl(depth + 1)
			writeString(buf, e.K)
			buf.WriteByte(':')
			if indent != "" {
				buf.WriteByte(' ')
			}
			write(buf, e.V, indent, depth+1)
		}
		nl(depth)
		buf.WriteByte('}')
	case []any:
		if len(x) == 0 {
			buf.WriteString("[]")
			return
		}
		buf.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				buf.WriteByte(',')
			}
			nl(depth + 1)
			write(buf, e, indent, depth+1)
		}
		nl(depth)
		buf.WriteByte(']')
	case string:
		writeString(buf, x)
	case json.Number:
		buf.WriteString(string(x))
	case bool:
		fmt.Fprint(buf, x)
	case int:
		fmt.Fprint(buf, x)
	case nil:
		buf.WriteString("null")
	default:
		panic(fmt.Sprintf("gen: cannot encode %T", v)) // a bug in the tables; Build recovers it
	}
}

func writeString(buf *bytes.Buffer, s string) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err) // strings always encode
	}
	buf.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

package safe

import (
	"encoding/json"
	"testing"
)

func TestASCIIJSON(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`"plain"`, `"plain"`},
		{"\"del\x7f\"", `"del\u007f"`},
		{"\"c1\u009b2J\"", `"c1\u009b2J"`},
		{"\"rlo\u202etxt\"", `"rlo\u202etxt"`},
		{"\"zw\u200b\"", `"zw\u200b"`},
		{"\"emoji\U0001F600\"", `"emoji\ud83d\ude00"`},
		{"\"caf\u00e9\"", `"caf\u00e9"`},
		{"{\"k\":\"v\"}\n", "{\"k\":\"v\"}\n"},
	} {
		got := string(ASCIIJSON([]byte(tt.in)))
		if got != tt.want {
			t.Errorf("ASCIIJSON(%q) = %s, want %s", tt.in, got, tt.want)
		}
		for i := 0; i < len(got); i++ {
			if c := got[i]; (c < 0x20 && c != '\n') || c >= 0x7F {
				t.Errorf("ASCIIJSON(%q) has byte %#x", tt.in, c)
			}
		}
		var a, b any
		if json.Unmarshal([]byte(tt.in), &a) == nil {
			if err := json.Unmarshal([]byte(got), &b); err != nil {
				t.Errorf("ASCIIJSON(%q) no longer decodes: %v", tt.in, err)
			} else if ja, jb := mustMarshal(t, a), mustMarshal(t, b); ja != jb {
				t.Errorf("ASCIIJSON(%q) decodes to %s, want %s", tt.in, jb, ja)
			}
		}
	}
}

func mustMarshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

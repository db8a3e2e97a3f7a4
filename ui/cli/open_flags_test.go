package cli

import (
	"strings"
	"testing"

	"github.com/pytriage/pytriage/finding/live"
)

func TestOpenLiveFlagErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"open", "--filter", `state="ACTIVE"`}, "need --scc"},
		{[]string{"open", "--write-back"}, "need --scc"},
		{[]string{"open", "--scc", "organizations/1", "findings.json"}, "give no PATH"},
		{[]string{"open", "--scc", "organizations/1", "--insecure"}, "--insecure needs --endpoint"},
		{[]string{"open", "--scc", "organizations/1", "--write-back", "--no-db"}, "drop --no-db"},
		{[]string{"open", "--scc", "organizations/1", "--write-back=sometimes"}, "want on, notes or off"},
	}
	for _, tt := range tests {
		code, _, errOut := run(t, "", tt.args...)
		if code != exitUsage || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, exitUsage, tt.want)
		}
	}
}

func TestWriteBackFlag(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want live.WriteBackMode
	}{{"true", live.WriteBackVerdicts}, {"on", live.WriteBackVerdicts}, {"notes", live.WriteBackNotes}, {"off", live.WriteBackOff}} {
		var w writeBackFlag
		if err := w.Set(tt.in); err != nil || live.WriteBackMode(w) != tt.want {
			t.Errorf("Set(%q) = %v, %v; want %v", tt.in, w, err, tt.want)
		}
	}
}

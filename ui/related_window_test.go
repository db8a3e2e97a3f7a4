package ui

import (
	"strings"
	"testing"
	"time"
)

// --window narrows the related-findings timeline and is shown in its title.
func TestRelatedWindowOption(t *testing.T) {
	count := func(w time.Duration) (int, string) {
		a := newTestApp(t, records(12), 160, 50, func(o *Options) { o.RelatedWindow = w })
		for _, m := range runCmd(press(a, "r")) {
			a.Update(m)
		}
		o, ok := a.ov.(*relatedOverlay)
		if !ok {
			t.Fatal("no related overlay")
		}
		return len(o.recs) - 1, o.m.title
	}
	wide, wideTitle := count(0) // the default hour
	narrow, narrowTitle := count(time.Second)
	if wide < 1 || narrow >= wide {
		t.Fatalf("related within 1h: %d, within 1s: %d; want the narrower window to find fewer", wide, narrow)
	}
	if !strings.Contains(wideTitle, "±1h") || !strings.Contains(narrowTitle, "±1s") {
		t.Fatalf("titles %q / %q do not show the window", wideTitle, narrowTitle)
	}
}

package live

import (
	"context"
	"testing"

	"github.com/pytriage/pytriage/finding/live/livetest"
)

// startFake serves f and returns a Client on it.
func startFake(t *testing.T, f *livetest.Fake, cfg Config) *Client {
	t.Helper()
	cfg.ClientOptions = append(cfg.ClientOptions, livetest.Serve(t, f))
	c, err := Dial(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

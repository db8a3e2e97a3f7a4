package cli

import (
	"context"
	"errors"
	"flag"
	"strings"

	"github.com/pytriage/pytriage/finding/live"
	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/ui"
)

// liveFlags open findings from the SCC API instead of files (--scc) and
// optionally write verdicts back (--write-back).
type liveFlags struct {
	scc, filter, location, endpoint string
	insecure                        bool
	writeBack                       writeBackFlag

	client *live.Client // set by open
}

func addLiveFlags(fs *flag.FlagSet) *liveFlags {
	lv := &liveFlags{}
	fs.StringVar(&lv.scc, "scc", "", "read findings from the Security Command Center API under this parent: organizations/N, folders/N or projects/ID (Application Default Credentials)")
	fs.StringVar(&lv.filter, "filter", "", "with --scc, the ListFindings filter (default: active, unmuted script-execution findings)")
	fs.StringVar(&lv.location, "location", "", "with --scc, the SCC location (e.g. global, eu)")
	fs.StringVar(&lv.endpoint, "endpoint", "", "with --scc, the service address HOST:PORT (for a local fake server)")
	fs.BoolVar(&lv.insecure, "insecure", false, "with --endpoint, plaintext and no credentials (local trials only)")
	fs.Var(&lv.writeBack, "write-back", "with --scc, send verdicts back: mute false positives, set security marks, resolve; =notes also sends notes")
	return lv
}

func (lv *liveFlags) on() bool { return lv.scc != "" }

func (lv *liveFlags) check(paths []string) error {
	if lv.scc == "" {
		switch {
		case lv.filter != "", lv.location != "", lv.endpoint != "", lv.insecure, live.WriteBackMode(lv.writeBack) != live.WriteBackOff:
			return errors.New("--filter, --location, --endpoint, --insecure and --write-back need --scc PARENT")
		}
		return nil
	}
	if len(paths) > 0 {
		return errors.New("--scc reads findings from the API: give no PATH as well")
	}
	if lv.insecure && lv.endpoint == "" {
		return errors.New("--insecure needs --endpoint HOST:PORT (it is for local fake servers)")
	}
	return nil
}

// open dials the service and sets opts' record stream and progress line.
func (lv *liveFlags) open(ctx context.Context, opts *ui.Options) (closeLive func(), err error) {
	c, err := lv.dial(ctx)
	if err != nil {
		return nil, err
	}
	opts.Records, opts.Progress = ui.LiveRecords(c.Findings(ctx))
	opts.Source = "scc-api"
	lv.client = c
	return func() { c.Close() }, nil
}

func (lv *liveFlags) dial(ctx context.Context) (*live.Client, error) {
	cfg := live.Config{Parent: lv.scc, Filter: lv.filter, Location: lv.location, Endpoint: lv.endpoint, Insecure: lv.insecure}
	if _, err := cfg.SourcesParent(); err != nil {
		return nil, err
	}
	return live.Dial(ctx, cfg)
}

// drainer sends the store's queued write-backs through the open client.
func (lv *liveFlags) drainer(st *triage.Store) func(context.Context) (int, int, error) {
	c, mode := lv.client, live.WriteBackMode(lv.writeBack)
	return func(ctx context.Context) (int, int, error) { return c.Drain(ctx, st, mode) }
}

// writeBackFlag is --write-back[=on|notes|off]: bare means on.
type writeBackFlag live.WriteBackMode

func (w *writeBackFlag) IsBoolFlag() bool { return true }

func (w *writeBackFlag) String() string {
	switch live.WriteBackMode(*w) {
	case live.WriteBackVerdicts:
		return "on"
	case live.WriteBackNotes:
		return "notes"
	}
	return "off"
}

func (w *writeBackFlag) Set(s string) error {
	m, err := live.ParseWriteBack(strings.TrimSpace(s))
	if err != nil {
		return err
	}
	*w = writeBackFlag(m)
	return nil
}

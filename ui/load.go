package ui

import (
	"context"
	"iter"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/pytriage/pytriage/finding"
)

// Loading runs in a goroutine that walks the record iterator and derives
// each entry; the UI loop receives them in batches through a channel read
// by a tea.Cmd, so the first rows paint while the rest still load.

const (
	batchMax  = 4096                  // entries per batch message
	batchWait = 30 * time.Millisecond // how long a batch waits to fill once it has one entry
	firstWait = 5 * time.Millisecond  // the first batch goes out sooner: first paint matters most
)

// loadItem is one yield of the iterator: an entry or a load error.
type loadItem struct {
	e   *entry
	err error
}

// batchMsg carries entries and errors to the UI loop. done is set on the
// last batch of the stream.
type batchMsg struct {
	entries []*entry
	errs    []error
	done    bool
}

// loader owns the channel between the loading goroutine and the UI loop.
type loader struct {
	ch     chan loadItem
	cancel context.CancelFunc
	sent   bool // a batch went out already (read and written by the Cmd only, one at a time)
}

// startLoad starts walking recs in a goroutine. Cancelling ctx (or calling
// stop) ends the walk early.
func startLoad(ctx context.Context, recs iter.Seq2[*finding.Record, error]) *loader {
	ctx, cancel := context.WithCancel(ctx)
	l := &loader{ch: make(chan loadItem, batchMax), cancel: cancel}
	go func() {
		defer close(l.ch)
		if recs == nil {
			return
		}
		seq := 0
		for r, err := range recs {
			var it loadItem
			switch {
			case err != nil:
				it.err = err
			case r == nil:
				continue
			default:
				it.e = newEntry(r, seq)
				seq++
			}
			select {
			case l.ch <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	return l
}

func (l *loader) stop() {
	if l != nil {
		l.cancel()
	}
}

// next returns the Cmd that waits for the next batch.
func (l *loader) next() tea.Cmd {
	return func() tea.Msg { return l.collect() }
}

// collect blocks for the first item, then takes what arrives within
// batchWait, up to batchMax items.
func (l *loader) collect() batchMsg {
	var b batchMsg
	add := func(it loadItem) {
		if it.err != nil {
			b.errs = append(b.errs, it.err)
		} else {
			b.entries = append(b.entries, it.e)
		}
	}
	it, ok := <-l.ch
	if !ok {
		b.done = true
		return b
	}
	add(it)
	wait := batchWait
	if !l.sent {
		wait, l.sent = firstWait, true
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for len(b.entries)+len(b.errs) < batchMax {
		select {
		case it, ok := <-l.ch:
			if !ok {
				b.done = true
				return b
			}
			add(it)
		case <-timer.C:
			return b
		}
	}
	return b
}

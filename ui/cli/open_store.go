package cli

import (
	"flag"
	"fmt"
	"os"

	"github.com/pytriage/pytriage/finding/triage"
	"github.com/pytriage/pytriage/ui"
)

// triageFlags choose the triage store the workbench records verdicts in.
type triageFlags struct {
	db      string
	analyst string
	noDB    bool
}

func addTriageFlags(fs *flag.FlagSet) *triageFlags {
	tf := &triageFlags{}
	fs.StringVar(&tf.db, "db", "", "triage database (default: $XDG_STATE_HOME/pytriage/triage.db, else ~/.local/state/pytriage/triage.db)")
	fs.StringVar(&tf.analyst, "analyst", os.Getenv("USER"), "who is deciding, recorded with every verdict and note")
	fs.BoolVar(&tf.noDB, "no-db", false, "open without a triage store (no verdicts, notes or write-back)")
	return tf
}

// open opens the store into opts. The user asked to triage, so a store
// that cannot be opened is an error, not a silent read-only workbench.
func (tf *triageFlags) open(opts *ui.Options) (closeStore func(), err error) {
	if tf.noDB {
		return func() {}, nil
	}
	path := tf.db
	if path == "" {
		if path, err = triage.DefaultPath(); err != nil {
			return nil, fmt.Errorf("%w (choose a store with --db PATH, or open without one with --no-db)", err)
		}
	}
	st, err := triage.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w (or open without triage: --no-db)", err)
	}
	opts.Store, opts.Analyst = st, tf.analyst
	return func() { st.Close() }, nil
}

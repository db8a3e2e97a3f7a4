package unwrap

// Default caps. They follow hostile-input.md requirement 22: depth ≤ 5,
// ≤ 8 MiB per layer, and a total so a 10 MB input ends well within 1 s.
const (
	DefaultMaxDepth = 5
	DefaultMaxLayer = 8 << 20
	DefaultMaxTotal = 32 << 20
	DefaultMaxSteps = 4096
	// MaxChain bounds codec steps applied to one blob by Peel.
	MaxChain = 8
)

// Budget bounds all decoding done for one script, across layers. The zero
// value is not usable; call NewBudget.
type Budget struct {
	MaxDepth int   // nesting of decoded Python layers
	MaxLayer int   // bytes one decode step may produce
	MaxTotal int64 // bytes all decode steps together may produce
	MaxSteps int   // decode attempts in total

	used  int64
	steps int
	// LimitsHit is set when any cap stopped or truncated a decode.
	LimitsHit bool
	// Reasons says which caps triggered, once each.
	Reasons []string
}

// NewBudget returns a budget with the default caps.
func NewBudget() *Budget {
	return &Budget{MaxDepth: DefaultMaxDepth, MaxLayer: DefaultMaxLayer, MaxTotal: DefaultMaxTotal, MaxSteps: DefaultMaxSteps}
}

// Hit records that a cap triggered.
func (b *Budget) Hit(reason string) {
	b.LimitsHit = true
	for _, r := range b.Reasons {
		if r == reason {
			return
		}
	}
	b.Reasons = append(b.Reasons, reason)
}

// step charges one decode attempt; false means the step budget is spent.
func (b *Budget) step() bool {
	if b.steps >= b.MaxSteps {
		b.Hit("decode step budget spent")
		return false
	}
	b.steps++
	return true
}

// room is how many bytes the next decode may produce.
func (b *Budget) room() int {
	r := b.MaxTotal - b.used
	if r > int64(b.MaxLayer) {
		r = int64(b.MaxLayer)
	}
	if r < 0 {
		r = 0
	}
	return int(r)
}

func (b *Budget) charge(n int) { b.used += int64(n) }

// Exhausted reports whether no decode can run any more.
func (b *Budget) Exhausted() bool { return b.steps >= b.MaxSteps || b.used >= b.MaxTotal }

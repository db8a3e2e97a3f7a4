package ui

import (
	"slices"

	"github.com/pytriage/pytriage/model"
)

// sortMode orders the findings list; `s` cycles through them.
type sortMode int

const (
	sortTime     sortMode = iota // newest first
	sortSeverity                 // worst first, then newest
	sortScore                    // highest classifier score first, unscored last
	numSortModes
)

func (s sortMode) String() string {
	return [...]string{"time", "severity", "score"}[s]
}

// scoreOf gives an entry's classifier score, or -1 while it has none.
type scoreOf func(e *entry) float64

// sortEntries orders es in place by mode; ties fall back to load order so
// the order is stable and deterministic.
func sortEntries(es []*entry, mode sortMode, score scoreOf) {
	byTime := func(a, b *entry) int {
		if c := b.when.Compare(a.when); c != 0 {
			return c
		}
		return a.seq - b.seq
	}
	switch mode {
	case sortTime:
		slices.SortStableFunc(es, byTime)
	case sortSeverity:
		slices.SortStableFunc(es, func(a, b *entry) int {
			if a.sevRank != b.sevRank {
				return b.sevRank - a.sevRank
			}
			return byTime(a, b)
		})
	case sortScore:
		// Scores are looked up once, not per comparison.
		sc := make(map[*entry]float64, len(es))
		for _, e := range es {
			sc[e] = score(e)
		}
		slices.SortStableFunc(es, func(a, b *entry) int {
			if sa, sb := sc[a], sc[b]; sa != sb {
				if sa > sb {
					return -1
				}
				return 1
			}
			if a.sevRank != b.sevRank {
				return b.sevRank - a.sevRank
			}
			return byTime(a, b)
		})
	}
}

// reportScore maps a report to a sort key: unanalysable sorts with the
// suspicious ones (it is never benign), missing reports last.
func reportScore(r *model.Report) float64 {
	if r == nil {
		return -1
	}
	if r.Verdict == model.VerdictUnanalysable && r.Score < 0.5 {
		return 0.5
	}
	return r.Score
}

package finding

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"time"
)

// DefaultRelatedWindow is how far before and after a finding's event time
// related findings are looked for.
const DefaultRelatedWindow = time.Hour

// Related returns the other findings of all that happened on the same
// container as target, or on the same resource when either of the two
// names no container, within ±window of target's event time, ordered by
// event time. It scans all; for repeated queries build an Index.
func Related(all []*Record, target *Record, window time.Duration) []*Record {
	if target == nil {
		return nil
	}
	t := keysOf(target)
	var out []*Record
	for _, r := range all {
		if r == nil || r == target || !within(eventTime(r), t.at, window) {
			continue
		}
		if t.related(keysOf(r)) {
			out = append(out, r)
		}
	}
	sortByEventTime(out)
	return out
}

// correlationKeys is what relating two records compares.
type correlationKeys struct {
	container string // "" when the record names no container
	resource  string
	at        time.Time
}

func keysOf(r *Record) correlationKeys {
	c, _ := containerKey(r)
	return correlationKeys{container: c, resource: resourceKey(r), at: eventTime(r)}
}

// related: same container; or, when either side names no container, the
// same resource. A GKE finding's resource is the whole cluster, so two
// findings in different pods of one cluster are not related.
func (a correlationKeys) related(b correlationKeys) bool {
	if a.container != "" && b.container != "" {
		return a.container == b.container
	}
	return a.resource != "" && a.resource == b.resource
}

// eventTime is when the finding happened: eventTime, else createTime.
func eventTime(r *Record) time.Time {
	if !r.Finding.EventTime.IsZero() {
		return r.Finding.EventTime
	}
	return r.Finding.CreateTime
}

func within(t, center time.Time, window time.Duration) bool {
	d := t.Sub(center)
	return d >= -window && d <= window
}

func sortByEventTime(rs []*Record) {
	slices.SortStableFunc(rs, func(a, b *Record) int { return eventTime(a).Compare(eventTime(b)) })
}

// Index answers Related queries over many records (100k and more) without
// scanning them all: records are bucketed by container and by resource,
// each bucket sorted by event time and searched by binary search.
type Index struct {
	byContainer map[string][]indexed
	byResource  map[string][]indexed
	keys        map[*Record]correlationKeys
}

type indexed struct {
	rec          *Record
	at           int64 // timeKey of the event time
	seq          int   // position in the input, to break ties deterministically
	hasContainer bool
}

// NewIndex indexes recs. The records must not change while it is in use.
func NewIndex(recs []*Record) *Index {
	idx := &Index{
		byContainer: make(map[string][]indexed),
		byResource:  make(map[string][]indexed),
		keys:        make(map[*Record]correlationKeys, len(recs)),
	}
	for i, r := range recs {
		if r == nil {
			continue
		}
		k := keysOf(r)
		idx.keys[r] = k
		e := indexed{rec: r, at: timeKey(k.at), seq: i, hasContainer: k.container != ""}
		if k.container != "" {
			idx.byContainer[k.container] = append(idx.byContainer[k.container], e)
		}
		if k.resource != "" {
			idx.byResource[k.resource] = append(idx.byResource[k.resource], e)
		}
	}
	for _, m := range []map[string][]indexed{idx.byContainer, idx.byResource} {
		for _, b := range m {
			slices.SortFunc(b, func(x, y indexed) int {
				if x.at != y.at {
					return cmp.Compare(x.at, y.at)
				}
				return x.seq - y.seq
			})
		}
	}
	return idx
}

// Related is the indexed form of the package-level Related. target need
// not be in the index.
func (idx *Index) Related(target *Record, window time.Duration) []*Record {
	if target == nil {
		return nil
	}
	k, ok := idx.keys[target]
	if !ok {
		k = keysOf(target)
	}
	var out []*Record
	if k.container != "" {
		for _, e := range span(idx.byContainer[k.container], k.at, window) {
			if e.rec != target {
				out = append(out, e.rec)
			}
		}
	}
	if k.resource != "" {
		for _, e := range span(idx.byResource[k.resource], k.at, window) {
			// Same-container matches were taken above; here only pairs
			// where one side names no container count.
			if e.rec != target && (k.container == "" || !e.hasContainer) {
				out = append(out, e.rec)
			}
		}
	}
	sortByEventTime(out)
	return out
}

// span returns the entries of a time-sorted bucket within ±window of at.
func span(b []indexed, at time.Time, window time.Duration) []indexed {
	from, to := timeKey(at.Add(-window)), timeKey(at.Add(window))
	lo := sort.Search(len(b), func(i int) bool { return b[i].at >= from })
	hi := sort.Search(len(b), func(i int) bool { return b[i].at > to })
	if hi < lo {
		hi = lo
	}
	return b[lo:hi]
}

// timeKey orders times as an int64 (nanoseconds since 1970), saturating
// outside the years 1678–2262 where exports hold no real event times.
func timeKey(t time.Time) int64 {
	const limit = 9_000_000_000 // seconds; ×1e9 stays inside int64
	switch sec := t.Unix(); {
	case sec < -limit:
		return math.MinInt64
	case sec > limit:
		return math.MaxInt64
	default:
		return sec*1_000_000_000 + int64(t.Nanosecond())
	}
}

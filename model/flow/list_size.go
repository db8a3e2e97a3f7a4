package flow

import "github.com/pytriage/pytriage/model/pytoken"

// topItemsLook bounds the tokens topItems looks at. A list may be
// evaluated once per item of a comprehension and fail at its second item,
// so an unbounded look ahead would make a long list in a comprehension
// body cost its length per item: quadratic on hostile input. Within the
// bound the look costs about what evaluating the items it counts does.
const topItemsLook = 64

// topItems is the room a list needs whose first item folded and ended at
// token i: 1 plus the top-level commas in [i, e.end), counting those in the
// next topItemsLook tokens only. group and args size their lists with it
// once the first item folded, instead of growing them by appends (1, 2, 4,
// 8 … a new array each time): a short literal list is one allocation. The
// count may be off (a trailing comma, keyword arguments, a list longer than
// the look): only capacity, never a result, depends on it.
func (e *evaluator) topItems(i int) int {
	n := 1
	toks := e.p.Toks
	end := min(e.end, i+topItemsLook)
	for j := i; j < end; j++ {
		t := &toks[j]
		if t.Match > int32(j) {
			j = int(t.Match)
			continue
		}
		if t.Kind == pytoken.Op && len(t.Text) == 1 && t.Text[0] == ',' {
			n++
		}
	}
	return n
}

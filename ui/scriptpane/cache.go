package scriptpane

import "container/list"

// cacheSize is how many highlighted scripts (and reports) are kept: enough
// to flip between the findings of one incident without re-tokenising.
const cacheSize = 32

// lru is a small least-recently-used cache. It is only touched from
// Update (the UI goroutine), never from a command.
type lru[V any] struct {
	max   int
	order *list.List // front: most recent; values are keys
	items map[string]*lruItem[V]
}

type lruItem[V any] struct {
	val V
	el  *list.Element
}

func newLRU[V any](max int) *lru[V] {
	return &lru[V]{max: max, order: list.New(), items: map[string]*lruItem[V]{}}
}

func (c *lru[V]) get(k string) (V, bool) {
	it, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(it.el)
	return it.val, true
}

func (c *lru[V]) put(k string, v V) {
	if it, ok := c.items[k]; ok {
		it.val = v
		c.order.MoveToFront(it.el)
		return
	}
	c.items[k] = &lruItem[V]{val: v, el: c.order.PushFront(k)}
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.items, old.Value.(string))
	}
}

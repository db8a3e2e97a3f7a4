package flow

// Most statements assign nothing (calls, returns, ifs, defs), yet
// assignStmt would scan all their tokens for an "=" or "+=". collect,
// which looks at every operator anyway, notes per statement whether one
// ends in '=' (also "==", "<=" and the like: a cheap superset), so that
// assignStmt skips the rest.

// assigns reports whether statement si may hold an assignment operator:
// false only if none of its operators ends in '='.
func (p *Program) assigns(si int) bool {
	w := si >> 6
	return w < len(p.eqStmts) && p.eqStmts[w]&(1<<(si&63)) != 0
}

// markEq notes an operator ending in '=' in statement k (for the tokens
// of f-string fields, which collect's loop does not see).
func (c *collector) markEq(k int) {
	if k>>6 < len(c.eqStmts) {
		c.eqStmts[k>>6] |= 1 << (k & 63)
	}
}

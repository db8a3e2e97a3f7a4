package detect

import "github.com/pytriage/pytriage/model/flow"

// callFact holds, for one call, the answers to the questions most
// detectors ask about every call of a script (isProcess, isExec, isFetch,
// isSend, isWrite). They are computed in one pass, once per Context, so
// that a detector walking all calls reads one byte per call instead of
// comparing names again.
//
// Only answers that do not fold anything are kept: isWrite of open() reads
// its folded mode and isSend of urlopen/request its arguments. For those
// the Ask bit says to call the method itself, each time, as before: the
// evaluator's step budget is shared by a script, so the folds it runs, and
// their order, stay exactly what they were.
type callFact uint8

const (
	factProcess  callFact = 1 << iota // isProcess
	factExec                          // isExec
	factFetch                         // isFetch
	factSend                          // isSend (unless factSendAsk)
	factSendAsk                       // isSend must be asked
	factWrite                         // isWrite (unless factWriteAsk)
	factWriteAsk                      // isWrite must be asked
)

// facts returns the facts of every call, indexed like P.Calls.
func (c *Context) facts() []callFact {
	if c.callFacts != nil || len(c.P.Calls) == 0 {
		return c.callFacts
	}
	f := make([]callFact, len(c.P.Calls))
	for i := range c.P.Calls {
		f[i] = c.factsOf(&c.P.Calls[i])
	}
	c.callFacts = f
	return f
}

func (c *Context) factsOf(k *flow.Call) callFact {
	var f callFact
	if callNameSet.has(k.Func) {
		f = callNameFacts[k.Func]
	}
	m := k.Method()
	if f&factFetch == 0 && fetchByMethod(k, m) {
		f |= factFetch
	}
	switch m {
	case "urlopen", "request":
		f |= factSendAsk
	default:
		if sendByName(k, m) {
			f |= factSend
		}
	}
	switch k.Func {
	case "open", "io.open", "codecs.open", "os.open":
		f |= factWriteAsk
	default:
		if writeByName(k, m) {
			f |= factWrite
		}
	}
	return f
}

// callNameFacts gives the facts that follow from a call's name being in
// processFuncs, execFuncs or fetchFuncs; callNameSet filters those names
// (one lookup for the three lists).
var (
	callNameFacts = func() map[string]callFact {
		m := map[string]callFact{}
		for _, l := range []struct {
			names []string
			f     callFact
		}{{processFuncs, factProcess}, {execFuncs, factExec}, {fetchFuncs, factFetch}} {
			for _, n := range l.names {
				m[n] |= l.f
			}
		}
		return m
	}()
	callNameSet = func() *strSet {
		var names []string
		for n := range callNameFacts {
			names = append(names, n)
		}
		return setOf(names)
	}()
)

// sends is isSend of call i.
func (c *Context) sends(i int, f callFact) bool {
	if f&factSendAsk != 0 {
		return c.isSend(&c.P.Calls[i])
	}
	return f&factSend != 0
}

// writes is isWrite of call i.
func (c *Context) writes(i int, f callFact) bool {
	if f&factWriteAsk != 0 {
		return c.isWrite(&c.P.Calls[i])
	}
	return f&factWrite != 0
}

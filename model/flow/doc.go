// Package flow is pytriage's light data flow over pytoken's tokens: it
// resolves import aliases (import base64 as b, from os import system as s,
// s = os.system, m = __import__("o"+"s")), folds constant expressions
// (concatenation, %/format of literals, [::-1], chr()/ord() arithmetic,
// ”.join, map(chr, ...), bytes([...]), bytes.fromhex, .decode(), decoder
// calls on literals, single-byte XOR comprehensions) and propagates literal
// values through simple assignments, so that x = "so"+"cket"; __import__(x)
// is seen as an import of socket. It indexes call sites by canonical name and
// answers "does this expression reach that source" through assignments.
//
// Everything is bounded: recursion depth, evaluation steps, value sizes.
// It never executes anything. It must not import pytriage/finding,
// pytriage/ui or pytriage/model (model imports it).
package flow

package jsonscan

// Skip finds the end of the value starting at buf[i] by structure alone:
// strings, brackets and braces. It is the resynchronisation step after a
// value that parsed but failed validation (duplicate key, bad UTF-8, depth,
// size): the structure is still sound and the next value can be found. It
// reports an *Error when brackets do not match or the input ends (EOF set).
func Skip(buf []byte, i int) (int, error) {
	i = SkipSpace(buf, i)
	if i >= len(buf) {
		return 0, &Error{Offset: i, Reason: "unexpected end of input in value", EOF: true}
	}
	var stack []byte
	for j := i; j < len(buf); j++ {
		switch c := buf[j]; c {
		case '"':
			j++
			for j < len(buf) && buf[j] != '"' {
				if buf[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(buf) {
				return 0, &Error{Offset: j, Reason: "unexpected end of input in string", EOF: true}
			}
		case '{', '[':
			stack = append(stack, c)
		case '}', ']':
			want := byte('{')
			if c == ']' {
				want = '['
			}
			if len(stack) == 0 || stack[len(stack)-1] != want {
				return 0, &Error{Offset: j, Reason: "unbalanced " + quoteByte(c)}
			}
			stack = stack[:len(stack)-1]
		case ',', ' ', '\t', '\n', '\r', ':':
			if len(stack) == 0 {
				return j, nil
			}
		}
		if len(stack) == 0 && (buf[j] == '}' || buf[j] == ']' || buf[j] == '"') {
			return j + 1, nil
		}
	}
	if len(stack) == 0 {
		return len(buf), nil
	}
	return 0, &Error{Offset: len(buf), Reason: "unexpected end of input in value", EOF: true}
}

package pytoken

import "testing"

func TestStringValue(t *testing.T) {
	tests := []struct {
		lit     string
		value   string
		isBytes bool
		ok      bool
	}{
		{`'abc'`, "abc", false, true},
		{`"a\"b"`, `a"b`, false, true},
		{`'\x41\101\u00e9\U0001F600\N{BULLET}\n\t\\'`, "AAé\U0001F600•\n\t\\", false, true},
		{`'\N{latin small letter e}\N{CJK UNIFIED IDEOGRAPH-4E00}'`, "e一", false, true},
		{`'\N{NO SUCH NAME}'`, `\N{NO SUCH NAME}`, false, false},
		{`'\q'`, `\q`, false, true},
		{`'\x4'`, `\x4`, false, false},
		{"'a\\\nb'", "ab", false, true},
		{"'''a\r\nb\rc'''", "a\nb\nc", false, true},
		{`r'\x41\''`, `\x41\'`, false, true},
		{`R"C:\path"`, `C:\path`, false, true},
		{`b'\x00\xff\u0041'`, "\x00\xff\\u0041", true, true},
		{`Rb'\x00'`, `\x00`, true, true},
		{`b'\777'`, "\xff", true, true},
		{`u'\u0041'`, "A", false, true},
		{`f'a{x}b{{c}}'`, "ab{c}", false, false},
		{`f'{x:{w}}\N{BULLET}'`, "•", false, false},
		{`t'a{x}'`, "a", false, false},
		{`'unterminated`, "unterminated", false, false},
		{`'''abc''`, "abc''", false, false},
		{`'ab\'`, "ab'", false, false},
		{`x'a'`, "", false, false},
		{``, "", false, false},
		{`'`, "", false, false},
	}
	for _, tc := range tests {
		v, isBytes, ok := StringValue(tc.lit)
		if v != tc.value || isBytes != tc.isBytes || ok != tc.ok {
			t.Errorf("StringValue(%s) = %q, %v, %v; want %q, %v, %v", tc.lit, v, isBytes, ok, tc.value, tc.isBytes, tc.ok)
		}
	}
}

// Package pytoken is a pure-Go, error-tolerant Python 3 tokenizer that
// follows CPython's line rules (LF, CRLF and lone CR end a line; form feed
// resets indentation), decodes BOMs and PEP 263 encoding cookies (utf-7 and
// unicode_escape text is decoded for analysis, as CPython would run it),
// NFKC-normalises identifiers, records display tricks, and never fails: any
// bytes give a Result, truncated input yields the tokens so far and a flag,
// and caps (MaxTokens, MaxFieldTokens, MaxFStringDepth) bound time and
// memory. Tokenize is the entry point; StringValue evaluates literals.
//
// Its tokens drive both the detectors and the syntax highlighting: Lexer is
// a chroma.Lexer over them and HighlightLines splits them per CPython line.
//
// It owns Python lexing only: it must not import pytriage/finding,
// pytriage/ui or the rest of pytriage/model.
package pytoken

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Error Kind = iota // bytes that form no token (kept, never dropped)
	Name              // identifier or keyword (see Token.Keyword)
	Number
	String       // any string literal incl. prefix and quotes; f-strings whole
	Comment      // from # to end of line
	Op           // operator or delimiter
	Newline      // end of a logical line
	NL           // non-logical line break (blank line, inside brackets, after comment)
	Indent       // zero-width
	Dedent       // zero-width
	Continuation // backslash-newline
	Whitespace   // not emitted by Tokenize: the gaps between tokens are whitespace
	EndMarker
)

// Token is one lexeme. Start and End are byte offsets into Result.Text
// (the decoded text); Line is 1-based by CPython's rules, Col the 0-based
// byte offset in that line, EndLine the line of the token's last byte (only
// strings span lines). Dedents, the EOF Newline and EndMarker sit at the end
// of the text, on its last line.
type Token struct {
	Start   int32
	End     int32
	Line    int32
	Col     int32
	EndLine int32
	Kind    Kind
	Keyword bool // Name that is a Python keyword or soft keyword in position
}

// String names the kind for tests and debugging output.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

var kindNames = [...]string{
	Error: "Error", Name: "Name", Number: "Number", String: "String",
	Comment: "Comment", Op: "Op", Newline: "Newline", NL: "NL",
	Indent: "Indent", Dedent: "Dedent", Continuation: "Continuation",
	Whitespace: "Whitespace", EndMarker: "EndMarker",
}

// Result is everything Tokenize learnt about one script. Whitespace between
// tokens is not emitted as tokens: the gaps between Tokens are spaces, tabs
// and form feeds (the Lexer turns them into chroma.Text).
type Result struct {
	// Text is the decoded text that was analysed: the input without its
	// UTF-8 BOM, decoded from UTF-7, unicode_escape, raw_unicode_escape or
	// Latin-1 when a cookie says so. Invalid UTF-8 bytes are kept as they are.
	Text string
	// Tokens in source order. Indent, Dedent and a Newline at EOF are zero-width.
	Tokens []Token
	// FieldTokens are the tokens of the replacement fields of f-strings and
	// t-strings (the String token itself stays whole in Tokens), so that
	// f"{__import__('os').system(c)}" is visible to detectors.
	FieldTokens []FieldToken
	// LineStarts holds the byte offset of each line's start by CPython's
	// rules (LF, CRLF and lone CR end a line). len(LineStarts) is the line
	// count; a final terminator does not open a new, empty line.
	LineStarts []int
	// Statements are the logical statements, split at NEWLINE and ';'.
	Statements []Statement
	// Truncated: EOF inside a string, a bracket or after a backslash.
	Truncated bool
	// LimitsHit: a cap (tokens, f-string nesting, tricks) triggered; the
	// tokens stop or simplify there. Treat the script as not fully analysed.
	LimitsHit bool
	// Encoding is the codec used to decode Text ("utf-8", "latin-1",
	// "utf-7", "unicode_escape", "raw_unicode_escape"); Cookie is the
	// encoding name as declared by a PEP 263 cookie, "" if none.
	Encoding string
	Cookie   string
	// CookieLine is the 1-based line of the cookie, 0 if none.
	CookieLine int
	// EncodingNote explains anything unusual about the encoding, e.g.
	// "cookie utf-7 decoded for analysis" or "unknown cookie cp1252: not
	// decoded". Empty for plain UTF-8.
	EncodingNote string
	// BOM: the input began with a UTF-8 byte order mark (stripped from Text).
	BOM bool
	// NonASCIIIdents and NFKCChanged are indexes into Tokens of Name tokens
	// that contain non-ASCII runes, and of those whose NFKC form differs
	// from the source text (Ident gives the normalised name).
	NonASCIIIdents []int
	NFKCChanged    []int
	// Tricks are display-trick characters found anywhere in Text.
	Tricks []Trick
	// Errors are the syntax problems met (capped); the tokenizer carried on.
	Errors []SyntaxError
	Flags  Flags
	// HighBytes counts the bytes ≥ 0x80 in Text (non-ASCII runes and
	// invalid bytes), found by the same pass as LineStarts and Tricks.
	HighBytes int

	srcLineOut []int // offset in Text where each source line begins; nil unless decoded by line
}

// FieldToken is a token inside an f-string replacement field; String is the
// index in Result.Tokens of the f-string that holds it.
type FieldToken struct {
	Token
	String int
}

// Statement is one logical statement. First and Last are indexes into
// Result.Tokens of its first and last significant tokens (comments, the
// closing ';' and NEWLINE excluded). Lines are 1-based and inclusive.
type Statement struct {
	StartLine, EndLine int
	First, Last        int
}

// Trick is one display-trick character: see the Trick* kinds.
type Trick struct {
	Kind   string
	Offset int // byte offset in Result.Text
	Line   int // 1-based
	Rune   rune
}

// Trick kinds.
const (
	TrickBidi          = "bidi"           // Bidi_Control: U+061C, U+200E-F, U+202A-E, U+2066-9
	TrickInvisible     = "invisible"      // zero-width and other default-ignorables, Hangul fillers
	TrickLoneCR        = "lone-cr"        // CR not followed by LF: ends a line, hides text in terminals
	TrickEscape        = "escape"         // ESC
	TrickC1            = "c1"             // U+0080-U+009F
	TrickControl       = "control"        // other C0 controls (not TAB, LF, CR, FF) and DEL
	TrickFormFeed      = "form-feed"      // FF: legal, but moves output on some terminals
	TrickLineSeparator = "line-separator" // U+2028, U+2029, U+0085: not a Python line end
	TrickOddSpace      = "odd-space"      // NBSP, U+2000-200A, U+202F, U+205F, U+3000
	TrickInvalidUTF8   = "invalid-utf8"   // a byte that is not valid UTF-8
)

// SyntaxError is a problem CPython would reject; the tokenizer recovers.
type SyntaxError struct {
	Offset, Line, Col int
	Msg               string
}

// Flags summarise what the obfuscation and evasion detectors care about.
type Flags struct {
	NonASCIIIdent      bool // some identifier has non-ASCII runes
	NFKCChanged        bool // some identifier's NFKC form differs from its text
	HangulFiller       bool // an identifier uses U+3164, U+115F, U+1160 or U+FFA0
	InvalidUTF8        bool // Text holds bytes that are not UTF-8
	NullByte           bool // Text holds NUL
	InconsistentDedent bool
	UnterminatedString bool // a single-quoted string ran into a line end
	MixedIndent        bool // tabs and spaces both used for indentation
	TricksCapped       bool // more than 10000 display tricks: the rest are not recorded
}

// Package safe is the one display boundary of pytriage: every string that
// comes from a finding (script text, argv, env values, paths, names, error
// text quoting them) passes through it before it reaches a terminal, a Lip
// Gloss style, Chroma, a clipboard or a title.
//
// It escapes and never strips: C0 and C1 controls, DEL, whole escape
// sequences (CSI, OSC, DCS, APC, PM, SOS, including unterminated ones and
// their C1 forms), bidi controls, default-ignorable and other invisible code
// points, odd spaces, line/paragraph separators and invalid UTF-8 each
// become a visible, distinct token made only of safe graphic runes:
//
//	ESC [ 2 J          ␛[2J            (one token for the whole sequence)
//	ESC ] 52;c;… BEL   ␛]52;c;…␇
//	U+009B 2 J         ⟨U+009B CSI⟩2J
//	U+202E             ⟨U+202E RLO⟩
//	U+200B             ⟨U+200B ZWSP⟩
//	byte 0xFF          \xff
//	NUL, BEL, DEL      ␀ ␇ ␡           (Unicode control pictures)
//
// Line ends. Single-line mode (Escape) shows LF as ␊, CR as ␍ and tab as ␉.
// Multi-line mode (EscapeMultiline) follows CPython's line rule, under which
// LF, CRLF and a lone CR each end a line: LF stays a line break; CRLF
// becomes the token ␍␊ followed by a line break; a lone CR becomes the token
// ␍ followed by a line break. So text hidden behind a carriage return is
// shown on its own line, as the interpreter reads it, and CRLF is never
// turned into LF silently. Tabs expand to spaces at 8-column stops in
// multi-line mode.
//
// The output is idempotent (escaping it again changes nothing), holds no
// byte 0x00–0x08, 0x0B–0x1F or 0x7F, no C1, no Bidi_Control and no
// default-ignorable code point, and its display width is what ansi and Lip
// Gloss measure. A literal "⟨U+202E RLO⟩" typed by an attacker is text, not
// a token: Segments marks real tokens (Token true) and Styled draws them in
// the token style, so the two are told apart on screen.
//
// Package safe depends only on the standard library, Lip Gloss and x/ansi;
// it must not import pytriage/finding, pytriage/model or other ui packages.
package safe

package paneinput

import tea "charm.land/bubbletea/v2"

// maxPrompt caps what can be typed at the prompt, in bytes.
const maxPrompt = 256

// Prompt is the one-line "/" search input. While Active the pane gives it
// every key (and reports Capturing to the shell).
type Prompt struct {
	Active bool
	Text   string
}

// Open starts a fresh prompt.
func (p *Prompt) Open() { p.Active, p.Text = true, "" }

// Key edits the prompt: enter submits (submit true, prompt closed), esc
// abandons, backspace and ctrl+u delete, other text is typed. Pasted or
// typed text is finding-independent but still escaped when drawn.
func (p *Prompt) Key(msg tea.KeyPressMsg) (submit bool) {
	switch msg.String() {
	case "enter":
		p.Active = false
		return true
	case "esc":
		p.Active = false
	case "backspace":
		if r := []rune(p.Text); len(r) > 0 {
			p.Text = string(r[:len(r)-1])
		}
	case "ctrl+u":
		p.Text = ""
	case "space":
		p.insert(" ")
	default:
		p.insert(msg.Text)
	}
	return false
}

// Paste adds pasted text to an active prompt.
func (p *Prompt) Paste(s string) { p.insert(s) }

func (p *Prompt) insert(s string) {
	if s != "" && len(p.Text)+len(s) <= maxPrompt {
		p.Text += s
	}
}

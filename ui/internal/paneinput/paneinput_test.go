package paneinput

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestDelta(t *testing.T) {
	n := NewNav("line", "match")
	tests := []struct {
		msg  tea.KeyPressMsg
		want int
		ok   bool
	}{
		{tea.KeyPressMsg{Code: 'j', Text: "j"}, 1, true},
		{tea.KeyPressMsg{Code: tea.KeyUp}, -1, true},
		{tea.KeyPressMsg{Code: tea.KeyPgDown}, 9, true},
		{tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}, 4, true},
		{tea.KeyPressMsg{Code: 'G', Text: "G"}, 100, true},
		{tea.KeyPressMsg{Code: 'g', Text: "g"}, -100, true},
		{tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}, 9, true},
		{tea.KeyPressMsg{Code: 'd', Text: "d"}, 0, false},
	}
	for _, tt := range tests {
		got, ok := n.Delta(tt.msg, 10, 100)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: %d %v, want %d %v", tt.msg, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPrompt(t *testing.T) {
	var p Prompt
	p.Open()
	for _, m := range []tea.KeyPressMsg{{Code: 'a', Text: "a"}, {Code: 'é', Text: "é"}, {Code: tea.KeySpace, Text: " "}, {Code: 'b', Text: "b"}, {Code: tea.KeyBackspace}} {
		if p.Key(m) {
			t.Fatal("submitted early")
		}
	}
	if p.Text != "aé " || !p.Active {
		t.Fatalf("text %q active %v", p.Text, p.Active)
	}
	if !p.Key(tea.KeyPressMsg{Code: tea.KeyEnter}) || p.Active {
		t.Fatal("enter did not submit")
	}
	p.Open()
	p.Paste(string(make([]byte, maxPrompt+1)))
	if p.Text != "" {
		t.Fatal("over-long paste accepted")
	}
	p.Key(tea.KeyPressMsg{Code: tea.KeyEscape})
	if p.Active {
		t.Fatal("esc kept the prompt")
	}
}

func TestKeyPressSpellsBindings(t *testing.T) {
	for _, name := range []string{"j", "G", "/", "]", "down", "pgdown", "ctrl+d", "enter", "esc", "space"} {
		if got := KeyPress(name).String(); got != name {
			t.Errorf("KeyPress(%q).String() = %q", name, got)
		}
	}
}

// Package paneinput holds the keyboard handling the JSON and Script panes
// share: vim-style movement bindings that turn a key into a cursor delta,
// and the one-line "/" search prompt.
//
// It must not import pytriage/finding, pytriage/model or the ui root.
package paneinput

package scriptpane

import (
	"embed"
	"fmt"
	"sync"

	"github.com/alecthomas/chroma/v2"
)

// The two Chroma styles the themes name and Chroma's bash lexer, embedded
// as copies (see chroma/README.md): importing chroma/v2/styles and
// chroma/v2/lexers would parse all of theirs at every program start.
//
//go:embed chroma/*.xml
var chromaFiles embed.FS

var (
	stylesOnce   sync.Once
	chromaStyles map[string]*chroma.Style
)

// chromaStyle returns the embedded Chroma style called name ("github",
// "github-dark"), or nil if there is none by that name.
func chromaStyle(name string) *chroma.Style {
	stylesOnce.Do(func() {
		chromaStyles = map[string]*chroma.Style{}
		for _, file := range []string{"chroma/github.xml", "chroma/github-dark.xml"} {
			s, err := loadStyle(file)
			if err != nil {
				panic(err) // embedded and tested: cannot happen at run time
			}
			chromaStyles[s.Name] = s
		}
	})
	return chromaStyles[name]
}

func loadStyle(file string) (*chroma.Style, error) {
	f, err := chromaFiles.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := chroma.NewXMLStyle(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return s, nil
}

// newBashLexer parses the embedded copy of Chroma's bash lexer.
func newBashLexer() chroma.Lexer {
	return chroma.Coalesce(chroma.MustNewXMLLexer(chromaFiles, "chroma/bash.xml"))
}

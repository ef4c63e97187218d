package orgs

import (
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/segment"
)

func tokenizeFn(s string) []extract.Token { return segment.Tokenize(s, 0, len(s)) }

package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// htmlDoc is the article found in an HTML page.
type htmlDoc struct {
	Text      string // paragraphs separated by blank lines, title first
	Title     string
	URL       string // canonical URL
	Published string // ISO date or date-time from meta tags, time elements or JSON-LD
}

// errNoArticle is returned for pages without article text (only scripts,
// navigation, an empty body).
var errNoArticle = errors.New("HTML page has no article text")

// extractHTML finds the main text of a page with go-trafilatura. The page
// is decoded from the charset its HTTP header (contentType) or its meta tags
// declare, windows-1252 and the like included; paragraphs are kept.
func extractHTML(page []byte, contentType, pageURL string) (htmlDoc, error) {
	r, err := charset.NewReader(bytes.NewReader(page), contentType)
	if err != nil {
		r = bytes.NewReader(page)
	}
	root, err := html.Parse(r)
	if err != nil {
		return htmlDoc{}, fmt.Errorf("HTML: %v", err)
	}
	dropNodes(root, map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "iframe": true})
	opts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return htmlDoc{}, errNoArticle
	}
	var b strings.Builder
	blockText(&b, res.ContentNode)
	text := strings.TrimSpace(collapseBlankLines(b.String()))
	if len(strings.Fields(text)) < 5 {
		return htmlDoc{}, errNoArticle
	}
	d := htmlDoc{Title: strings.TrimSpace(res.Metadata.Title), URL: res.Metadata.URL}
	if d.URL == "" {
		d.URL = pageURL
	}
	if d.Title != "" && !strings.HasPrefix(text, d.Title) {
		text = d.Title + "\n\n" + text
	}
	d.Text = text
	if t := res.Metadata.Date; !t.IsZero() {
		if t.Hour() == 0 && t.Minute() == 0 {
			d.Published = t.Format("2006-01-02")
		} else {
			d.Published = t.UTC().Format(time.RFC3339)
		}
	}
	return d, nil
}

// dropNodes removes the elements that never hold article text; JSON-LD
// scripts are kept, the metadata extractor reads them.
func dropNodes(n *html.Node, tags map[string]bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && tags[c.Data] && !isJSONLD(c) {
			n.RemoveChild(c)
		} else {
			dropNodes(c, tags)
		}
		c = next
	}
}

func isJSONLD(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "type" && strings.Contains(a.Val, "ld+json") {
			return true
		}
	}
	return false
}

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "tr": true, "section": true, "article": true,
	"header": true, "footer": true, "ul": true, "ol": true, "table": true, "figcaption": true, "dd": true, "dt": true,
}

// blockText writes the text of n with a blank line around block elements.
func blockText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(strings.Join(strings.Fields(n.Data), " "))
		if strings.HasSuffix(n.Data, " ") || strings.HasSuffix(n.Data, "\n") {
			b.WriteByte(' ')
		}
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template":
			return
		case "br":
			b.WriteString("\n")
			return
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		b.WriteString("\n\n") // inline elements: text nodes keep their own spacing
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		blockText(b, c)
	}
	if block {
		b.WriteString("\n\n")
	}
}

func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		out = append(out, strings.TrimSpace(l))
	}
	s = strings.Join(out, "\n")
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}

// readHTMLFile reads one .html file as one document.
func readHTMLFile(in Input, r io.Reader, lim Limits, emit emitFunc) error {
	d := &Document{Source: in.Source}
	b, err := readAll(r, lim.MaxDocBytes, "document")
	if err != nil {
		d.fail("read", err.Error())
		return emit(d)
	}
	if looksBinary(b) {
		d.fail("decode", "binary content (not HTML): skipped")
		return emit(d)
	}
	d.HTML = b
	return emit(d)
}

// fromHTML fills Raw and the metadata the input lacks from d.HTML.
func fromHTML(d *Document) error {
	hd, err := extractHTML(d.HTML, d.HTMLType, d.Meta.URL)
	d.HTML = nil
	if err != nil {
		return err
	}
	d.Raw = hd.Text
	if d.Meta.Title == "" {
		d.Meta.Title = hd.Title
	}
	if hd.Published != "" && (d.Meta.Published == "" || d.Meta.CrawlDate) {
		d.Meta.Published = hd.Published // the page's own date beats a crawl date
	}
	if d.Meta.URL == "" {
		d.Meta.URL = hd.URL
	}
	return nil
}

package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/schemas"
)

// sink owns one part file per table for the whole run.
type sink struct {
	w     map[string]*tableWriter
	order []string
}

func partName(cfg Config) string {
	return fmt.Sprintf("part-%s-%dof%d", cfg.RunID, cfg.ShardIndex, cfg.ShardCount)
}

func newSink(cfg Config) (*sink, error) {
	s := &sink{w: map[string]*tableWriter{}}
	for _, t := range schemas.Tables {
		tw, err := newTableWriter(cfg.Out, t, cfg.Format, partName(cfg))
		if err != nil {
			s.abort()
			return nil, err
		}
		s.w[t.Name] = tw
		s.order = append(s.order, t.Name)
	}
	return s, nil
}

func (s *sink) writeErrors(errs []schemas.Error) error {
	for _, e := range errs {
		if err := s.w["errors"].Append(e, 0); err != nil {
			return err
		}
	}
	return nil
}

// write appends the rows of one document to every table.
func (s *sink) write(d *Document) error {
	id := d.ID
	for i := range d.Errors {
		if d.Errors[i].DocID == nil && id != "" && !d.Failed {
			d.Errors[i].DocID = &id
		}
	}
	if err := s.writeErrors(d.Errors); err != nil {
		return err
	}
	if d.Failed {
		return nil
	}
	cp := newCodePoints(d.Text)
	doc := schemas.Document{
		DocID:           id,
		Source:          d.Source,
		Title:           optional(d.Title),
		URL:             optional(d.Meta.URL),
		Lang:            d.Lang,
		LangConfidence:  d.LangConfidence,
		Published:       optional(d.Published),
		PublishedSource: d.PubSource,
		Text:            d.Text,
		NChars:          int32(cp.of(len(d.Text))),
		NSentences:      int32(len(d.Doc.Sentences)),
	}
	if err := s.w["documents"].Append(doc, len(d.Text)); err != nil {
		return err
	}
	for _, se := range d.Doc.Sentences {
		row := schemas.Sentence{DocID: id, SentIndex: int32(se.Index), Start: int32(cp.of(se.Start)), End: int32(cp.of(se.End)), Text: d.Text[se.Start:se.End]}
		if err := s.w["sentences"].Append(row, len(row.Text)); err != nil {
			return err
		}
	}
	for _, e := range d.Doc.Entities {
		if err := s.w["entities"].Append(entityRow(id, e, cp), len(e.Text)); err != nil {
			return err
		}
	}
	for _, c := range d.Doc.Claims {
		if err := s.w["claims"].Append(claimRow(id, c, cp), len(c.Sentence)); err != nil {
			return err
		}
	}
	return nil
}

func entityRow(id string, e extract.Entity, cp *codePoints) schemas.Entity {
	r := schemas.Entity{
		DocID: id, EntityID: e.ID, SentIndex: int32(e.Sent), Type: e.Type, Text: e.Text,
		Start: int32(cp.of(e.Start)), End: int32(cp.of(e.End)), Normalized: e.Normalized,
		Kind: optional(e.Kind), Granularity: optional(e.Granularity), Mod: optional(e.Mod),
		Confidence: e.Confidence, Rule: e.Rule,
	}
	if e.DateStart != nil {
		v := schemas.Date(*e.DateStart)
		r.DateStart = &v
	}
	if e.DateEnd != nil {
		v := schemas.Date(*e.DateEnd)
		r.DateEnd = &v
	}
	return r
}

func claimRow(id string, c extract.Claim, cp *codePoints) schemas.Claim {
	return schemas.Claim{
		DocID: id, ClaimID: c.ID, SentIndex: int32(c.Sent), Type: c.Type, Trigger: c.Trigger,
		TriggerStart: int32(cp.of(c.TriggerStart)), TriggerEnd: int32(cp.of(c.TriggerEnd)),
		Agent: optional(c.Agent), Target: optional(c.Target),
		AgentEntityID: optional(c.AgentEntity), TargetEntityID: optional(c.TargetEntity),
		Offence: optional(c.Offence), Court: optional(c.Court), Date: optional(c.Date),
		DateEntityID: optional(c.DateEntity), Modality: c.Modality, AttributedTo: optional(c.AttributedTo),
		Amount: optional(c.Amount), Sentence: c.Sentence, Confidence: c.Confidence, Rule: c.Rule,
	}
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (s *sink) close() error {
	var first error
	for _, name := range s.order {
		if err := s.w[name].Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (s *sink) abort() {
	for _, w := range s.w {
		w.Abort()
	}
}

func (s *sink) rows() map[string]int64 {
	m := map[string]int64{}
	for name, w := range s.w {
		m[name] = w.rows
	}
	return m
}

// codePoints converts byte offsets of a text to code-point offsets with a
// checkpoint every 64 bytes, so memory stays small for large texts.
type codePoints struct {
	text  string
	ascii bool
	marks []int32 // code points before byte 64*i
}

func newCodePoints(text string) *codePoints {
	c := &codePoints{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			c.ascii = false
			break
		}
	}
	if c.ascii {
		return c
	}
	c.marks = make([]int32, len(text)/64+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		if i%64 == 0 {
			c.marks[i/64] = n
		}
		if utf8.RuneStart(text[i]) {
			n++
		}
	}
	return c
}

// of returns the number of code points in text[:off].
func (c *codePoints) of(off int) int {
	if c.ascii {
		return off
	}
	if off >= len(c.text) {
		off = len(c.text)
	}
	block := off / 64
	if block >= len(c.marks) {
		block = len(c.marks) - 1
	}
	n := int(c.marks[block])
	for i := block * 64; i < off; i++ {
		if utf8.RuneStart(c.text[i]) {
			n++
		}
	}
	return n
}

// ShardOf assigns a document id to one of n shards by a stable hash.
func ShardOf(docID string, n int) int {
	if n <= 1 {
		return 0
	}
	return int(xxhash.Sum64String(docID) % uint64(n))
}

// Manifest is OUT/manifest.json: one entry per run into the dataset.
type Manifest struct {
	Dataset string        `json:"dataset"`
	Runs    []ManifestRun `json:"runs"`
}

// ManifestRun records one run.
type ManifestRun struct {
	RunID    string         `json:"run_id"`
	Version  string         `json:"version"`
	Started  string         `json:"started"`
	Finished string         `json:"finished"`
	Config   map[string]any `json:"config"`
	Inputs   []string       `json:"inputs"`
	Part     string         `json:"part"`
	Stats    *Stats         `json:"stats"`
}

func writeManifest(cfg Config, inputs []Input, st *Stats, start time.Time) error {
	path := filepath.Join(cfg.Out, "manifest.json")
	m := Manifest{Dataset: "newsextract"}
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &m); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
	}
	var names []string
	for _, in := range inputs {
		names = append(names, in.Source)
	}
	langs := cfg.Langs
	if len(langs) == 0 {
		langs = DefaultLangs
	}
	m.Runs = append(m.Runs, ManifestRun{
		RunID: cfg.RunID, Version: Version,
		Started: start.UTC().Format(time.RFC3339), Finished: time.Now().UTC().Format(time.RFC3339),
		Config: map[string]any{
			"inputs": cfg.Inputs, "format": cfg.Format, "workers": cfg.Workers,
			"langs": strings.Join(langs, ","), "shard": fmt.Sprintf("%d/%d", cfg.ShardIndex, cfg.ShardCount),
			"dct": cfg.DCT, "force": cfg.Force, "dedup": cfg.Dedup,
			"max_doc_bytes": cfg.Limits.MaxDocBytes, "max_file_bytes": cfg.Limits.MaxFileBytes, "max_line_bytes": cfg.Limits.MaxLineBytes,
		},
		Inputs: names, Part: partName(cfg), Stats: st,
	})
	sort.SliceStable(m.Runs, func(i, j int) bool { return m.Runs[i].Started < m.Runs[j].Started })
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

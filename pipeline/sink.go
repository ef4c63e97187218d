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

	"github.com/newsextract/newsextract/schemas"
)

// sink owns the current part file of every table. Every RotateDocs
// documents it commits them and starts new ones, so a crash loses at most
// the documents since the last commit. A commit renames the documents part
// last: a document whose id is in a documents part has all its rows.
type sink struct {
	cfg   Config
	seq   int
	docs  int
	w     map[string]*tableWriter
	order []string
	rows  map[string]int64
	parts []string
	cols  *rowCols // column indexes of writeRows, once known
}

// DefaultRotateDocs is how many documents a set of part files holds.
const DefaultRotateDocs = 50000

func shardTag(cfg Config) string { return fmt.Sprintf("%dof%d", cfg.ShardIndex, cfg.ShardCount) }

func partName(cfg Config, seq int) string {
	return fmt.Sprintf("part-%s-%s-%04d", cfg.RunID, shardTag(cfg), seq)
}

func newSink(cfg Config) (*sink, error) {
	s := &sink{cfg: cfg, rows: map[string]int64{}}
	for _, t := range schemas.Tables {
		s.order = append(s.order, t.Name)
	}
	// documents last: its rename commits the set
	s.order = append(s.order[1:], s.order[0])
	return s, s.open()
}

func (s *sink) open() error {
	s.w = map[string]*tableWriter{}
	for _, name := range s.order {
		t, _ := schemas.Lookup(name)
		tw, err := newTableWriter(s.cfg.Out, t, s.cfg.Format, partName(s.cfg, s.seq))
		if err != nil {
			s.abort()
			return err
		}
		s.w[name] = tw
	}
	s.parts = append(s.parts, partName(s.cfg, s.seq))
	return nil
}

// commit closes the current parts (documents last) and opens the next set.
func (s *sink) rotate() error {
	if err := s.close(); err != nil {
		return err
	}
	s.seq++
	s.docs = 0
	return s.open()
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
	rotate := s.cfg.RotateDocs
	if rotate <= 0 {
		rotate = DefaultRotateDocs
	}
	if s.docs >= rotate {
		if err := s.rotate(); err != nil {
			return err
		}
	}
	s.docs++
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
	return s.writeRows(id, d, cp)
}

// writeRows writes the sentences, entities and claims of a document, the
// tables with many rows per document, column by column.
func (s *sink) writeRows(id string, d *Document, cp *codePoints) error {
	sw, ew, clw := s.w["sentences"], s.w["entities"], s.w["claims"]
	if s.cols == nil {
		s.cols = newRowCols(sw.rowBuilder(), ew.rowBuilder(), clw.rowBuilder())
	}
	c := s.cols
	for _, se := range d.Doc.Sentences {
		b := sw.Row()
		b.String(c.sDoc, id)
		b.Int32(c.sIndex, int32(se.Index))
		b.Int32(c.sStart, int32(cp.of(se.Start)))
		b.Int32(c.sEnd, int32(cp.of(se.End)))
		b.String(c.sText, d.Text[se.Start:se.End])
		if err := sw.EndRow(se.End - se.Start); err != nil {
			return err
		}
	}
	for k := range d.Doc.Entities {
		e := &d.Doc.Entities[k]
		b := ew.Row()
		b.String(c.eDoc, id)
		b.String(c.eID, e.ID)
		b.Int32(c.eSent, int32(e.Sent))
		b.String(c.eType, e.Type)
		b.String(c.eText, e.Text)
		b.Int32(c.eStart, int32(cp.of(e.Start)))
		b.Int32(c.eEnd, int32(cp.of(e.End)))
		b.String(c.eNorm, e.Normalized)
		b.StringOrNull(c.eKind, e.Kind)
		b.DateOrNull(c.eDateStart, (*schemas.Date)(e.DateStart))
		b.DateOrNull(c.eDateEnd, (*schemas.Date)(e.DateEnd))
		b.StringOrNull(c.eGran, e.Granularity)
		b.StringOrNull(c.eMod, e.Mod)
		b.Float32(c.eConf, e.Confidence)
		b.String(c.eRule, e.Rule)
		if err := ew.EndRow(len(e.Text)); err != nil {
			return err
		}
	}
	for k := range d.Doc.Claims {
		cl := &d.Doc.Claims[k]
		b := clw.Row()
		b.String(c.cDoc, id)
		b.String(c.cID, cl.ID)
		b.Int32(c.cSent, int32(cl.Sent))
		b.String(c.cType, cl.Type)
		b.String(c.cTrigger, cl.Trigger)
		b.Int32(c.cTrigStart, int32(cp.of(cl.TriggerStart)))
		b.Int32(c.cTrigEnd, int32(cp.of(cl.TriggerEnd)))
		b.StringOrNull(c.cAgent, cl.Agent)
		b.StringOrNull(c.cTarget, cl.Target)
		b.StringOrNull(c.cAgentEnt, cl.AgentEntity)
		b.StringOrNull(c.cTargetEnt, cl.TargetEntity)
		b.StringOrNull(c.cOffence, cl.Offence)
		b.StringOrNull(c.cCourt, cl.Court)
		b.StringOrNull(c.cDate, cl.Date)
		b.StringOrNull(c.cDateEnt, cl.DateEntity)
		b.String(c.cModality, cl.Modality)
		b.StringOrNull(c.cAttributed, cl.AttributedTo)
		b.StringOrNull(c.cAmount, cl.Amount)
		b.String(c.cSentence, cl.Sentence)
		b.Float32(c.cConf, cl.Confidence)
		b.String(c.cRule, cl.Rule)
		if err := clw.EndRow(len(cl.Sentence)); err != nil {
			return err
		}
	}
	return nil
}

// rowCols are the column indexes writeRows writes.
type rowCols struct {
	sDoc, sIndex, sStart, sEnd, sText int

	eDoc, eID, eSent, eType, eText, eStart, eEnd, eNorm, eKind, eDateStart, eDateEnd, eGran, eMod, eConf, eRule int

	cDoc, cID, cSent, cType, cTrigger, cTrigStart, cTrigEnd, cAgent, cTarget, cAgentEnt, cTargetEnt, cOffence, cCourt,
	cDate, cDateEnt, cModality, cAttributed, cAmount, cSentence, cConf, cRule int
}

func newRowCols(s, e, c schemas.RowBuilder) *rowCols {
	return &rowCols{
		sDoc: s.Col("doc_id"), sIndex: s.Col("sent_index"), sStart: s.Col("start"), sEnd: s.Col("end"), sText: s.Col("text"),

		eDoc: e.Col("doc_id"), eID: e.Col("entity_id"), eSent: e.Col("sent_index"), eType: e.Col("type"), eText: e.Col("text"),
		eStart: e.Col("start"), eEnd: e.Col("end"), eNorm: e.Col("normalized"), eKind: e.Col("kind"), eDateStart: e.Col("date_start"),
		eDateEnd: e.Col("date_end"), eGran: e.Col("granularity"), eMod: e.Col("mod"), eConf: e.Col("confidence"), eRule: e.Col("rule"),

		cDoc: c.Col("doc_id"), cID: c.Col("claim_id"), cSent: c.Col("sent_index"), cType: c.Col("type"), cTrigger: c.Col("trigger"),
		cTrigStart: c.Col("trigger_start"), cTrigEnd: c.Col("trigger_end"), cAgent: c.Col("agent"), cTarget: c.Col("target"),
		cAgentEnt: c.Col("agent_entity_id"), cTargetEnt: c.Col("target_entity_id"), cOffence: c.Col("offence"), cCourt: c.Col("court"),
		cDate: c.Col("date"), cDateEnt: c.Col("date_entity_id"), cModality: c.Col("modality"), cAttributed: c.Col("attributed_to"),
		cAmount: c.Col("amount"), cSentence: c.Col("sentence"), cConf: c.Col("confidence"), cRule: c.Col("rule"),
	}
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (s *sink) close() error {
	for _, name := range s.order {
		w := s.w[name]
		s.rows[name] += w.rows
		if err := w.Close(); err != nil {
			// the documents part is not committed: remove the set's other parts
			s.abort()
			return err
		}
	}
	return nil
}

func (s *sink) abort() {
	for _, w := range s.w {
		w.Abort()
	}
}

func (s *sink) rowCounts() map[string]int64 { return s.rows }

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
	Parts    []string       `json:"parts"`
	Stats    *Stats         `json:"stats"`
}

func writeManifest(cfg Config, inputs []Input, parts []string, st *Stats, start time.Time) error {
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
			"max_doc_bytes": cfg.Limits.MaxDocBytes, "max_decompressed_bytes": cfg.Limits.MaxDecompressedBytes, "max_file_bytes": cfg.Limits.MaxFileBytes, "max_line_bytes": cfg.Limits.MaxLineBytes,
		},
		Inputs: names, Parts: parts, Stats: st,
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

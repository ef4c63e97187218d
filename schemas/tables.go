package schemas

import (
	"encoding/json"
	"time"
)

// Date is a calendar day counted from 1970-01-01 (Arrow date32).
type Date int32

// DateOf returns the Date of a calendar day.
func DateOf(y int, m time.Month, d int) Date {
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// String formats the date as YYYY-MM-DD.
func (d Date) String() string {
	return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
}

// MarshalJSON writes the date as "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads "YYYY-MM-DD".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return err
	}
	*d = Date(t.Unix() / 86400)
	return nil
}

// Document is one row of the documents table.
type Document struct {
	DocID           string  `col:"doc_id" doc:"stable id: hash of the cleaned text (same text, same id)"`
	Source          string  `col:"source" doc:"file path relative to the input root, URL, or JSONL id"`
	Title           *string `col:"title" doc:"first heading line or metadata title"`
	URL             *string `col:"url" doc:"URL from the input metadata, when known"`
	Lang            string  `col:"lang" doc:"ISO 639-1 code, und if undetermined"`
	LangConfidence  float64 `col:"lang_confidence" doc:"0..1"`
	Published       *string `col:"published" doc:"document creation time as a TIMEX3 value (2019-02-01T08:32, 2014-12)"`
	PublishedSource string  `col:"published_source" doc:"metadata | byline | inferred | flag | none"`
	Text            string  `col:"text" doc:"cleaned text; every offset of every table counts code points in it"`
	NChars          int32   `col:"n_chars" doc:"code points in text"`
	NSentences      int32   `col:"n_sentences" doc:"number of sentences"`
}

// Sentence is one row of the sentences table.
type Sentence struct {
	DocID     string `col:"doc_id" doc:"document id"`
	SentIndex int32  `col:"sent_index" doc:"0-based position of the sentence in the document"`
	Start     int32  `col:"start" doc:"code-point offset of the first character in documents.text"`
	End       int32  `col:"end" doc:"code-point offset after the last character (exclusive)"`
	Text      string `col:"text" doc:"the sentence, equal to documents.text[start:end]"`
}

// Entity is one row of the entities table.
type Entity struct {
	DocID       string  `col:"doc_id" doc:"document id"`
	EntityID    string  `col:"entity_id" doc:"unique within the document (e0, e1, ...)"`
	SentIndex   int32   `col:"sent_index" doc:"sentence holding the mention"`
	Type        string  `col:"type" doc:"DATE | DURATION | ORG | PERSON"`
	Text        string  `col:"text" doc:"surface as written"`
	Start       int32   `col:"start" doc:"code-point offset in documents.text"`
	End         int32   `col:"end" doc:"code-point offset, exclusive"`
	Normalized  string  `col:"normalized" doc:"DATE/DURATION: TIMEX3 value (2012-04, XXXX-07-18, P2Y); ORG/PERSON: canonical name"`
	Kind        *string `col:"kind" doc:"ORG: company | court | government | regulator | media | other; DATE: date | time"`
	DateStart   *Date   `col:"date_start" doc:"first day of the calendar interval the DATE value covers, when its year is known"`
	DateEnd     *Date   `col:"date_end" doc:"last day of that interval"`
	Granularity *string `col:"granularity" doc:"year | season | quarter | month | week | day | minute"`
	Mod         *string `col:"mod" doc:"TIMEX3 modifier: START | MID | END | APPROX | MORE_THAN | LESS_THAN"`
	Confidence  float32 `col:"confidence" doc:"0..1"`
	Rule        string  `col:"rule" doc:"id of the rule that produced the row"`
}

// Claim is one row of the claims table.
type Claim struct {
	DocID          string  `col:"doc_id" doc:"document id"`
	ClaimID        string  `col:"claim_id" doc:"unique within the document (c0, c1, ...)"`
	SentIndex      int32   `col:"sent_index" doc:"sentence holding the trigger"`
	Type           string  `col:"type" doc:"ACCUSATION | LAWSUIT | CHARGE | INVESTIGATION | ARREST | TRIAL | RULING | SEIZURE | SANCTION | SETTLEMENT | APPEAL | AGREEMENT | LAW"`
	Trigger        string  `col:"trigger" doc:"the word(s) that express the event"`
	TriggerStart   int32   `col:"trigger_start" doc:"code-point offset of the trigger"`
	TriggerEnd     int32   `col:"trigger_end" doc:"code-point offset after the trigger"`
	Agent          *string `col:"agent" doc:"canonical name of the agent (accuser, plaintiff, court, regulator...)"`
	Target         *string `col:"target" doc:"canonical name of the target (accused, defendant, party ruled on...)"`
	AgentEntityID  *string `col:"agent_entity_id" doc:"entity_id of the agent mention"`
	TargetEntityID *string `col:"target_entity_id" doc:"entity_id of the target mention"`
	Offence        *string `col:"offence" doc:"what the target is accused or convicted of"`
	Court          *string `col:"court" doc:"canonical court or authority name"`
	Date           *string `col:"date" doc:"TIMEX3 value of the event's date"`
	DateEntityID   *string `col:"date_entity_id" doc:"entity_id of the DATE mention giving the date"`
	Modality       string  `col:"modality" doc:"asserted | reported | negated | planned | hypothetical"`
	AttributedTo   *string `col:"attributed_to" doc:"the source the text credits (La Tribune, Financial Times)"`
	Amount         *string `col:"amount" doc:"fine or settlement amount as written (350 millions d'euros, $60 million)"`
	Sentence       string  `col:"sentence" doc:"the sentence, for reading without a join"`
	Confidence     float32 `col:"confidence" doc:"0..1"`
	Rule           string  `col:"rule" doc:"id of the rule that produced the row"`
}

// Error is one row of the errors table.
type Error struct {
	Source  string  `col:"source" doc:"file path, file:line, URL or record id that could not be fully processed"`
	DocID   *string `col:"doc_id" doc:"document id when the document was read"`
	Stage   string  `col:"stage" doc:"read | decode | clean | detect | segment | extract | write"`
	Message string  `col:"message" doc:"what went wrong, for a person"`
}

// Table describes one output table.
type Table struct {
	Name string
	Doc  string
	Row  any // a zero value of the row struct
}

// Tables lists every output table in the order they are written.
var Tables = []Table{
	{"documents", "one row per article", Document{}},
	{"sentences", "one row per sentence", Sentence{}},
	{"entities", "dates, durations, organisations and people", Entity{}},
	{"claims", "legal events with their roles", Claim{}},
	{"errors", "inputs that could not be fully processed, with why", Error{}},
}

// Lookup returns the table called name.
func Lookup(name string) (Table, bool) {
	for _, t := range Tables {
		if t.Name == name {
			return t, true
		}
	}
	return Table{}, false
}

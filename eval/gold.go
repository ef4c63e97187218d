package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is the annotation of one document.
type Gold struct {
	Doc       string      `json:"doc"`
	Lang      string      `json:"lang"`
	Published *string     `json:"published"`
	Dates     []GoldValue `json:"dates"`
	Durations []GoldValue `json:"durations"`
	Orgs      []GoldName  `json:"orgs"`
	People    []GoldName  `json:"people"`
	Claims    []GoldClaim `json:"claims"`
	Optional  struct {
		Dates     []string    `json:"dates"`
		Durations []string    `json:"durations"`
		Orgs      []string    `json:"orgs"`
		People    []string    `json:"people"`
		Claims    []GoldClaim `json:"claims"`
	} `json:"optional"`
}

// GoldValue is a date or duration: its surface and TIMEX3 value.
type GoldValue struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// GoldName is an organisation or a person.
type GoldName struct {
	Canonical string   `json:"canonical"`
	Kind      string   `json:"kind"`
	Aliases   []string `json:"aliases"`
}

// GoldClaim is a legal event.
type GoldClaim struct {
	Type         string   `json:"type"`
	Agent        *string  `json:"agent"`
	Target       *string  `json:"target"`
	Participants []string `json:"participants"`
	Date         *string  `json:"date"`
	Court        *string  `json:"court"`
	Modality     string   `json:"modality"`
	Trigger      string   `json:"trigger"`
	Offence      string   `json:"offence"`
}

// LoadGold reads every *.json file of dir.
func LoadGold(dir string) ([]Gold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []Gold
	for _, f := range files {
		if strings.HasSuffix(f, "floors.json") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var g Gold
		dec := json.NewDecoder(strings.NewReader(string(b)))
		if err := dec.Decode(&g); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		if g.Doc == "" {
			g.Doc = strings.TrimSuffix(filepath.Base(f), ".json")
		}
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no gold files (*.json)", dir)
	}
	return out, nil
}

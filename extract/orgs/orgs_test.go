package orgs_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/chain"
	"github.com/newsextract/newsextract/extract/extracttest"
	"github.com/newsextract/newsextract/extract/orgs"
	"github.com/newsextract/newsextract/extract/people"
)

var (
	ch *chain.Chain
	ox *orgs.Extractor
	px *people.Extractor
)

func init() {
	var err error
	if ch, err = chain.New(); err != nil {
		panic(err)
	}
	if ox, err = orgs.New(); err != nil {
		panic(err)
	}
	if px, err = people.New(); err != nil {
		panic(err)
	}
}

// run finds the entities of text: every extractor up to claims.
func run(lang, text string) *extract.Doc {
	doc := ch.NewDoc(text, lang, "")
	ch.Until(doc, "claims")
	return doc
}

// items lists "surface=canonical/kind" for ORG and "surface=PERSON:canonical" for PERSON.
func items(doc *extract.Doc) []string {
	var out []string
	for _, e := range doc.Entities {
		switch e.Type {
		case extract.TypeOrg:
			out = append(out, e.Text+"="+e.Normalized+"/"+e.Kind)
		case extract.TypePerson:
			out = append(out, e.Text+"=PERSON:"+e.Normalized)
		}
	}
	return out
}

type nameCase struct {
	rule, lang, text string
	want             []string // each must be found
	not              []string // surfaces that must not be an ORG or PERSON
}

func check(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		doc := run(c.lang, c.text)
		got := items(doc)
		set := map[string]bool{}
		surfaces := map[string]bool{}
		for _, g := range got {
			set[g] = true
			surfaces[g[:strings.Index(g, "=")]] = true
		}
		for _, w := range c.want {
			if !set[w] {
				t.Errorf("[%s] Names(%q) = %q; missing %q", c.rule, c.text, got, w)
			}
		}
		for _, n := range c.not {
			if surfaces[n] {
				t.Errorf("[%s] Names(%q) = %q; %q must not be found", c.rule, c.text, got, n)
			}
		}
	}
}

func TestGazetteerKinds(t *testing.T) {
	check(t, []nameCase{
		// companies
		{"gazetteer company", "fr", "Orange signe un accord avec Telesocial.", []string{"Orange=Orange/company"}, nil},
		{"gazetteer company", "fr", "Le service après vente d'Orange a été délocalisé.", []string{"Orange=Orange/company"}, nil},
		{"gazetteer alias", "fr", "Client historique de France Télécom depuis 1974.", []string{"France Télécom=France Télécom/company"}, nil},
		{"gazetteer alias", "fr", "Free Mobile a gagné des abonnés.", []string{"Free Mobile=Free/company"}, nil},
		{"gazetteer multiword", "fr", "Il n'y a pas de concurrence entre Orange, Bouygues Telecom, Free et Altice.", []string{"Bouygues Telecom=Bouygues Telecom/company", "Free=Free/company", "Altice=Altice/company"}, nil},
		{"gazetteer hyphen", "en", "T-Mobile accused Huawei of stealing Tappy.", []string{"T-Mobile=T-Mobile/company", "Huawei=Huawei/company"}, []string{"Tappy"}},
		{"gazetteer ampersand", "en", "AT&T promised unlimited data.", []string{"AT&T=AT&T/company"}, nil},
		{"gazetteer vendor", "en", "Nokia sued Oppo and OnePlus in Germany.", []string{"Nokia=Nokia/company", "Oppo=Oppo/company", "OnePlus=OnePlus/company"}, nil},
		{"gazetteer vendor", "fr", "Ericsson et ZTE fournissent les antennes.", []string{"Ericsson=Ericsson/company", "ZTE=ZTE/company"}, nil},
		{"gazetteer platform", "fr", "Amazon, Google et Facebook ont écopé de sanctions.", []string{"Amazon=Amazon/company", "Google=Google/company", "Facebook=Facebook/company"}, nil},
		{"gazetteer platform", "fr", "Free a choisi de contraindre Telegram.", []string{"Telegram=Telegram/company"}, nil},
		{"gazetteer product suffix", "fr", "Orange Business Services fournit des services télécoms.", []string{"Orange Business Services=Orange Business Services/company"}, []string{"Orange"}},
		{"gazetteer Deutsche Telekom", "de", "Deutsche Telekom hat Klage eingereicht.", []string{"Deutsche Telekom=Deutsche Telekom/company"}, nil},
		{"gazetteer Telefónica", "es", "Telefónica recibió una multa.", []string{"Telefónica=Telefónica/company"}, nil},
		{"gazetteer Verizon", "en", "Verizon Wireless settled with the FCC.", []string{"Verizon Wireless=Verizon/company", "FCC=Federal Communications Commission/regulator"}, nil},
		// regulators
		{"gazetteer regulator", "fr", "La CNIL inflige une amende.", []string{"CNIL=CNIL/regulator"}, nil},
		{"gazetteer regulator", "fr", "L'Arcep a mis en demeure l'opérateur.", []string{"Arcep=ARCEP/regulator"}, nil},
		{"gazetteer regulator", "fr", "L'Autorité de la concurrence condamne Orange.", []string{"Autorité de la concurrence=Autorité de la concurrence/regulator"}, nil},
		{"gazetteer regulator", "en", "The Federal Trade Commission announced Tuesday a deal.", []string{"Federal Trade Commission=Federal Trade Commission/regulator"}, nil},
		{"gazetteer regulator", "en", "Ireland's data regulator (the Irish Data Protection Commission, or DPC) struck hard.", []string{"Irish Data Protection Commission=Irish Data Protection Commission/regulator", "DPC=Irish Data Protection Commission/regulator"}, nil},
		{"gazetteer regulator", "es", "La CNMC multó a Movistar.", []string{"CNMC=CNMC/regulator"}, nil},
		{"gazetteer regulator", "de", "Die Bundesnetzagentur prüft den Fall.", []string{"Bundesnetzagentur=Bundesnetzagentur/regulator"}, nil},
		{"gazetteer regulator", "en", "Ofcom fined BT over emergency calls.", []string{"Ofcom=Ofcom/regulator", "BT=BT/company"}, nil},
		// government
		{"gazetteer government", "en", "the U.S. Justice Department said on Thursday.", []string{"U.S. Justice Department=U.S. Department of Justice/government"}, nil},
		{"gazetteer government", "en", "The Justice Department says the firm fell short.", []string{"Justice Department=U.S. Department of Justice/government"}, nil},
		{"gazetteer government", "fr", "La DGSE collabore avec l'opérateur.", []string{"DGSE=DGSE/government"}, nil},
		{"gazetteer government", "en", "The FBI raided the offices.", []string{"FBI=Federal Bureau of Investigation/government"}, nil},
		{"gazetteer government", "en", "The European Commission fined Google.", []string{"European Commission=European Commission/government"}, nil},
		{"gazetteer other", "en", "payments to the Islamic State militant group", []string{"Islamic State=Islamic State/other"}, nil},
		{"gazetteer other", "en", "Max Schrems said in a statement from his organisation Noyb.", []string{"Noyb=Noyb/other"}, nil},
		// courts
		{"gazetteer court", "fr", "Le Conseil d'État a annulé la décision.", []string{"Conseil d'État=Conseil d'État/court"}, nil},
		{"gazetteer court", "fr", "La Cour de cassation a rejeté le pourvoi.", []string{"Cour de cassation=Cour de cassation/court"}, nil},
		{"gazetteer court", "en", "The case goes before the German Federal Patent Court.", []string{"German Federal Patent Court=German Federal Patent Court/court"}, nil},
		{"gazetteer court", "en", "The Court of Justice of the European Union ruled.", []string{"Court of Justice of the European Union=Court of Justice of the European Union/court"}, nil},
		// media
		{"gazetteer media", "fr", "rapporte La Tribune.", []string{"La Tribune=La Tribune/media"}, nil},
		{"gazetteer media", "fr", "rapporte le Financial Times.", []string{"Financial Times=Financial Times/media"}, nil},
		{"gazetteer media", "fr", "Snowden dévoile ces informations dans le journal Le Monde.", []string{"Le Monde=Le Monde/media"}, nil},
		{"gazetteer media", "fr", "Extraits publiés par Engadget.", []string{"Engadget=Engadget/media"}, nil},
		{"gazetteer media", "en", "March 2 (Reuters) - Sweden's Ericsson agreed.", []string{"Reuters=Reuters/media", "Ericsson=Ericsson/company"}, nil},
		{"gazetteer media domain", "fr", "Rédigé par leral.net le Vendredi 1 Février 2019.", []string{"leral.net=leral.net/media"}, nil},
		{"gazetteer media", "fr", "Les abonnés de Mediapart.", []string{"Mediapart=Mediapart/media"}, nil},
	})
}

func TestAmbiguousNames(t *testing.T) {
	check(t, []nameCase{
		{"lowercase is a word", "fr", "Une orange pressée et un service free.", nil, []string{"orange", "free"}},
		{"word at English sentence start", "en", "Free speech matters. Apple pie is sweet.", nil, []string{"Free", "Apple"}},
		{"word mid English sentence", "en", "French operator Free sued Telegram.", []string{"Free=Free/company"}, nil},
		{"acronym case", "en", "The ftc is lowercase here.", nil, []string{"ftc"}},
		{"country is not an org", "fr", "La France soupçonne Huawei d'espionnage.", []string{"Huawei=Huawei/company"}, []string{"France", "La France"}},
		{"product is not an org", "fr", "Il met en service l'Orange Airbox.", nil, []string{"Orange Airbox"}},
		{"shouting is not a name", "fr", "« On ne PEUT PAS poser ces questions »", nil, []string{"PEUT", "PAS", "PEUT PAS"}},
		{"technical acronyms", "fr", "la fibre FTTH, FTTB ou FTTLA", nil, []string{"FTTH", "FTTB", "FTTLA"}},
		{"sentence start word", "fr", "Dans sa décision, l'Autorité pointe des pratiques.", nil, []string{"Dans sa", "Dans"}},
	})
}

func TestCourts(t *testing.T) {
	check(t, []nameCase{
		{"court_fr commerce", "fr", "Telesocial a porté plainte devant le Tribunal de Commerce de Paris.", []string{"Tribunal de Commerce de Paris=Tribunal de commerce de Paris/court"}, nil},
		{"court_fr lower", "fr", "L'affaire a été portée devant le tribunal de commerce de Paris.", []string{"tribunal de commerce de Paris=Tribunal de commerce de Paris/court"}, nil},
		{"court_fr appel", "fr", "La cour d'appel de Paris a condamné SFR.", []string{"cour d'appel de Paris=Cour d'appel de Paris/court"}, nil},
		{"court_fr appel curly", "fr", "La cour d’appel de Versailles confirme.", []string{"cour d’appel de Versailles=Cour d'appel de Versailles/court"}, nil},
		{"court_fr judiciaire", "fr", "Le tribunal judiciaire de Nanterre a tranché.", []string{"tribunal judiciaire de Nanterre=Tribunal judiciaire de Nanterre/court"}, nil},
		{"court_fr correctionnel", "fr", "Le tribunal correctionnel avait insisté.", []string{"tribunal correctionnel=Tribunal correctionnel/court"}, nil},
		{"court_fr city", "fr", "Elle a porté plainte auprès d'un tribunal de San Francisco.", []string{"tribunal de San Francisco=Tribunal de San Francisco/court"}, nil},
		{"court_fr administratif", "fr", "Le tribunal administratif de Montreuil a annulé l'arrêté.", []string{"tribunal administratif de Montreuil=Tribunal administratif de Montreuil/court"}, nil},
		{"court_fr grande instance", "fr", "Le tribunal de grande instance de Lyon a jugé.", []string{"tribunal de grande instance de Lyon=Tribunal de grande instance de Lyon/court"}, nil},
		{"court_en regional", "en", "The decision at the Mannheim Regional Court's Second Civil Chamber.", []string{"Mannheim Regional Court=Mannheim Regional Court/court"}, nil},
		{"court_en circuit", "en", "The FTC won an appeal to the 9th U.S. Circuit Court of Appeals in 2018.", []string{"9th U.S. Circuit Court of Appeals=9th U.S. Circuit Court of Appeals/court"}, nil},
		{"court_en district", "en", "Verizon was sued in the U.S. District Court for the Northern District of California.", []string{"U.S. District Court for the Northern District of California=U.S. District Court for the Northern District of California/court"}, nil},
		{"court_en high court", "en", "The High Court in London dismissed the claim.", []string{"High Court=High Court/court"}, nil},
		{"court reference", "fr", "Telesocial a porté plainte devant le Tribunal de Commerce de Paris. Mais le tribunal a dédouané Orange.", []string{"le tribunal=Tribunal de commerce de Paris/court"}, nil},
		{"court reference en", "en", "Nokia went to the Mannheim Regional Court. The court granted an injunction.", []string{"The court=Mannheim Regional Court/court"}, nil},
		{"generic court alone", "en", "A German court granted an injunction.", nil, []string{"A German court", "German court"}},
	})
}

func TestSuffixesAndAcronyms(t *testing.T) {
	check(t, []nameCase{
		{"suffix known parent", "en", "AT&T Mobility LLC agreed to a settlement.", []string{"AT&T Mobility LLC=AT&T/company"}, nil},
		{"suffix subsidiary", "fr", "Microsoft Ireland operations Limited est sanctionné.", []string{"Microsoft Ireland operations Limited=Microsoft Ireland operations Limited/company"}, nil},
		{"suffix unknown Inc", "en", "Acme Widgets Inc. sued the carrier.", []string{"Acme Widgets Inc.=Acme Widgets Inc./company"}, nil},
		{"suffix unknown SA", "fr", "La société Dupont Réseaux SA conteste.", []string{"Dupont Réseaux SA=Dupont Réseaux SA/company"}, nil},
		{"suffix GmbH", "de", "Die Müller Telekom GmbH klagt.", []string{"Müller Telekom GmbH=Müller Telekom GmbH/company"}, nil},
		{"suffix Ltd", "en", "Shares of Vortex Networks Ltd fell.", []string{"Vortex Networks Ltd=Vortex Networks Ltd/company"}, nil},
		{"possessive sa is not SA", "fr", "Dans sa décision, la CNIL tranche.", nil, []string{"Dans sa"}},
		{"acronym defined known", "fr", "La Direction Générale de la Sécurité Extérieure (DGSE) collaborerait.", []string{"Direction Générale de la Sécurité Extérieure=DGSE/government", "DGSE=DGSE/government"}, nil},
		{"acronym defined unknown", "fr", "L'Agence Nationale des Jeux (ANJ) a sanctionné un opérateur. L'ANJ a publié sa décision.", []string{"Agence Nationale des Jeux=Agence Nationale des Jeux/government"}, nil},
		{"acronym defined company", "en", "Orange Business Services (OBS) runs the network.", []string{"Orange Business Services=Orange Business Services/company", "OBS=Orange Business Services/company"}, nil},
		{"acronym not matching", "fr", "Le Monde (AFP) rapporte.", []string{"Le Monde=Le Monde/media"}, nil},
	})
}

func TestCueDiscovery(t *testing.T) {
	check(t, []nameCase{
		{"cue post", "fr", "C'est ce qu'avance Telesocial, une start-up californienne.", []string{"Telesocial=Telesocial/company"}, nil},
		{"cue post all mentions", "fr", "Telesocial accuse Orange. C'est ce qu'avance Telesocial, une start-up californienne.", []string{"Telesocial=Telesocial/company"}, nil},
		{"cue head start-up", "fr", "La start-up Qonto lève des fonds.", []string{"Qonto=Qonto/company"}, nil},
		{"cue head société", "fr", "La société Sigfox a été placée en redressement.", []string{"Sigfox=Sigfox/company"}, nil},
		{"cue head opérateur", "fr", "L'opérateur Lycamobile conteste l'amende.", []string{"Lycamobile=Lycamobile/company"}, nil},
		{"cue head groupe", "fr", "Le groupe Veolia a signé un contrat.", []string{"Veolia=Veolia/company"}, nil},
		{"cue head carrier", "en", "The carrier Ligado sued the government.", []string{"Ligado=Ligado/company"}, nil},
		{"cue head chipmaker", "en", "Chipmaker Wolfspeed settled the case.", []string{"Wolfspeed=Wolfspeed/company"}, nil},
		{"cue head journal", "fr", "selon le journal Libération.", []string{"Libération=Libération/media"}, nil},
		{"cue head quotidien", "fr", "Le quotidien Ouest-France révèle l'affaire.", []string{"Ouest-France=Ouest-France/media"}, nil},
		{"cue head site", "fr", "Le site Numerama a publié les documents.", []string{"Numerama=Numerama/media"}, nil},
		{"cue media verb", "fr", "Les faits sont graves, rapporte Contexte.", []string{"Contexte=Contexte/media"}, nil},
		{"cue media verb", "fr", "Des documents publiés par Mediacités montrent l'affaire.", []string{"Mediacités=Mediacités/media"}, nil},
		{"cue media selon needs a media name", "fr", "Selon Acme Journal, la plainte est déposée.", []string{"Acme Journal=Acme Journal/media"}, nil},
		{"cue selon person", "fr", "Selon Alexandre Archambault, expert du secteur, c'est un tournant.", []string{"Alexandre Archambault=PERSON:Alexandre Archambault"}, []string{"Alexandre"}},
		{"cue according to", "en", "according to Reuters, the deal closed.", []string{"Reuters=Reuters/media"}, nil},
		{"cue reported", "en", "The Daily Herald reported that the firm settled.", []string{"Daily Herald=Daily Herald/media"}, nil},
		{"typo", "en", "Ericsson agreed to pay. Ericcson said in a statement.", []string{"Ericcson=Ericsson/company"}, nil},
	})
}

func TestDescriptions(t *testing.T) {
	check(t, []nameCase{
		{"description nationality", "fr", "Telesocial a travaillé avec Orange. Telesocial accuse l'opérateur français.", []string{"l'opérateur français=Orange/company"}, nil},
		{"description nationality", "fr", "Huawei a dérobé le robot de T-Mobile. Le groupe chinois va devoir répondre. L'opérateur américain a réagi.", []string{"Le groupe chinois=Huawei/company", "L'opérateur américain=T-Mobile/company"}, nil},
		{"description discovered country", "fr", "Telesocial, une start-up californienne, accuse Orange. L'entreprise californienne déclare avoir constaté des connexions.", []string{"L'entreprise californienne=Telesocial/company"}, nil},
		{"description same head", "fr", "Orange, l'opérateur français, signe avec Telesocial. Telesocial que l'opérateur souhaitait intégrer.", []string{"l'opérateur=Orange/company"}, nil},
		{"description sector", "fr", "Free a assigné Telegram. Free a obtenu une décision contraignant la messagerie à transmettre les données.", []string{"la messagerie=Telegram/company"}, nil},
		{"description company", "en", "Ericsson agreed to pay. The company will serve probation.", []string{"The company=Ericsson/company"}, nil},
		{"description Finnish", "en", "Nokia sued Oppo. The Finnish company confirmed it.", []string{"The Finnish company=Nokia/company"}, nil},
		{"description regulator", "fr", "La CNIL inflige une amende. Le gendarme de la vie privée sanctionne aussi Google.", []string{"Le gendarme=CNIL/regulator"}, nil},
		{"description department", "en", "The Justice Department said on Thursday. The department added a monitor.", []string{"The department=U.S. Department of Justice/government"}, nil},
		{"description possessive", "en", "The regulator fined Meta. Mark Zuckerberg's company will appeal.", []string{"company=Meta/company"}, nil},
		{"description plural is not one", "fr", "Orange et Free. Les opérateurs sont tenus de garder les métadonnées.", nil, []string{"Les opérateurs", "opérateurs"}},
		{"description with a name is a cue", "fr", "L'opérateur Free a assigné SFR.", []string{"Free=Free/company"}, []string{"L'opérateur"}},
		{"no antecedent", "fr", "L'entreprise a décidé de porter plainte.", nil, []string{"L'entreprise"}},
	})
}

func TestPeople(t *testing.T) {
	check(t, []nameCase{
		{"first name", "fr", "Le PDG d'Orange Stéphane Richard présentait Party Call.", []string{"Stéphane Richard=PERSON:Stéphane Richard", "Orange=Orange/company"}, []string{"Party Call"}},
		{"first name", "fr", "Cette affirmation est à mettre au compte d'Edward Snowden.", []string{"Edward Snowden=PERSON:Edward Snowden"}, nil},
		{"surname later", "fr", "Edward Snowden dévoile ces informations. Selon Snowden et Le Monde, Orange collaborerait.", []string{"Snowden=PERSON:Edward Snowden", "Le Monde=Le Monde/media"}, []string{"Snowden et Le Monde"}},
		{"hyphenated first name", "fr", "l'ancien numéro 2 Louis-Pierre Wenès avait été condamné.", []string{"Louis-Pierre Wenès=PERSON:Louis-Pierre Wenès"}, nil},
		{"hyphenated surname", "fr", "de la directrice opérationnelle Delphine Ernotte-Cunci et de Vivek Badrinath", []string{"Delphine Ernotte-Cunci=PERSON:Delphine Ernotte-Cunci", "Vivek Badrinath=PERSON:Vivek Badrinath"}, nil},
		{"title ex-PDG", "fr", "dont l'ex-PDG Didier Lombard, s'ouvre mercredi.", []string{"Didier Lombard=PERSON:Didier Lombard"}, nil},
		{"title DRH", "fr", "Son ex-DRH Olivier Barberot s'est désisté.", []string{"Olivier Barberot=PERSON:Olivier Barberot"}, nil},
		{"title Judge", "en", "Judge Holger Kircher handed down the decision. Yesterday, Judge Kircher ruled.", []string{"Holger Kircher=PERSON:Holger Kircher", "Kircher=PERSON:Holger Kircher"}, nil},
		{"title Commissioner", "en", "Commissioner Rohit Chopra said in a statement. Chopra noted the scam.", []string{"Rohit Chopra=PERSON:Rohit Chopra", "Chopra=PERSON:Rohit Chopra"}, nil},
		{"unknown first name with title", "en", "CEO Zorgbert Quantrill said the company would appeal.", []string{"Zorgbert Quantrill=PERSON:Zorgbert Quantrill"}, nil},
		{"speech verb", "en", "Zorgbert Quantrill said the firm would appeal.", []string{"Zorgbert Quantrill=PERSON:Zorgbert Quantrill"}, nil},
		{"speech verb before", "en", "\"We will appeal,\" said Andrew Smith, director of the bureau.", []string{"Andrew Smith=PERSON:Andrew Smith"}, nil},
		{"possessive name", "en", "Mark Zuckerberg's company will appeal.", []string{"Mark Zuckerberg=PERSON:Mark Zuckerberg"}, nil},
		{"CEO after org", "en", "Ericsson CEO Borje Ekholm said.", []string{"Borje Ekholm=PERSON:Borje Ekholm", "Ericsson=Ericsson/company"}, nil},
		{"byline signature", "fr", "Jean Bachèlerie", []string{"Jean Bachèlerie=PERSON:Jean Bachèlerie"}, nil},
		{"M. title", "fr", "M. Xavier Niel n'a pas souhaité commenter.", []string{"Xavier Niel=PERSON:Xavier Niel"}, nil},
		{"activist", "en", "Austrian activist Max Schrems said in a statement.", []string{"Max Schrems=PERSON:Max Schrems"}, nil},
		{"not a person: org", "fr", "Orange Business Services fournit des services.", nil, []string{"Orange Business"}},
		{"not a person: initials", "fr", "sauf à un certain A.X. Erreur.", nil, []string{"A.X. Erreur"}},
		{"not a person: Monsieur X", "fr", "Monsieur X achète un domino.", nil, []string{"Monsieur X"}},
		{"not a person: shouting", "fr", "CLIQUEZ ICI POUR VOIR", nil, []string{"CLIQUEZ ICI"}},
		{"not a person: month", "fr", "Mai 2013 : le robot.", nil, []string{"Mai"}},
	})
}

// FuzzNames: no panic, offsets inside the text and inside the sentence.
func FuzzNames(f *testing.F) {
	for _, s := range []string{"Telesocial, une start-up californienne, accuse l'opérateur français.", "AT&T Mobility LLC (AML) et la CNIL", "le tribunal de commerce de", "Judge Kircher's company", "Free-Telegram", "\xffOrange"} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			return // the pipeline decodes every input to valid UTF-8 first
		}
		extracttest.CheckEntities(t, run(lang, text))
	})
}

// TestGazetteerRoundTrip: every canonical name is found as itself, with a
// known kind.
func TestGazetteerRoundTrip(t *testing.T) {
	kinds := map[string]int{}
	for _, name := range orgs.CanonicalNames(ox) {
		e, ok := ox.Lookup(name)
		if !ok || e.Canonical != name {
			t.Errorf("Lookup(%q) = %+v, %v; want itself", name, e, ok)
			continue
		}
		kinds[e.Kind]++
	}
	for k := range orgs.Kinds {
		if kinds[k] == 0 {
			t.Errorf("no gazetteer entry of kind %s", k)
		}
	}
	if n := len(orgs.CanonicalNames(ox)); n < 300 {
		t.Errorf("gazetteer has %d entries, want several hundred", n)
	}
}

// BenchmarkOrgsAndPeople measures the two organisation passes and people
// on the sample articles (MB/s of text).
func BenchmarkOrgsAndPeople(b *testing.B) {
	text := extracttest.SampleText(b, "../../testdata/inputs")
	sents := ch.NewDoc(text, "fr", "").Sentences
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		doc := &extract.Doc{Text: text, Lang: "fr", Sentences: sents}
		orgs.Known{Extractor: ox}.Extract(doc)
		px.Extract(doc)
		orgs.Discover{Extractor: ox}.Extract(doc)
	}
}

package claims_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/chain"
	"github.com/newsextract/newsextract/extract/claims"
	"github.com/newsextract/newsextract/extract/extracttest"
)

var (
	ch *chain.Chain
	cx *claims.Extractor
)

func init() {
	var err error
	if ch, err = chain.New(); err != nil {
		panic(err)
	}
	if cx, err = claims.New(); err != nil {
		panic(err)
	}
}

// run applies every extractor to text.
func run(lang, dct, text string) *extract.Doc {
	doc := ch.NewDoc(text, lang, dct)
	ch.Run(doc)
	return doc
}

// render writes a claim as "TYPE agent -> target".
func render(c extract.Claim) string {
	return c.Type + " " + c.Agent + " -> " + c.Target
}

type claimCase struct {
	rule, lang, text string
	want             []string // each "TYPE agent -> target" must be found
	notTypes         []string // types that must not be found; "!TYPE agent -> target": that claim must not be found
}

func check(t *testing.T, cases []claimCase) {
	t.Helper()
	for _, c := range cases {
		doc := run(c.lang, "", c.text)
		var got []string
		types := map[string]bool{}
		for _, cl := range doc.Claims {
			got = append(got, render(cl))
			types[cl.Type] = true
		}
		set := strings.Join(got, "\n")
		for _, w := range c.want {
			if !strings.Contains("\n"+set+"\n", "\n"+w+"\n") {
				t.Errorf("[%s] Claims(%q) =\n  %q\nmissing %q", c.rule, c.text, got, w)
			}
		}
		for _, n := range c.notTypes {
			if strings.HasPrefix(n, "!") {
				if strings.Contains("\n"+set+"\n", "\n"+n[1:]+"\n") {
					t.Errorf("[%s] Claims(%q) = %q; want no %q", c.rule, c.text, got, n[1:])
				}
				continue
			}
			if types[n] {
				t.Errorf("[%s] Claims(%q) = %q; want no %s", c.rule, c.text, got, n)
			}
		}
	}
}

func TestAccusation(t *testing.T) {
	check(t, []claimCase{
		{"verb active", "fr", "Telesocial accuse Orange de vol de technologie.", []string{"ACCUSATION Telesocial -> Orange"}, nil},
		{"verb imperfect", "fr", "Bouygues Telecom accusait Orange de pratiques anticoncurrentielles.", []string{"ACCUSATION Bouygues Telecom -> Orange"}, nil},
		{"verb passive", "fr", "Orange est accusé par Telesocial de piratage.", []string{"ACCUSATION Telesocial -> Orange"}, nil},
		{"verb reprocher à", "fr", "Free reprochait donc à SFR d'avoir trompé ses clients.", []string{"ACCUSATION Free -> SFR"}, nil},
		{"pronoun object", "fr", "La CNIL inflige une amende à Microsoft. La CNIL lui reproche le dépôt d'un cookie.", []string{"ACCUSATION CNIL -> Microsoft"}, nil},
		{"noun", "fr", "Huawei exigeait des preuves quant aux accusations d'espionnage.", nil, []string{"LAWSUIT"}},
		{"noun contre", "fr", "Les accusations de T-Mobile contre Huawei sont graves.", []string{"ACCUSATION T-Mobile -> Huawei"}, nil},
		{"plural pronoun", "fr", "L'enquête fait suite aux plaintes de Bouygues Telecom et de SFR. Ils accusaient Orange d'abus.", []string{"ACCUSATION Bouygues Telecom -> Orange", "ACCUSATION SFR -> Orange"}, nil},
		{"en active", "en", "The FTC accused AT&T of a bait-and-switch scam.", []string{"ACCUSATION Federal Trade Commission -> AT&T"}, nil},
		{"en passive", "en", "Huawei was accused by T-Mobile of stealing trade secrets.", []string{"ACCUSATION T-Mobile -> Huawei"}, nil},
		{"en alleges", "en", "Verizon alleges that T-Mobile copied its ads.", []string{"ACCUSATION Verizon -> T-Mobile"}, nil},
		{"en adjectival alleged", "en", "Nokia sued Oppo for alleged patent infringement.", nil, []string{"ACCUSATION"}},
		{"en adjectival alleged", "en", "a probe into years of alleged corruption in China", nil, []string{"ACCUSATION"}},
		{"en blamed", "en", "Ofcom blamed BT for the outage.", []string{"ACCUSATION Ofcom -> BT"}, nil},
		{"dénonce", "fr", "UFC-Que Choisir dénonce SFR pour ses hausses de prix.", []string{"ACCUSATION UFC-Que Choisir -> SFR"}, nil},
		{"met en cause", "fr", "Le rapport met en cause Altice dans l'affaire.", []string{"ACCUSATION  -> Altice"}, nil},
	})
}

func TestLawsuit(t *testing.T) {
	check(t, []claimCase{
		{"porter plainte", "fr", "Telesocial a porté plainte contre Orange.", []string{"LAWSUIT Telesocial -> Orange"}, nil},
		{"porter plainte devant", "fr", "Telesocial avait alors portée plainte devant le Tribunal de Commerce de Paris contre Orange.", []string{"LAWSUIT Telesocial -> Orange"}, nil},
		{"déposer plainte", "fr", "SFR a déposé plainte contre Free pour dénigrement.", []string{"LAWSUIT SFR -> Free"}, nil},
		{"plainte passive date", "fr", "Une plainte est déposée le 7 septembre.", []string{"LAWSUIT  -> "}, nil},
		{"assigner", "fr", "Free assigne SFR devant le tribunal de commerce de Paris.", []string{"LAWSUIT Free -> SFR"}, nil},
		{"assignant gerund", "fr", "En assignant directement Telegram, Free a obtenu une décision.", []string{"LAWSUIT Free -> Telegram"}, nil},
		{"poursuivre en justice", "fr", "Bouygues Telecom va poursuivre en justice Free Mobile.", []string{"LAWSUIT Bouygues Telecom -> Free"}, nil},
		{"attaquer en justice", "fr", "Orange attaque en justice Bouygues Telecom.", []string{"LAWSUIT Orange -> Bouygues Telecom"}, nil},
		{"saisir la justice", "fr", "Free a saisi la justice contre SFR.", []string{"LAWSUIT Free -> SFR"}, nil},
		{"saisir une autorité", "fr", "En ce qui concerne Microsoft, un internaute a saisi la CNIL le 21 février 2020.", []string{"LAWSUIT  -> Microsoft"}, []string{"SEIZURE"}},
		{"portée devant", "fr", "Free reprochait à SFR ses offres. L'affaire a été portée devant le tribunal de commerce de Paris.", []string{"LAWSUIT Free -> SFR"}, nil},
		{"plaintes de X et de Y", "fr", "L'enquête a été lancée à la suite des plaintes de Bouygues Telecom en avril 2008 et de SFR en juin 2010.", []string{"LAWSUIT Bouygues Telecom -> ", "LAWSUIT SFR -> "}, nil},
		{"bare noun refers back", "fr", "Telesocial a porté plainte contre Orange. Une plainte qui fait mauvaise figure.", []string{"LAWSUIT Telesocial -> Orange"}, nil},
		{"implicit subject", "fr", "Telesocial accuse Orange. Un échec que Telesocial ne digère pas. L'entreprise a décidé de porter plainte.", []string{"LAWSUIT Telesocial -> Orange"}, nil},
		{"en sued", "en", "Nokia sued Oppo and OnePlus for patent infringement.", []string{"LAWSUIT Nokia -> Oppo", "LAWSUIT Nokia -> OnePlus"}, nil},
		{"en headline passive", "en", "Verizon sued by T-Mobile over ads", []string{"LAWSUIT T-Mobile -> Verizon"}, nil},
		{"en participle clause", "en", "Shareholders sued Verizon on Thursday, accusing the carrier of hiding risks.", []string{"LAWSUIT  -> Verizon", "ACCUSATION  -> Verizon"}, []string{"!ACCUSATION Verizon -> "}},
		{"en sues", "en", "Verizon sues T-Mobile over 5G ads.", []string{"LAWSUIT Verizon -> T-Mobile"}, nil},
		{"en filed lawsuit against", "en", "AT&T filed a lawsuit against Verizon in Delaware.", []string{"LAWSUIT AT&T -> Verizon"}, nil},
		{"en lodged lawsuit", "en", "Nokia sued Oppo. Oppo has lodged a parallel lawsuit before the German Federal Patent Court.", []string{"LAWSUIT Oppo -> Nokia"}, nil},
		{"en complaint", "en", "The FTC filed a complaint against AT&T in 2014.", []string{"LAWSUIT Federal Trade Commission -> AT&T"}, nil},
		{"en litigation against", "en", "It took ten years of litigation against the Irish DPC.", []string{"LAWSUIT  -> Irish Data Protection Commission"}, nil},
		{"de Klage", "de", "Deutsche Telekom hat eine Klage gegen Vodafone eingereicht.", []string{"LAWSUIT Deutsche Telekom -> Vodafone"}, nil},
		{"es demanda", "es", "Telefónica demanda a Vodafone por publicidad engañosa.", []string{"LAWSUIT Telefónica -> Vodafone"}, nil},
		{"not: procédure générique", "fr", "Contrairement à une procédure pénale, la voie civile a permis d'aller vite.", nil, []string{"LAWSUIT"}},
	})
}

func TestChargeInvestigationArrest(t *testing.T) {
	check(t, []claimCase{
		{"inculpé passive", "fr", "Huawei est inculpé pour vol de technologies aux États-Unis.", []string{"CHARGE  -> Huawei"}, nil},
		{"inculpé par", "fr", "Huawei a été inculpé par la justice américaine.", []string{"CHARGE  -> Huawei"}, nil},
		{"mis en examen", "fr", "Le PDG Stéphane Richard a été mis en examen.", []string{"CHARGE  -> Stéphane Richard"}, nil},
		{"chefs d'accusation", "fr", "Huawei va devoir répondre de 13 chefs d'accusation.", []string{"CHARGE  -> Huawei"}, nil},
		{"en indicted", "en", "The Justice Department indicted Huawei on 13 counts.", []string{"CHARGE U.S. Department of Justice -> Huawei"}, nil},
		{"en charged passive", "en", "ZTE was charged by the Justice Department with sanctions violations.", []string{"CHARGE U.S. Department of Justice -> ZTE"}, nil},
		{"en plead guilty", "en", "Ericsson agreed to plead guilty, the Justice Department said.", []string{"CHARGE U.S. Department of Justice -> Ericsson"}, nil},
		{"enquête de", "fr", "L'enquête de l'Autorité de la concurrence vise Orange.", []string{"INVESTIGATION Autorité de la concurrence -> Orange"}, nil},
		{"enquête ouverte", "fr", "La CNIL a ouvert une enquête sur Free Mobile.", []string{"INVESTIGATION CNIL -> Free"}, nil},
		{"perquisition", "fr", "L'Autorité de la concurrence condamne Orange. Les agents de l'Autorité décidèrent d'effectuer une perquisition dans les sites de l'opérateur.", []string{"INVESTIGATION Autorité de la concurrence -> Orange"}, nil},
		{"information judiciaire", "fr", "Le Parquet national financier a ouvert une information judiciaire visant SFR.", []string{"INVESTIGATION Parquet national financier -> SFR"}, nil},
		{"en probe", "en", "The European Commission opened a probe into Qualcomm.", []string{"INVESTIGATION European Commission -> Qualcomm"}, nil},
		{"en investigation", "en", "The FCC launched an investigation into Verizon's outage.", []string{"INVESTIGATION Federal Communications Commission -> Verizon"}, nil},
		{"en raided", "en", "The FBI raided the offices of ZTE in Texas.", []string{"INVESTIGATION Federal Bureau of Investigation -> ZTE"}, nil},
		{"en to probe is not", "en", "identifiers to probe for hidden networks", nil, []string{"INVESTIGATION"}},
		{"de Ermittlungen", "de", "Die Bundesnetzagentur hat Ermittlungen gegen Vodafone eingeleitet.", []string{"INVESTIGATION Bundesnetzagentur -> Vodafone"}, nil},
		{"arrest fr", "fr", "Le directeur de Huawei, Michel Dupont, a été interpellé au Canada.", []string{"ARREST  -> Michel Dupont"}, nil},
		{"arrest garde à vue", "fr", "Xavier Niel a été placé en garde à vue.", []string{"ARREST  -> Xavier Niel"}, nil},
		{"arrest en", "en", "Canadian police arrested Meng Wanzhou in Vancouver.", []string{"ARREST  -> Meng Wanzhou"}, nil},
	})
}

func TestTrialRuling(t *testing.T) {
	check(t, []claimCase{
		{"procès planned", "fr", "Telesocial a porté plainte contre Orange. Le procès américain est programmé pour décembre 2015.", []string{"TRIAL  -> Orange"}, nil},
		{"procès en appel", "fr", "Le procès en appel d'anciens dirigeants de France Télécom, dont l'ex-PDG Didier Lombard, s'ouvre mercredi.", []string{"TRIAL  -> Didier Lombard"}, nil},
		{"audience", "fr", "Une audience est programmée le 3 septembre devant le tribunal de commerce de Paris entre Free et SFR.", []string{"TRIAL Tribunal de commerce de Paris -> Free"}, nil},
		{"comparaître", "fr", "Didier Lombard comparaît devant la cour d'appel de Paris.", []string{"TRIAL Cour d'appel de Paris -> Didier Lombard"}, nil},
		{"en trial", "en", "The trial of Huawei's CFO Meng Wanzhou opened in Vancouver.", []string{"TRIAL  -> Meng Wanzhou"}, nil},
		{"dédouané", "fr", "Telesocial a porté plainte devant le Tribunal de Commerce de Paris. Mais le tribunal a dédouané Orange en juillet 2014.", []string{"RULING Tribunal de commerce de Paris -> Orange"}, nil},
		{"condamné par cour", "fr", "La cour d'appel de Paris a condamné SFR à verser 1 million d'euros à Free.", []string{"RULING Cour d'appel de Paris -> SFR"}, []string{"SANCTION"}},
		{"condamné passive", "fr", "SFR a été condamné par le tribunal de commerce de Paris.", []string{"RULING Tribunal de commerce de Paris -> SFR"}, nil},
		{"condamnés coordinated", "fr", "Didier Lombard et l'ancien numéro 2 Louis-Pierre Wenès avaient été condamnés à un an de prison.", []string{"RULING  -> Didier Lombard", "RULING  -> Louis-Pierre Wenès"}, nil},
		{"headline participle", "fr", "Orange condamné par la cour d'appel de Paris", []string{"RULING Cour d'appel de Paris -> Orange"}, nil},
		{"débouté", "fr", "Le tribunal de commerce de Paris a débouté Bouygues Telecom de ses demandes.", []string{"RULING Tribunal de commerce de Paris -> Bouygues Telecom"}, nil},
		{"relaxé", "fr", "Le tribunal correctionnel a relaxé Xavier Niel.", []string{"RULING Tribunal correctionnel -> Xavier Niel"}, nil},
		{"ordonne", "fr", "Le Conseil d'État ordonne à l'Arcep de revoir sa décision.", []string{"RULING Conseil d'État -> ARCEP"}, nil},
		{"décision judiciaire", "fr", "En assignant Telegram, Free a obtenu une décision judiciaire contraignant la messagerie à transmettre les données.", []string{"RULING  -> Telegram"}, nil},
		{"jugement", "fr", "Dans son jugement du 20 décembre 2019, le tribunal correctionnel a condamné France Télécom.", []string{"RULING Tribunal correctionnel -> France Télécom"}, nil},
		{"annule", "fr", "Le Conseil d'État annule la sanction de la CNIL contre Google.", []string{"RULING Conseil d'État -> CNIL", "SANCTION CNIL -> Google"}, nil},
		{"en ruled", "en", "The Mannheim Regional Court ruled in Nokia's favour against Oppo.", []string{"RULING Mannheim Regional Court -> Oppo"}, nil},
		{"en ordered", "en", "A judge ordered T-Mobile to pay damages.", []string{"RULING  -> T-Mobile"}, nil},
		{"en granted injunction", "en", "Nokia went to the Mannheim Regional Court. The court granted an injunction against Oppo.", []string{"RULING Mannheim Regional Court -> Oppo"}, nil},
		{"en convicted", "en", "John Smith was convicted of fraud by a federal jury.", []string{"RULING  -> John Smith"}, nil},
		{"en dismissed", "en", "The High Court dismissed Vodafone's claim.", []string{"RULING High Court -> Vodafone"}, nil},
		{"en upheld", "en", "The Court of Justice of the European Union upheld the fine against Google.", []string{"RULING Court of Justice of the European Union -> Google"}, nil},
		{"judge's court", "en", "Judge Holger Kircher handed down the decision at the Mannheim Regional Court. Yesterday, Judge Kircher ruled against Oppo.", []string{"RULING Mannheim Regional Court -> Oppo"}, nil},
		{"indefinite court named later", "en", "Nokia won after a German court granted an injunction against Oppo. The Mannheim Regional Court published its reasons.", []string{"RULING Mannheim Regional Court -> Oppo"}, nil},
		{"bare noun after comma", "en", "The court ruled against Oppo. Commenting on the judgment, a Nokia spokesperson said it was welcome.", []string{"RULING  -> Oppo"}, []string{"!RULING  -> Nokia"}},
		{"company does not rule", "en", "Nokia has secured a win after a German court granted an injunction against Oppo.", nil, nil},
		{"de Urteil", "de", "Das Landgericht München urteilte gegen Vodafone.", []string{"RULING  -> Vodafone"}, nil},
		{"es sentencia", "es", "Una sentencia del Tribunal Supremo condena a Telefónica.", []string{"RULING Tribunal Supremo -> Telefónica"}, nil},
	})
}

func TestSeizureSanction(t *testing.T) {
	check(t, []claimCase{
		{"saisie obtenue", "fr", "Telesocial avait alors porté plainte contre Orange et obtenu la saisie de documents.", []string{"SEIZURE Telesocial -> Orange"}, nil},
		{"saisis passive", "fr", "Les ordinateurs de Free ont été saisis par la gendarmerie.", []string{"SEIZURE  -> Free"}, nil},
		{"en seized", "en", "The FBI seized servers belonging to Kaspersky.", []string{"SEIZURE Federal Bureau of Investigation -> Kaspersky"}, nil},
		{"amende infligée à", "fr", "La CNIL inflige une amende de 60 millions d'euros à Microsoft.", []string{"SANCTION CNIL -> Microsoft"}, nil},
		{"condamne régulateur", "fr", "L'Autorité de la concurrence condamne Orange à 350 millions d'euros d'amende pour abus de position dominante.", []string{"SANCTION Autorité de la concurrence -> Orange"}, []string{"RULING"}},
		{"sanctionné passive", "fr", "Microsoft Ireland operations Limited est sanctionné à hauteur de 60 millions d'euros. La CNIL le précise.", []string{"SANCTION CNIL -> Microsoft Ireland operations Limited"}, nil},
		{"écope", "fr", "Free écope d'une amende de 300 000 euros infligée par l'Arcep.", []string{"SANCTION ARCEP -> Free"}, nil},
		{"écopé coordinated", "fr", "La CNIL a sanctionné Microsoft, après celles infligées par la CNIL contre Amazon, Google et Facebook qui avaient écopé de sanctions.", []string{"SANCTION CNIL -> Amazon", "SANCTION CNIL -> Google", "SANCTION CNIL -> Facebook"}, nil},
		{"mise en demeure", "fr", "L'Arcep a adressé une mise en demeure à Free Mobile.", []string{"SANCTION ARCEP -> Free"}, nil},
		{"mis en demeure", "fr", "Free a été mis en demeure par l'Arcep.", []string{"SANCTION ARCEP -> Free"}, nil},
		{"en fined", "en", "The FCC fined Verizon $15 million on Monday.", []string{"SANCTION Federal Communications Commission -> Verizon"}, nil},
		{"en fined passive", "en", "Meta has been fined a record €1.2bn by the Irish Data Protection Commission.", []string{"SANCTION Irish Data Protection Commission -> Meta"}, nil},
		{"en fining possessive", "en", "The regulator fined Meta. The DPC announced that it was fining Mark Zuckerberg's company.", []string{"SANCTION Irish Data Protection Commission -> Meta"}, nil},
		{"en penalty", "en", "Ofcom imposed a penalty on BT for the outage.", []string{"SANCTION Ofcom -> BT"}, nil},
		{"en fine noun refers back", "en", "The FCC fined Verizon. The fine exceeds previous records.", []string{"SANCTION Federal Communications Commission -> Verizon"}, nil},
		{"de Bußgeld", "de", "Die Bundesnetzagentur verhängt ein Bußgeld gegen Telefónica.", []string{"SANCTION Bundesnetzagentur -> Telefónica"}, nil},
		{"es multa", "es", "La CNMC multa a Movistar con 6 millones.", []string{"SANCTION CNMC -> "}, nil},
		{"hypothetical", "fr", "Les preuves pourraient inciter d'autres pays à prendre des sanctions contre Huawei.", []string{"SANCTION  -> Huawei"}, nil},
		{"infinitive generic", "fr", "La procédure pénale reste incontournable pour poursuivre et sanctionner les cybercriminels.", nil, []string{"SANCTION"}},
	})
}

func TestSettlementAppealAgreementLaw(t *testing.T) {
	check(t, []claimCase{
		{"accord transactionnel", "fr", "Orange et Free ont conclu un accord transactionnel avec SFR.", []string{"SETTLEMENT Free -> SFR"}, nil},
		{"transiger", "fr", "Bouygues Telecom a transigé avec SFR.", []string{"SETTLEMENT Bouygues Telecom -> SFR"}, nil},
		{"en settlement", "en", "AT&T Mobility LLC agreed to a $60 million settlement, the Federal Trade Commission announced.", []string{"SETTLEMENT AT&T -> Federal Trade Commission"}, nil},
		{"en settled with", "en", "Verizon settled with the FCC for $1.4 million.", []string{"SETTLEMENT Verizon -> Federal Communications Commission"}, nil},
		{"en plea agreement", "en", "Ericsson agreed to plead guilty, the Justice Department said. The plea agreement follows a scandal.", []string{"SETTLEMENT Ericsson -> U.S. Department of Justice"}, nil},
		{"en deferred prosecution agreement", "en", "The Justice Department says Ericsson fell short after entering a deferred prosecution agreement in 2019.", []string{"SETTLEMENT Ericsson -> U.S. Department of Justice"}, nil},
		{"fait appel", "fr", "SFR a fait appel de la décision du tribunal de commerce de Paris.", []string{"APPEAL SFR -> "}, nil},
		{"pas fait appel", "fr", "L'entreprise France Télécom n'a pas fait appel.", []string{"APPEAL France Télécom -> "}, nil},
		{"ferait appel", "fr", "Bouygues Telecom a annoncé qu'il ferait appel de cette décision.", []string{"APPEAL Bouygues Telecom -> "}, nil},
		{"interjeté", "fr", "Olivier Barberot s'est désisté de l'appel initialement interjeté.", []string{"APPEAL Olivier Barberot -> "}, nil},
		{"pourvoi en cassation", "fr", "Orange a formé un pourvoi en cassation contre l'arrêt.", []string{"APPEAL Orange -> "}, nil},
		{"en appealed", "en", "The DPC fined Meta €1.2bn. A new record, but the tech company has appealed.", []string{"APPEAL Meta -> Irish Data Protection Commission"}, nil},
		{"on appeal is not an event", "en", "The fine on Apple was reduced to €372m on appeal.", nil, []string{"APPEAL"}},
		{"years of litigation", "en", "We are happy to see this decision after ten years of litigation.", nil, []string{"LAWSUIT"}},
		{"en appeal planned", "en", "Meta will appeal the decision of the Irish Data Protection Commission.", []string{"APPEAL Meta -> Irish Data Protection Commission"}, nil},
		{"en won an appeal", "en", "The FTC accused AT&T of throttling. The FTC won an appeal to the 9th U.S. Circuit Court of Appeals in 2018.", []string{"APPEAL Federal Trade Commission -> AT&T"}, nil},
		{"accord de confidentialité", "fr", "En avril 2012, Orange signe des accords de confidentialité avec Deezer.", []string{"AGREEMENT Orange -> Deezer"}, nil},
		{"accord de confidentialité pronoun", "fr", "Les employés de Huawei ont signé un accord de confidentialité avec T-Mobile.", []string{"AGREEMENT Huawei -> T-Mobile"}, nil},
		{"contrat signé", "fr", "SFR a signé un contrat avec Nokia pour la 5G.", []string{"AGREEMENT SFR -> Nokia"}, nil},
		{"en NDA", "en", "Huawei signed an NDA with T-Mobile in 2012.", []string{"AGREEMENT Huawei -> T-Mobile"}, nil},
		{"en agreement with", "en", "Qualcomm reached an agreement with Apple to end the dispute.", []string{"AGREEMENT Qualcomm -> Apple"}, nil},
		{"décret du", "fr", "Le décret du 24 mars 2006 a ainsi créé un nouvel article.", []string{"LAW  -> "}, nil},
		{"loi sans adoption", "fr", "Aux termes de la loi européenne sur la rétention de données, les opérateurs sont tenus.", nil, []string{"LAW"}},
		{"loi adoptée", "fr", "La loi adoptée par le Parlement impose de nouvelles règles.", []string{"LAW  -> "}, nil},
		{"en act passed", "en", "The act passed by Congress bans Huawei equipment.", []string{"LAW  -> "}, nil},
	})
}

// firstOfType returns the first claim of a type, or nil.
func firstOfType(doc *extract.Doc, typ string) *extract.Claim {
	for i := range doc.Claims {
		if doc.Claims[i].Type == typ {
			return &doc.Claims[i]
		}
	}
	return nil
}

func TestDatesCourtsModality(t *testing.T) {
	for _, c := range []struct {
		rule, lang, dct, text, typ, date, court, modality string
	}{
		{"date same sentence", "fr", "", "En avril 2012, Orange signe des accords de confidentialité avec Telesocial.", "AGREEMENT", "2012-04", "", "asserted"},
		{"date after trigger", "fr", "2014-12", "Telesocial a décidé de porter plainte contre Orange lundi 15 décembre auprès d'un tribunal de San Francisco.", "LAWSUIT", "2014-12-15", "Tribunal de San Francisco", "asserted"},
		{"date relative", "fr", "2014-12", "Le tribunal de commerce de Paris a dédouané Orange en juillet dernier.", "RULING", "2014-07", "Tribunal de commerce de Paris", "asserted"},
		{"deadline is not the date", "en", "2023-05", "Meta has been fined €1.2bn by the DPC and given a deadline, until 22 October, to stop.", "SANCTION", "", "Irish Data Protection Commission", "asserted"},
		{"court devant", "fr", "", "Free assigne SFR devant le tribunal de commerce de Paris.", "LAWSUIT", "", "Tribunal de commerce de Paris", "asserted"},
		{"court regulator agent", "fr", "", "La CNIL inflige une amende à Microsoft.", "SANCTION", "", "CNIL", "asserted"},
		{"court en", "en", "", "The FTC won an appeal to the 9th U.S. Circuit Court of Appeals against AT&T.", "APPEAL", "", "9th U.S. Circuit Court of Appeals", "asserted"},
		{"planned programmé", "fr", "", "Le procès de Huawei est programmé pour décembre 2015.", "TRIAL", "2015-12", "", "planned"},
		{"planned will", "en", "", "Meta will appeal the decision of the DPC.", "APPEAL", "", "", "planned"},
		{"negated", "fr", "", "France Télécom n'a pas fait appel du jugement.", "APPEAL", "", "", "negated"},
		{"negated en", "en", "", "Verizon did not appeal the FCC decision.", "APPEAL", "", "", "negated"},
		{"reported conditional", "fr", "", "Orange aurait porté plainte contre Free.", "LAWSUIT", "", "", "reported"},
		{"reported allegedly", "en", "", "Huawei allegedly sued T-Mobile in Texas.", "LAWSUIT", "", "", "reported"},
		{"hypothetical", "fr", "", "D'autres pays pourraient prendre des sanctions contre Huawei.", "SANCTION", "", "", "hypothetical"},
		{"hypothetical en", "en", "", "The FCC could fine Verizon for the outage.", "SANCTION", "", "Federal Communications Commission", "hypothetical"},
	} {
		doc := run(c.lang, c.dct, c.text)
		found := firstOfType(doc, c.typ)
		if found == nil {
			t.Errorf("[%s] Claims(%q): no %s", c.rule, c.text, c.typ)
			continue
		}
		if found.Date != c.date || found.Court != c.court || found.Modality != c.modality {
			t.Errorf("[%s] Claims(%q) %s: date %q court %q modality %q; want %q %q %q", c.rule, c.text, c.typ, found.Date, found.Court, found.Modality, c.date, c.court, c.modality)
		}
	}
}

func TestOffenceSourceAmount(t *testing.T) {
	for _, c := range []struct {
		rule, lang, text, typ, offence, source, amount string
	}{
		{"offence de", "fr", "Telesocial accuse Orange de vol de technologie.", "ACCUSATION", "vol de technologie", "", ""},
		{"offence pour", "fr", "Huawei est inculpé pour vol de technologies aux États-Unis.", "CHARGE", "vol de technologies", "", ""},
		{"offence d'avoir is not", "fr", "Telesocial accuse Orange d'avoir piraté ses serveurs.", "ACCUSATION", "", "", ""},
		{"offence for", "en", "Nokia sued Oppo for patent infringement.", "LAWSUIT", "patent infringement", "", ""},
		{"offence abus", "fr", "L'Autorité de la concurrence condamne Orange à une amende pour abus de position dominante sur le marché.", "SANCTION", "abus de position dominante", "", "amende"[0:0]},
		{"source rapporte", "fr", "Telesocial a porté plainte contre Orange, rapporte La Tribune.", "LAWSUIT", "", "La Tribune", ""},
		{"source according to", "en", "Nokia sued Oppo in Germany, according to Reuters.", "LAWSUIT", "", "Reuters", ""},
		{"amount euros", "fr", "La CNIL inflige une amende de 60 millions d'euros à Microsoft.", "SANCTION", "", "", "60 millions d'euros"},
		{"amount dollars", "en", "The FCC fined Verizon $15 million on Monday.", "SANCTION", "", "", "$15 million"},
	} {
		doc := run(c.lang, "", c.text)
		found := firstOfType(doc, c.typ)
		if found == nil {
			t.Errorf("[%s] Claims(%q): no %s", c.rule, c.text, c.typ)
			continue
		}
		if found.Offence != c.offence || found.AttributedTo != c.source || found.Amount != c.amount {
			t.Errorf("[%s] Claims(%q) %s: offence %q source %q amount %q; want %q %q %q", c.rule, c.text, c.typ, found.Offence, found.AttributedTo, found.Amount, c.offence, c.source, c.amount)
		}
	}
}

func TestHeadlineAndLedeOneClaim(t *testing.T) {
	doc := run("fr", "", "Telesocial accuse Orange de vol de technologie\n\nTelesocial accuse Orange de vol de technologie, rapporte La Tribune.")
	n := 0
	for _, c := range doc.Claims {
		if c.Type == "ACCUSATION" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("headline and lede: %d ACCUSATION claims, want 1 (%+v)", n, doc.Claims)
	}
}

// FuzzClaims: no panic, triggers inside the text, roles from the entities.
func FuzzClaims(f *testing.F) {
	for _, s := range []string{"Telesocial accuse Orange de vol.", "Ils accusaient Orange.", "Une plainte est déposée le 7 septembre.", "la CNIL lui reproche", "Amazon, Google et Facebook avaient écopé de sanctions", "\xffsued"} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			return // the pipeline decodes every input to valid UTF-8 first
		}
		doc := run(lang, "", text)
		names := map[string]bool{}
		for _, e := range doc.Entities {
			names[e.Normalized] = true
		}
		for _, c := range doc.Claims {
			if c.TriggerStart < 0 || c.TriggerEnd > len(text) || c.TriggerStart >= c.TriggerEnd || !utf8.RuneStart(text[c.TriggerStart]) || c.TriggerEnd < len(text) && !utf8.RuneStart(text[c.TriggerEnd]) {
				t.Fatalf("trigger %q [%d,%d) outside the text", c.Trigger, c.TriggerStart, c.TriggerEnd)
			}
			if c.Agent != "" && !names[c.Agent] || c.Target != "" && !names[c.Target] {
				t.Fatalf("claim %+v names a party that is not an entity", c)
			}
			if !claims.Types[c.Type] {
				t.Fatalf("claim type %q", c.Type)
			}
		}
	})
}

// BenchmarkClaims measures the claims extractor alone, entities found
// beforehand (MB/s of text).
func BenchmarkClaims(b *testing.B) {
	text := extracttest.SampleText(b, "../../testdata/inputs")
	base := run("fr", "", text)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		doc := &extract.Doc{Text: text, Lang: "fr", Sentences: base.Sentences, Entities: base.Entities}
		cx.Extract(doc)
	}
}

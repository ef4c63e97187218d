package dates

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/extracttest"
	"github.com/newsextract/newsextract/extract/segment"
)

var (
	testSeg *segment.Segmenter
	testX   *Extractor
)

func init() {
	var err error
	if testSeg, err = segment.New(); err != nil {
		panic(err)
	}
	if testX, err = New(); err != nil {
		panic(err)
	}
}

func run(lang, dct, text string) *extract.Doc {
	doc := &extract.Doc{Text: text, Lang: lang, Published: dct}
	if dct != "" {
		doc.PublishedSource = "metadata"
	}
	doc.Sentences = testSeg.Split(text, lang)
	testX.Extract(doc)
	return doc
}

// got lists "surface=value" for every DATE and DURATION found.
func got(doc *extract.Doc) []string {
	var out []string
	for _, e := range doc.Entities {
		out = append(out, e.Text+"="+e.Normalized)
	}
	return out
}

type dateCase struct {
	rule, lang, dct, text string
	want                  []string // "surface=value"; empty: nothing
}

func check(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		g := got(run(c.lang, c.dct, c.text))
		if strings.Join(g, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("[%s] Dates(%q, lang=%s, dct=%q) =\n  %q\nwant\n  %q", c.rule, c.text, c.lang, c.dct, g, c.want)
		}
	}
}

func TestAbsoluteDates(t *testing.T) {
	check(t, []dateCase{
		{"month_year", "fr", "", "En avril 2012, Orange signe un accord.", []string{"avril 2012=2012-04"}},
		{"month_year", "fr", "", "Septembre 2012 : le principal objectif est clair.", []string{"Septembre 2012=2012-09"}},
		{"month_year", "fr", "", "Le contrat a été rompu en juillet 2012.", []string{"juillet 2012=2012-07"}},
		{"month_year", "fr", "", "Décembre 2012 et Janvier 2013 furent difficiles.", []string{"Décembre 2012=2012-12", "Janvier 2013=2013-01"}},
		{"month_year", "fr", "", "Le procès est programmé pour décembre 2015.", []string{"décembre 2015=2015-12"}},
		{"month_year abbrev", "fr", "", "Publié en janv. 2020 par la rédaction.", []string{"janv. 2020=2020-01"}},
		{"month_year abbrev", "fr", "", "Mis à jour en sept. 2021.", []string{"sept. 2021=2021-09"}},
		{"month_year", "en", "", "The probe began in April 2012.", []string{"April 2012=2012-04"}},
		{"month_year", "en", "", "The company will serve probation through June 2024.", []string{"June 2024=2024-06"}},
		{"month_year", "en", "", "As of October 2014, some 3.5 million consumers were affected.", []string{"October 2014=2014-10"}},
		{"month_year", "en", "", "Sales fell in Sept. 2019 and recovered.", []string{"Sept. 2019=2019-09"}},
		{"day_month_year", "fr", "", "Le décret du 24 mars 2006 a créé un article.", []string{"24 mars 2006=2006-03-24"}},
		{"day_month_year", "fr", "", "Dans sa décision du 17 décembre 2015, l'Autorité tranche.", []string{"17 décembre 2015=2015-12-17"}},
		{"day_month_year", "fr", "", "Le tribunal a statué le 29 janvier 2018.", []string{"29 janvier 2018=2018-01-29"}},
		{"day_month_year 1er", "fr", "", "La loi entre en vigueur le 1er janvier 2025.", []string{"1er janvier 2025=2025-01-01"}},
		{"day_month_year abbrev", "fr", "", "Réunion le 3 févr. 2019 à Paris.", []string{"3 févr. 2019=2019-02-03"}},
		{"day_month_year caps", "fr", "", "Publié le 25 Fév. 2026 par la rédaction.", []string{"25 Fév. 2026=2026-02-25"}},
		{"day_month_year", "en", "", "The court ruled on 22 June 2022 in Mannheim.", []string{"22 June 2022=2022-06-22"}},
		{"day_month_year", "en", "", "It was announced on 1st March 2021.", []string{"1st March 2021=2021-03-01"}},
		{"month_day_year", "en", "", "The deal closed on September 18, 2024, after a review.", []string{"September 18, 2024=2024-09-18"}},
		{"month_day_year", "en", "", "On March 2, 2023 Ericsson agreed to plead guilty.", []string{"March 2, 2023=2023-03-02"}},
		{"month_day_year", "en", "", "Filed Jan. 5, 2020 in Delaware.", []string{"Jan. 5, 2020=2020-01-05"}},
		{"weekday_day_month_year", "fr", "", "Rédigé le Vendredi 1 Février 2019 à 08:32.", []string{"Vendredi 1 Février 2019 à 08:32=2019-02-01T08:32"}},
		{"weekday_day_month_year", "en", "", "The DPC concluded on Monday 22 May 2023.", []string{"Monday 22 May 2023=2023-05-22"}},
		{"weekday_month_day_year", "en", "", "On Tuesday, March 5, 2024 the FCC voted.", []string{"Tuesday, March 5, 2024=2024-03-05"}},
		{"year", "fr", "", "Des mails échangés en 2012 et 2013 le prouvent.", []string{"2012=2012", "2013=2013"}},
		{"year", "fr", "", "Client historique de France Télécom (depuis 1974).", []string{"1974=1974"}},
		{"year", "en", "", "It violated a 2019 deal with U.S. prosecutors.", []string{"2019=2019"}},
		{"year", "en", "", "AT&T stopped offering unlimited plans in 2010.", []string{"2010=2010"}},
		{"year", "en", "", "Customers who signed up before 2011 get refunds.", []string{"2011=2011"}},
		{"year not a quantity", "fr", "", "Il a payé 2000 euros et 1500 dollars.", nil},
		{"year not a quantity", "en", "", "The firm hired 2019 employees last quarter.", nil},
		{"year not a number", "fr", "", "Le numéro 2014 est attribué.", nil},
		{"year not a code", "fr", "", "Voir l'article 1240 du code civil.", nil},
		{"iso", "fr", "", "Mise à jour : 2019-02-01.", []string{"2019-02-01=2019-02-01"}},
		{"iso month", "en", "", "Version 2019-02 of the report.", []string{"2019-02=2019-02"}},
		{"iso minute", "en", "", "Timestamp 2021-03-04T10:00 in the log.", []string{"2021-03-04T10:00=2021-03-04T10:00"}},
		{"numeric day-first", "fr", "", "Le contrat du 01/02/2019 est nul.", []string{"01/02/2019=2019-02-01"}},
		{"numeric month-first", "en", "", "The contract dated 01/02/2019 is void.", []string{"01/02/2019=2019-01-02"}},
		{"numeric impossible month swaps", "en", "", "The filing dated 25/08/2005 was late.", []string{"25/08/2005=2005-08-25"}},
		{"numeric dots", "de", "", "Das Urteil vom 25.08.2005 ist rechtskräftig.", []string{"25.08.2005=2005-08-25"}},
		{"numeric invalid", "fr", "", "Le score était 45/12/2019.", nil},
		{"year span token", "fr", "", "Sur la période 2007-2008, les effectifs ont baissé.", []string{"2007=2007", "2008=2008"}},
		{"decade", "fr", "", "Devenue à la fin des années 2000 le symbole.", []string{"fin des années 2000=200"}},
		{"decade", "en", "", "Mobile phones spread in the 1990s across Europe.", []string{"1990s=199"}},
		{"time h", "fr", "", "Publié le 10 juin 2019 à 7h35.", []string{"10 juin 2019 à 7h35=2019-06-10T07:35"}},
		{"time am/pm", "en", "", "Posted September 18, 2024, 8:12 AM by staff.", []string{"September 18, 2024, 8:12 AM=2024-09-18T08:12"}},
		{"time pm", "en", "", "Posted September 18, 2024, 8:12 PM by staff.", []string{"September 18, 2024, 8:12 PM=2024-09-18T20:12"}},
		{"time bullet", "fr", "", "25 Fév. 2026 • 17:03", []string{"25 Fév. 2026 • 17:03=2026-02-25T17:03"}},
		{"time 13h30", "fr", "2022-05", "Le procès s'ouvre mercredi 11 mai à 13h30 à Paris.", []string{"mercredi 11 mai à 13h30=2022-05-11T13:30"}},
		{"german", "de", "", "Die Klage wurde am 5. Mai 2022 eingereicht.", []string{"5. Mai 2022=2022-05-05"}},
		{"german month", "de", "", "Im Oktober 2021 begann das Verfahren.", []string{"Oktober 2021=2021-10"}},
		{"spanish", "es", "", "La multa se impuso el 22 de junio de 2022.", []string{"22 de junio de 2022=2022-06-22"}},
		{"spanish month", "es", "", "La CNMC abrió el expediente en marzo de 2020.", []string{"marzo de 2020=2020-03"}},
		{"italian", "it", "", "La sentenza del 3 aprile 2023 è definitiva.", []string{"3 aprile 2023=2023-04-03"}},
		{"italian month", "it", "", "Nel gennaio 2021 l'AGCM ha avviato un'istruttoria.", []string{"gennaio 2021=2021-01"}},
		{"portuguese", "pt", "", "A decisão de 5 de maio de 2020 foi anulada.", []string{"5 de maio de 2020=2020-05-05"}},
		{"dutch", "nl", "", "De boete werd in maart 2019 opgelegd.", []string{"maart 2019=2019-03"}},
	})
}

func TestSeasonsQuartersModifiers(t *testing.T) {
	check(t, []dateCase{
		{"season", "fr", "", "Les ventes de l'été 2021 ont progressé.", []string{"été 2021=2021-SU"}},
		{"season", "fr", "", "Le lancement est prévu à l'automne 2024.", []string{"automne 2024=2024-FA"}},
		{"season", "fr", "", "L'hiver 2019 fut rude pour le réseau.", []string{"hiver 2019=2019-WI"}},
		{"season", "en", "", "The service launches in summer 2021.", []string{"summer 2021=2021-SU"}},
		{"season of", "en", "", "The merger closed in the spring of 2020.", []string{"spring of 2020=2020-SP"}},
		{"season not participle", "fr", "", "Une messagerie a été ouverte chez un autre fournisseur.", nil},
		{"season not participle", "fr", "", "Les employés ont été découverts.", nil},
		{"season with dct", "fr", "2024-09-10", "Cet été, le trafic a doublé.", []string{"été=2024-SU"}},
		{"quarter", "fr", "", "Au premier trimestre 2024, Orange a investi.", []string{"premier trimestre 2024=2024-Q1"}},
		{"quarter", "fr", "", "Le troisième trimestre de 2023 a été difficile.", []string{"troisième trimestre de 2023=2023-Q3"}},
		{"quarter", "en", "", "Revenue rose in the third quarter of 2023.", []string{"third quarter of 2023=2023-Q3"}},
		{"quarter Q", "en", "", "Results for Q3 2023 beat forecasts.", []string{"Q3 2023=2023-Q3"}},
		{"quarter T", "fr", "", "Les résultats du T1 2024 sont publiés.", []string{"T1 2024=2024-Q1"}},
		{"half", "en", "", "Sales improved in H1 2022 for the group.", []string{"H1 2022=2022-H1"}},
		{"semester", "fr", "", "Au premier semestre 2022, les pertes ont reculé.", []string{"premier semestre 2022=2022-H1"}},
		{"quarter dct", "fr", "2024-05-02", "Au premier trimestre, Microsoft a investi.", []string{"premier trimestre=2024-Q1"}},
		{"modifier début", "fr", "", "Début août, il y a eu une tentative.", []string{"Début août=XXXX-08"}},
		{"modifier début", "fr", "", "En vacances à la campagne début août, il achète un domino.", []string{"début août=XXXX-08"}},
		{"modifier fin", "fr", "", "La décision sera rendue fin 2019.", []string{"fin 2019=2019"}},
		{"modifier mi", "fr", "", "Le réseau sera prêt mi-2020.", []string{"mi-2020=2020"}},
		{"modifier mi month", "fr", "", "Le service ouvre mi-mars 2021.", []string{"mi-mars 2021=2021-03"}},
		{"modifier vers", "fr", "", "Jusque vers 2010, le SAV était efficace.", []string{"vers 2010=2010"}},
		{"modifier early", "en", "", "The investigation began in early 2022.", []string{"early 2022=2022"}},
		{"modifier late", "en", "", "Talks collapsed in late 2019.", []string{"late 2019=2019"}},
		{"modifier mid", "en", "", "Expect a ruling by mid-2025.", []string{"mid-2025=2025"}},
		{"modifier around", "en", "", "The system was built around 2010 by engineers.", []string{"around 2010=2010"}},
		{"modifier fin des", "fr", "", "Le marché a changé à la fin de l'année 2018.", []string{"2018=2018"}},
	})
}

func TestModColumn(t *testing.T) {
	for _, c := range []struct{ text, lang, mod string }{
		{"Début août, il y a eu une tentative.", "fr", "START"},
		{"La décision sera rendue fin 2019.", "fr", "END"},
		{"Jusque vers 2010, le SAV était efficace.", "fr", "APPROX"},
		{"The investigation began in early 2022.", "en", "START"},
		{"Le réseau sera prêt mi-2020.", "fr", "MID"},
		{"L'affaire remonte à plus de 2 ans.", "fr", "MORE_THAN"},
		{"It lasted less than three months.", "en", "LESS_THAN"},
	} {
		doc := run(c.lang, "", c.text)
		if len(doc.Entities) != 1 || doc.Entities[0].Mod != c.mod {
			t.Errorf("[modifier] Dates(%q) mod = %v; want %s", c.text, got(doc), c.mod)
		}
	}
}

func TestRanges(t *testing.T) {
	check(t, []dateCase{
		{"range", "fr", "", "Entre août et décembre 2012, les ingénieurs se sont connectés.", []string{"août=2012-08", "décembre 2012=2012-12"}},
		{"range", "fr", "", "Entre 2014 et 2016, SFR a communiqué sur ses offres.", []string{"2014=2014", "2016=2016"}},
		{"range", "fr", "", "De 2017 à 2020, la filiale a perdu des clients.", []string{"2017=2017", "2020=2020"}},
		{"range", "fr", "", "Du 3 au 5 mars 2020, le salon se tient à Barcelone.", []string{"3=XXXX-XX-XX", "5 mars 2020=2020-03-05"}[1:]},
		{"range across year", "fr", "", "De novembre à février 2013, le service fut coupé.", []string{"novembre=2012-11", "février 2013=2013-02"}},
		{"range", "en", "", "From 2012 to 2014, the firm paid bribes.", []string{"2012=2012", "2014=2014"}},
		{"range", "en", "", "Complaints were filed between March and June 2021.", []string{"March=2021-03", "June 2021=2021-06"}},
		{"range", "en", "", "Between May and July 2023, prices rose.", []string{"May=2023-05", "July 2023=2023-07"}},
	})
}

func TestRelative(t *testing.T) {
	check(t, []dateCase{
		{"relative_day", "fr", "2014-12-16", "Telesocial l'accuse aujourd'hui de piratage.", []string{"aujourd'hui=2014-12-16"}},
		{"relative_day", "fr", "2014-12", "Telesocial l'accuse aujourd’hui de piratage.", []string{"aujourd’hui=2014-12"}},
		{"relative_day", "fr", "2019-06-10", "Hier, la CNIL a publié sa décision.", []string{"Hier=2019-06-09"}},
		{"relative_day", "fr", "2019-06-10", "La décision sera rendue demain.", []string{"demain=2019-06-11"}},
		{"relative_day", "fr", "2019-06-10", "Avant-hier, le tribunal a tranché.", []string{"Avant-hier=2019-06-08"}},
		{"relative_day", "en", "2022-06-22", "Yesterday, Judge Kircher ruled against Oppo.", []string{"Yesterday=2022-06-21"}},
		{"relative_day", "en", "2022-06-22", "The regulator will decide today.", []string{"today=2022-06-22"}},
		{"relative_day", "en", "2022-06-22", "The hearing resumes tomorrow morning.", []string{"tomorrow=2022-06-23"}},
		{"relative_day no dct", "fr", "", "Hier, la CNIL a publié sa décision.", []string{"Hier=XXXX-XX-XX"}},
		{"weekday", "en", "2023-03-02", "The Justice Department said on Thursday.", []string{"Thursday=2023-03-02"}},
		{"weekday", "en", "2023-03-02", "The company announced Tuesday a settlement.", []string{"Tuesday=2023-02-28"}},
		{"weekday", "fr", "2019-06-12", "Le groupe a annoncé lundi un accord.", []string{"lundi=2019-06-10"}},
		{"weekday ce", "fr", "2019-06-12", "Le groupe a annoncé ce lundi un accord.", []string{"ce lundi=2019-06-10"}},
		{"weekday dernier", "fr", "2019-06-12", "Lundi dernier, la CNIL a tranché.", []string{"Lundi dernier=2019-06-10"}},
		{"weekday prochain", "fr", "2019-06-12", "L'audience aura lieu lundi prochain.", []string{"lundi prochain=2019-06-17"}},
		{"weekday next", "en", "2019-06-12", "The hearing is set for next Monday.", []string{"next Monday=2019-06-17"}},
		{"weekday last", "en", "2019-06-12", "Shares fell last Friday after the ruling.", []string{"last Friday=2019-06-07"}},
		{"weekday no dct", "en", "", "The FTC announced Tuesday that it settled.", []string{"Tuesday=XXXX-XX-XX"}},
		{"weekday+day+month", "fr", "2014-12", "Elle porte plainte lundi 15 décembre à San Francisco.", []string{"lundi 15 décembre=2014-12-15"}},
		{"weekday+day+month", "en", "2023-05", "It announced on Monday 22 May that it was fining Meta.", []string{"Monday 22 May=2023-05-22"}},
		{"weekday+day+month no dct", "fr", "", "Des mails de 2013 et 2012. Elle porte plainte lundi 15 décembre.", []string{"2013=2013", "2012=2012", "lundi 15 décembre=2014-12-15"}},
		{"month dernier", "fr", "2014-12", "Le tribunal a dédouané Orange en juillet dernier.", []string{"juillet dernier=2014-07"}},
		{"month dernier", "fr", "2015-12", "En mars dernier elle transmet ses griefs.", []string{"mars dernier=2015-03"}},
		{"month dernier previous year", "fr", "2015-02", "En novembre dernier, la CNIL a enquêté.", []string{"novembre dernier=2014-11"}},
		{"day month dernier", "fr", "2022-12", "Réunie le 19 décembre dernier, la CNIL sanctionne.", []string{"19 décembre dernier=2022-12-19"}},
		{"day month dernier no dct", "fr", "", "Le 18 juillet dernier, son téléphone sonne.", []string{"18 juillet dernier=XXXX-07-18"}},
		{"month prochain", "fr", "2015-12", "La décision est attendue en mars prochain.", []string{"mars prochain=2016-03"}},
		{"last month", "en", "2019-06-12", "The probe was opened last month.", []string{"last month=2019-05"}},
		{"next month", "en", "2019-06-12", "The trial starts next month.", []string{"next month=2019-07"}},
		{"last year", "en", "2023-03-02", "Ericsson last year disclosed a probe.", []string{"last year=2022"}},
		{"this year", "en", "2023-03-02", "The deal closes this year.", []string{"this year=2023"}},
		{"last week", "en", "2019-06-12", "The raid took place last week.", []string{"last week=2019-W23"}},
		{"l'an dernier", "fr", "2023-03-02", "L'an dernier, l'opérateur a perdu des clients.", []string{"L'an dernier=2022"}},
		{"l'année dernière", "fr", "2023-03-02", "Les pertes de l'année dernière sont lourdes.", []string{"l'année dernière=2022"}},
		{"l'année prochaine", "fr", "2023-03-02", "Le réseau ouvrira l'année prochaine.", []string{"l'année prochaine=2024"}},
		{"la semaine dernière", "fr", "2019-06-12", "La perquisition a eu lieu la semaine dernière.", []string{"la semaine dernière=2019-W23"}},
		{"le mois prochain", "fr", "2019-06-12", "Le procès s'ouvre le mois prochain.", []string{"le mois prochain=2019-07"}},
		{"le mois dernier", "fr", "2019-01-12", "L'amende a été prononcée le mois dernier.", []string{"le mois dernier=2018-12"}},
		{"cette année", "fr", "2023-03-02", "Cette année, le chiffre d'affaires progresse.", []string{"Cette année=2023"}},
		{"il y a", "fr", "2023-03-02", "Il y a deux ans, l'opérateur a été condamné.", []string{"Il y a deux ans=2021"}},
		{"il y a months", "fr", "2023-03-02", "Le contrat a été signé il y a trois mois.", []string{"il y a trois mois=2022-12"}},
		{"ago", "en", "2023-03-02", "Two years ago, Ericsson settled.", []string{"Two years ago=2021"}},
		{"ago", "en", "2023-03-02", "The ruling came three months ago.", []string{"three months ago=2022-12"}},
		{"ago no dct", "en", "", "The ruling came three months ago.", []string{"three months ago=XXXX-XX"}},
		{"bare month nearest year", "fr", "2022-05", "Jusqu'au 1er juillet, ils comparaîtront.", []string{"1er juillet=2022-07-01"}},
		{"bare month nearest year", "en", "2023-05", "Meta has a deadline until 22 October to comply.", []string{"22 October=2023-10-22"}},
		{"bare month nearest year", "en", "2022-06-22", "The judge handed down the decision on June 21.", []string{"June 21=2022-06-21"}},
		{"bare month previous year", "fr", "2023-02", "En novembre, la CNIL a enquêté.", []string{"novembre=2022-11"}},
		{"bare day month no dct", "fr", "", "Une plainte est déposée le 7 septembre.", []string{"7 septembre=XXXX-09-07"}},
		{"month needs a preposition", "en", "", "May the court decide quickly.", nil},
		{"month verb", "en", "", "Shareholders may march on the headquarters.", nil},
		{"narrative year", "fr", "", "En avril 2012, Orange signe. Orange rompt en juillet 2012. Quelques mois plus tard, en novembre, il présente Party Call.", []string{"avril 2012=2012-04", "juillet 2012=2012-07", "novembre=2012-11"}},
		{"narrative stops at paragraph", "fr", "2022-05", "La période 2007-2008.\n\nJusqu'au 1er juillet, ils comparaîtront.", []string{"2007=2007", "2008=2008", "1er juillet=2022-07-01"}},
		{"legal citation gives no year", "fr", "", "Le décret du 24 mars 2006 a créé un article. Une plainte est déposée le 7 septembre.", []string{"24 mars 2006=2006-03-24", "7 septembre=XXXX-09-07"}},
	})
}

func TestDurations(t *testing.T) {
	check(t, []dateCase{
		{"duration count", "fr", "", "L'affaire remonte à plus de 2 ans.", []string{"plus de 2 ans=P2Y"}},
		{"duration words", "fr", "", "Un partenariat qui existerait depuis trente années déjà.", []string{"depuis trente années=P30Y"}},
		{"duration heading", "fr", "", "Trente années", []string{"Trente années=P30Y"}},
		{"duration hours", "fr", "", "Il met en service l'Airbox 24 h plus tard.", []string{"24 h=PT24H"}},
		{"duration vague depuis", "fr", "", "Orange collabore depuis des années avec la DGSE.", []string{"depuis des années=PXY"}},
		{"duration vague depuis", "fr", "", "La sanction était attendue depuis quelques semaines.", []string{"depuis quelques semaines=PXW"}},
		{"duration pendant", "fr", "", "Le service a été coupé pendant trois mois.", []string{"trois mois=P3M"}},
		{"duration prison", "fr", "", "Condamnés à un an de prison dont huit mois avec sursis.", []string{"un an=P1Y", "huit mois=P8M"}},
		{"duration plus de", "fr", "", "Le procès s'ouvre plus de deux ans après leur condamnation.", []string{"plus de deux ans=P2Y"}},
		{"duration days", "fr", "", "L'opérateur dispose de 15 jours pour répondre.", []string{"15 jours=P15D"}},
		{"duration weeks", "fr", "", "L'enquête a duré six semaines.", []string{"six semaines=P6W"}},
		{"duration minutes", "fr", "", "La panne a duré 45 minutes.", []string{"45 minutes=PT45M"}},
		{"duration decade", "fr", "", "Deux décennies de litiges ont suivi.", []string{"Deux décennies=P20Y"}},
		{"duration for", "en", "", "The DOJ agreed to hold off prosecuting for three years.", []string{"three years=P3Y"}},
		{"duration hyphen", "en", "", "It agreed to a one-year extension of the monitor.", []string{"one-year=P1Y"}},
		{"duration hyphen digits", "en", "", "A 10-year licence was signed.", []string{"10-year=P10Y"}},
		{"duration capital", "en", "", "Ten years of battle, says Max Schrems.", []string{"Ten years=P10Y"}},
		{"duration after", "en", "", "We are happy after ten years of litigation.", []string{"ten years=P10Y"}},
		{"duration more than", "en", "", "The case lasted more than five years.", []string{"more than five years=P5Y"}},
		{"duration hours en", "en", "", "The outage lasted 12 hours.", []string{"12 hours=PT12H"}},
		{"duration months en", "en", "", "He was sentenced to 18 months in prison.", []string{"18 months=P18M"}},
		{"duration days en", "en", "", "The carrier has 30 days to respond.", []string{"30 days=P30D"}},
		{"duration since vague", "en", "", "The firms have cooperated since several years.", []string{"since several years=PXY"}},
		{"not a duration: count", "en", "", "Huawei faces a 10-count indictment.", nil},
		{"not a duration: counts", "fr", "", "Huawei doit répondre de 13 chefs d'accusation.", nil},
		{"not a duration: ago", "en", "2023-03-02", "Two years ago, Ericsson settled.", []string{"Two years ago=2021"}},
		{"not a duration: il y a", "fr", "", "Il y a quelques temps, un collaborateur m'a répondu.", nil},
		{"not a duration: vague later", "fr", "", "Quelques mois plus tard, en novembre, il présente Party Call.", []string{"novembre=XXXX-11"}},
		{"not a duration: vague later", "fr", "", "Quelques jours plus tard, il appelle le SAV.", nil},
		{"not a duration: bare vague", "fr", "", "Les messages courent sur des mois.", nil},
		{"not a duration: clock", "fr", "", "De 14 à 20h, il a eu cinq interlocuteurs.", nil},
		{"not a duration: money", "fr", "", "Une amende de 60 millions d'euros.", nil},
		{"not a duration: decade", "fr", "", "Le symbole des années 2000.", []string{"années 2000=200"}},
	})
}

func TestPublished(t *testing.T) {
	cases := []struct {
		name, lang, tag, text, want, source string
	}{
		{"byline fr", "fr", "", "Titre de l'article\n\nPublié le 10 juin 2019 à 7h35\n\nLe texte commence ici et continue longuement.", "2019-06-10T07:35", "byline"},
		{"byline rédigé", "fr", "", "Huawei : ces extraits d'emails accablants\n\nRédigé par leral.net le Vendredi 1 Février 2019 à 08:32 |\n\nNous vous rapportions que Huawei est inculpé.", "2019-02-01T08:32", "byline"},
		{"byline en", "en", "", "Regulator fines carrier\n\nSeptember 18, 2024, 8:12 AM\n\nThe FCC fined Verizon on Monday.", "2024-09-18T08:12", "byline"},
		{"byline short line", "en", "", "shutterstock_171217538\n\n22 June 2022\n\nNokia wins German injunction against Oppo.", "2022-06-22", "byline"},
		{"byline bullet", "fr", "", "25 Fév. 2026 • 17:03\n\nLa CNIL inflige une amende.", "2026-02-25T17:03", "byline"},
		{"tag refined by byline", "fr", "2019-02", "Huawei inculpé\n\nRédigé par leral.net le Vendredi 1 Février 2019 à 08:32 |\n\nLe texte.", "2019-02-01T08:32", "byline"},
		{"tag kept against other byline", "fr", "2021-12", "Titre\n\nPublié le 10 juin 2019\n\nLe texte.", "2021-12", "tag"},
		{"inferred latest full date", "fr", "", "L'enquête a commencé en avril 2008. Dans sa décision du 17 décembre 2015, l'Autorité condamne Orange.", "2015-12", "inferred"},
		{"inferred from weekday", "fr", "", "Orange rompt en juillet 2012. Le procès est prévu en décembre 2015. L'entreprise a porté plainte lundi 15 décembre.", "2014-12", "inferred"},
		{"no legal citation", "fr", "", "Le décret du 24 mars 2006 a créé un article R.10-13 du CPCE.", "", ""},
		{"nothing", "en", "", "The FTC accused AT&T of throttling in 2014.", "", ""},
		{"fallback dct", "en", "", "The FTC accused AT&T of throttling.", "2020-01-01", "flag"},
	}
	for _, c := range cases {
		doc := &extract.Doc{Text: c.text, Lang: c.lang, Published: c.tag}
		if c.tag != "" {
			doc.PublishedSource = "tag"
		}
		if c.source == "flag" {
			doc.FallbackDCT = c.want
		}
		doc.Sentences = testSeg.Split(c.text, c.lang)
		testX.Extract(doc)
		if doc.Published != c.want || c.want != "" && doc.PublishedSource != c.source {
			t.Errorf("[published %s] Published(%q) = %q (%s); want %q (%s)", c.name, c.text, doc.Published, doc.PublishedSource, c.want, c.source)
		}
	}
}

func TestIntervals(t *testing.T) {
	for _, c := range []struct {
		value, start, end, gran string
	}{
		{"2012", "2012-01-01", "2012-12-31", "year"},
		{"2012-02", "2012-02-01", "2012-02-29", "month"},
		{"2014-12-15", "2014-12-15", "2014-12-15", "day"},
		{"2019-02-01T08:32", "2019-02-01", "2019-02-01", "minute"},
		{"2024-Q1", "2024-01-01", "2024-03-31", "quarter"},
		{"2021-SU", "2021-06-01", "2021-08-31", "season"},
		{"200", "2000-01-01", "2009-12-31", "decade"},
		{"2019-W23", "2019-06-03", "2019-06-09", "week"},
		{"XXXX-07-18", "", "", "day"},
	} {
		tx, ok := ParseValue(c.value)
		if !ok || tx.Gran != c.gran {
			t.Errorf("ParseValue(%q) = %+v, %v; want granularity %s", c.value, tx, ok, c.gran)
			continue
		}
		if tx.String() != c.value {
			t.Errorf("ParseValue(%q).String() = %q", c.value, tx.String())
		}
		a, b := tx.Interval()
		gotA, gotB := "", ""
		if a != nil {
			gotA, gotB = dayString(*a), dayString(*b)
		}
		if gotA != c.start || gotB != c.end {
			t.Errorf("Interval(%q) = %s..%s; want %s..%s", c.value, gotA, gotB, c.start, c.end)
		}
	}
}

func dayString(d extract.Day) string {
	y, m, dd := 1970, 1, 1
	_ = y
	t := epoch.AddDate(0, 0, int(d))
	y, m, dd = t.Year(), int(t.Month()), t.Day()
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

func TestFromISO(t *testing.T) {
	for in, want := range map[string]string{
		"2019-02": "2019-02", "2019-02-01": "2019-02-01", "2019-02-01T08:32:00Z": "2019-02-01T08:32",
		"2019-02-01 08:32": "2019-02-01T08:32", "2019": "2019", "yesterday": "", "": "", "2019-13-01": "",
	} {
		if got := FromISO(in); got != want {
			t.Errorf("FromISO(%q) = %q; want %q", in, got, want)
		}
	}
}

var timexRe = func() func(string) bool {
	return func(v string) bool {
		_, ok := ParseValue(v)
		return ok
	}
}()

// FuzzDates: no panic, offsets inside the text on rune boundaries and
// inside their sentence, and every value a well-formed TIMEX3 value.
func FuzzDates(f *testing.F) {
	for _, s := range []string{"En avril 2012, Orange signe.", "lundi 15 décembre", "Il y a deux ans", "2007-2008", "mi-", "Q3 2023 et fin des années 2000", "25.08.2005 à 08:32", "\xff 2019", "entre août et"} {
		f.Add(s, "fr", "2014-12")
		f.Add(s, "en", "")
	}
	f.Fuzz(func(t *testing.T, text, lang, dct string) {
		if !utf8.ValidString(text) {
			return // the pipeline decodes every input to valid UTF-8 first
		}
		if _, ok := ParseValue(dct); !ok {
			dct = ""
		}
		doc := run(lang, dct, text)
		extracttest.CheckEntities(t, doc)
		for _, e := range doc.Entities {
			if e.Type == extract.TypeDate && !timexRe(e.Normalized) {
				t.Fatalf("entity %q: value %q is not TIMEX3", e.Text, e.Normalized)
			}
			if e.Type == extract.TypeDuration && !durationRe.MatchString(e.Normalized) {
				t.Fatalf("entity %q: duration %q is not TIMEX3", e.Text, e.Normalized)
			}
		}
	})
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

var durationRe = regexp.MustCompile(`^P(T?)(\d+|X)[YMWDH]$`)

// BenchmarkDates measures the date extractor alone (MB/s of text).
func BenchmarkDates(b *testing.B) {
	text := extracttest.SampleText(b, "../../testdata/inputs")
	sents := testSeg.Split(text, "fr")
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		doc := &extract.Doc{Text: text, Lang: "fr", Sentences: sents}
		testX.Extract(doc)
	}
}

// Lexicon entries are written without a final full stop: the scanner looks
// past one in the text, so an entry with one could never match.
func TestLexiconRejects(t *testing.T) {
	for src, want := range map[string]string{
		"fr\tmonth\tfévr.\t2\n":    "without its final full stop",
		"fr\tmonths\tfévrier\t2\n": "unknown class",
	} {
		if _, err := loadLexicon(src); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("loadLexicon(%q) = %v, want an error with %q", src, err, want)
		}
	}
	if _, err := loadLexicon("fr\tmonth\tfévr\t2\n"); err != nil {
		t.Errorf("an abbreviation without its stop: %v", err)
	}
}

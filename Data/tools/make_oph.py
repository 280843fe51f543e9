#!/usr/bin/env python3
"""Builds the illustrative OPH data set in Data/oph/.

Usage:
    python3 Data/tools/make_oph.py [--municipalities PATH] [--out DIR]

It reads the reference municipality table (default /work/shared/data/municipalities.csv,
see that folder's README.md) and writes the CSV files of Data/FORMAT.md to Data/oph/.

Regions and municipalities are real. Networks, organisations, memberships and
collaborations are made up: they are modelled on the kinds of network OPH runs, but they
describe no real network, and the data set holds no persons. The script uses only the
standard library and a fixed random seed, so it writes the same files every time.

The data tell a story over 2022-2026 (snapshot on 31 Dec of each year):
  1. ties between networks of different sectors grow from about a quarter to about a half
     of all network-network ties;
  2. rural municipalities are reached by the leadership networks late and only in part;
  3. one network ends in 2024 and one starts in 2025;
  4. gaps remain in 2026: networks that share a direction but no member, an isolated
     network, a sector pair with no tie, organisations in more than five networks, and a
     pair of networks joined by a single organisation;
  5. organisations join and leave networks inside the period.
The story is built in on purpose: which pairs of networks of different sectors may share
members, and from which year, is planned (see plan_cross_ties), and every membership is
checked against that plan (see Builder.can_join). Data/tools/check_oph.py prints the figures.
"""

import argparse
import csv
import datetime
import os
import random
import sys
from collections import defaultdict

SEED = 20260101
START = datetime.date(2022, 1, 1)
END = datetime.date(2026, 12, 31)
YEARS = [2022, 2023, 2024, 2025, 2026]
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REFERENCE = "/work/shared/data/municipalities.csv"
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "oph"))


def d(text):
    return datetime.date.fromisoformat(text)


def year_end(year):
    return datetime.date(year, 12, 31)


# ---------------------------------------------------------------------------------------
# Vocabulary

METADATA = [
    ("name", "OPH:n kehittämisverkostot (kuvitteellinen aineisto)"),
    ("name_sv", "Utbildningsstyrelsens utvecklingsnätverk (fiktivt material)"),
    ("name_en", "EDUFI development networks (illustrative data)"),
    ("source", "Maakunnat ja kunnat: Tilastokeskuksen luokitukset vuodelle 2025 (R-paketin geofi "
               "kuntatiedot), väkiluku 31.12.2023 sadan asukkaan tarkkuudella. Verkostot, organisaatiot, "
               "jäsenyydet ja yhteistyö ovat kuvitteellisia; ne on tuotettu skriptillä Data/tools/make_oph.py."),
    ("notice", "Maakunnat ja kunnat ovat todellisia. Verkostot, organisaatiot, jäsenyydet ja "
               "yhteistyö ovat kuvitteellisia esimerkkejä eivätkä kuvaa Opetushallituksen todellisia "
               "verkostoja tai niiden jäseniä. Aineistossa ei ole henkilötietoja."),
    ("notice_sv", "Landskapen och kommunerna är verkliga. Nätverken, organisationerna, medlemskapen "
                  "och samarbetet är fiktiva exempel och beskriver inte Utbildningsstyrelsens "
                  "verkliga nätverk eller deras medlemmar. Materialet innehåller inga personuppgifter."),
    ("notice_en", "The regions and municipalities are real. The networks, organisations, memberships "
                  "and collaborations are illustrative and do not describe the Finnish National Agency "
                  "for Education's real networks or their members. The data hold no personal data."),
]

SECTORS = [
    ("ecec", "Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education and care"),
    ("basic", "Esi- ja perusopetus", "Förskoleundervisning och grundläggande utbildning",
     "Pre-primary and basic education"),
    ("upper-secondary", "Lukiokoulutus", "Gymnasieutbildning", "General upper secondary education"),
    ("vocational", "Ammatillinen koulutus", "Yrkesutbildning", "Vocational education and training"),
    ("liberal-adult", "Vapaa sivistystyö", "Fritt bildningsarbete", "Liberal adult education"),
    ("arts", "Taiteen perusopetus", "Grundläggande konstundervisning", "Basic education in the arts"),
    ("cross-sector", "Sektorirajat ylittävä", "Sektorsövergripande", "Cross-sector"),
]

DIRECTIONS = [
    ("leadership", "Johtamisosaaminen", "Ledarskapskompetens", "Leadership competence"),
    ("community-development", "Yhteisökehittäminen", "Gemenskapsutveckling", "Community development"),
    ("knowledge-management", "Tiedolla johtaminen", "Kunskapsbaserat ledarskap", "Knowledge-based management"),
    ("digitalisation", "Digitalisaatio", "Digitalisering", "Digitalisation"),
    ("wellbeing", "Hyvinvointi ja osallisuus", "Välbefinnande och delaktighet", "Well-being and participation"),
    ("learning-support", "Oppimisen tuki", "Stöd för lärande", "Learning support"),
    ("equality", "Yhdenvertaisuus ja tasa-arvo", "Likabehandling och jämställdhet", "Equity and equality"),
    ("sustainability", "Kestävä kehitys", "Hållbar utveckling", "Sustainable development"),
    ("continuous-learning", "Jatkuva oppiminen", "Kontinuerligt lärande", "Continuous learning"),
    ("internationalisation", "Kansainvälisyys", "Internationalisering", "Internationalisation"),
    ("language-awareness", "Kieli- ja kulttuuritietoisuus", "Språk- och kulturmedvetenhet",
     "Language and cultural awareness"),
    ("guidance", "Ohjaus ja siirtymät", "Vägledning och övergångar", "Guidance and transitions"),
    ("regional-cooperation", "Alueellinen yhteistyö", "Regionalt samarbete", "Regional cooperation"),
]

# Which kinds of organisation a network of each sector takes, with weights. Municipalities
# (as education providers), higher-education institutions, associations and regional
# bodies span sectors.
KINDS = {
    "ecec": {"ecec-unit": 5, "municipality": 3, "higher-education": 0.3, "association": 0.3},
    "basic": {"school": 6, "municipality": 1.2, "higher-education": 0.3, "association": 0.3},
    "upper-secondary": {"upper-secondary": 6, "municipality": 0.8, "higher-education": 0.6,
                        "association": 0.2},
    "vocational": {"vocational": 6, "association": 0.4, "higher-education": 0.4,
                   "regional-body": 0.2},
    "liberal-adult": {"adult-education": 6, "association": 0.8, "municipality": 0.2},
    "arts": {"arts-school": 6, "association": 0.6, "municipality": 0.4},
    "cross-sector": {"municipality": 4, "school": 1.2, "ecec-unit": 0.8, "upper-secondary": 0.8,
                     "vocational": 0.8, "higher-education": 1.0, "adult-education": 0.4,
                     "arts-school": 0.2, "association": 0.8, "regional-body": 1.0},
}

# ---------------------------------------------------------------------------------------
# Networks. Fields: id, fi, sv, en, sector, unit, goal, operating model, since, until,
# directions [(id, priority)], size at the end of its first year in 2022-2026, size at the
# end of 2026, scope (who may join), kinds (None = the sector's KINDS).

N = []


def network(id, fi, sv, en, sector, unit, goal, model, since, until, directions, size0, size1,
            scope="national", kinds=None):
    N.append(dict(id=id, fi=fi, sv=sv, en=en, sector=sector, unit=unit, goal=goal, model=model,
                  since=d(since), until=d(until) if until else None, directions=directions,
                  size0=size0, size1=size1, scope=scope, kinds=kinds))


network("johtamisen-oppiva-yhteiso", "Johtamisen oppiva yhteisö", "Lärande gemenskap för ledarskap",
        "Leadership Learning Community", "cross-sector", "Johtamisen ja yhteisökehittämisen yksikkö",
        "Antaa työkaluja ja tukea kasvatus-, opetus- ja koulutusalan toimijoiden johtamisosaamisen "
        "kehittämiselle.",
        "Yhteisö kokoontuu säännöllisiin tapaamisiin, ja sillä on käytössään yhteinen sähköinen alusta. "
        "Jäsenet pohtivat, mitä johtamisessa tapahtuu, kun halutaan olla edelläkävijöitä, ja millaisia "
        "kansallisia toimenpiteitä ja työvälineitä johtamisen tueksi tarvitaan.",
        "2017-09-01", None, [("leadership", 1), ("community-development", 2)],
        55, 150)
network("varhaiskasvatuksen-kehittamisverkosto", "Varhaiskasvatuksen kehittämisverkosto",
        "Utvecklingsnätverket för småbarnspedagogik", "ECEC Development Network", "ecec",
        "Varhaiskasvatuksen yksikkö",
        "Tukee varhaiskasvatussuunnitelman perusteiden toimeenpanoa ja paikallista pedagogista kehittämistä.",
        "Kunnat ja yksityiset palveluntuottajat kehittävät pedagogiikkaa alueellisissa kehittäjäryhmissä, "
        "ja verkosto kokoontuu kahdesti vuodessa valtakunnallisille kehittämispäiville.",
        "2018-01-01", None, [("community-development", 1), ("learning-support", 2)],
        150, 210)
network("varhaiskasvatuksen-johtajuusverkosto", "Varhaiskasvatuksen pedagogisen johtajuuden verkosto",
        "Nätverket för pedagogiskt ledarskap inom småbarnspedagogiken", "ECEC Pedagogical Leadership Network",
        "ecec", "Varhaiskasvatuksen yksikkö",
        "Vahvistaa varhaiskasvatuksen johtajien pedagogista johtajuutta ja tiedolla johtamista.",
        "Varhaiskasvatusyksiköiden johtajat työskentelevät vertaismentoroinnin pienryhmissä, ja verkosto "
        "järjestää vuosittain johtajuusfoorumin sekä verkkoseminaareja.",
        "2020-01-01", None, [("leadership", 1), ("knowledge-management", 2)], 70, 130)
network("varhaiskasvatuksen-digiverkosto", "Varhaiskasvatuksen mediakasvatuksen ja digitaalisuuden verkosto",
        "Nätverket för mediefostran och digitalisering inom småbarnspedagogiken",
        "ECEC Media Education and Digitalisation Network", "ecec", "Digitaalisen oppimisen yksikkö",
        "Kehittää lasten monilukutaitoa sekä tieto- ja viestintäteknologista osaamista tukevia "
        "pedagogisia käytäntöjä.",
        "Kuntien digitutorit ja varhaiskasvatusyksiköiden kehittäjät jakavat kokeilujaan yhteisellä "
        "alustalla ja kuukausittaisissa etätapaamisissa.",
        "2021-03-01", None, [("digitalisation", 1)], 40, 65)
network("kielitietoisen-varhaiskasvatuksen-verkosto", "Kielitietoisen varhaiskasvatuksen verkosto",
        "Nätverket för språkmedveten småbarnspedagogik", "Language-Aware ECEC Network", "ecec",
        "Varhaiskasvatuksen yksikkö",
        "Edistää kielitietoista toimintakulttuuria, suomen ja ruotsin kielen tukea sekä kielikylpyä "
        "varhaiskasvatuksessa.",
        "Jäsenet kokeilevat kielitietoisia toimintatapoja omissa yksiköissään ja kokoavat hyviä käytäntöjä "
        "yhteiseen materiaalipankkiin. Verkosto tapaa neljästi vuodessa.",
        "2021-08-01", None, [("language-awareness", 1)], 35, 55)
network("tasa-arvoisen-varhaiskasvatuksen-verkosto", "Tasa-arvoisen varhaiskasvatuksen verkosto",
        "Nätverket för jämlik småbarnspedagogik", "Equal ECEC Network", "ecec",
        "Oppimisen tuen ja hyvinvoinnin yksikkö",
        "Vähentää eriarvoisuutta ja vahvistaa lasten hyvinvointia ja osallisuutta varhaiskasvatuksessa.",
        "Kunnat laativat verkoston tuella tasa-arvo- ja yhdenvertaisuussuunnitelmia, ja kehittämistyötä "
        "arvioidaan yhdessä korkeakoulujen tutkijoiden kanssa.",
        "2021-01-01", None, [("equality", 1), ("wellbeing", 2)], 40, 60)
network("varhaiskasvatuksen-laatuverkosto", "Varhaiskasvatuksen laadun kehittämisen verkosto",
        "Nätverket för kvalitetsutveckling inom småbarnspedagogiken", "ECEC Quality Development Network",
        "ecec", "Tieto- ja analytiikkapalvelujen yksikkö",
        "Tukee kuntia ja palveluntuottajia varhaiskasvatuksen laadun arvioinnissa ja arviointitiedon "
        "hyödyntämisessä.",
        "Verkosto kokoontuu kolmesti vuodessa, ja jäsenet vertailevat laadunarvioinnin tuloksia ja "
        "kehittämistoimia alueellisissa työpajoissa.",
        "2023-02-01", None, [("knowledge-management", 1), ("leadership", 3)], 30, 55)
network("perusopetuksen-rehtoriverkosto", "Perusopetuksen rehtoriverkosto",
        "Rektorsnätverket för den grundläggande utbildningen", "Basic Education Principals' Network",
        "basic", "Esi- ja perusopetuksen yksikkö",
        "Tukee rehtoreita pedagogisessa johtamisessa, muutosjohtamisessa ja koulun toimintakulttuurin "
        "kehittämisessä.",
        "Rehtorit kokoontuvat alueellisiin vertaisryhmiin, ja verkosto järjestää vuosittain valtakunnallisen "
        "rehtoripäivän. Ryhmät työstävät omia johtamisen kehittämiskohteitaan.",
        "2016-08-01", None, [("leadership", 1), ("community-development", 2)], 120, 190)
network("oikeus-oppia-kehittajaverkosto", "Oikeus oppia -kehittäjäverkosto", "Utvecklarnätverket Rätt att lära",
        "Right to Learn Developer Network", "basic", "Oppimisen tuen ja hyvinvoinnin yksikkö",
        "Vahvistaa oppimisen tukea, inklusiivisia käytäntöjä ja oppimiserojen kaventamista esi- ja "
        "perusopetuksessa.",
        "Kehittäjäverkosto tuki kuntien hankkeita etätapaamisilla ja alueellisilla työpajoilla. Verkoston "
        "toiminta päättyi ohjelmakauden loputtua kesäkuussa 2024.",
        "2020-09-01", "2024-06-30", [("learning-support", 1), ("equality", 2)], 90, 105)
network("oppimisen-tuen-uudistuksen-verkosto", "Oppimisen tuen uudistuksen verkosto",
        "Nätverket för reformen av stödet för lärande", "Learning Support Reform Network", "basic",
        "Oppimisen tuen ja hyvinvoinnin yksikkö",
        "Tukee kuntia ja kouluja oppimisen tuen uudistuksen toimeenpanossa esi- ja perusopetuksessa.",
        "Verkosto jatkaa Oikeus oppia -kehittäjäverkoston työtä: kuntien yhdyshenkilöt kokoontuvat "
        "kuukausittain etänä, ja alueelliset työpajat kokoavat opettajia, erityisopettajia ja rehtoreita.",
        "2025-01-15", None, [("learning-support", 1), ("equality", 2), ("leadership", 3)], 70, 100)
network("perusopetuksen-digiverkosto", "Perusopetuksen digitaalisen osaamisen verkosto",
        "Nätverket för digital kompetens i den grundläggande utbildningen",
        "Digital Competence Network for Basic Education", "basic", "Digitaalisen oppimisen yksikkö",
        "Vahvistaa oppilaiden ja opettajien digitaalista osaamista ja tieto- ja viestintäteknologian "
        "pedagogista käyttöä.",
        "Kuntien digitutorit ja koulujen kehittäjäopettajat jakavat kokemuksia avoimilla verkkotapaamisilla, "
        "ja verkosto kokoaa oppimateriaalit yhteiseen palveluun.",
        "2019-01-01", None, [("digitalisation", 1)], 60, 90)
network("hyvinvoivan-koulun-verkosto", "Hyvinvoivan koulun verkosto", "Nätverket för välmående skola",
        "Well-being at School Network", "basic", "Oppimisen tuen ja hyvinvoinnin yksikkö",
        "Edistää oppilaiden hyvinvointia, osallisuutta ja turvallista kouluyhteisöä.",
        "Koulut kehittävät yhteisöllistä oppilashuoltoa ja kiusaamisen ehkäisyä, ja verkosto kokoontuu "
        "kahdesti lukukaudessa vaihtamaan kokemuksia.",
        "2019-08-01", None, [("wellbeing", 1)], 80, 120)
network("lukutaidon-kehittamisverkosto", "Lukutaidon kehittämisverkosto", "Nätverket för läsfrämjande",
        "Literacy Development Network", "basic", "Esi- ja perusopetuksen yksikkö",
        "Vahvistaa lasten ja nuorten lukutaitoa, lukemismotivaatiota ja monilukutaitoa.",
        "Koulut ja kirjastot kehittävät yhdessä lukemista tukevia käytäntöjä. Verkosto järjestää "
        "lukuvuosittain teemaviikon ja jakaa materiaaleja avoimesti.",
        "2020-01-01", None, [("language-awareness", 1), ("learning-support", 2)], 50, 80)
network("saamenkielisen-opetuksen-verkosto", "Saamenkielisen opetuksen verkosto",
        "Nätverket för samiskspråkig undervisning", "Sámi Language Education Network", "basic",
        "Kieli- ja kulttuuriryhmien yksikkö",
        "Tukee saamenkielistä opetusta ja saamen kielten opetusta saamelaisalueella.",
        "Saamelaisalueen koulut ja varhaiskasvatusyksiköt kokoontuvat lukukausittain, ja verkosto tuottaa "
        "yhdessä oppimateriaaleja pohjois-, inarin- ja koltansaameksi.",
        "2018-01-01", None, [("language-awareness", 1), ("equality", 2)], 9, 11, scope="sami")
network("kestavan-kehityksen-koulujen-verkosto", "Kestävän kehityksen koulujen verkosto",
        "Nätverket för hållbara skolor", "Sustainable Schools Network", "basic",
        "Esi- ja perusopetuksen yksikkö",
        "Edistää kestävää elämäntapaa, ilmasto-osaamista ja kestävän kehityksen toimintakulttuuria kouluissa.",
        "Koulut laativat kestävän kehityksen suunnitelman ja arvioivat sitä vuosittain verkoston "
        "vertaisarvioinnissa. Verkosto kokoontuu kahdesti vuodessa.",
        "2019-01-01", None, [("sustainability", 1)], 40, 65)
network("tutoropettajien-verkosto", "Tutoropettajien verkosto", "Nätverket för tutorlärare",
        "Tutor Teacher Network", "basic", "Esi- ja perusopetuksen yksikkö",
        "Tukee tutoropettajia opettajayhteisöjen pedagogisessa ja digitaalisessa kehittämisessä.",
        "Kuntien tutoropettajat kokoontuvat alueellisiin verkostotapaamisiin, ja verkosto järjestää "
        "vuosittain valtakunnallisen tutorfoorumin.",
        "2017-01-01", None, [("community-development", 1), ("digitalisation", 2)], 60, 90)
network("monikielisyyden-verkosto", "Monikielisyyden ja S2-opetuksen verkosto",
        "Nätverket för flerspråkighet och undervisning i andraspråk",
        "Multilingualism and Second Language Teaching Network", "basic", "Kieli- ja kulttuuriryhmien yksikkö",
        "Vahvistaa monikielisten oppilaiden oppimista, suomi ja ruotsi toisena kielenä -opetusta ja oman "
        "äidinkielen opetusta.",
        "Verkosto kokoaa kuntien S2-koordinaattorit ja koulujen kehittäjäopettajat etätapaamisiin, ja jäsenet "
        "kokeilevat kielitietoisia opetusmenetelmiä omissa kouluissaan.",
        "2023-01-15", None, [("language-awareness", 1), ("equality", 2)], 30, 55)
network("lukiokoulutuksen-kehittamisverkosto", "Lukiokoulutuksen kehittämisverkosto",
        "Utvecklingsnätverket för gymnasieutbildningen", "Upper Secondary Development Network",
        "upper-secondary", "Lukiokoulutuksen yksikkö",
        "Tukee lukiolain ja lukion opetussuunnitelman perusteiden toimeenpanoa ja lukioiden "
        "toimintakulttuurin uudistamista.",
        "Lukiot työskentelevät alueellisissa kehittäjäryhmissä, ja verkosto kokoontuu kahdesti vuodessa "
        "valtakunnallisille lukiopäiville.",
        "2019-08-01", None, [("community-development", 1), ("guidance", 2), ("leadership", 3)], 60, 95)
network("lukioiden-rehtoriverkosto", "Lukioiden rehtoriverkosto", "Nätverket för gymnasierektorer",
        "Upper Secondary Principals' Network", "upper-secondary", "Lukiokoulutuksen yksikkö",
        "Vahvistaa lukioiden rehtoreiden johtamisosaamista ja tiedolla johtamista.",
        "Rehtorit tapaavat neljästi vuodessa vertaisryhmissä, ja verkosto järjestää vuosittain johtamisen "
        "seminaarin yhdessä korkeakoulujen kanssa.",
        "2018-01-01", None, [("leadership", 1), ("knowledge-management", 2)], 45, 75)
network("lukioiden-ja-korkeakoulujen-verkosto", "Lukioiden ja korkeakoulujen yhteistyöverkosto",
        "Nätverket för samarbete mellan gymnasier och högskolor",
        "Upper Secondary and Higher Education Cooperation Network", "upper-secondary",
        "Lukiokoulutuksen yksikkö",
        "Edistää lukioiden ja korkeakoulujen yhteistyötä ja sujuvia siirtymiä korkeakouluopintoihin.",
        "Lukiot ja korkeakoulut suunnittelevat yhdessä korkeakouluopintojaksoja ja opinto-ohjausta. "
        "Verkosto kokoontuu kerran lukukaudessa.",
        "2021-01-01", None, [("guidance", 1)], 30, 50,
        kinds={"upper-secondary": 5, "higher-education": 2.5})
network("lukio-opiskelijoiden-hyvinvointiverkosto", "Lukio-opiskelijoiden hyvinvoinnin verkosto",
        "Nätverket för gymnasiestuderandes välbefinnande", "Upper Secondary Student Well-being Network",
        "upper-secondary", "Oppimisen tuen ja hyvinvoinnin yksikkö",
        "Kehittää lukio-opiskelijoiden hyvinvointia, opiskeluhuoltoa ja erityisopetusta.",
        "Lukiot jakavat opiskeluhuollon ja erityisopetuksen käytäntöjä verkkotapaamisissa, ja verkosto "
        "kokoaa vuosittain yhteisen katsauksen.",
        "2020-08-01", None, [("wellbeing", 1), ("learning-support", 2)], 30, 45)
network("lukioiden-kansainvalisyysverkosto", "Lukioiden kansainvälisyysverkosto",
        "Nätverket för internationalisering i gymnasiet", "Upper Secondary Internationalisation Network",
        "upper-secondary", "Kansainvälistymispalvelujen yksikkö",
        "Lisää lukioiden kansainvälistä yhteistyötä, liikkuvuutta ja kieliohjelman monipuolisuutta.",
        "Lukiot suunnittelevat yhteisiä liikkuvuushankkeita ja jakavat Erasmus+-yhteistyön kokemuksia "
        "verkoston tapaamisissa kolmesti vuodessa.",
        "2024-01-15", None, [("internationalisation", 1), ("language-awareness", 2)], 18, 32)
network("ammatillisen-koulutuksen-kehittamisverkosto", "Ammatillisen koulutuksen reformin kehittämisverkosto",
        "Utvecklingsnätverket för reformen av yrkesutbildningen", "Vocational Education Reform Network",
        "vocational", "Ammatillisen koulutuksen yksikkö",
        "Tukee koulutuksen järjestäjiä reformin toimeenpanossa ja osaamisperusteisten käytäntöjen kehittämisessä.",
        "Koulutuksen järjestäjien kehittäjät kokoontuvat teemoittaisiin työryhmiin, ja verkosto julkaisee "
        "hyviä käytäntöjä yhteisellä alustalla.",
        "2018-01-01", None, [("community-development", 1), ("continuous-learning", 2)], 45, 60)
network("ammatillisen-koulutuksen-johtamisverkosto", "Ammatillisen koulutuksen johtamisen verkosto",
        "Ledarskapsnätverket för yrkesutbildningen", "Vocational Education Leadership Network", "vocational",
        "Ammatillisen koulutuksen yksikkö",
        "Vahvistaa koulutuksen järjestäjien strategista johtamista, osaamisen johtamista ja tiedolla johtamista.",
        "Johtoryhmien jäsenet osallistuvat vertaisryhmiin ja vuosittaiseen johtamisfoorumiin, jossa "
        "käsitellään rahoitusta, laatua ja henkilöstön hyvinvointia.",
        "2019-01-01", None, [("leadership", 1), ("knowledge-management", 2)], 25, 42)
network("ammatillisen-koulutuksen-laatuverkosto", "Ammatillisen koulutuksen laatuverkosto",
        "Kvalitetsnätverket för yrkesutbildningen", "Vocational Education Quality Network", "vocational",
        "Arvioinnin ja laadunhallinnan yksikkö",
        "Tukee järjestäjiä laadunhallintajärjestelmien kehittämisessä ja itsearvioinnissa.",
        "Järjestäjät tekevät vuosittain vertaisarvioinnin pareittain, ja verkosto kokoontuu laatupäiville "
        "kahdesti vuodessa.",
        "2017-01-01", None, [("knowledge-management", 1), ("leadership", 3)], 35, 48)
network("tyopaikalla-oppimisen-verkosto", "Työpaikalla järjestettävän koulutuksen verkosto",
        "Nätverket för utbildning på arbetsplatsen", "Work-Based Learning Network", "vocational",
        "Tutkintojen ja työelämäyhteistyön yksikkö",
        "Kehittää koulutussopimus- ja oppisopimuskoulutusta sekä työpaikkaohjaajien osaamista.",
        "Järjestäjät ja työelämän järjestöt kehittävät työpaikkaohjaajien koulutusta yhdessä, ja verkosto "
        "kokoontuu alueellisiin tapaamisiin kerran lukukaudessa.",
        "2019-01-01", None, [("continuous-learning", 1), ("guidance", 2)], 30, 42)
network("vaativan-erityisen-tuen-verkosto", "Vaativan erityisen tuen verkosto (ammatillinen koulutus)",
        "Nätverket för krävande särskilt stöd inom yrkesutbildningen",
        "Network for Demanding Special Support in VET", "vocational", "Oppimisen tuen ja hyvinvoinnin yksikkö",
        "Vahvistaa erityistä tukea tarvitsevien opiskelijoiden ohjausta ja tukea ammatillisessa koulutuksessa.",
        "Verkosto kokoaa ammatilliset erityisoppilaitokset ja muut järjestäjät, jotka kehittävät tuen "
        "käytäntöjä yhteisissä työpajoissa.",
        "2020-01-01", None, [("learning-support", 1), ("wellbeing", 2)], 20, 32)
network("ammatillisen-koulutuksen-kansainvalisyysverkosto", "Ammatillisen koulutuksen kansainvälistymisverkosto",
        "Nätverket för internationalisering av yrkesutbildningen", "VET Internationalisation Network",
        "vocational", "Kansainvälistymispalvelujen yksikkö",
        "Lisää opiskelijoiden ja henkilöstön kansainvälistä liikkuvuutta ja kansainvälistymisen osaamista.",
        "Järjestäjien kansainvälisten asioiden koordinaattorit kokoontuvat kolmesti vuodessa ja jakavat "
        "liikkuvuushankkeiden kokemuksia.",
        "2018-01-01", None, [("internationalisation", 1)], 25, 38)
network("ammatillisen-koulutuksen-digiverkosto", "Ammatillisen koulutuksen digitalisaatioverkosto",
        "Digitaliseringsnätverket för yrkesutbildningen", "VET Digitalisation Network", "vocational",
        "Digitaalisen oppimisen yksikkö",
        "Kehittää digitaalisia oppimisympäristöjä ja opiskelijatiedon hyödyntämistä ammatillisessa koulutuksessa.",
        "Järjestäjät jakavat ratkaisujaan verkkotapaamisissa, ja verkosto järjestää vuosittain digipäivän.",
        "2019-08-01", None, [("digitalisation", 1), ("knowledge-management", 2)], 25, 38)
network("vihrean-siirtyman-osaamisverkosto", "Vihreän siirtymän osaamisverkosto",
        "Kompetensnätverket för den gröna omställningen", "Green Transition Skills Network", "vocational",
        "Osaamisen ennakoinnin yksikkö",
        "Vahvistaa ammatillisen koulutuksen valmiuksia vastata vihreän siirtymän osaamistarpeisiin.",
        "Järjestäjät ja elinkeinoelämän edustajat kehittävät tutkinnon osia ja täydennyskoulutusta "
        "yhteisissä työpajoissa.",
        "2023-03-01", None, [("sustainability", 1), ("continuous-learning", 2)], 15, 32)
network("vapaan-sivistystyon-kehittajaverkosto", "Vapaan sivistystyön kehittäjäverkosto",
        "Utvecklarnätverket för det fria bildningsarbetet", "Liberal Adult Education Developer Network",
        "liberal-adult", "Vapaan sivistystyön ja taiteen perusopetuksen yksikkö",
        "Tukee kansalais- ja kansanopistojen, opintokeskusten ja kesäyliopistojen pedagogista kehittämistä.",
        "Oppilaitokset kehittävät opetusta ja arviointia teemaryhmissä, ja verkosto järjestää kerran "
        "vuodessa kehittämisseminaarin.",
        "2018-01-01", None, [("continuous-learning", 1)], 45, 65)
network("kotoutumiskoulutuksen-verkosto", "Kansanopistojen kotoutumiskoulutuksen verkosto",
        "Nätverket för integrationsutbildning vid folkhögskolor", "Folk High School Integration Training Network",
        "liberal-adult", "Vapaan sivistystyön ja taiteen perusopetuksen yksikkö",
        "Kehittää maahan muuttaneiden kotoutumis- ja lukutaitokoulutusta vapaassa sivistystyössä.",
        "Kansanopistot ja kansalaisopistot jakavat opetusmateriaaleja ja kokeilevat yhteisiä opintopolkuja "
        "verkoston työpajoissa.",
        "2019-01-01", None, [("language-awareness", 1), ("equality", 2)], 20, 32)
network("vapaan-sivistystyon-johtajaverkosto", "Vapaan sivistystyön johtajaverkosto",
        "Ledarnätverket för det fria bildningsarbetet", "Liberal Adult Education Leaders' Network",
        "liberal-adult", "Vapaan sivistystyön ja taiteen perusopetuksen yksikkö",
        "Vahvistaa rehtoreiden ja johtajien strategista johtamisosaamista muuttuvassa toimintaympäristössä.",
        "Johtajat osallistuvat vertaismentorointiin ja kahdesti vuodessa järjestettäviin johtamisen päiviin.",
        "2023-01-01", None, [("leadership", 1), ("sustainability", 3)], 20, 36)
network("taiteen-perusopetuksen-kehittamisverkosto", "Taiteen perusopetuksen kehittämisverkosto",
        "Utvecklingsnätverket för grundläggande konstundervisning",
        "Basic Education in the Arts Development Network", "arts",
        "Vapaan sivistystyön ja taiteen perusopetuksen yksikkö",
        "Tukee taiteen perusopetuksen opetussuunnitelmien toteuttamista ja oppilaitosten pedagogista kehittämistä.",
        "Musiikki-, kuvataide-, tanssi- ja sirkusoppilaitokset kokoontuvat taiteenalakohtaisiin ryhmiin, ja "
        "verkosto järjestää vuosittain yhteisen foorumin.",
        "2018-01-01", None, [("community-development", 1)], 40, 58)
network("taiteen-perusopetuksen-saavutettavuusverkosto", "Taiteen perusopetuksen saavutettavuusverkosto",
        "Nätverket för tillgänglig grundläggande konstundervisning", "Accessible Arts Education Network",
        "arts", "Vapaan sivistystyön ja taiteen perusopetuksen yksikkö",
        "Lisää taiteen perusopetuksen alueellista ja taloudellista saavutettavuutta sekä harrastamisen "
        "mahdollisuuksia koulupäivän yhteydessä.",
        "Oppilaitokset ja kunnat kokeilevat lähi- ja etäopetuksen yhdistelmiä, ja verkosto kokoontuu "
        "kolmesti vuodessa.",
        "2021-01-01", None, [("equality", 1), ("wellbeing", 2)], 20, 36)
network("ruotsinkielisen-koulutuksen-verkosto", "Ruotsinkielisen koulutuksen kehittämisverkosto",
        "Utvecklingsnätverket för den svenskspråkiga utbildningen",
        "Swedish-Language Education Development Network", "cross-sector", "Ruotsinkielisen koulutuksen yksikkö",
        "Tukee ruotsinkielisen varhaiskasvatuksen ja koulutuksen kehittämistä ja johtamista kaikilla "
        "koulutusasteilla.",
        "Verkosto toimii ruotsiksi: jäsenet kokoontuvat alueellisiin tapaamisiin Pohjanmaalla, Uudellamaalla "
        "ja Turunmaalla sekä vuosittaiseen yhteiseen konferenssiin.",
        "2018-01-01", None, [("language-awareness", 1), ("leadership", 2)], 45, 85, scope="swedish")
network("pohjois-suomen-kehittajaverkosto", "Pohjois-Suomen alueellinen kehittäjäverkosto",
        "Regionala utvecklarnätverket i Norra Finland", "Northern Finland Regional Developer Network",
        "cross-sector", "Alueellisen kehittämisen yksikkö",
        "Kokoaa Pohjois-Pohjanmaan, Kainuun ja Lapin koulutuksen kehittäjät yhteiseen kehittämiseen "
        "pitkien etäisyyksien oloissa.",
        "Verkosto kokoontuu pääosin etänä ja kerran vuodessa kiertävästi eri maakunnissa. Jäsenet kehittävät "
        "etäopetusta ja yhteisiä täydennyskoulutuksia.",
        "2019-01-01", None, [("regional-cooperation", 1), ("digitalisation", 2)], 25, 42,
        scope=("17", "18", "19"))
network("ita-suomen-kehittajaverkosto", "Itä-Suomen alueellinen kehittäjäverkosto",
        "Regionala utvecklarnätverket i Östra Finland", "Eastern Finland Regional Developer Network",
        "cross-sector", "Alueellisen kehittämisen yksikkö",
        "Vahvistaa Etelä-Karjalan, Savon ja Pohjois-Karjalan koulutuksen järjestäjien yhteistyötä väestön "
        "vähenemisen oloissa.",
        "Kunnat, oppilaitokset ja korkeakoulut kokoontuvat neljästi vuodessa, ja verkosto koordinoi "
        "alueellisia täydennyskoulutuksia.",
        "2019-01-01", None, [("regional-cooperation", 1), ("wellbeing", 2)], 25, 40,
        scope=("09", "10", "11", "12"))
network("lansi-suomen-kehittajaverkosto", "Länsi- ja Sisä-Suomen alueellinen kehittäjäverkosto",
        "Regionala utvecklarnätverket i Västra och Inre Finland",
        "Western and Central Finland Regional Developer Network", "cross-sector",
        "Alueellisen kehittämisen yksikkö",
        "Tukee Satakunnan, Pirkanmaan, Keski-Suomen ja Pohjanmaiden koulutuksen kehittäjien alueellista "
        "yhteistyötä.",
        "Verkosto kokoontuu kolmesti vuodessa vuorotellen eri maakunnissa, ja sen teemaryhmät jatkavat "
        "työtä etänä tapaamisten välillä.",
        "2020-01-01", None, [("regional-cooperation", 1), ("continuous-learning", 2)], 30, 48,
        scope=("04", "06", "13", "14", "15", "16"))
network("tiedolla-johtamisen-verkosto", "Tiedolla johtamisen verkosto", "Nätverket för kunskapsbaserat ledarskap",
        "Knowledge-Based Management Network", "cross-sector", "Tieto- ja analytiikkapalvelujen yksikkö",
        "Kehittää opetus- ja koulutusalan järjestäjien valmiuksia käyttää seuranta- ja arviointitietoa "
        "päätöksenteossa.",
        "Kunnat ja järjestäjät kokeilevat yhteisiä tietopohjia ja raportteja, ja verkosto kokoontuu "
        "kuukausittain etätapaamisiin.",
        "2023-04-01", None, [("knowledge-management", 1), ("leadership", 2)], 30, 60)
network("jatkuvan-oppimisen-verkosto", "Jatkuvan oppimisen ja ohjauksen verkosto",
        "Nätverket för kontinuerligt lärande och vägledning", "Continuous Learning and Guidance Network",
        "cross-sector", "Jatkuvan oppimisen yksikkö",
        "Rakentaa sujuvia opintopolkuja ja ohjauksen yhteistyötä koulutusasteiden ja työelämän välille.",
        "Verkosto kokoaa ohjauksen ammattilaiset perusopetuksesta, lukioista, ammatillisesta koulutuksesta "
        "ja vapaasta sivistystyöstä yhteisiin alueellisiin työpajoihin.",
        "2024-02-01", None, [("continuous-learning", 1), ("guidance", 2)], 25, 45)
network("kansainvalisyyskasvatuksen-verkosto", "Kansainvälisyyskasvatuksen verkosto",
        "Nätverket för global fostran", "Global Education Network", "cross-sector",
        "Kansainvälistymispalvelujen yksikkö",
        "Edistää globaalikasvatusta ja kansainvälisyysosaamista varhaiskasvatuksesta aikuiskoulutukseen.",
        "Verkosto jakaa globaalikasvatuksen materiaaleja ja järjestää vuosittain kansainvälisyyspäivät "
        "yhdessä järjestöjen kanssa.",
        "2018-01-01", None, [("internationalisation", 1), ("sustainability", 2)], 25, 40)

NET = {n["id"]: n for n in N}
LEADERSHIP = [n["id"] for n in N if any(dd == "leadership" for dd, _ in n["directions"])]

# Short names used below.
C1 = "johtamisen-oppiva-yhteiso"
E1, E2, E3, E4, E5, E6 = ("varhaiskasvatuksen-kehittamisverkosto", "varhaiskasvatuksen-johtajuusverkosto",
                          "varhaiskasvatuksen-digiverkosto", "kielitietoisen-varhaiskasvatuksen-verkosto",
                          "tasa-arvoisen-varhaiskasvatuksen-verkosto", "varhaiskasvatuksen-laatuverkosto")
B1, B2, B3, B4, B5, B6 = ("perusopetuksen-rehtoriverkosto", "oikeus-oppia-kehittajaverkosto",
                          "oppimisen-tuen-uudistuksen-verkosto", "perusopetuksen-digiverkosto",
                          "hyvinvoivan-koulun-verkosto", "lukutaidon-kehittamisverkosto")
B7, B8, B9, B10 = ("saamenkielisen-opetuksen-verkosto", "kestavan-kehityksen-koulujen-verkosto",
                   "tutoropettajien-verkosto", "monikielisyyden-verkosto")
U1, U2, U3, U4, U5 = ("lukiokoulutuksen-kehittamisverkosto", "lukioiden-rehtoriverkosto",
                      "lukioiden-ja-korkeakoulujen-verkosto", "lukio-opiskelijoiden-hyvinvointiverkosto",
                      "lukioiden-kansainvalisyysverkosto")
V1, V2, V3, V4 = ("ammatillisen-koulutuksen-kehittamisverkosto", "ammatillisen-koulutuksen-johtamisverkosto",
                  "ammatillisen-koulutuksen-laatuverkosto", "tyopaikalla-oppimisen-verkosto")
V5, V6, V7, V8 = ("vaativan-erityisen-tuen-verkosto", "ammatillisen-koulutuksen-kansainvalisyysverkosto",
                  "ammatillisen-koulutuksen-digiverkosto", "vihrean-siirtyman-osaamisverkosto")
L1, L2, L3 = ("vapaan-sivistystyon-kehittajaverkosto", "kotoutumiskoulutuksen-verkosto",
              "vapaan-sivistystyon-johtajaverkosto")
A1, A2 = "taiteen-perusopetuksen-kehittamisverkosto", "taiteen-perusopetuksen-saavutettavuusverkosto"
C2, C3, C4, C5, C6, C7, C8 = ("ruotsinkielisen-koulutuksen-verkosto", "pohjois-suomen-kehittajaverkosto",
                              "ita-suomen-kehittajaverkosto", "lansi-suomen-kehittajaverkosto",
                              "tiedolla-johtamisen-verkosto", "jatkuvan-oppimisen-verkosto",
                              "kansainvalisyyskasvatuksen-verkosto")

ISOLATED = B7                     # shares no member and has no collaboration
BROKER_PAIR = (L2, B10)           # joined only through one association
GAP_PAIRS = [(B8, V8), (E3, V7), (U5, V6), (B6, L2), (U4, V5)]   # share a main direction, never meet
NO_TIE_SECTORS = ("arts", "vocational")

# Share of cross-sector ties wanted at the end of each year (story 1).
CROSS_SHARE = {2022: 0.27, 2023: 0.33, 2024: 0.39, 2025: 0.45, 2026: 0.51}

# Coverage of municipalities by leadership networks (story 2): how many municipalities of
# each type have a member organisation in a leadership network at the end of each year.
COVERAGE = {
    "urban": {2022: 49, 2023: 50, 2024: 51, 2025: 52, 2026: 53},
    "semi-urban": {2022: 27, 2023: 31, 2024: 36, 2025: 40, 2026: 44},
    "rural": {2022: 37, 2023: 47, 2024: 60, 2025: 72, 2026: 84},
}
REGION_REACH = {"18": 0.01, "19": 0.05, "21": 0.1}   # Kainuu, Lappi and Åland (outside towns) are reached late

# ---------------------------------------------------------------------------------------
# Names

GEN_EXCEPTIONS = {
    "Helsinki": "Helsingin", "Turku": "Turun", "Hanko": "Hangon", "Juuka": "Juuan",
    "Lieto": "Liedon", "Liminka": "Limingan", "Luhanka": "Luhangan", "Puolanka": "Puolangan",
    "Loppi": "Lopen", "Iitti": "Iitin", "Vihti": "Vihdin", "Hailuoto": "Hailuodon",
    "Harjavalta": "Harjavallan", "Leppävirta": "Leppävirran", "Pyhäntä": "Pyhännän",
    "Vesanto": "Vesannon", "Pomarkku": "Pomarkun", "Outokumpu": "Outokummun",
    "Pihtipudas": "Pihtiputaan", "Punkalaidun": "Punkalaitumen", "Alavus": "Alavuden",
    "Kannus": "Kannuksen", "Muhos": "Muhoksen", "Nurmes": "Nurmeksen", "Varkaus": "Varkauden",
    "Virrat": "Virtain", "Toholampi": "Toholammin", "Isokyrö": "Isonkyrön",
    "Uusikaupunki": "Uudenkaupungin", "Kaustinen": "Kaustisen", "Koski Tl": "Kosken Tl",
    "Tampere": "Tampereen", "Pälkäne": "Pälkäneen", "Kuortane": "Kuortaneen",
    "Keitele": "Keiteleen", "Kempele": "Kempeleen", "Savitaipale": "Savitaipaleen",
    "Kitee": "Kiteen", "Toivakka": "Toivakan", "Kurikka": "Kurikan",
    "Kristiinankaupunki": "Kristiinankaupungin", "Raahe": "Raahen", "Muurame": "Muuramen",
    "Mänttä-Vilppula": "Mänttä-Vilppulan", "Kemiönsaari": "Kemiönsaaren", "Lahti": "Lahden",
    "Kuhmo": "Kuhmon", "Ii": "Iin", "Korsnäs": "Korsnäsin", "Luoto": "Luodon",
    "Pedersöre": "Pedersören",
}
GEN_SUFFIXES = [("joki", "joen"), ("järvi", "järven"), ("lahti", "lahden"), ("niemi", "niemen"),
                ("mäki", "mäen"), ("salmi", "salmen"), ("vesi", "veden"), ("koski", "kosken"),
                ("saari", "saaren"), ("nummi", "nummen"), ("lampi", "lammen"), ("ranta", "rannan"),
                ("inen", "isten")]


def genitive_fi(name):
    """The Finnish genitive of a Finnish municipality name: Oulu -> Oulun, Inari -> Inarin."""
    if name in GEN_EXCEPTIONS:
        return GEN_EXCEPTIONS[name]
    for ending, replacement in GEN_SUFFIXES:
        if name.endswith(ending):
            return name[: -len(ending)] + replacement
    if name[-1] in "aeiouyäö":
        return name + "n"
    raise ValueError("no genitive for " + name)


def genitive_sv(name):
    """The Swedish genitive as used in 'X kommun', 'X stad', 'X gymnasium'."""
    if name in ("Kökar",) or name[-1] in "aeiouyåäös" or name.endswith("x"):
        return name
    return name + "s"


# Towns (kaupungit / städer); the other municipalities are kunnat / kommuner.
TOWNS = set("""
Alajärvi Alavus Akaa Espoo Forssa Haapajärvi Haapavesi Hamina Hanko Harjavalta Heinola Helsinki
Huittinen Hyvinkää Hämeenlinna Iisalmi Ikaalinen Imatra Joensuu Jyväskylä Jämsä Järvenpää Kaarina
Kajaani Kalajoki Kangasala Kankaanpää Kannus Karkkila Kaskinen Kauhajoki Kauhava Kauniainen Kemi
Kemijärvi Kerava Keuruu Kitee Kiuruvesi Kokemäki Kokkola Kotka Kouvola Kristiinankaupunki Kuhmo Kuopio Kurikka
Kuusamo Lahti Laitila Lappeenranta Lapua Lieksa Lohja Loimaa Loviisa Maarianhamina Mikkeli
Mänttä-Vilppula Naantali Nivala Nokia Nurmes Närpiö Orimattila Orivesi Oulainen Oulu Outokumpu Paimio
Parainen Parkano Pieksämäki Pietarsaari Pori Porvoo Pudasjärvi Pyhäjärvi Raahe Raasepori Raisio Rauma Riihimäki
Rovaniemi Saarijärvi Salo Sastamala Savonlinna Seinäjoki Somero Suonenjoki Tampere Tornio Turku Ulvila
Uusikaarlepyy Uusikaupunki Vaasa Valkeakoski Vantaa Varkaus Viitasaari Virrat Ylivieska Ylöjärvi
Äänekoski Ähtäri
""".split())

FI_PLACES = """Kirkonkylän Keskustan Mäntylän Koivukylän Harjun Rantakylän Peltolan Kuusikon Metsolan
Aseman Myllyojan Kallion Niittykummun Hakalan Hiekkaharjun Männistön Pohjolan Länsimäen Itäpuiston
Kankaan Koivuharjun Mäkelän Lehtolan Kiviharjun Järvelän Kaukolan Vuorelan Rajamäen Salmelan Nummelan
Kuusiston Pihlajiston Tammiston Vaahteramäen Koskelan Suvelan Rinteen Lepolan Ojalan Puistolan Hovin
Kartanon Kirkkopuiston Lähteenmäen Myllymäen Kummun Ahon Haapalan Pajulan Hongiston Kirkonmäen
Kylänpään Alakylän Yläkylän Ristikankaan Kangaslammen Honkarinteen Pappilan Lampelan Vesiniityn
Sorsakosken Ruusulan Tervakankaan Ilmarisen Aurinkomäen Tähtiniityn Kalevan Sammonlahden Heinämäen
Pellonpään Rantalan Merenrannan Satamakadun Linnanmäen Laaksolan Jokivarren Kaarelan Viherlaakson
Kuovin Haukilahden Uimarannan Tuulimyllyn Leppälän Raitin Valkeavuoren Mustikkamäen Kanervan Vanhankylän
Uudenkylän Metsäkylän Suurmetsän Kotiharjun Kissanmaan Nummenmäen Väinölän Kiveliön Louhelan Torpan
Kaivopuiston Paloheinän Ruskon Kumpulan Ankkurin Saarenpään Niemenkärjen Lohikosken Myllykylän
Saviniemen Hietalahden Jalasjärven Kuohun Vesikosken Kotkaniemen Sepänmäen""".split()

FI_ECEC = """Satakieli Pikkukettu Tähtitarha Mustikka Puolukka Vaahtera Kielo Sinivuokko Leppäkerttu
Metsätähti Peikkometsä Auringonkukka Oravanpesä Pihlaja Lumikello Mesikämmen Koivikko Kuusikko Onnela
Naavametsä Sateenkaari Sammakko Siilinpesä Myllytupa Poukama Karhunpesä Päivänsäde Tuulenpesä
Menninkäinen Tenavatupa Vesipisara Kastehelmi Kanerva Karpalo Lakka Hilla Tammi Haapa Pajukko Lintukoto
Kotipesä Pilvilinna Kuunsilta Aurinkorinne Metsämörri Tuikkutähti Kimalainen Perhonen Pääskynen
Västäräkki Peipponen Vekara Touhutupa Hippula Peukaloinen Jänönpesä Ilveksenpesä Kettula Vanamo
Kullero Kissankello Niittyvilla Kangasvuokko Metsäpirtti Rantapirtti Kalliopirtti Kotikallio Tervaleppä
Pähkinä Omenapuu Kirsikka Mansikka Vadelma Kaisla Majakka Ankkuri Simpukka Helmi Taika Satumaa
Satulinna Lumihiutale Revontuli Tähkä Jyvä Mäntykangas Sininen hetki Toukotupa Varpunen Tikkatalo
Kiurunpesä Tuohikontti Otsonpesä Saukko Hiirulainen Aarre Kipinä""".split()
FI_ECEC = [w.replace("hetki", "Hetki") for w in FI_ECEC]

SV_ECEC = """Solstrålen Blåklockan Nyckelpigan Ekorren Myran Humlan Lärkan Vitsippan Smultronstället
Regnbågen Tallbacken Björkhagen Stjärnan Måsen Fyren Snäckan Kotten Ugglan Trollebo Lönnen Rönnen
Ankaret Skeppet Pärlan Fjärilen Svalan Bullerbyn Vallmon Linden Kastanjen Tranan Skatan""".split()

SV_SCHOOLS = ["Centralskolan", "Strandskolan", "Kyrkskolan", "Skogsbackens skola", "Norrby skola",
              "Söderby skola", "Ängsskolan", "Bergets skola", "Solbackens skola", "Österby skola",
              "Västerby skola", "Byskolan", "Sjöskolan", "Kvarnbackens skola", "Lyceiparkens skola",
              "Källbackens skola", "Ekbackens skola", "Bäckby skola", "Hagaskolan", "Parkskolan",
              "Tallbo skola", "Björkby skola", "Lövkulla skola", "Sandbacka skola", "Hemgårdens skola",
              "Kyrkbackens skola", "Granbackens skola", "Strandvägens skola"]
SV_GYMN = ["Strandbackens gymnasium", "Lyceiparkens gymnasium", "Kyrkbackens gymnasium", "Västra gymnasiet"]

REGION_GEN = {"01": "Uudenmaan", "02": "Varsinais-Suomen", "04": "Satakunnan", "05": "Kanta-Hämeen",
              "06": "Pirkanmaan", "07": "Päijät-Hämeen", "08": "Kymenlaakson", "09": "Etelä-Karjalan",
              "10": "Etelä-Savon", "11": "Pohjois-Savon", "12": "Pohjois-Karjalan", "13": "Keski-Suomen",
              "14": "Etelä-Pohjanmaan", "15": "Pohjanmaan", "16": "Keski-Pohjanmaan",
              "17": "Pohjois-Pohjanmaan", "18": "Kainuun", "19": "Lapin", "21": "Ahvenanmaan"}
REGION_COUNCIL = {"01": ("Uudenmaan liitto", "091"), "02": ("Varsinais-Suomen liitto", "853"),
                  "04": ("Satakuntaliitto", "609"), "05": ("Hämeen liitto", "109"),
                  "06": ("Pirkanmaan liitto", "837"), "07": ("Päijät-Hämeen liitto", "398"),
                  "08": ("Kymenlaakson liitto", "286"), "09": ("Etelä-Karjalan liitto", "405"),
                  "10": ("Etelä-Savon maakuntaliitto", "491"), "11": ("Pohjois-Savon liitto", "297"),
                  "12": ("Pohjois-Karjalan maakuntaliitto", "167"), "13": ("Keski-Suomen liitto", "179"),
                  "14": ("Etelä-Pohjanmaan liitto", "743"), "15": ("Pohjanmaan liitto", "905"),
                  "16": ("Keski-Pohjanmaan liitto", "272"), "17": ("Pohjois-Pohjanmaan liitto", "564"),
                  "18": ("Kainuun liitto", "205"), "19": ("Lapin liitto", "698"),
                  "21": ("Ålands landskapsregering", "478")}

# Share of Swedish-language organisations in bilingual municipalities (rough, illustrative).
SV_SHARE = {"091": 0.07, "049": 0.08, "092": 0.03, "235": 0.35, "257": 0.15, "638": 0.28, "434": 0.4,
            "753": 0.3, "755": 0.3, "078": 0.4, "444": 0.05, "407": 0.35, "504": 0.3, "624": 0.1,
            "231": 0.3, "272": 0.14, "905": 0.24, "853": 0.06,
            "710": 0.65, "445": 0.55, "149": 0.55, "322": 0.7, "545": 0.9, "499": 0.7, "599": 0.9,
            "893": 0.85, "288": 0.85, "475": 0.85, "946": 0.8, "280": 0.95, "440": 0.9, "287": 0.55,
            "598": 0.55}


# ---------------------------------------------------------------------------------------

class Builder:
    def __init__(self, reference_path):
        self.rng = random.Random(SEED)
        self.read_reference(reference_path)
        self.orgs = []           # dicts: key, name, kind, muni, language, tags
        self.by_key = {}
        self.members = []        # dicts: org, net, role, since, until, protected
        self.of_org = defaultdict(list)
        self.of_net = defaultdict(list)
        self.collabs = []        # dicts: a, b, kind, since, until
        self.allowed_from = {}   # planned cross-sector pair -> first year
        self.coverage_year = {}  # municipality code -> year it is first reached by leadership networks

    # ---- reference ------------------------------------------------------------------
    def read_reference(self, path):
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        self.munis = {}
        self.regions = {}
        for r in rows:
            fi = r["name_fi"]
            short_fi = "Pedersöre" if fi == "Pedersören kunta" else fi
            self.munis[r["code"]] = dict(code=r["code"], name_fi=fi, name_sv=r["name_sv"], short_fi=short_fi,
                                         region=r["region_code"], type=r["type"], language=r["language"],
                                         population=int(r["population"]))
            self.regions[r["region_code"]] = (r["region_fi"], r["region_sv"])
        if len(self.munis) != 308 or len(self.regions) != 19:
            sys.exit("unexpected reference table: %d municipalities, %d regions"
                     % (len(self.munis), len(self.regions)))

    # ---- organisations -------------------------------------------------------------
    def add_org(self, name, kind, muni, language, tags=()):
        key = (muni, name)
        if key in self.by_key:
            return None
        org = dict(key=key, name=name, kind=kind, muni=muni, language=language, tags=set(tags), id=None)
        self.orgs.append(org)
        self.by_key[key] = org
        return org

    def unique_name(self, make, muni, tries=60):
        for _ in range(tries):
            name = make()
            if (muni, name) not in self.by_key:
                return name
        return None

    def make_organisations(self):
        rng = self.rng
        for code in sorted(self.munis):
            m = self.munis[code]
            p, lang = m["population"], m["language"]
            fi, sv, gen = m["short_fi"], m["name_sv"], None
            if lang != "sv":
                gen = genitive_fi(fi)
            share_sv = {"fi": 0.0, "sv": 1.0}.get(lang, SV_SHARE.get(code, 0.15 if lang == "fi-sv" else 0.75))

            def is_sv():
                return rng.random() < share_sv

            town = fi in TOWNS or fi == "Maarianhamina"
            # The municipality as education provider.
            if p >= 3000 or rng.random() < 0.6 or lang == "sv":
                if lang in ("fi", "fi-sv"):
                    name = "%s %s" % (gen, "kaupunki" if town else "kunta")
                    self.add_org(name, "municipality", code, lang)
                else:
                    name = "%s %s" % (genitive_sv(sv), "stad" if town else "kommun")
                    self.add_org(name, "municipality", code, lang)
            # Schools.
            n_school = max(1 if p >= 2500 or rng.random() < 0.4 else 0, round(0.13 * (p / 1000) ** 0.92))
            for i in range(n_school):
                if is_sv():
                    name = self.unique_name(lambda: "%s, %s" % (rng.choice(SV_SCHOOLS), sv), code)
                    if name:
                        self.add_org(name, "school", code, "sv")
                else:
                    if i == 0 and p < 30000:
                        name = self.unique_name(lambda: "%s (%s)" % (
                            rng.choice(["Kirkonkylän koulu", "Keskustan koulu", "Keskuskoulu"]), fi), code)
                    else:
                        suffix = rng.choices(["koulu", "yhtenäiskoulu", "alakoulu", "koulukeskus"],
                                             [10, 2, 2, 1])[0]
                        name = self.unique_name(lambda: "%s %s (%s)" % (rng.choice(FI_PLACES), suffix, fi), code)
                    if name:
                        self.add_org(name, "school", code, "fi")
            # ECEC units.
            n_ecec = max(1 if p >= 5000 or rng.random() < 0.25 else 0, round(0.085 * (p / 1000) ** 0.92))
            for i in range(n_ecec):
                if is_sv():
                    name = self.unique_name(lambda: "Daghemmet %s, %s" % (rng.choice(SV_ECEC), sv), code)
                    if name:
                        self.add_org(name, "ecec-unit", code, "sv")
                else:
                    if i == 0 and p < 8000 and rng.random() < 0.5:
                        name = self.unique_name(lambda: "%s päiväkoti, %s" % (rng.choice(FI_PLACES[:12]), fi), code)
                    else:
                        name = self.unique_name(lambda: "Päiväkoti %s, %s" % (rng.choice(FI_ECEC), fi), code)
                    if name:
                        self.add_org(name, "ecec-unit", code, "fi")
            # General upper secondary schools.
            n_upper = (1 if p >= 9000 or (p >= 3500 and rng.random() < 0.3) else 0) + round(p / 70000)
            for i in range(n_upper):
                if is_sv():
                    name = "%s gymnasium" % genitive_sv(sv) if i == 0 else \
                        self.unique_name(lambda: "%s, %s" % (rng.choice(SV_GYMN), sv), code)
                    if name:
                        self.add_org(name, "upper-secondary", code, "sv")
                else:
                    if i == 0:
                        name = "%s lukio" % gen
                    elif i == 1 and p >= 100000:
                        name = "%s aikuislukio" % gen
                    else:
                        name = self.unique_name(lambda: "%s lukio (%s)" % (rng.choice(FI_PLACES), fi), code)
                    if name:
                        self.add_org(name, "upper-secondary", code, "fi")
            # Vocational institutions.
            n_voc = (1 + round(p / 90000)) if p >= 20000 else (1 if p >= 9000 and rng.random() < 0.5 else 0)
            fields = ["Sosiaali- ja terveysalan oppilaitos", "Tekniikan ja liikenteen oppilaitos",
                      "Luonnonvara-alan oppilaitos", "Kauppa- ja palvelualan oppilaitos",
                      "Rakennusalan oppilaitos", "Matkailu- ja ravitsemisalan oppilaitos"]
            for i in range(n_voc):
                if is_sv():
                    name = self.unique_name(lambda: rng.choice(
                        ["Yrkesinstitutet i %s", "Vårdinstitutet i %s", "Naturbruksskolan i %s"]) % sv, code)
                    if name:
                        self.add_org(name, "vocational", code, "sv")
                else:
                    if i == 0:
                        name = "%s ammattiopisto" % gen
                    elif i == 1 and p >= 60000:
                        name = "%s seudun koulutuskuntayhtymä" % gen
                    else:
                        name = self.unique_name(lambda: "%s (%s)" % (rng.choice(fields), fi), code)
                    if name:
                        self.add_org(name, "vocational", code, "fi")
            # Liberal adult education.
            if p >= 12000 or (p >= 4000 and rng.random() < 0.15):
                if is_sv():
                    self.add_org("Medborgarinstitutet i %s" % sv, "adult-education", code, "sv")
                else:
                    self.add_org("%s kansalaisopisto" % gen, "adult-education", code, "fi")
            if p >= 100000:
                self.add_org("%s työväenopisto" % gen, "adult-education", code, "fi")
            # Basic education in the arts.
            arts = []
            if p >= 16000:
                arts.append(("%s musiikkiopisto", "Musikinstitutet i %s"))
            if p >= 40000:
                arts.append(("%s kuvataidekoulu", "Bildkonstskolan i %s"))
            if p >= 100000:
                arts.append(("%s tanssiopisto", "Dansinstitutet i %s"))
            if p >= 150000:
                arts += [("%s sirkuskoulu", None), ("%s käsityökoulu", None), ("%s arkkitehtuurikoulu", None)]
            if 3000 <= p < 15000 and rng.random() < 0.05:
                arts.append(("%s kuvataidekoulu", "Bildkonstskolan i %s"))
            for fi_pattern, sv_pattern in arts:
                if sv_pattern and is_sv():
                    self.add_org(sv_pattern % sv, "arts-school", code, "sv")
                else:
                    self.add_org(fi_pattern % gen, "arts-school", code, "fi")

        # Folk high schools and summer universities.
        kansanopistot = ["Harjun", "Rannikon", "Kankaan", "Vaaran", "Järvisydämen", "Koskelan", "Salmelan",
                         "Honkarinteen", "Pappilan", "Kuusiston", "Lampelan", "Ilmarisen", "Rantalan",
                         "Kalevan", "Väinölän", "Kotiharjun"]
        rural = [c for c in sorted(self.munis) if self.munis[c]["language"] in ("fi", "fi-sv")
                 and self.munis[c]["type"] != "urban" and self.munis[c]["population"] >= 3000]
        for prefix, code in zip(kansanopistot, rng.sample(rural, len(kansanopistot))):
            self.add_org("%s kansanopisto (%s)" % (prefix, self.munis[code]["short_fi"]), "adult-education",
                         code, "fi")
        for name, code in [("Kustens folkhögskola", "499"), ("Skärgårdens folkhögskola", "445"),
                           ("Ådalens folkhögskola", "893"), ("Åsbackens folkhögskola", "710"),
                           ("Sommaruniversitetet i Österbotten", "905")]:
            self.add_org(name, "adult-education", code, "sv")
        for region, (council, code) in sorted(REGION_COUNCIL.items()):
            if region in ("01", "02", "06", "11", "13", "14", "17", "19", "12", "10", "04", "07"):
                self.add_org("%s kesäyliopisto" % REGION_GEN[region], "adult-education", code, "fi")

        # Higher-education institutions (units, named by place).
        for name, code, lang in [
                ("Opettajankoulutuslaitos (Helsinki)", "091", "fi"), ("Opettajankoulutuslaitos (Jyväskylä)", "179", "fi"),
                ("Opettajankoulutuslaitos (Turku)", "853", "fi"), ("Opettajankoulutuslaitos (Rauma)", "684", "fi"),
                ("Opettajankoulutuslaitos (Joensuu)", "167", "fi"), ("Kasvatustieteiden tiedekunta (Oulu)", "564", "fi"),
                ("Kasvatustieteiden tiedekunta (Tampere)", "837", "fi"),
                ("Kasvatustieteiden tiedekunta (Rovaniemi)", "698", "fi"),
                ("Koulutuksen tutkimusyksikkö (Jyväskylä)", "179", "fi"),
                ("Ammatillinen opettajakorkeakoulu (Hämeenlinna)", "109", "fi"),
                ("Ammatillinen opettajakorkeakoulu (Jyväskylä)", "179", "fi"),
                ("Ammatillinen opettajakorkeakoulu (Oulu)", "564", "fi"),
                ("Ammatillinen opettajakorkeakoulu (Tampere)", "837", "fi"),
                ("Ammatillinen opettajakorkeakoulu (Helsinki)", "091", "fi"),
                ("Ammattikorkeakoulu (Seinäjoki)", "743", "fi"), ("Ammattikorkeakoulu (Kajaani)", "205", "fi"),
                ("Ammattikorkeakoulu (Mikkeli)", "491", "fi"), ("Ammattikorkeakoulu (Kokkola)", "272", "fi"),
                ("Ammattikorkeakoulu (Lahti)", "398", "fi"), ("Ammattikorkeakoulu (Kouvola)", "286", "fi"),
                ("Ammattikorkeakoulu (Pori)", "609", "fi"), ("Ammattikorkeakoulu (Kuopio)", "297", "fi"),
                ("Ammattikorkeakoulu (Lappeenranta)", "405", "fi"), ("Ammattikorkeakoulu (Rovaniemi)", "698", "fi"),
                ("Ammattikorkeakoulu (Vantaa)", "092", "fi"), ("Ammattikorkeakoulu (Espoo)", "049", "fi"),
                ("Taidekasvatuksen tutkimusyksikkö (Helsinki)", "091", "fi"),
                ("Pedagogiska fakulteten, Vasa", "905", "sv"), ("Lärarutbildningen, Helsingfors", "091", "sv"),
                ("Yrkeshögskolan, Vasa", "905", "sv"), ("Yrkeshögskolan, Ekenäs", "710", "sv"),
                ("Yrkeshögskolan, Jakobstad", "598", "sv")]:
            self.add_org(name, "higher-education", code, lang)

        # Teacher-training and other special schools.
        for name, code, lang in [
                ("Jyväskylän normaalikoulu", "179", "fi"), ("Joensuun normaalikoulu", "167", "fi"),
                ("Oulun normaalikoulu", "564", "fi"), ("Turun normaalikoulu", "853", "fi"),
                ("Tampereen normaalikoulu", "837", "fi"), ("Rauman normaalikoulu", "684", "fi"),
                ("Vasa övningsskola", "905", "sv"), ("International School (Helsinki)", "091", "en"),
                ("International School (Espoo)", "049", "en"), ("International School (Tampere)", "837", "en"),
                ("International School (Oulu)", "564", "en"), ("International School (Turku)", "853", "en"),
                ("International School (Jyväskylä)", "179", "en")]:
            self.add_org(name, "school", code, lang)
        for name, code in [("Ammatillinen erityisoppilaitos (Helsinki)", "091"),
                           ("Ammatillinen erityisoppilaitos (Oulu)", "564"),
                           ("Ammatillinen erityisoppilaitos (Jyväskylä)", "179"),
                           ("Ammatillinen erityisoppilaitos (Tampere)", "837"),
                           ("Ammatillinen erityisoppilaitos (Kuopio)", "297"),
                           ("Ammatillinen erityisoppilaitos (Turku)", "853"),
                           ("Ammatillinen erityisoppilaitos (Lahti)", "398")]:
            self.add_org(name, "vocational", code, "fi", tags=("special",))

        # Sámi homeland: units that belong to the Sámi network only.
        for name, code, kind in [("Saamenkielisen opetuksen tukiyhdistys ry", "148", "association"),
                                 ("Saamelaisluokat, Ivalon koulu (Inari)", "148", "school"),
                                 ("Inarinsaamen kielipesä, Inari", "148", "ecec-unit"),
                                 ("Koltansaamen kielipesä, Inari", "148", "ecec-unit"),
                                 ("Utsjoen saamelaiskoulu (Utsjoki)", "890", "school"),
                                 ("Saamenkielinen päiväkoti, Utsjoki", "890", "ecec-unit"),
                                 ("Hetan koulun saamen opetus (Enontekiö)", "047", "school"),
                                 ("Saamenkielinen kielipesä, Enontekiö", "047", "ecec-unit"),
                                 ("Vuotson koulu (Sodankylä)", "758", "school"),
                                 ("Saamen kielen etäopetusyksikkö (Inari)", "148", "school"),
                                 ("Pohjoissaamen kielipesä, Sodankylä", "758", "ecec-unit")]:
            self.add_org(name, kind, code, "fi", tags=("sami",))

        # Associations.
        for name, code, lang, tag in [
                ("Kasvatusalan kehittäjät ry", "091", "fi", "cross"),
                ("Koulutuksen johtamisen foorumi ry", "091", "fi", "cross"),
                ("Varhaiskasvatuksen johtajien yhdistys ry", "091", "fi", "ecec"),
                ("Lukutaitoseura ry", "091", "fi", "basic"),
                ("Kestävän koulun liitto ry", "091", "fi", "basic"),
                ("Digitaalisen oppimisen seura ry", "091", "fi", "cross"),
                ("Taiteen perusopetuksen tukiyhdistys ry", "091", "fi", "arts"),
                ("Ammatillisen koulutuksen kehittäjät ry", "091", "fi", "vocational"),
                ("Vapaan sivistystyön kehittämisseura ry", "091", "fi", "liberal-adult"),
                ("Globaalikasvatuksen järjestöverkosto ry", "091", "fi", "cross"),
                ("Nuorten osallisuusfoorumi ry", "091", "fi", "cross"),
                ("Työpaikkaohjaajien yhdistys ry", "837", "fi", "vocational"),
                ("Finlandssvenska skolutvecklare rf", "091", "sv", "cross"),
                ("Föreningen för svensk småbarnspedagogik rf", "091", "sv", "ecec"),
                ("Monikielisyyden osaamiskeskus ry", "837", "fi", "broker"),
                ("Liikkuvan koulun tukiyhdistys ry", "837", "fi", "basic"),
                ("Lasten ja nuorten harrastusfoorumi ry", "564", "fi", "arts"),
                ("Ohjauksen kehittäjät ry", "179", "fi", "cross"),
                ("Österbottens skolutvecklingsförening rf", "905", "sv", "cross"),
                ("Ålands skolutvecklingsförening rf", "478", "sv", "cross"),
                ("Lukiolaisten hyvinvointiyhdistys ry", "091", "fi", "upper-secondary"),
                ("Kansanopistojen yhteistyöyhdistys ry", "179", "fi", "liberal-adult"),
                ("Musiikkioppilaitosten kehittämisyhdistys ry", "837", "fi", "arts"),
                ("Kuvataidekoulujen yhteistyöyhdistys ry", "853", "fi", "arts")]:
            self.add_org(name, "association", code, lang, tags=(tag,))
        for region, (council, code) in sorted(REGION_COUNCIL.items()):
            if region == "21":
                continue
            self.add_org("%s kasvatusalan kehittämisyhdistys ry" % REGION_GEN[region], "association", code, "fi",
                         tags=("cross",))
        for code in ["091", "049", "092", "837", "564", "853", "179", "297", "398", "167"]:
            self.add_org("%s vanhempainyhdistysten yhteistyöjärjestö ry" % genitive_fi(self.munis[code]["short_fi"]),
                         "association", code, "fi", tags=("basic",))

        # Regional bodies.
        for region, (council, code) in sorted(REGION_COUNCIL.items()):
            lang = "sv" if region == "21" else ("fi-sv" if region in ("01", "15") else "fi")
            self.add_org(council, "regional-body", code, lang)
        for code in ["837", "564", "179", "297", "743", "167", "698", "205", "272", "609", "491", "405"]:
            self.add_org("%s seudun kehittämisyhtiö" % genitive_fi(self.munis[code]["short_fi"]),
                         "regional-body", code, "fi")

        # Stable ids: by region, municipality, kind, name.
        kind_order = ["municipality", "regional-body", "higher-education", "upper-secondary", "vocational",
                      "school", "ecec-unit", "adult-education", "arts-school", "association"]
        self.orgs.sort(key=lambda o: (self.munis[o["muni"]]["region"], o["muni"], kind_order.index(o["kind"]),
                                      o["name"]))
        for i, o in enumerate(self.orgs, 1):
            o["id"] = "o-%04d" % i
        self.by_id = {o["id"]: o for o in self.orgs}

    # ---- helpers -------------------------------------------------------------------
    def sector(self, net):
        return NET[net]["sector"]

    def active_on(self, net, day):
        n = NET[net]
        return n["since"] <= day and (n["until"] is None or day <= n["until"])

    def active_years(self, net):
        return [y for y in YEARS if self.active_on(net, year_end(y))]

    def in_scope(self, org, net):
        scope = NET[net]["scope"]
        if "sami" in org["tags"]:
            return scope == "sami"
        if scope == "sami":
            return False
        if scope == "swedish":
            return org["language"] in ("sv", "sv-fi")
        if isinstance(scope, tuple):
            return self.munis[org["muni"]]["region"] in scope
        return True

    def kind_weight(self, org, net):
        kinds = NET[net]["kinds"] or KINDS[self.sector(net)]
        w = kinds.get(org["kind"], 0.0)
        if w <= 0:
            return 0.0
        if org["kind"] == "association":
            tag = next(iter(sorted(org["tags"])), "cross")
            if tag == "broker":
                return 0.0
            if tag not in ("cross", self.sector(net)) and self.sector(net) != "cross-sector":
                w *= 0.2
        if org["kind"] == "vocational" and net == V5:
            w *= 6 if "special" in org["tags"] else 0.4
        if org["language"] in ("sv", "sv-fi") and NET[net]["scope"] != "swedish":
            w *= 0.6
        if self.munis[org["muni"]]["region"] == "21" and NET[net]["scope"] != "swedish":
            w *= 0.15      # Åland runs its own education administration
        return w

    def pair_key(self, a, b):
        return (a, b) if a < b else (b, a)

    def pair_ok(self, a, b, year, org):
        """May org be a member of both a and b, with the overlap starting in year?"""
        if a == b:
            return False
        key = self.pair_key(a, b)
        if key == self.pair_key(*BROKER_PAIR):
            return org is not None and org["tags"] == {"broker"}
        if ISOLATED in key or key in self.forbidden:
            return False
        if self.sector(a) == self.sector(b):
            return True
        first = self.allowed_from.get(key)
        return first is not None and first <= year

    def can_join(self, org, net, since, until=None):
        if NET[net]["since"] > since or (NET[net]["until"] and since > NET[net]["until"]):
            return False
        if net in LEADERSHIP:
            cy = self.coverage_year.get(org["muni"])
            if cy is None or cy > since.year:
                return False
        for i in self.of_org[org["id"]]:
            m = self.members[i]
            if m["until"] is not None and m["until"] < since:
                continue
            if until is not None and m["since"] > until:
                continue
            if m["net"] == net:
                return False
            start = max(since, m["since"])
            if not self.pair_ok(net, m["net"], start.year, org):
                return False
        return True

    def join(self, org, net, since, until=None, protected=False, role="member"):
        if NET[net]["until"] is not None and (until is None or until > NET[net]["until"]):
            until = NET[net]["until"]
        m = dict(org=org["id"], net=net, role=role, since=since, until=until, protected=protected)
        self.members.append(m)
        self.of_org[org["id"]].append(len(self.members) - 1)
        self.of_net[net].append(len(self.members) - 1)
        return m

    def start_day(self, net, year):
        """The day a membership begins when it begins in year."""
        n = NET[net]
        if year == self.active_years(net)[0]:
            return max(n["since"], START)
        first = datetime.date(year, 1, 10)
        last = datetime.date(year, 11, 30)
        if n["until"] is not None:
            last = min(last, n["until"] - datetime.timedelta(days=30))
        return first + datetime.timedelta(days=self.rng.randrange((last - first).days + 1))

    def initial_day(self, net):
        return max(NET[net]["since"], START)

    def active_members(self, net, day):
        out = []
        for i in self.of_net[net]:
            m = self.members[i]
            if m["since"] <= day and (m["until"] is None or day <= m["until"]):
                out.append(m)
        return out

    def shared(self, a, b, day):
        oa = {m["org"] for m in self.active_members(a, day)}
        return {m["org"] for m in self.active_members(b, day)} & oa

    def collab_active(self, a, b, day):
        key = self.pair_key(a, b)
        return any(self.pair_key(c["a"], c["b"]) == key and c["since"] <= day and
                   (c["until"] is None or day <= c["until"]) for c in self.collabs)

    def tied(self, a, b, day):
        return bool(self.shared(a, b, day)) or self.collab_active(a, b, day)

    # ---- plan ----------------------------------------------------------------------
    def plan_cross_ties(self, hubs):
        """Chooses which pairs of networks of different sectors may share members, from which year.

        Within-sector pairs share members freely. The count of cross-sector pairs per year
        follows CROSS_SHARE, taking the expected number of within-sector ties as given."""
        rng = self.rng
        self.forbidden = set()
        ids = [n["id"] for n in N]
        for a in ids:
            for b in ids:
                if a < b and {self.sector(a), self.sector(b)} == set(NO_TIE_SECTORS):
                    self.forbidden.add((a, b))
        for a, b in GAP_PAIRS:
            self.forbidden.add(self.pair_key(a, b))
        # A few pinned ties: arts reaches out, but never to vocational networks.
        for a, b, y in [(A2, E5, 2022), (A2, B5, 2023), (A1, L1, 2024), (A1, C1, 2025)]:
            self.allowed_from[self.pair_key(a, b)] = y
        # The hubs' pairs come first.
        for org_name, plan in hubs:
            for i, (a, ya) in enumerate(plan):
                for b, yb in plan[i + 1:]:
                    key = self.pair_key(a, b)
                    if self.sector(a) != self.sector(b):
                        assert key not in self.forbidden and ISOLATED not in key, key
                        y = max(ya, yb)
                        self.allowed_from[key] = min(self.allowed_from.get(key, 9999), y)
        affinity = {("basic", "ecec"): 1.6, ("basic", "upper-secondary"): 1.0,
                    ("upper-secondary", "vocational"): 1.3, ("liberal-adult", "vocational"): 0.8,
                    ("liberal-adult", "upper-secondary"): 0.6, ("arts", "basic"): 1.0,
                    ("arts", "ecec"): 0.7, ("arts", "liberal-adult"): 0.7}
        candidates = []
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                key = self.pair_key(a, b)
                if self.sector(a) == self.sector(b) or key in self.forbidden or ISOLATED in key \
                        or key == self.pair_key(*BROKER_PAIR) or key in self.allowed_from:
                    continue
                da = {x for x, _ in NET[a]["directions"]}
                db = {x for x, _ in NET[b]["directions"]}
                shared = da & db
                score = (4.0 if shared else 0.0) + 1.5 * len(shared) + (2.0 if "leadership" in shared else 0.0)
                pair = tuple(sorted((self.sector(a), self.sector(b))))
                score += 1.0 if "cross-sector" in pair else affinity.get(pair, 0.2)
                score += rng.random() * 1.5
                candidates.append((score, key))
        candidates.sort(key=lambda t: (-t[0], t[1]))
        for year in YEARS:
            day = year_end(year)
            active = [n for n in ids if self.active_on(n, day)]
            within = 0
            for i, a in enumerate(active):
                for b in active[i + 1:]:
                    if self.sector(a) == self.sector(b) and ISOLATED not in (a, b):
                        within += 1
            within = round(within * 0.9)     # not every pair within a sector ends up tied
            share = CROSS_SHARE[year]
            target = round(share / (1 - share) * within)
            have = sum(1 for k, y in self.allowed_from.items()
                       if y <= year and self.active_on(k[0], day) and self.active_on(k[1], day))
            for score, key in candidates:
                if have >= target:
                    break
                if key in self.allowed_from:
                    continue
                if not (self.active_on(key[0], day) and self.active_on(key[1], day)):
                    continue
                self.allowed_from[key] = year
                have += 1

    # ---- coverage ------------------------------------------------------------------
    def plan_coverage(self):
        rng = self.rng
        with_orgs = defaultdict(list)
        for o in self.orgs:
            if "sami" not in o["tags"]:
                with_orgs[o["muni"]].append(o)
        for mtype, targets in COVERAGE.items():
            codes = [c for c in sorted(self.munis) if self.munis[c]["type"] == mtype and with_orgs[c]]
            scored = []
            for c in codes:
                m = self.munis[c]
                w = m["population"] ** 0.5 * (REGION_REACH.get(m["region"], 1.0) if mtype != "urban" else 1.0)
                scored.append((rng.random() ** (1.0 / w), c))      # weighted order without replacement
            scored.sort(reverse=True)
            order = [c for _, c in scored]
            done = 0
            for year in YEARS:
                for c in order[done:targets[year]]:
                    self.coverage_year[c] = year
                done = max(done, targets[year])

    def coverage_memberships(self):
        """One leadership membership in each municipality, from the year it is reached."""
        rng = self.rng
        by_muni = defaultdict(list)
        for o in self.orgs:
            if "sami" not in o["tags"]:
                by_muni[o["muni"]].append(o)
        prefs = {"municipality": [C1, E2, C6], "school": [B1], "ecec-unit": [E2], "upper-secondary": [U2, U1],
                 "vocational": [V2, V3], "adult-education": [L3], "regional-body": [C1, C6],
                 "higher-education": [C1], "association": [C1], "arts-school": []}
        for code in sorted(self.coverage_year):
            year = self.coverage_year[code]
            orgs = sorted(by_muni[code], key=lambda o: (o["kind"] != "municipality", o["id"]))
            if self.has_leadership(code, year_end(year)):
                continue
            placed = False
            for org in orgs[:1] + rng.sample(orgs[1:], len(orgs) - 1):
                nets = list(prefs[org["kind"]])
                if org["language"] in ("sv", "sv-fi"):
                    nets = [C2] + nets
                rng.shuffle(nets)
                for net in nets:
                    if year not in self.active_years(net) or not self.in_scope(org, net):
                        continue
                    since = self.start_day(net, year)
                    if self.can_join(org, net, since):
                        self.join(org, net, since, protected=True)
                        placed = True
                        break
                if placed:
                    break
            if not placed:
                print("warning: could not reach municipality", code, file=sys.stderr)

    def has_leadership(self, code, day):
        for net in LEADERSHIP:
            for m in self.active_members(net, day):
                if self.by_id[m["org"]]["muni"] == code:
                    return True
        return False

    # ---- memberships ---------------------------------------------------------------
    def base_memberships(self):
        rng = self.rng
        order = [n["id"] for n in N if n["id"] != ISOLATED]
        for net in order:
            n = NET[net]
            years = self.active_years(net)
            if not years:
                continue
            y0, y1 = years[0], years[-1]
            pool = [o for o in self.orgs if self.in_scope(o, net) and self.kind_weight(o, net) > 0]
            weights = [self.kind_weight(o, net) for o in pool]
            for year in years:
                if y1 == y0:
                    target = n["size1"]
                else:
                    target = round(n["size0"] + (n["size1"] - n["size0"]) * (year - y0) / (y1 - y0))
                day = year_end(year)
                have = len(self.active_members(net, day))
                tries = 0
                while have < target and tries < 4000:
                    tries += 1
                    org = rng.choices(pool, weights)[0]
                    since = self.start_day(net, year)
                    # Some of the later joiners leave again inside the period (story 5).
                    until = None
                    if since > START and rng.random() < 0.14 and NET[net]["until"] is None:
                        until = since + datetime.timedelta(days=rng.randrange(240, 900))
                        if until > datetime.date(2026, 10, 31) or until.year == year:
                            until = None
                    if self.can_join(org, net, since, until):
                        self.join(org, net, since, until)
                        if until is None or until >= day:
                            have += 1

    def sami_memberships(self):
        for o in self.orgs:
            if "sami" in o["tags"]:
                self.join(o, ISOLATED, self.initial_day(ISOLATED), protected=True)

    def hub_memberships(self, hubs):
        for org_name, plan in hubs:
            org = next(o for o in self.orgs if o["name"] == org_name)
            org["tags"].add("hub")
            for net, year in plan:
                since = self.start_day(net, year)
                assert self.can_join(org, net, since), (org_name, net)
                self.join(org, net, since, protected=True)

    def broker_memberships(self):
        org = next(o for o in self.orgs if o["tags"] == {"broker"})
        self.join(org, L2, self.initial_day(L2), protected=True)
        self.join(org, B10, self.initial_day(B10), protected=True)

    def realise_plan(self):
        """Makes every planned cross-sector pair tied in each year from its first year on."""
        rng = self.rng
        stats = defaultdict(int)
        for key in sorted(self.allowed_from, key=lambda k: (self.allowed_from[k], k)):
            a, b = key
            first = self.allowed_from[key]
            for year in YEARS:
                if year < first:
                    continue
                day = year_end(year)
                if not (self.active_on(a, day) and self.active_on(b, day)):
                    continue
                if self.tied(a, b, day):
                    continue
                if self.bridge(a, b, year) or self.bridge(b, a, year):
                    stats["bridge"] += 1
                    continue
                since = self.collab_day(a, b, year)
                kind = rng.choice(["shared-project", "peer-learning", "shared-project"])
                self.collabs.append(dict(a=a, b=b, kind=kind, since=since, until=None))
                stats["collaboration"] += 1
        return stats

    def collab_day(self, a, b, year):
        first = max(datetime.date(year, 1, 15), NET[a]["since"], NET[b]["since"])
        last = datetime.date(year, 11, 30)
        return first + datetime.timedelta(days=self.rng.randrange(max(1, (last - first).days)))

    def bridge(self, a, b, year):
        """Adds an org that is in a (for good) to b from year."""
        rng = self.rng
        since = self.start_day(b, year)
        if self.rng.random() < {2022: 0.0, 2023: 0.15, 2024: 0.25, 2025: 0.35, 2026: 0.45}[year]:
            return False      # leave some of it to collaborations, more so in later years
        cands = []
        for m in self.active_members(a, year_end(year)):
            if m["until"] is not None:
                continue
            org = self.by_id[m["org"]]
            w = self.kind_weight(org, b)
            if w > 0 and self.in_scope(org, b) and self.can_join(org, b, since):
                cands.append((org, w * (3 if org["kind"] in ("municipality", "higher-education",
                                                             "association", "regional-body") else 1)))
        if not cands:
            return False
        org = rng.choices([c[0] for c in cands], [c[1] for c in cands])[0]
        self.join(org, b, since, protected=True)
        # The membership in a must last too.
        for i in self.of_org[org["id"]]:
            if self.members[i]["net"] == a:
                self.members[i]["protected"] = True
        return True

    def fallback_memberships(self):
        """Every organisation belongs to at least one network at some point."""
        rng = self.rng
        for org in self.orgs:
            if self.of_org[org["id"]]:
                continue
            nets = [n["id"] for n in N if n["id"] not in LEADERSHIP and n["id"] != ISOLATED
                    and self.kind_weight(org, n["id"]) > 0 and self.in_scope(org, n["id"])]
            rng.shuffle(nets)
            nets.sort(key=lambda x: -self.kind_weight(org, x) - (0.5 if self.sector(x) != "cross-sector" else 0))
            for net in nets:
                years = [y for y in self.active_years(net)]
                if not years:
                    continue
                year = rng.choices(years, [1 + 0.5 * i for i in range(len(years))])[0]
                since = self.start_day(net, year)
                if self.can_join(org, net, since):
                    self.join(org, net, since)
                    break
            else:
                print("warning: no network for", org["name"], file=sys.stderr)

    COORDINATOR_KINDS = {
        "ecec": {"municipality": 4, "higher-education": 2, "association": 1, "ecec-unit": 0.3},
        "basic": {"municipality": 3, "higher-education": 2, "association": 1, "school": 0.5},
        "upper-secondary": {"upper-secondary": 2, "higher-education": 2, "municipality": 2},
        "vocational": {"vocational": 3, "higher-education": 1.5, "association": 1},
        "liberal-adult": {"adult-education": 3, "association": 2},
        "arts": {"arts-school": 3, "association": 2},
        "cross-sector": {"municipality": 3, "higher-education": 3, "regional-body": 2, "association": 2},
    }

    def roles(self):
        """1-3 coordinators per network among its founding members, mostly large providers,
        higher-education units and associations of the field; partners among the others."""
        rng = self.rng
        for n in N:
            net = n["id"]
            first = self.initial_day(net)
            founders = [self.members[i] for i in self.of_net[net]
                        if self.members[i]["since"] == first and self.members[i]["until"] in (None, n["until"])]
            prefs = self.COORDINATOR_KINDS[n["sector"]]

            def weight(m):
                org = self.by_id[m["org"]]
                w = prefs.get(org["kind"], 0.01)
                if org["kind"] == "association" and not org["tags"] & {"cross", n["sector"], "sami"}:
                    w *= 0.05
                return w * self.munis[org["muni"]]["population"] ** 0.5
            count = rng.choice([1, 2, 2, 3])
            chosen = []
            weights = [weight(m) for m in founders]
            while founders and len(chosen) < min(count, len(founders)):
                m = rng.choices(founders, weights)[0]
                if m not in chosen:
                    chosen.append(m)
            for m in chosen:
                m["role"] = "coordinator"
                m["protected"] = True
            for i in self.of_net[net]:
                m = self.members[i]
                if m["role"] == "member" and self.by_id[m["org"]]["kind"] in ("higher-education", "association",
                                                                              "regional-body"):
                    if rng.random() < 0.7:
                        m["role"] = "partner"

    def leavers(self):
        """A few founding members leave, where that loses no planned tie and no coverage."""
        rng = self.rng
        for i, m in enumerate(self.members):
            if m["protected"] or m["until"] is not None or m["since"] != START:
                continue
            org = self.by_id[m["org"]]
            if "hub" in org["tags"] or rng.random() > 0.05:
                continue
            until = datetime.date(rng.choice([2023, 2024, 2025]), rng.choice([5, 6, 7, 12]),
                                  rng.choice([15, 30]))
            if m["net"] in LEADERSHIP:
                others = [x for x in self.members if x is not m and x["net"] in LEADERSHIP
                          and self.by_id[x["org"]]["muni"] == org["muni"]
                          and x["since"] <= until and x["until"] is None]
                if not others:
                    continue
            m["until"] = until

    def extra_collaborations(self):
        """Within-sector collaborations all through, and short cross-sector events on planned pairs."""
        rng = self.rng
        ids = [n["id"] for n in N if n["id"] != ISOLATED]
        within = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
                  if self.sector(a) == self.sector(b) and self.pair_key(a, b) != self.pair_key(*BROKER_PAIR)]
        for year in YEARS:
            for _ in range(3):
                a, b = rng.choice(within)
                mid = datetime.date(year, 6, 1)
                if not (self.active_on(a, mid) and self.active_on(b, mid)):
                    continue
                kind = rng.choice(["joint-event", "peer-learning", "joint-publication", "shared-project"])
                self.add_bounded_collab(a, b, kind, year)
            planned = sorted(k for k, y in self.allowed_from.items() if y <= year
                             and self.active_on(k[0], datetime.date(year, 6, 1))
                             and self.active_on(k[1], datetime.date(year, 6, 1)))
            for _ in range({2022: 0, 2023: 1, 2024: 3, 2025: 4, 2026: 4}[year]):
                a, b = rng.choice(planned)
                self.add_bounded_collab(a, b, rng.choice(["joint-event", "joint-event", "joint-publication"]), year)

    def regional_collaborations(self):
        """The three regional developer networks learn from each other, one pair at a time."""
        for (a, b), year, kind in [((C3, C4), 2023, "peer-learning"), ((C4, C5), 2024, "peer-learning"),
                                   ((C3, C5), 2025, "shared-project")]:
            self.collabs.append(dict(a=a, b=b, kind=kind, since=self.collab_day(a, b, year), until=None))

    def add_bounded_collab(self, a, b, kind, year):
        rng = self.rng
        since = self.collab_day(a, b, year)
        if kind == "joint-event":
            until = since + datetime.timedelta(days=rng.choice([0, 0, 1, 2]))
        else:
            until = min(END, since + datetime.timedelta(days=rng.randrange(90, 300)))
        for n in (a, b):
            if NET[n]["until"] is not None and until > NET[n]["until"]:
                return
        if since < NET[a]["since"] or since < NET[b]["since"]:
            return
        if any(self.pair_key(c["a"], c["b"]) == self.pair_key(a, b) and c["kind"] == kind
               and c["since"].year == since.year for c in self.collabs):
            return
        self.collabs.append(dict(a=a, b=b, kind=kind, since=since, until=until))

    # ---- run -----------------------------------------------------------------------
    def build(self):
        self.make_organisations()
        # Organisations in more than five networks by 2026 (story 4); their pairs are planned.
        hubs = [
            ("Helsingin kaupunki", [(E1, 2022), (E2, 2022), (C1, 2022), (B1, 2023), (C6, 2023), (U1, 2024),
                                    (B3, 2025)]),
            ("Espoon kaupunki", [(E1, 2022), (C1, 2022), (E2, 2022), (B1, 2023), (U2, 2024), (C6, 2025)]),
            ("Tampereen kaupunki", [(E1, 2022), (E2, 2022), (C1, 2023), (B9, 2024), (C6, 2024), (U1, 2025)]),
            ("Oulun kaupunki", [(E1, 2022), (C3, 2022), (C1, 2022), (B1, 2024), (C6, 2025), (B3, 2025)]),
            ("Opettajankoulutuslaitos (Jyväskylä)", [(C1, 2022), (B1, 2022), (E2, 2023), (U2, 2023), (C6, 2024),
                                                     (B9, 2025)]),
        ]
        self.plan_coverage()
        self.plan_cross_ties(hubs)
        self.sami_memberships()
        self.hub_memberships(hubs)
        self.broker_memberships()
        self.coverage_memberships()
        self.base_memberships()
        self.leavers()
        stats = self.realise_plan()
        self.fallback_memberships()
        self.roles()
        self.regional_collaborations()
        self.extra_collaborations()
        return stats

    # ---- output --------------------------------------------------------------------
    def write(self, out):
        os.makedirs(out, exist_ok=True)

        def dump(name, header, rows):
            with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(header)
                for r in rows:
                    w.writerow(["" if v is None else v for v in r])

        def ds(x):
            return x.isoformat() if x else ""

        dump("metadata.csv", ["key", "value"], METADATA)
        dump("sectors.csv", ["id", "name_fi", "name_sv", "name_en"], SECTORS)
        dump("directions.csv", ["id", "name_fi", "name_sv", "name_en"], DIRECTIONS)
        dump("regions.csv", ["code", "name_fi", "name_sv"],
             [(c, fi, sv) for c, (fi, sv) in sorted(self.regions.items())])
        dump("municipalities.csv", ["code", "name_fi", "name_sv", "region", "type", "language", "population"],
             [(m["code"], m["name_fi"], m["name_sv"], m["region"], m["type"], m["language"], m["population"])
              for _, m in sorted(self.munis.items())])
        dump("networks.csv", ["id", "name_fi", "name_sv", "name_en", "sector", "unit", "goal", "operating_model",
                              "since", "until"],
             [(n["id"], n["fi"], n["sv"], n["en"], n["sector"], n["unit"], n["goal"], n["model"], ds(n["since"]),
               ds(n["until"])) for n in N])
        dump("organisations.csv", ["id", "name", "kind", "municipality", "language"],
             [(o["id"], o["name"], o["kind"], o["muni"], o["language"]) for o in self.orgs])
        order = {n["id"]: i for i, n in enumerate(N)}
        rows = sorted(self.members, key=lambda m: (order[m["net"]], m["org"], m["since"]))
        dump("memberships.csv", ["organisation", "network", "role", "since", "until"],
             [(m["org"], m["net"], m["role"], ds(m["since"]), ds(m["until"])) for m in rows])
        dump("network_directions.csv", ["network", "direction", "priority"],
             [(n["id"], dd, p) for n in N for dd, p in sorted(n["directions"], key=lambda t: t[1])])
        rows = []
        for c in self.collabs:
            a, b = (c["a"], c["b"]) if order[c["a"]] < order[c["b"]] else (c["b"], c["a"])
            rows.append((a, b, c["kind"], ds(c["since"]), ds(c["until"])))
        rows.sort(key=lambda r: (r[3], order[r[0]], order[r[1]], r[2]))
        dump("collaborations.csv", ["network_a", "network_b", "kind", "since", "until"], rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--municipalities", default=DEFAULT_REFERENCE,
                        help="the reference municipality table (default: %(default)s)")
    parser.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: Data/oph)")
    args = parser.parse_args()
    builder = Builder(args.municipalities)
    stats = builder.build()
    builder.write(args.out)
    print("wrote %d organisations, %d memberships, %d collaborations to %s (plan: %s)"
          % (len(builder.orgs), len(builder.members), len(builder.collabs), args.out, dict(stats)))


if __name__ == "__main__":
    main()

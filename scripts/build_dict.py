#!/usr/bin/env python3
"""Build the generated part of frex's COMPANY/AGENCY dictionary.

Reads the public lists in ../shared/gazetteers/ (relative to the repository
root; --gazetteers DIR points elsewhere) and writes dict/*-generated.tsv in
the format of dict/README.md:

    canonical <TAB> type <TAB> aliases (|) <TAB> id <TAB> flags <TAB> source

Python 3 standard library only.  The output is deterministic (sorted, no
timestamps), so `--check` can regenerate everything in memory and compare it
byte for byte with the files on disk: generated data never drifts from this
script.

Sources and what is taken from each (details in the functions below):

  sp500-datahub/                      COMPANY  companies-sp500-generated.tsv
  us-federal-register-agencies/ +     AGENCY   agencies-us-generated.tsv
  us-dotgov-agencies/
  uk-government-organisations/        AGENCY   agencies-uk-generated.tsv
  international-organisations-        AGENCY   agencies-international-generated.tsv
    supraverden/                               (CC BY-SA 4.0 derived data)
  fr-annuaire-administration/         AGENCY   agencies-fr-generated.tsv
  osm-name-suggestion-index/          COMPANY  companies-nsi-generated.tsv
                                      (+ a few national bodies, AGENCY)
  medias-francais/                    COMPANY  companies-medias-generated.tsv
                                               (ODC-By 1.0 derived data)

The two lists of issue 11 (name-suggestion-index, medias-francais) are
judged name by name by `name_verdict`, with Debian word lists (hunspell-fr,
wfrench, wamerican, iso-codes, tzdata; see WordLists): a name that is a
French or English word, a first name, a surname, a place or a French
phrase of common words is flagged `ambiguous` when the entity is sold in
France, Europe or worldwide, and dropped otherwise; short acronyms sold
only abroad are dropped.  The counts of every rule are printed.  Wikidata
ids: given by the name-suggestion-index; joined by exact English label for
the S&P 500, US and UK lists (`join_id`); `--hints` lists the ids the
sources give for hand entries that lack one (checked and copied by hand).

Precision rules applied to every generated alias (see `alias_ok`):

  * an acronym needs 3+ letters (2-letter acronyms such as EU, UN, FT are
    far too ambiguous in running text; the hand files add the few that
    matter);
  * an acronym or one-word name must not be a common French or English word
    or abbreviation (COMMON_WORDS below: ONE, AIR, ART, MER, CAS, SUD, DOT,
    SEC...), an ISO 4217 currency code (read from cldr-fr-currencies: USD,
    CAD, CHF...) or a generic French/English office abbreviation (DSI, DRH,
    SG, CEO...);
  * an acronym given to several bodies inside one source is dropped for all
    of them, unless one of them is the parent of the others (the sigle was
    copied down the tree), in which case the parent keeps it;
  * an alias given to different canonical names by two sources is dropped
    from both, with a warning on stderr;
  * the hand-curated files dict/*-hand.tsv win over everything: a generated
    entry whose canonical name is a hand alias is dropped (the hand entry
    covers that body), and any other generated alias that a hand entry
    already uses is removed from the generated entry.

Usage:
    python3 scripts/build_dict.py [--gazetteers DIR] [--dict-dir DIR]
                                  [--share DIR] [--check] [--hints]
                                  [--quiet]

Exit status: 0 done (or --check: up to date), 1 --check found a difference,
2 no gazetteer folder, 3 word lists missing (the message names the Debian
packages).
"""

import argparse
import csv
import io
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

COLUMNS = "canonical, type, aliases (separated by |), id, flags, source"

# ---------------------------------------------------------------------------
# Normalisation and alias checks
# ---------------------------------------------------------------------------

APOSTROPHES = "\u2019\u02bc\u2018`\u00b4"


def clean_space(s):
    """NFC, unify apostrophes and dashes, collapse white space."""
    s = unicodedata.normalize("NFC", s)
    for a in APOSTROPHES:
        s = s.replace(a, "'")
    s = s.replace("\u2013", "-").replace("\u2011", "-").replace("\u2010", "-")
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    s = s.replace("|", "/")
    return re.sub(r"\s+", " ", s).strip()


def key(s):
    """Comparison key for duplicate detection: the matcher is case-,
    accent- and apostrophe-aware, so two aliases that differ only in those
    may match the same text.  Be conservative and fold all of them."""
    s = clean_space(s).casefold()
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("œ", "oe").replace("æ", "ae")
    return s


def ucfirst(s):
    return s[:1].upper() + s[1:] if s else s


def is_acronym(s):
    """All-capital token (letters, digits, &, -, .), e.g. NSA, HMRC, AT&T."""
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&.\-]*", s)) and sum(
        c.isalpha() for c in s) >= 1


# Common French and English words and abbreviations that must never be an
# alias on their own, even in capitals.  Built by checking every acronym and
# one-word name proposed by the gazetteers against French and English word
# lists (Debian's wfrench and wamerican, lower-case entries only) and adding
# the usual all-caps abbreviations of French and English news.  Kept here as
# a literal list so that the build does not depend on what is installed.
COMMON_WORDS = set("""
a ac ace act action ad add age agent aide aim air ale all alla alt am ami amis
an and ans ant ap apa apache app appel arc arch are arm arms art arts as ask
at ate au aux avis axe
ba bac bad bag ban bank bar bas base bat bay be bed bee bel ben bep best bet
bi bid big bill bin bio bis bit bloc block blue boa bob bon bond boom bot box
boy bra bras bus but by
ca cab cafe cal camp can cap car care carte cas case cash cat cd cdd cdi ce
cent ceo cfo chi chu cite city civil co cod code codex coe col com come con
cop cor core corps cos cost cot cote cour court cs cv
da dab dad dam dan dare dart dash data date day de dear deb dec del den dent
dep des desk dg dia die dig dim din dis dit do doc doe dog dol dom don dos dot
dr drh dry dsi du dual due dune duo dvd
ea ear eat eau ed edf ee el elf elle emu en end envoi eon er era ere es est et
eta etc ete eu eur eve ex exit eye
fab faq fas fat fax fed fee feu few fey fi fil fin fir fit fix flex fly fm fn
fo foe foi fond for fore form fort forte four fox fr fret fro fry fun fur
gag gal gap gas gay gel gem gens get gin go god gong got gps gr grand gum gun
guy gym
had hall ham has hat hay he hem hen her hew hey hi him hip his hit hiv hm ho
hoe hog home hop hope hot house how hub hue hug hum hut
ice icon id ide idea if ii iii il ile ill imp in inc info ink inn ion ira ire
is isa isle it its iv ivy
jam jar jaw jet job jog joy jus just
key kid kin kit
la lab lac lad lag lam lap las law lax lay le lea lead led lee leg les let lie
life lift lime lin lion lip lit llc lo lob log loi lot low ltd lu lus
ma mac mad mag mai mail main mais man map mar mat max may me med mer met mi
mid mil mile mine mini mis miss mix mob mod moi mol mon mop mot mow mu mud
mug mum mur my
na nab nag nap nay ne neigh neighbor net new news nib nice nil nit no nod non
nor nos not now nu nul nun nut
oak oar oat odd ode of off oft oh oil ok old on one onze op opt or orc ore
os our out ova ovo owe owl own ox
pa pac pacific pad pal pan par pas pat paw pay pc pdf pdg pea peg pen pep per
pet pew pi pic pie pig pin pit plan ply pme po pod pop port pot pre pro ps pub
pun pup pus put
que qui quo
ra rad raf rag ram ran rang rap rat raw ray re red ref rep ret rev rib rid rig
rim rip rob rod roe rot row rub rue rug rum run rut rye
sa sac sad sag saint sal sap sas sat saw say sea sec see seg sel sept set sew
sex sg she shy si sic sin sip sir sis sit six ski sky sly smic so sob sod sol
son sop sot sou soy spa spy sub sud sue sum sun sup sur sus
ta tab tac tad tag tan tap tar tat tax te tea ted tee ten the thé thy ti tic
tie tin tip tir to toe ton too top tot tow toy tri try tub tug tv tva two
ugh uk un une up ups urn us usa use
va val van vat vet via vie vin vip vis vol vs vu
wad wag war was wax way we web wed wee wet who why wig win wit woe won wow
ya yak yam yap yaw ye yen yes yet you
zip zoo
acre aft ago ams antitrust ants ape appal apt arctic asp bird cam cita corp
crest css deca dire ecrin erg ers ess fera gad hos ins instruct jaco mms
monitor nest nia noms osa ost saie sep sers sesame share sire tate treas vets
eric occidental
""".split())

# Generic office or position abbreviations that repeat across administrations
# and mean nothing on their own.
GENERIC_ACRONYMS = set("""
DSI DRH DAF DAJ DAG DAEI DG DGS DGA-R SG SGA CAB DIR DPT DEP SRH SAF SAG
SIRH DIRCOM DICOM DRI DREI OIG OHA CIO CFO CEO COO CTO HR IT ICT PR PA
FAQ USA UK UE EU ONG NGO IPO GDP PIB TVA PME TPE ETI RSA SMIC HLM BTP TGV
RER SDF OGM ADN VIH JO PDG CDI CDD RTT IVG PMA GPA CV PC TV BAC BEP CAP BTS
DUT IUT CHU SAMU SMUR QG ASAP GMT UTC BBC CNN TNT
CBD PCB CFC CND ELA IOC BIC CIS CMS CLE FIS SEN ONS ERIC CAF SPC CIP APE
CAC SBF NYSE
""".split())


class Filters:
    def __init__(self, currency_codes):
        self.currency_codes = currency_codes

    def acronym_ok(self, a):
        """An all-capital alias: 3+ letters, not a word, code or generic."""
        letters = sum(c.isalpha() for c in a)
        if letters < 3:
            return False
        if a.upper() in GENERIC_ACRONYMS or a.upper() in self.currency_codes:
            return False
        if key(a) in COMMON_WORDS:
            return False
        return True

    def alias_ok(self, a):
        if not a or len(a) < 2:
            return False
        words = a.split(" ")
        if is_acronym(a):
            return self.acronym_ok(a)
        if len(words) == 1:
            # one word, mixed case (Ofcom, FirstNet, Europol): not a
            # common word, and with 3+ letters
            if sum(c.isalpha() for c in a) < 3:
                return False
            if key(a) in COMMON_WORDS or a.upper() in GENERIC_ACRONYMS:
                return False
        if key(a) in GENERIC_NAMES:
            return False
        return True


# Multi-word names that are descriptions rather than names.
GENERIC_NAMES = set(key(x) for x in """
Council of ministers
Secretariat
Secrétariat général
Direction générale
Administration centrale
Office of Inspector General
Office of the Inspector General
Office of the Secretary
Office of the General Counsel
Office of the Solicitor
Departmental Management
Departmental Offices
Departmental Administration
General Administration
Court of Justice
Court of Auditors
Fonds de solidarité
Premier ministre
Gouvernement
Government
Cour des comptes européenne
Parliamentary Assembly
Assemblée parlementaire
Secretariat General
General Secretariat
Commission
Conseil
Council
Court
Tribunal
Agency
Bank
Fund
""".strip().split("\n"))


# ---------------------------------------------------------------------------
# Entries
# ---------------------------------------------------------------------------

class Entry:
    __slots__ = ("canonical", "type", "aliases", "id", "flags", "source",
                 "origin")

    def __init__(self, canonical, typ, aliases=(), id_="", flags=(),
                 source="", origin=""):
        self.canonical = clean_space(canonical)
        self.type = typ
        self.aliases = []
        self.id = id_ or ""
        self.flags = list(flags)
        self.source = source
        self.origin = origin or self.canonical  # for messages
        for a in aliases:
            self.add(a)

    def add(self, a):
        a = clean_space(a or "")
        if not a:
            return
        if a == self.canonical or a in self.aliases:
            return
        if len(a) > 5 and any(key(a) == key(n) and a[0].islower() ==
                              n[0].islower() for n in self.names()):
            return  # a case or accent variant of a name already there
            # (a lower-case first letter is kept: "ministère de
            # l'Intérieur" matches the usual lower-case spelling)
        self.aliases.append(a)

    def names(self):
        return [self.canonical] + self.aliases

    def line(self):
        # within an entry, drop aliases equal to an earlier one up to case
        # and accents, except that acronyms keep their own casing variants
        seen = {self.canonical}
        out = []
        for a in self.aliases:
            if a in seen:
                continue
            seen.add(a)
            out.append(a)
        cols = [self.canonical, self.type, "|".join(out), self.id,
                ",".join(self.flags), self.source]
        return "\t".join(cols)


# ---------------------------------------------------------------------------
# Readers
# ---------------------------------------------------------------------------

def read_currency_codes(gdir):
    path = os.path.join(gdir, "cldr-fr-currencies", "currencies.json")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return set(data["main"]["fr"]["numbers"]["currencies"].keys())
    except (OSError, KeyError, ValueError):
        return set()


def strip_the(name):
    """'Coca-Cola Company (The)' -> ('Coca-Cola Company', True)."""
    m = re.fullmatch(r"(.*?)\s*\(The\)", name)
    if m:
        return m.group(1), True
    return name, False


# --- S&P 500 ---------------------------------------------------------------

# The legal forms are the LEGAL lines of src/org_words.def, the one list the
# C rules read too ("& Co.", "& Company": "& " before one).
with open(os.path.join(ROOT, "src", "org_words.def"), encoding="utf-8") as _f:
    LEGAL_FORMS = re.findall(r'\bLEGAL\("([^"]+)"\)', _f.read())
LEGAL_SUFFIX = re.compile(r"(?:,?\s+(?:& )?(?:" + "|".join(
    re.escape(x) for x in sorted(LEGAL_FORMS, key=len, reverse=True)) + r"))+$")

# Per-security decisions: canonical name, extra aliases, flags.  A bare name
# that is a common word is either flagged ambiguous (the company is what a
# French news reader means when it is capitalised, but the matcher needs a
# cue) or not offered at all (only the longer form is an alias).
SP500_OVERRIDES = {
    "Alphabet Inc. (Class A)": ("Alphabet", ["Alphabet Inc."], []),
    "Alphabet Inc. (Class C)": ("Alphabet", ["Alphabet Inc."], []),
    "Fox Corporation (Class A)": ("Fox Corporation", [], []),
    "Fox Corporation (Class B)": ("Fox Corporation", [], []),
    "News Corp (Class A)": ("News Corp", ["News Corporation"], []),
    "News Corp (Class B)": ("News Corp", ["News Corporation"], []),
    "Lilly (Eli)": ("Eli Lilly", ["Eli Lilly and Company"], []),
    "Meta Platforms": ("Meta Platforms", [], []),
    "Coca-Cola Company (The)": ("Coca-Cola", ["The Coca-Cola Company",
                                              "Coca-Cola Company"], []),
    "Ford Motor Company": ("Ford", ["Ford Motor Company", "Ford Motor"], []),
    "Walt Disney Company (The)": ("Walt Disney Company",
                                  ["The Walt Disney Company", "Disney"], []),
    "Hartford (The)": ("The Hartford", ["Hartford Financial Services"], []),
    "Ball Corporation": ("Ball Corporation", [], []),
    "Block, Inc.": ("Block, Inc.", ["Block Inc."], []),
    "Target Corporation": ("Target", ["Target Corporation"], ["ambiguous"]),
    "Visa Inc.": ("Visa", ["Visa Inc."], ["ambiguous"]),
    "Progressive Corporation": ("Progressive Corporation", [], []),
    "Coherent Corp.": ("Coherent Corp.", [], []),
    "Carnival Corporation": ("Carnival Corporation", ["Carnival Corp."], []),
    "Dover Corporation": ("Dover Corporation", [], []),
    "Corning Inc.": ("Corning Inc.", ["Corning Incorporated"], []),
    "Dow Inc.": ("Dow Inc.", ["Dow Chemical"], []),
    "Mosaic Company (The)": ("The Mosaic Company", ["Mosaic Company"], []),
    "Xylem Inc.": ("Xylem Inc.", [], []),
    "Southern Company": ("Southern Company", [], []),
    "Williams Companies": ("Williams Companies", [], []),
    "Trade Desk (The)": ("The Trade Desk", ["Trade Desk"], []),
    "Travelers Companies (The)": ("Travelers Companies",
                                  ["The Travelers Companies"], []),
    "Cooper Companies (The)": ("The Cooper Companies", ["Cooper Companies"],
                               []),
    "Estée Lauder Companies (The)": ("Estée Lauder",
                                     ["The Estée Lauder Companies",
                                      "Estée Lauder Companies"], []),
    "Hershey Company (The)": ("Hershey", ["The Hershey Company",
                                          "Hershey Company"], []),
    "Home Depot (The)": ("Home Depot", ["The Home Depot"], []),
    "J.M. Smucker Company (The)": ("J.M. Smucker", [
        "The J.M. Smucker Company"], []),
    "Apple Inc.": ("Apple", ["Apple Inc."], []),
    "Oracle Corporation": ("Oracle", ["Oracle Corporation", "Oracle Corp."],
                           []),
    "Intel": ("Intel", ["Intel Corporation", "Intel Corp."], []),
    "Microsoft": ("Microsoft", ["Microsoft Corporation", "Microsoft Corp."],
                  []),
    "Amazon": ("Amazon", ["Amazon.com", "Amazon.com Inc."], []),
    "Nvidia": ("Nvidia", ["NVIDIA", "Nvidia Corporation"], []),
    "Cisco": ("Cisco", ["Cisco Systems"], []),
    "IBM": ("IBM", ["International Business Machines"], []),
    "Tesla, Inc.": ("Tesla", ["Tesla Inc.", "Tesla Motors"], []),
    "Boeing": ("Boeing", ["The Boeing Company", "Boeing Company"], []),
    "Palantir Technologies": ("Palantir", ["Palantir Technologies"], []),
    "Dell Technologies": ("Dell", ["Dell Technologies"], []),
    "Akamai Technologies": ("Akamai", ["Akamai Technologies"], []),
    "Hewlett Packard Enterprise": ("Hewlett Packard Enterprise", ["HPE"],
                                   []),
    "HP Inc.": ("HP Inc.", ["Hewlett-Packard", "Hewlett Packard"], []),
    "Marriott International": ("Marriott", ["Marriott International"], []),
    "Mondelez International": ("Mondelez", ["Mondelez International",
                                            "Mondelēz International"], []),
    "Philip Morris International": ("Philip Morris International",
                                    ["Philip Morris"], []),
    "Goldman Sachs": ("Goldman Sachs", ["Goldman Sachs Group"], []),
    "JPMorgan Chase": ("JPMorgan Chase", ["JPMorgan", "JP Morgan",
                                          "J.P. Morgan"], []),
    "Morgan Stanley": ("Morgan Stanley", [], []),
    "Bank of America": ("Bank of America", ["BofA"], []),
    "Citigroup": ("Citigroup", ["Citi"], []),
    "Berkshire Hathaway": ("Berkshire Hathaway", [], []),
    "General Motors": ("General Motors", ["GM"], []),
    "General Electric": ("General Electric", [], []),
    "ExxonMobil": ("ExxonMobil", ["Exxon Mobil", "Exxon"], []),
    "Chevron Corporation": ("Chevron", ["Chevron Corporation"], []),
    "ConocoPhillips": ("ConocoPhillips", [], []),
    "Pfizer": ("Pfizer", [], []),
    "Johnson & Johnson": ("Johnson & Johnson", ["J&J"], []),
    "Merck & Co.": ("Merck & Co.", ["MSD"], []),
    "Procter & Gamble": ("Procter & Gamble", ["P&G", "Procter and Gamble"],
                         []),
    "PepsiCo": ("PepsiCo", ["Pepsi"], []),
    "McDonald's": ("McDonald's", ["McDonald's Corporation", "McDonald’s",
                                  "McDo"], []),
    "Starbucks": ("Starbucks", ["Starbucks Corporation"], []),
    "Walmart": ("Walmart", ["Wal-Mart"], []),
    "Costco": ("Costco", ["Costco Wholesale"], []),
    "Uber": ("Uber", ["Uber Technologies"], []),
    "Airbnb": ("Airbnb", [], []),
    "Netflix": ("Netflix", [], []),
    "PayPal": ("PayPal", [], []),
    "eBay Inc.": ("eBay", ["eBay Inc."], []),
    "Broadcom": ("Broadcom", [], []),
    "Qualcomm": ("Qualcomm", [], []),
    "Advanced Micro Devices": ("AMD", ["Advanced Micro Devices"], []),
    "Salesforce": ("Salesforce", ["Salesforce.com"], []),
    "Adobe Inc.": ("Adobe", ["Adobe Inc.", "Adobe Systems"], []),
    "Lockheed Martin": ("Lockheed Martin", [], []),
    "Northrop Grumman": ("Northrop Grumman", [], []),
    "General Dynamics": ("General Dynamics", [], []),
    "RTX Corporation": ("RTX", ["RTX Corporation", "Raytheon Technologies",
                                "Raytheon"], []),
    "L3Harris": ("L3Harris", ["L3Harris Technologies"], []),
    "AT&T": ("AT&T", [], []),
    "Verizon": ("Verizon", ["Verizon Communications"], []),
    "Comcast": ("Comcast", [], []),
    "Charter Communications": ("Charter Communications", [], []),
    "Warner Bros. Discovery": ("Warner Bros. Discovery", [
        "Warner Bros Discovery"], []),
    "Paramount Skydance Corporation": ("Paramount Skydance", [
        "Paramount Skydance Corporation"], []),
    "T-Mobile US": ("T-Mobile US", [], []),
    "Caterpillar Inc.": ("Caterpillar", ["Caterpillar Inc."], []),
    "3M": ("3M", [], []),
    "Booking Holdings": ("Booking Holdings", [], []),
    "Expedia Group": ("Expedia", ["Expedia Group"], []),
    "American Express": ("American Express", ["AmEx", "Amex"], []),
    "Mastercard": ("Mastercard", ["MasterCard"], []),
    "BlackRock": ("BlackRock", [], []),
    "Blackstone Inc.": ("Blackstone", ["Blackstone Inc.",
                                       "Blackstone Group"], []),
    "KKR & Co.": ("KKR", ["KKR & Co."], []),
    "Moderna": ("Moderna", [], []),
    "Gilead Sciences": ("Gilead Sciences", ["Gilead"], []),
    "Bristol Myers Squibb": ("Bristol Myers Squibb", [
        "Bristol-Myers Squibb"], []),
    "Abbott Laboratories": ("Abbott Laboratories", [], []),
    "Thermo Fisher Scientific": ("Thermo Fisher Scientific", [
        "Thermo Fisher"], []),
    "Kraft Heinz": ("Kraft Heinz", [], []),
    "Colgate-Palmolive": ("Colgate-Palmolive", [], []),
    "Kimberly-Clark": ("Kimberly-Clark", [], []),
    "Nike, Inc.": ("Nike", ["Nike Inc."], []),
    "Ralph Lauren Corporation": ("Ralph Lauren", [
        "Ralph Lauren Corporation"], []),
    "Tapestry, Inc.": ("Tapestry, Inc.", ["Tapestry Inc."], []),
    "Workday, Inc.": ("Workday", ["Workday Inc."], []),
    "Nasdaq, Inc.": ("Nasdaq", ["Nasdaq Inc."], []),
    "F5, Inc.": ("F5, Inc.", ["F5 Networks"], []),
    "NVR, Inc.": ("NVR, Inc.", [], []),
    "UDR, Inc.": ("UDR, Inc.", [], []),
    "BXP, Inc.": ("BXP, Inc.", ["Boston Properties"], []),
    "Rollins, Inc.": ("Rollins, Inc.", [], []),
    "Williams-Sonoma, Inc.": ("Williams-Sonoma", [], []),
    "MSCI Inc.": ("MSCI", ["MSCI Inc."], []),
    "PTC Inc.": ("PTC Inc.", [], []),
    "CDW Corporation": ("CDW Corporation", [], []),
    "CSX Corporation": ("CSX", ["CSX Corporation"], []),
    "KLA Corporation": ("KLA Corporation", [], []),
    "AES Corporation": ("AES Corporation", [], []),
    "APA Corporation": ("APA Corporation", [], []),
    "EQT Corporation": ("EQT Corporation", [], []),
    "IDEX Corporation": ("IDEX Corporation", [], []),
    "PG&E Corporation": ("PG&E", ["PG&E Corporation",
                                  "Pacific Gas and Electric"], []),
    "PPL Corporation": ("PPL Corporation", [], []),
    "Vistra Corp.": ("Vistra", ["Vistra Corp."], []),
    "Flex Ltd.": ("Flex Ltd.", ["Flextronics"], []),
    "Chubb Limited": ("Chubb", ["Chubb Limited"], []),
    "Aon plc": ("Aon", ["Aon plc"], []),
    "CRH plc": ("CRH", ["CRH plc"], []),
    "Linde plc": ("Linde", ["Linde plc"], []),
    "Loews Corporation": ("Loews Corporation", [], []),
    "Eaton Corporation": ("Eaton Corporation", [], []),
    "Stryker Corporation": ("Stryker", ["Stryker Corporation"], []),
    "Danaher Corporation": ("Danaher", ["Danaher Corporation"], []),
    "Moody's Corporation": ("Moody's", ["Moody's Corporation"], []),
    "S&P Global": ("S&P Global", ["Standard & Poor's"], []),
    "Charles Schwab Corporation": ("Charles Schwab", [
        "Charles Schwab Corporation"], []),
    "State Street Corporation": ("State Street", [
        "State Street Corporation"], []),
    "Regions Financial Corporation": ("Regions Financial", [
        "Regions Financial Corporation"], []),
    "Union Pacific Corporation": ("Union Pacific", [
        "Union Pacific Corporation"], []),
    "Texas Pacific Land Corporation": ("Texas Pacific Land", [
        "Texas Pacific Land Corporation"], []),
    "Waters Corporation": ("Waters Corporation", [], []),
    "Ingersoll Rand": ("Ingersoll Rand", ["Ingersoll-Rand"], []),
    "Apollo Global Management": ("Apollo Global Management", [], []),
    "Capital One": ("Capital One", ["Capital One Financial"], []),
    "Schlumberger": ("Schlumberger", ["SLB"], []),
    "Baker Hughes": ("Baker Hughes", [], []),
    "Halliburton": ("Halliburton", [], []),
    "Honeywell Aerospace": ("Honeywell Aerospace", [], []),
    "Honeywell Technologies": ("Honeywell", ["Honeywell Technologies",
                                             "Honeywell International"], []),
    # GE Aerospace is General Electric's successor, not General Electric:
    # companies-hand.tsv has General Electric (issue 11)
    "GE Aerospace": ("GE Aerospace", [], []),
    "Edison International": ("Edison International", [], []),
    "Public Storage": ("Public Storage", [], []),
    "Republic Services": ("Republic Services", [], []),
    "Global Payments": ("Global Payments", [], []),
    "Expand Energy": ("Expand Energy", [], []),
    "Best Buy": ("Best Buy", [], []),
    "Dollar General": ("Dollar General", [], []),
    "Dollar Tree": ("Dollar Tree", [], []),
    "Iron Mountain": ("Iron Mountain", [], []),
    "Invitation Homes": ("Invitation Homes", [], []),
    "Digital Realty": ("Digital Realty", [], []),
    "Old Dominion": ("Old Dominion Freight Line", ["Old Dominion"], []),
    "Realty Income": ("Realty Income", [], []),
    "Monster Beverage": ("Monster Beverage", [], []),
    "Live Nation Entertainment": ("Live Nation", [
        "Live Nation Entertainment"], []),
    "Snap-on": ("Snap-on", [], []),
    "United Parcel Service": ("UPS", ["United Parcel Service"], []),
    "FedEx": ("FedEx", ["Federal Express"], []),
    "Delta Air Lines": ("Delta Air Lines", ["Delta Airlines"], []),
    "United Airlines Holdings": ("United Airlines", [
        "United Airlines Holdings"], []),
    "Southwest Airlines": ("Southwest Airlines", [], []),
    "Meta": ("Meta", [], []),
    "Supermicro": ("Supermicro", ["Super Micro Computer"], []),
    "Western Digital": ("Western Digital", [], []),
    "Texas Instruments": ("Texas Instruments", [], []),
    "Micron Technology": ("Micron Technology", ["Micron"], []),
    "Applied Materials": ("Applied Materials", [], []),
    "Seagate Technology": ("Seagate", ["Seagate Technology"], []),
    "Motorola Solutions": ("Motorola Solutions", [], []),
    "Electronic Arts": ("Electronic Arts", [], []),
    "Take-Two Interactive": ("Take-Two Interactive", ["Take-Two"], []),
    "CrowdStrike": ("CrowdStrike", [], []),
    "Fortinet": ("Fortinet", [], []),
    "Palo Alto Networks": ("Palo Alto Networks", [], []),
    "ServiceNow": ("ServiceNow", [], []),
    "Intuit": ("Intuit", [], []),
    "Accenture": ("Accenture", [], []),
    "Cognizant": ("Cognizant", ["Cognizant Technology Solutions"], []),
    "Gen Digital": ("Gen Digital", ["NortonLifeLock"], []),
    "Zebra Technologies": ("Zebra Technologies", [], []),
    "Amphenol": ("Amphenol", [], []),
    "EchoStar": ("EchoStar", [], []),
    "Coinbase": ("Coinbase", [], []),
    "Robinhood Markets": ("Robinhood", ["Robinhood Markets"], []),
    "DoorDash": ("DoorDash", [], []),
    "Carvana": ("Carvana", [], []),
    "Domino's": ("Domino's", ["Domino's Pizza"], []),
    "Yum! Brands": ("Yum! Brands", ["Yum Brands"], []),
    "Chipotle Mexican Grill": ("Chipotle", ["Chipotle Mexican Grill"], []),
    "Casey's": ("Casey's", ["Casey's General Stores"], []),
    "Lowe's": ("Lowe's", [], []),
    "O’Reilly Automotive": ("O'Reilly Automotive", [], []),
    "Kroger": ("Kroger", [], []),
    "Altria": ("Altria", [], []),
    "Molson Coors Beverage Company": ("Molson Coors", [
        "Molson Coors Beverage Company"], []),
    "Constellation Brands": ("Constellation Brands", [], []),
    "Constellation Energy": ("Constellation Energy", [], []),
    "Tyson Foods": ("Tyson Foods", [], []),
    "General Mills": ("General Mills", [], []),
    "Archer Daniels Midland": ("Archer Daniels Midland", ["ADM"], []),
    "Bunge Global": ("Bunge", ["Bunge Global"], []),
    "Cardinal Health": ("Cardinal Health", [], []),
    "CVS Health": ("CVS Health", ["CVS"], []),
    "UnitedHealth Group": ("UnitedHealth", ["UnitedHealth Group"], []),
    "Elevance Health": ("Elevance Health", [], []),
    "Humana": ("Humana", [], []),
    "Cigna": ("Cigna", [], []),
    "Centene Corporation": ("Centene", ["Centene Corporation"], []),
    "Medtronic": ("Medtronic", [], []),
    "Boston Scientific": ("Boston Scientific", [], []),
    "Amgen": ("Amgen", [], []),
    "AbbVie": ("AbbVie", [], []),
    "Biogen": ("Biogen", [], []),
    "Regeneron Pharmaceuticals": ("Regeneron", [
        "Regeneron Pharmaceuticals"], []),
    "Vertex Pharmaceuticals": ("Vertex Pharmaceuticals", [], []),
    "Viatris": ("Viatris", [], []),
    "Zoetis": ("Zoetis", [], []),
    "Baxter International": ("Baxter International", [], []),
    "Becton Dickinson": ("Becton Dickinson", ["BD"], []),
    "Otis Worldwide": ("Otis Worldwide", ["Otis Elevator"], []),
    "Carrier Global": ("Carrier Global", [], []),
    "Emerson Electric": ("Emerson Electric", [], []),
    "Deere & Company": ("John Deere", ["Deere & Company", "Deere"], []),
    "Cummins": ("Cummins", [], []),
    "Paccar": ("Paccar", ["PACCAR"], []),
    "Textron": ("Textron", [], []),
    "Huntington Ingalls Industries": ("Huntington Ingalls Industries", [
        "Huntington Ingalls"], []),
    "TransDigm Group": ("TransDigm", ["TransDigm Group"], []),
    "Howmet Aerospace": ("Howmet Aerospace", [], []),
    "Axon Enterprise": ("Axon Enterprise", [], []),
    "Leidos": ("Leidos", [], []),
    "Jacobs Solutions": ("Jacobs Solutions", ["Jacobs Engineering"], []),
    "Waste Management": ("Waste Management", [], []),
    "Sherwin-Williams": ("Sherwin-Williams", [], []),
    "DuPont": ("DuPont", ["DuPont de Nemours"], ["ambiguous"]),
    "Hubbell Incorporated": ("Hubbell Incorporated", ["Hubbell Inc."], []),
    "Corteva": ("Corteva", [], []),
    "Freeport-McMoRan": ("Freeport-McMoRan", [], []),
    "Newmont": ("Newmont", [], []),
    "International Paper": ("International Paper", [], []),
    "Occidental Petroleum": ("Occidental Petroleum", ["Occidental"], []),
    "Marathon Petroleum": ("Marathon Petroleum", [], []),
    "Valero Energy": ("Valero Energy", ["Valero"], []),
    "Kinder Morgan": ("Kinder Morgan", [], []),
    "NextEra Energy": ("NextEra Energy", [], []),
    "Duke Energy": ("Duke Energy", [], []),
    "Dominion Energy": ("Dominion Energy", [], []),
    "Exelon": ("Exelon", [], []),
    "First Solar": ("First Solar", [], []),
    "Wells Fargo": ("Wells Fargo", [], []),
    "U.S. Bancorp": ("U.S. Bancorp", ["US Bancorp"], []),
    "BNY Mellon": ("BNY Mellon", ["Bank of New York Mellon", "BNY"], []),
    "MetLife": ("MetLife", [], []),
    "American International Group": ("AIG", [
        "American International Group"], []),
    "Prudential Financial": ("Prudential Financial", [], []),
    "Allstate": ("Allstate", [], []),
    "Marsh McLennan": ("Marsh McLennan", ["Marsh & McLennan"], []),
    "Intercontinental Exchange": ("Intercontinental Exchange", [], []),
    "CME Group": ("CME Group", [], []),
    "Cboe Global Markets": ("Cboe Global Markets", ["Cboe"], []),
    "Fidelity National Information Services": (
        "Fidelity National Information Services", ["FIS"], []),
    "Fiserv": ("Fiserv", [], []),
    "Automatic Data Processing": ("Automatic Data Processing", [], []),
    "Equifax": ("Equifax", [], []),
    "Verisign": ("Verisign", ["VeriSign"], []),
    "GoDaddy": ("GoDaddy", [], []),
    "Datadog": ("Datadog", [], []),
    "AppLovin": ("AppLovin", [], []),
    "Arista Networks": ("Arista Networks", [], []),
    "Equinix": ("Equinix", [], []),
    "American Tower": ("American Tower", [], []),
    "Crown Castle": ("Crown Castle", [], []),
    "Simon Property Group": ("Simon Property Group", [], []),
    "Las Vegas Sands": ("Las Vegas Sands", [], []),
    "MGM Resorts": ("MGM Resorts", ["MGM Resorts International"], []),
    "Wynn Resorts": ("Wynn Resorts", [], []),
    "Hilton Worldwide": ("Hilton", ["Hilton Worldwide"], []),
    "Royal Caribbean Group": ("Royal Caribbean", [
        "Royal Caribbean Group"], []),
    "Norwegian Cruise Line Holdings": ("Norwegian Cruise Line", [
        "Norwegian Cruise Line Holdings"], []),
    "Hasbro": ("Hasbro", [], []),
    "Estée Lauder": ("Estée Lauder", [], []),
    "Lululemon Athletica": ("Lululemon", ["Lululemon Athletica"], []),
    "Ulta Beauty": ("Ulta Beauty", [], []),
    "Deckers Brands": ("Deckers Brands", [], []),
    "Tractor Supply": ("Tractor Supply", [], []),
    "Ross Stores": ("Ross Stores", [], []),
    "TJX Companies": ("TJX", ["TJX Companies"], []),
    "Omnicom Group": ("Omnicom", ["Omnicom Group"], []),
    "Gartner": ("Gartner", [], []),
    "Moody's": ("Moody's", [], []),
}


def read_sp500(gdir, flt):
    path = os.path.join(gdir, "sp500-datahub", "constituents.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_canon = {}
    order = []
    for r in rows:
        sec = clean_space(r["Security"])
        raw = r["Security"].strip()
        if raw in SP500_OVERRIDES:
            canon, extra, flags = SP500_OVERRIDES[raw]
            aliases = [sec] + list(extra)
        else:
            base, had_the = strip_the(sec)
            base = re.sub(r"\s*\(Class [A-Z]\)$", "", base)
            bare = LEGAL_SUFFIX.sub("", base).strip(" ,")
            aliases = [sec, base]
            if had_the:
                aliases.append("The " + base)
            flags = []
            canon = bare
            if " " not in bare and key(bare) in COMMON_WORDS:
                # a bare common word: keep the longer official form only
                canon = base
            aliases.append(bare)
        e = by_canon.get(canon)
        if e is None:
            e = Entry(canon, "COMPANY", flags=flags, source="sp500-datahub",
                      origin=sec)
            by_canon[canon] = e
            order.append(canon)
        for a in aliases:
            if a != canon:
                e.add(a)
    out = []
    for c in order:
        e = by_canon[c]
        e.aliases = [a for a in e.aliases
                     if flt.alias_ok(a) and not re.search(r"\(Class", a)]
        # one-word bare names that are common words were already handled
        out.append(e)
    return out


# --- US federal agencies ---------------------------------------------------

# Federal Register "X Department" names -> everyday official form.  The
# departments get the "United States Department of X" canonical form the
# SPEC uses ("United States Department of Defense").
US_DEPARTMENTS = {
    "Agriculture Department": "Agriculture",
    "Commerce Department": "Commerce",
    "Defense Department": "Defense",
    "Education Department": "Education",
    "Energy Department": "Energy",
    "Health and Human Services Department": "Health and Human Services",
    "Homeland Security Department": "Homeland Security",
    "Housing and Urban Development Department": "Housing and Urban "
                                                "Development",
    "Interior Department": "the Interior",
    "Justice Department": "Justice",
    "Labor Department": "Labor",
    "State Department": "State",
    "Transportation Department": "Transportation",
    "Treasury Department": "the Treasury",
    "Veterans Affairs Department": "Veterans Affairs",
    "Army Department": "the Army",
    "Navy Department": "the Navy",
    "Air Force Department": "the Air Force",
}

# Federal Register names whose everyday form is not found automatically.
US_NAME_FIX = {
    "Census Bureau": ("United States Census Bureau",
                      ["Census Bureau", "Bureau of the Census"]),
    "Postal Service": ("United States Postal Service", ["Postal Service"]),
    "Personnel Management Office": ("Office of Personnel Management", []),
    "Special Counsel Office": ("Office of Special Counsel", []),
    "Government Ethics Office": ("Office of Government Ethics", []),
    "Foreign Assets Control Office": ("Office of Foreign Assets Control", []),
    "Trade Representative, Office of United States": (
        "Office of the United States Trade Representative",
        ["United States Trade Representative"]),
    "National Intelligence, Office of the National Director": (
        "Office of the Director of National Intelligence",
        ["Director of National Intelligence"]),
    "Copyright Office, Library of Congress": ("United States Copyright "
                                              "Office", ["Copyright Office"]),
    "The White House Office": ("White House Office", []),
    "Engineers Corps": ("United States Army Corps of Engineers",
                        ["Army Corps of Engineers", "Corps of Engineers"]),
    "Federal Reserve System": ("Federal Reserve System",
                               ["Federal Reserve"]),
    "National Railroad Passenger Corporation": (
        "Amtrak", ["National Railroad Passenger Corporation"]),
    "Patent and Trademark Office": ("United States Patent and Trademark "
                                    "Office", ["Patent and Trademark Office",
                                               "U.S. Patent and Trademark "
                                               "Office"]),
    "Geological Survey": ("United States Geological Survey", [
        "U.S. Geological Survey"]),
    "Fish and Wildlife Service": ("United States Fish and Wildlife Service",
                                  []),
    "Marshals Service": ("United States Marshals Service", []),
    "U.S. House of Representatives": ("United States House of "
                                      "Representatives",
                                      ["U.S. House of Representatives"]),
    "Labor Statistics Bureau": ("Bureau of Labor Statistics", []),
    "Prisons Bureau": ("Federal Bureau of Prisons", ["Bureau of Prisons"]),
    "Indian Affairs Bureau": ("Bureau of Indian Affairs", []),
    "Land Management Bureau": ("Bureau of Land Management", []),
    "Reclamation Bureau": ("Bureau of Reclamation", []),
    "Economic Analysis Bureau": ("Bureau of Economic Analysis", []),
    "Industry and Security Bureau": ("Bureau of Industry and Security", []),
    "Engraving and Printing Bureau": ("Bureau of Engraving and Printing", []),
    "Alcohol, Tobacco, Firearms, and Explosives Bureau": (
        "Bureau of Alcohol, Tobacco, Firearms and Explosives", [
            "Bureau of Alcohol, Tobacco, Firearms, and Explosives"]),
    "Ocean Energy Management Bureau": ("Bureau of Ocean Energy Management",
                                       []),
    "Safety and Environmental Enforcement Bureau": (
        "Bureau of Safety and Environmental Enforcement", []),
    "Transportation Statistics Bureau": ("Bureau of Transportation "
                                         "Statistics", []),
    "Public Debt Bureau": ("Bureau of the Public Debt", []),
    "Mines Bureau": ("Bureau of Mines", []),
    "Customs Service": ("United States Customs Service", []),
    "Secret Service": ("United States Secret Service", ["Secret Service"]),
    "Coast Guard": ("United States Coast Guard", ["US Coast Guard",
                                                  "U.S. Coast Guard"]),
    "Mint": ("United States Mint", []),
    "Agency for International Development": (
        "United States Agency for International Development", [
            "Agency for International Development"]),
    "Export-Import Bank": ("Export-Import Bank of the United States", [
        "Export-Import Bank", "Ex-Im Bank", "Exim Bank"]),
    "National Security Agency/Central Security Service": (
        "National Security Agency", [
            "National Security Agency/Central Security Service",
            "Central Security Service"]),
    "Comptroller of the Currency": ("Office of the Comptroller of the "
                                    "Currency", ["Comptroller of the "
                                                 "Currency"]),
}

# Federal Register rows that are not bodies, or too generic to be names.
US_SKIP = {
    "Presidential Documents", "Monetary Offices", "Federal Pay, Advisory "
    "Committee", "Operations Office", "Transportation Office",
    "Program Support Center", "Technology Administration",
    "Office of Policy Development", "Fiscal Service",
    "Under-Secretary for Economic Affairs", "Energy Research Office",
    "Nuclear Energy Office", "Financial Research Office",
    "Family Assistance Office", "Refugee Resettlement Office",
    "Economic Analysis Staff", "Counsel to the President",
}


def read_us(gdir, flt):
    path = os.path.join(gdir, "us-federal-register-agencies", "agencies.json")
    with open(path, encoding="utf-8") as f:
        fr = json.load(f)
    path = os.path.join(gdir, "us-dotgov-agencies", "agencies-and-subs.csv")
    with open(path, encoding="utf-8", newline="") as f:
        dg_rows = list(csv.reader(f))[1:]
    dotgov = []
    for row in dg_rows:
        for cell in row[:2]:
            n = clean_space(cell).strip(" ,")
            if n and n not in dotgov:
                dotgov.append(n)
    dg_by_key = {key(n): n for n in dotgov}
    used_dg = set()

    def dotgov_form(name):
        cands = [name]
        m = re.fullmatch(r"(.+) (Office|Bureau)", name)
        if m:
            cands += ["%s of %s" % (m.group(2), m.group(1)),
                      "%s of the %s" % (m.group(2), m.group(1))]
        more = []
        for c in cands:
            more += ["United States " + c, "U.S. " + c]
        for c in cands + more:
            if key(c) in dg_by_key:
                return dg_by_key[key(c)]
        return None

    entries = {}   # FR id -> Entry
    parent = {}
    acr = {}       # FR id -> list of acronyms
    for a in fr:
        name = clean_space(a["name"])
        if name in US_SKIP or re.search(r",.*(Department|Office)$", name) \
                and name not in US_NAME_FIX:
            continue
        m = re.fullmatch(r"(.+), Office of", name)
        if m:
            name = "Office of " + m.group(1)
        aliases = []
        src = "us-federal-register-agencies"
        if name in US_DEPARTMENTS:
            x = US_DEPARTMENTS[name]
            dept = "Department of " + x
            if x.startswith("the "):
                canon = "United States Department of " + x
                aliases += [dept, "US Department of " + x,
                            "U.S. Department of " + x]
            else:
                canon = "United States Department of " + x
                aliases += [dept, "US Department of " + x,
                            "U.S. Department of " + x]
            aliases.append(name)
            if key(dept) in dg_by_key:
                used_dg.add(key(dept))
                src += "+us-dotgov-agencies"
        elif name in US_NAME_FIX:
            canon, extra = US_NAME_FIX[name]
            aliases += extra + [name]
            for c in [canon] + extra:
                if key(c) in dg_by_key:
                    used_dg.add(key(c))
                    if "+" not in src:
                        src += "+us-dotgov-agencies"
        else:
            d = dotgov_form(name)
            if d:
                canon = d
                used_dg.add(key(d))
                src += "+us-dotgov-agencies"
                aliases.append(name)
            else:
                canon = name
        e = Entry(canon, "AGENCY", aliases, source=src, origin=a["name"])
        entries[a["id"]] = e
        parent[a["id"]] = a.get("parent_id")
        sn = (a.get("short_name") or "").strip()
        parts = [p.strip() for p in sn.split("/")] if sn else []
        # not a word in stylised capitals (eCOMMERCE: "Ecommerce Pro")
        acr[a["id"]] = [p for p in parts
                        if re.fullmatch(r"[A-Z][A-Za-z0-9&\-]{1,11}", p)
                        and sum(c.isupper() for c in p) >= 2
                        and key(p) != key(canon)]
    resolve_acronyms(entries, acr, parent, flt, "us-federal-register")

    # dotgov names the Federal Register does not have: agencies and bureaus
    # whose name says what they are; budget lines ("Allowances",
    # "Departmental Management", "Military Retirement") are skipped.
    head = re.compile(
        r"\b(Department|Agency|Administration|Commission|Bureau|Office|"
        r"Service|Board|Council|Corporation|Court|Institute|Foundation|"
        r"Authority|Survey|Bank|Police|Mint|Guard|Senate|House of "
        r"Representatives|Library|Museum|Smithsonian|Trust)\b")
    extra = []
    for n in dotgov:
        if key(n) in used_dg:
            continue
        if not head.search(n) or re.match(r"Department(al|-Wide)", n) \
                or key(n) in GENERIC_NAMES or n.startswith("Office of the "
                                                           "Secretary"):
            continue
        if n in ("Senate", "House of Representatives"):
            canon = "United States " + n
            al = ["US " + n, "U.S. " + n]
        else:
            canon = n
            al = []
        extra.append(Entry(canon, "AGENCY", al, source="us-dotgov-agencies"))
    return list(entries.values()) + extra


def resolve_acronyms(entries, acr, parent, flt, label):
    """Give each entry its acronyms, dropping those shared by several
    entries of the same source unless one holder is the ancestor of all the
    others."""
    holders = {}
    for i, lst in acr.items():
        for a in lst:
            holders.setdefault(a, []).append(i)

    def ancestors(i):
        out = set()
        seen = 0
        while parent.get(i) is not None and seen < 50:
            i = parent[i]
            out.add(i)
            seen += 1
        return out

    for a, ids in holders.items():
        ids = sorted(set(ids), key=str)
        if len(ids) > 1:
            top = [i for i in ids
                   if all(i == j or i in ancestors(j) for j in ids)]
            if len(top) == 1:
                ids = top
            else:
                warn("%s: acronym %s shared by %s: dropped" % (
                    label, a, "; ".join(entries[i].canonical for i in ids)))
                continue
        if not flt.alias_ok(a):
            continue
        entries[ids[0]].add(a)


# --- UK government ---------------------------------------------------------

# Abbreviations whose usual spelling is not all capitals.
UK_CASE = {
    "mod": ["MoD", "MOD"], "moj": ["MoJ", "MOJ"], "defra": ["Defra"],
    "dfe": ["DfE"], "dft": ["DfT"], "dfid": ["DfID", "DFID"],
    "dstl": ["Dstl"], "cefas": ["Cefas"], "acas": ["Acas"],
    "ofsted": [], "ofcom": [], "ofgem": [], "ofqual": [], "ofwat": [],
    "cafcass": ["Cafcass"], "ns&i": ["NS&I"], "go-science": ["GO-Science"],
    "seafish": [], "remploy": [], "exmoor": [], "chevening": [],
    "horniman": [], "tate": [], "soane's": [], "monitor": [], "lease": [],
    "big": [], "nice": [], "ice": [], "hm land registry": [],
    "nhs tda": ["NHS TDA"], "de&s": ["DE&S"], "dexeu": ["DExEU"],
    "hmt": ["HMT"], "hmrc": ["HMRC"], "gchq": ["GCHQ"], "mi5": ["MI5"],
    "sis": [], "c4": [], "s4c": ["S4C"],
}

# Bodies whose register name is not what the press calls them.
UK_NAME_FIX = {
    "The Security Service": ("Security Service", ["The Security Service",
                                                  "MI5"]),
    "Secret Intelligence Service": ("Secret Intelligence Service",
                                    ["MI6", "SIS"]),
    "Government Communications Headquarters": (
        "Government Communications Headquarters", ["GCHQ"]),
    "HM Revenue & Customs": ("HM Revenue and Customs", [
        "HM Revenue & Customs", "Her Majesty's Revenue and Customs"]),
    "HM Treasury": ("HM Treasury", ["Her Majesty's Treasury"]),
    "Foreign & Commonwealth Office": ("Foreign and Commonwealth Office", [
        "Foreign & Commonwealth Office", "Foreign Office"]),
    "Ministry of Defence": ("Ministry of Defence", ["UK Ministry of "
                                                   "Defence"]),
    "Ministry of Justice": ("Ministry of Justice", ["UK Ministry of "
                                                   "Justice"]),
}


def acronym_fits(a, name):
    """Does acronym `a` plausibly abbreviate `name`?  Its first letter is
    the initial of the name's first word and its letters occur in order in
    the name ("GCHQ" / Government Communications Headquarters), which
    rejects the parent department tags of the name variants
    ("Met Office (MOD)")."""
    letters = [c for c in key(a) if c.isalpha()]
    words = [w for w in re.split(r"[\s\-]+", key(name))
             if w not in ("the", "of", "and", "for", "&")]
    if not letters or not words or letters[0] != words[0][:1]:
        return False
    text = "".join(words)
    i = 0
    for c in letters:
        i = text.find(c, i)
        if i < 0:
            return False
        i += 1
    return True


# Register rows that are inquiries, reviews, programmes, professions or
# places (museums, galleries, parks) rather than public bodies news would
# name as actors.
UK_NOT_BODY = re.compile(
    r"(Inquiry|Review|Review of [A-Za-z ]+|Education Action Zone|Profession|"
    r"Museum|Museums|Gallery|Galleries|Collection|Parks?|Gardens?|"
    r"Programme|Scholarships?|Inquiry [0-9]+|Public Inquiry [0-9]+)$|"
    r"^(Inquiry|Review) ")


# Public corporations that are broadcasters or businesses (COMPANY, curated
# in companies-hand.tsv where they matter) or shell companies.
UK_COMMERCIAL = {"Channel 4", "S4C", "BBC", "BBC World Service", "Royal Mail",
                 "Trust ports", "BRB (Residuary) Ltd",
                 "London and Continental Railways Ltd",
                 "UK Financial Investments Limited"}


def read_uk(gdir, flt):
    d = os.path.join(gdir, "uk-government-organisations")
    with open(os.path.join(d, "government-organisation.tsv"),
              encoding="utf-8") as f:
        orgs = list(csv.DictReader(f, delimiter="\t"))
    with open(os.path.join(d, "abbreviation.tsv"), encoding="utf-8") as f:
        abbr = list(csv.DictReader(f, delimiter="\t"))
    with open(os.path.join(d, "name.tsv"), encoding="utf-8") as f:
        names = list(csv.DictReader(f, delimiter="\t"))
    entries = {}
    for o in orgs:
        oid = o["government-organisation"]
        name = clean_space(o["name"])
        if UK_NOT_BODY.search(name) or name in UK_COMMERCIAL:
            continue
        if name in UK_NAME_FIX:
            canon, extra = UK_NAME_FIX[name]
        else:
            canon, extra = name, []
            if canon.startswith("The ") and len(canon.split()) > 2:
                canon, extra = canon[4:], [canon]
        e = Entry(canon, "AGENCY", [], source="uk-government-organisations",
                  origin=name)
        for x in extra:
            if flt.alias_ok(x) or x in ("MI5", "MI6"):
                e.add(x)
        if "&" in canon:
            e.add(canon.replace("&", "and"))
        entries[oid] = e
    # name variants: keep readable ones (not all capitals, no "(x44)",
    # no trailing department tag), and pull out "(ACRONYM)"
    acr = {}
    for n in names:
        oid = n["government-organisation"]
        if oid not in entries:
            continue
        v = clean_space(n["name"])
        for m in re.finditer(r"\(([A-Za-z&]{3,8})\)", v):
            if sum(c.isupper() for c in m.group(1)) >= 2 and \
                    acronym_fits(m.group(1), entries[oid].canonical):
                acr.setdefault(oid, []).append(m.group(1))
        if re.search(r"\((?![A-Za-z&]{2,8}\))[^)]*\)", v):
            continue  # "Department of Education (Northern Ireland)"
        v = re.sub(r"\s*\([^)]*\)", "", v).strip()
        if not v or v.isupper() or " - " in v or len(v.split()) < 2 or \
                ", " in v or v.endswith(" The") or v.endswith(" the"):
            continue  # "Transport, Department for", "Millennium Commission The"
        if re.search(r"\b(MOD|MoD|DH|DfE|FCO)$", v):
            continue
        entries[oid].add(v)
    for a in abbr:
        oid = a["government-organisation"]
        if oid not in entries:
            continue
        low = a["abbreviation"].strip()
        forms = UK_CASE.get(low)
        if forms is None:
            if not re.fullmatch(r"[a-z0-9&]+", low):
                continue
            if low in key(entries[oid].canonical).split():
                continue  # the abbreviation is the name itself (Ofcom)
            if not acronym_fits(low, entries[oid].canonical) and not any(
                    acronym_fits(low, n) for n in entries[oid].aliases):
                continue  # a parent department's abbreviation
            forms = [low.upper()]
        acr.setdefault(oid, []).extend(forms)
    # acronyms: unique within the source
    resolve_acronyms(entries, {k: list(dict.fromkeys(v))
                               for k, v in acr.items()}, {}, flt, "uk")
    # historical bodies (with an end-date) are kept: older news cites them
    return list(entries.values())


# --- International organisations (SupraVerden, CC BY-SA 4.0) ---------------

def parse_yaml_records(path):
    """Parse the simple YAML of general_list.yaml: top-level 'Name:' keys
    with two-space 'field: value' lines and '- item' lists (ignored)."""
    recs = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("? "):          # YAML complex key
                cur = {"_key": yaml_scalar(line[2:])}
                recs.append(cur)
                continue
            if line.startswith(": "):          # its first field
                line = "  " + line[2:]
            elif not line.startswith(" "):
                k = line.rstrip()
                if k.endswith(":"):
                    k = k[:-1]
                cur = {"_key": yaml_scalar(k)}
                recs.append(cur)
                continue
            m = re.match(r"^  ([A-Za-z0-9_]+):(?: (.*))?$", line)
            if m and cur is not None:
                v = m.group(2)
                cur[m.group(1)] = yaml_scalar(v) if v is not None else None
    return recs


def yaml_scalar(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == "'":
        return v[1:-1].replace("''", "'")
    if len(v) >= 2 and v[0] == v[-1] == '"':
        return v[1:-1].replace('\\"', '"')
    if v in ("null", "~", ""):
        return None
    return v


def read_intl(gdir, flt):
    path = os.path.join(gdir, "international-organisations-supraverden",
                        "general_list.yaml")
    recs = parse_yaml_records(path)
    entries = {}
    acr = {}
    for i, r in enumerate(recs):
        name_en = r.get("Name_en") or r["_key"]
        name_fr = r.get("Name_fr")
        canon = ucfirst(clean_space(name_fr)) if name_fr else name_en
        qid = r.get("Wikidata_code") or ""
        if not re.fullmatch(r"Q[0-9]+", qid):
            qid = ""
        e = Entry(canon, "AGENCY", [], id_=qid,
                  source="international-organisations-supraverden",
                  origin=r["_key"])
        for f in sorted(r):
            if re.fullmatch(r"Name_(other_[0-9_]*)?en|Name_other_[0-9]+_en|"
                            r"Name_former_en", f) and r[f]:
                n = ucfirst(clean_space(r[f]))
                if flt.alias_ok(n):
                    e.add(n)
        if key(r["_key"]) != key(canon) and flt.alias_ok(r["_key"]):
            e.add(r["_key"])
        lst = []
        for f in ("Abbreviation_fr", "Abbreviation_en",
                  "Abbreviation_other_en", "Abbreviation_other_2_en",
                  "Abbreviation_former_en"):
            v = r.get(f)
            if v and not v.startswith("["):
                for p in re.split(r"\s*[/;,]\s*", clean_space(v)):
                    if re.fullmatch(r"[A-Za-z][A-Za-z0-9&\-]{1,11}", p) \
                            and sum(c.isupper() for c in p) >= 2:
                        lst.append(p)
        acr[i] = lst
        entries[i] = e
    resolve_acronyms(entries, acr, {}, flt, "international")
    return list(entries.values())


# --- French administration (DILA annuaire, Licence Ouverte) ----------------

# A unit is kept when its name says it is a named public body a news reader
# would recognise; internal units are dropped.
#
#   kept heads: Ministère, Premier ministre, Présidence de la République,
#     Direction générale, Délégation générale/interministérielle,
#     Secrétariat général (with a sigle), Autorité, Haute Autorité,
#     Haut Conseil, Haut Comité, Haut-commissariat, Agence, Office,
#     Institut, Centre national, Caisse, Fonds, Établissement public,
#     Conseil (national, supérieur, d'État, constitutionnel...), Commission
#     and Comité (when national/supérieur or with a sigle), Cour, Tribunal,
#     Inspection générale, Commissariat, Observatoire (with a sigle),
#     Assemblée nationale, Sénat, Défenseur des droits, Contrôleur général,
#     État-major (des armées / de l'armée de terre / de la marine / de
#     l'armée de l'air), Gendarmerie nationale, Mission interministérielle
#     (with a sigle), Direction and Service (only with a real sigle:
#     DSS, DRM, DPSD, SIRCOM...), Autorité/Banque/Union/Association with
#     a sigle.
#   dropped: Bureau, Sous-direction, Division, Pôle, Département, Cellule,
#     Unité, Section, Secteur, Collège, Cabinet, Secrétariat (other),
#     Mission (other), Délégation (other), Greffe, Ambassade, Consulat,
#     Représentation, École, Musée, Théâtre, Bibliothèque, Archives,
#     Laboratoire, Parc, Domaine, Site, Campus, Conservatoire, persons
#     (Délégué, Inspecteur, Médiateur, Secrétaire d'État, Conseillers,
#     Haut fonctionnaire), grouping nodes (plural heads: Services,
#     Établissements, Organismes, Autorités, Institutions, Directions,
#     Agences, Écoles), the upstream test nodes, and any label that occurs
#     twice or more in the tree (generic: "Direction des ressources
#     humaines", "Secrétariat général", "Service juridique").

FR_KEEP = re.compile(
    r"^(Ministère|Premier ministre|Présidence de la République|"
    r"Direction générale|Délégation (générale|interministérielle)|"
    r"Autorité|Haute [Aa]utorité|Haut [Cc]onseil|Haut [Cc]omité|"
    r"Haut-[Cc]ommissariat|Haut [Cc]ommissariat|Agence|Office|Institut|"
    r"Centre national|Caisse|Fonds|Établissement public|"
    r"Conseil (national|supérieur|d'État|constitutionnel|économique|"
    r"d'orientation|d'analyse|général)|Cour |Tribunal|Inspection générale|"
    r"Commissariat|Assemblée nationale|Sénat|Défenseur des droits|"
    r"Contrôleur général|État-major (des armées|de l'armée|de la marine)|"
    r"Gendarmerie nationale|Police nationale|Commission nationale|"
    r"Commission supérieure|Comité national|Comité consultatif national|"
    r"Médiateur national|Conseil de défense|Groupe d'intervention)")
FR_LOWER_HEAD = re.compile(
    r"^(Ministère|Direction|Délégation|Secrétariat|Inspection|Service|"
    r"Agence|Office|Commission|Haut [Cc]onseil|Haut [Cc]omité|Commissariat|"
    r"Caisse|Centre|Observatoire|Conseil (national|supérieur))\b")
FR_KEEP_WITH_SIGLE = re.compile(
    r"^(Secrétariat général|Mission interministérielle|Direction|Service|"
    r"Commission|Comité|Observatoire|Délégation|Conseil|Banque|Union|"
    r"Association|Établissement|Laboratoire national|Centre|Haut|"
    r"Commandement)")
FR_DROP = re.compile(
    r"^(Bureau|Sous-direction|Division|Pôle|Département|Cellule|Unité|"
    r"Section|Secteur|Collège|Cabinet|Greffe|Ambassade|Consulat|"
    r"Représentation|École|Ecole|Musée|Théâtre|Bibliothèque|Archives|Parc|"
    r"Domaine|Site|Campus|Conservatoire|Délégué|Délégation permanente|Inspecteur|Médiateur des|"
    r"Secrétaire|Conseillers|Haut fonctionnaire|Services|Établissements|"
    r"Organismes|Autorités|Institutions|Instituts|Directions|Agences|Écoles|"
    r"Test|test|Premier ministre|Institut régional|Institut supérieur|"
    r"Institut national supérieur|Institut d'enseignement|Centre de formation|"
    r"Groupe de |"
    r"Antenne|Atelier|Permanence|Coordination|Communication|Projet|"
    r"Gouvernement|Administration centrale|Cité|Universit|"
    # museums, palaces and monuments are places (le Mucem, le musée
    # d'Orsay), whoever runs them
    r"Établissement public (du|des|de la|de l') (musée|palais|château|"
    r"domaine|parc|Réunion des musées))")
FR_DROP_GENERIC = re.compile(
    r"^(Agence comptable|Direction générale$|Direction générale (adjointe|"
    r"des services|déléguée|des ressources|des missions institutionnelles)|"
    r"Direction technique|Établissement de contrôle|Inspection générale$|Inspection générale de l'"
    r"(INSEE)|Inspection générale de la Direction)")


def read_fr(gdir, flt):
    path = os.path.join(gdir, "fr-annuaire-administration",
                        "annuaire_gouv.json")
    with open(path, encoding="utf-8") as f:
        root = json.load(f)
    nodes = []     # (id, label, sigle, parent id)
    stack = [(root, None)]
    while stack:
        n, par = stack.pop()
        nid = n.get("name") or str(len(nodes))
        nodes.append((nid, clean_space(n.get("label") or ""),
                      (n.get("sigle") or "").strip(), par))
        for c in reversed(n.get("children") or []):
            stack.append((c, nid))
    count = {}
    for nid, label, sigle, par in nodes:
        count[key(label)] = count.get(key(label), 0) + 1
    parent = {nid: par for nid, label, sigle, par in nodes}
    sigle_of = {nid: (sigle if sigle and sigle != "nc." else "")
                for nid, label, sigle, par in nodes}

    def copied(nid):
        """The unit's sigle is one of its ancestors' (copied down)."""
        s, j = sigle_of.get(nid), nid
        while s and parent.get(j) is not None:
            j = parent[j]
            if sigle_of.get(j) == s:
                return True
        return False
    entries = {}   # canonical key -> Entry
    body_of = {}   # node id -> canonical key (kept nodes)
    named = set()  # bodies kept for their name, not only for their sigle
    sig_of_body = {}
    for nid, label, sigle, par in nodes:
        if not label or nid == "source" or "héritage" in label:
            continue
        sig = "" if copied(nid) else sigle_of[nid]
        # "Institut national de la statistique ... - Direction générale"
        label2 = re.sub(r"\s+-\s+Direction générale$", "", label)
        # "Haut Conseil à l'intégration (Secrétariat du)"
        label2 = re.sub(r"\s*\((Secrétariat|secrétariat)[^)]*\)$", "",
                        label2)
        extra = []
        # "Agence de la dette (Agence France Trésor)", "... (SCIDE)"
        m = re.fullmatch(r"(.*\S)\s*\(([^()]+)\)", label2)
        if m:
            label2, inner = m.group(1), m.group(2).strip()
            if re.fullmatch(r"[A-Z][A-Za-z0-9&\-]{1,11}", inner):
                if not sig:
                    sig = inner
            elif len(inner.split()) >= 2 and inner[0].isupper():
                extra.append(inner)
        # "ATOUT FRANCE - Agence de développement touristique de la France"
        m = re.fullmatch(r"([A-Z][A-Z \-']+) - (.+)", label2)
        if m:
            extra.append(m.group(1).strip().title())
            label2 = m.group(2)
        # "Association française de normalisation - Groupe AFNOR",
        # "Institut de la gestion publique ... - IGPDE"
        m = re.fullmatch(r"(.+) - (?:Groupe )?([A-Z]{3,})", label2)
        if m:
            label2 = m.group(1)
            if not sig:
                sig = m.group(2)
        if " - " in label2:
            continue  # "Service technique ... - Site de Toulouse"
        if FR_DROP.match(label2) or FR_DROP_GENERIC.match(label2):
            continue
        by_name = bool(FR_KEEP.match(label2))
        if not by_name and not (sig and FR_KEEP_WITH_SIGLE.match(label2)):
            continue
        if count[key(label)] > 1 and not sig and not re.search(
                r"\b(national|nationale|de l'État|d'État|interministériel)",
                label2) and not label2.startswith("Ministère"):
            continue  # a repeated label with nothing distinctive
        canon = ucfirst(label2)
        if not flt.alias_ok(canon):
            continue
        k = key(canon)
        body_of[nid] = k
        e = entries.get(k)
        if e is None:
            e = Entry(canon, "AGENCY", [],
                      source="fr-annuaire-administration", origin=label)
            entries[k] = e
        for x in extra:
            if flt.alias_ok(x):
                e.add(x)
        # the press writes "le ministère de l'Intérieur", "la direction
        # générale de la santé": offer the lower-case form of names headed
        # by a common noun (3+ words, so the name stays specific)
        m = FR_LOWER_HEAD.match(canon)
        if m and len(canon.split()) >= 3:
            e.add(canon[0].lower() + canon[1:])
        # Ministère de l'Économie, de l'Industrie et du Numérique ->
        # also "Ministère de l'Économie" (the press's short form); only
        # the first component, and only when it is a ministry.
        m = re.match(r"^(Ministère (?:de l'|de la |des |du )[^,]+?)"
                     r"(?:,| et d)", canon)
        if m:
            e.add(m.group(1))
            e.add("m" + m.group(1)[1:])
        if sig:
            sig_of_body.setdefault(k, set()).add(sig)
        if by_name:
            named.add(k)
    # Acronyms over the whole tree, dropped units included.  A sigle copied
    # from a unit to its sub-units is the parent's; otherwise an acronym
    # carried by two different bodies is dropped for both.
    holders = {}
    for nid, s in sigle_of.items():
        if s:
            holders.setdefault(s, []).append(nid)
    for k, sigs in sorted(sig_of_body.items()):
        e = entries[k]
        for s in sorted(sigs):
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9&\-]{1,11}", s) or sum(
                    c.isupper() for c in s) < 2 or re.search(r"[0-9]", s):
                continue
            bodies = set()
            for h in holders.get(s, []):
                j, up = h, False
                while parent.get(j) is not None:
                    j = parent[j]
                    if sigle_of.get(j) == s:
                        up = True
                        break
                if up:
                    continue
                bodies.add(body_of.get(h, "unit:" + h))
            bodies.discard(k)
            if bodies:
                warn("fr-annuaire: acronym %s shared by %d bodies or "
                     "units: dropped" % (s, len(bodies) + 1))
                continue
            if flt.alias_ok(s):
                e.add(s)
    # a unit kept only because it had a sigle goes if the sigle did not
    # survive ("Direction des systèmes d'information", DSI)
    return [e for k, e in entries.items()
            if k in named or any(is_acronym(a) or sum(
                c.isupper() for c in a) >= 2 and " " not in a
                for a in e.aliases)]


# ---------------------------------------------------------------------------
# Word lists (Debian packages) and the ambiguity rules
# ---------------------------------------------------------------------------
#
# A name that is also a common word, a first name, a surname or a place
# needs context before it names a company.  The lists come from Debian
# packages (scripts/install-deps.sh and .ci/run install them), never from a
# list typed here:
#
#   hunspell-fr  /usr/share/hunspell/fr.dic   Grammalecte's French lexicon:
#                lower-case lemmas are common words; po:prn marks first
#                names, po:patr surnames, po:npr other proper names (places
#                and a few hundred famous brands: Alstom, Carrefour)
#   wfrench      /usr/share/dict/french       every inflected French form
#   wamerican    /usr/share/dict/american-english   English words
#   iso-codes    /usr/share/iso-codes/json/iso_3166-{1,2}.json and the
#                French translations in iso_3166-{1,2}.mo: countries and
#                their subdivisions (régions, départements, states...)
#   tzdata       /usr/share/zoneinfo/zone1970.tab: the world's big cities
#
# A missing list is an error (exit 3, naming the package), never a silently
# smaller dictionary.

WORDLIST_PACKAGES = [
    ("hunspell-fr", "hunspell/fr.dic"),
    ("wfrench", "dict/french"),
    ("wamerican", "dict/american-english"),
    ("iso-codes", "iso-codes/json/iso_3166-1.json"),
    ("iso-codes", "iso-codes/json/iso_3166-2.json"),
    ("iso-codes", "locale/fr/LC_MESSAGES/iso_3166-1.mo"),
    ("iso-codes", "locale/fr/LC_MESSAGES/iso_3166-2.mo"),
    ("tzdata", "zoneinfo/zone1970.tab"),
]


# Articles and prepositions that make a run of common words a French
# phrase rather than a name (a closed class: not a word list to install).
FR_FUNCTION_WORDS = set("""le la les l un une des du de d au aux a en et
sur sous pour par chez dans avec sans ma mon mes ta ton tes sa son ses notre
nos votre vos leur leurs ce cet cette ces""".split())


# Languages whose country names count as places (iso-codes translations).
ISO_LANGUAGES = "de es it pt nl pl sv da fi cs sk hu ro el bg hr sl".split()


class MissingWordLists(Exception):
    pass


def read_mo(path):
    """msgid -> msgstr of a GNU .mo file (standard library gettext)."""
    import gettext
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in cat.items() if isinstance(k, str) and k}


class WordLists:
    """Folded keys (see key()) of the words of each class."""

    def __init__(self, share="/usr/share"):
        missing = sorted({pkg for pkg, rel in WORDLIST_PACKAGES
                          if not os.path.isfile(os.path.join(share, rel))})
        if missing:
            raise MissingWordLists(
                "missing word lists of the Debian packages %s (install them: "
                "apt-get install %s, or sh scripts/install-deps.sh)" % (
                    ", ".join(missing), " ".join(missing)))
        self.fr = set()        # French common words, every inflection
        self.fr_exact = set()  # the same, lower case with their accents
        self.en = set()        # English common words
        self.first = set()     # first names
        self.surname = set()   # surnames
        self.npr = set()       # other proper names (places, famous brands)
        self.npr_epi = set()   # ...of neither gender (is:epi): mostly places
        self.place = set()     # countries, subdivisions, big cities
        self.en_proper = set()  # English proper names (people, places,
        #                         a few brands): wamerican's capitalised words
        self.fr_acronym = set()  # acronyms of Grammalecte's lexicon: French
        #                          ones (OPA, PNB, TVA, SEPA, UEM, CNRS)
        with open(os.path.join(share, "hunspell/fr.dic"),
                  encoding="utf-8") as f:
            next(f)  # the entry count
            for line in f:
                w = line.split("\t")[0].split(" ")[0].split("/")[0].strip()
                if not w or not w[0].isalpha():
                    continue
                k = key(w)
                if re.fullmatch(r"[A-Z][A-Z0-9&]+", w):
                    self.fr_acronym.add(w)
                if " po:prn" in line:
                    self.first.add(k)
                if " po:patr" in line:
                    self.surname.add(k)
                if " po:npr" in line:
                    self.npr.add(k)
                    # a proper name of neither gender: a place's (Florange,
                    # Saint-Avold), mostly; brands and programs have one
                    if " is:epi" in line:
                        self.npr_epi.add(k)
                if w[0].islower():
                    self.fr.add(k)
                    self.fr_exact.add(unicodedata.normalize("NFC", w))
        with open(os.path.join(share, "dict/french"), encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if w and w[0].islower():
                    self.fr.add(key(w))
                    self.fr_exact.add(unicodedata.normalize("NFC", w))
        with open(os.path.join(share, "dict/american-english"),
                  encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if not w or w.endswith("'s"):
                    continue
                if w[0].islower():
                    self.en.add(key(w))
                else:
                    self.en_proper.add(key(w))
        # places: ISO 3166 names (English and French) and tz cities
        for part, fld in (("1", "3166-1"), ("2", "3166-2")):
            with open(os.path.join(share, "iso-codes/json/iso_3166-%s.json"
                                   % part), encoding="utf-8") as f:
                recs = json.load(f)[fld]
            tr = read_mo(os.path.join(
                share, "locale/fr/LC_MESSAGES/iso_3166-%s.mo" % part))
            for r in recs:
                for fld2 in ("name", "common_name", "official_name"):
                    n = r.get(fld2)
                    if not n:
                        continue
                    for m in (n, tr.get(n, "")):
                        # "Bonaire, Sint Eustatius and Saba": each part too
                        for p in re.split(r",\s*| and | et ", m):
                            if p.strip():
                                self.place.add(key(p))
        # country names in the other languages of Europe ("Polska",
        # "Deutschland"), which name subsidiaries ("BNP Paribas Polska")
        with open(os.path.join(share, "iso-codes/json/iso_3166-1.json"),
                  encoding="utf-8") as f:
            countries = [r["name"] for r in json.load(f)["3166-1"]]
        for lang in ISO_LANGUAGES:
            mo = os.path.join(share, "locale", lang, "LC_MESSAGES",
                              "iso_3166-1.mo")
            if os.path.isfile(mo):
                tr = read_mo(mo)
                for c in countries:
                    if tr.get(c):
                        self.place.add(key(tr[c]))
        with open(os.path.join(share, "zoneinfo/zone1970.tab"),
                  encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) > 2:
                    city = cols[2].split("/")[-1].replace("_", " ")
                    self.place.add(key(city))

    def classes(self, name):
        """The word classes a name belongs to, as rule names:
        fr-word, en-word, first-name, surname, place, proper-name,
        fr-phrase (several words, all French common words, one of them an
        article or a preposition: La Poste, Le Bon Marché), fr-words
        (several words, all French common words and none of those: Feu
        Vert, Sud Express)."""
        k = key(name)
        out = []
        words = [w for w in re.split(r"[\s\-']+", k) if w]
        if len(words) <= 1:
            bare = k.rstrip(".!")
            for cls, s in (("fr-word", self.fr), ("en-word", self.en),
                           ("first-name", self.first),
                           ("surname", self.surname), ("place", self.place),
                           ("proper-name", self.npr),
                           ("en-proper-name", self.en_proper)):
                if bare in s:
                    out.append(cls)
        else:
            if k in self.place:
                out.append("place")
            # a compound word written in two ("Free Lance" is free-lance,
            # "Week End" week-end): the name reads as that word
            spaced = key(clean_space(name)).split()
            if len(spaced) == 2 and all(w.isalpha() for w in spaced) and (
                    "-".join(spaced) in self.fr or "".join(spaced) in self.fr):
                out.append("fr-word")
            # a French noun phrase made of common words ("La Poste",
            # "Maison de la presse", "Le Bien public"): all words are
            # French words (accents as written: "Dauphiné" is not
            # "dauphine"), one of them an article or a preposition, and no
            # word after the head is capitalised ("La Voix du Nord",
            # "Groupe Le Monde": the capital marks a proper name).  Two
            # capitalised words without an article ("Crédit Suisse",
            # "Carrefour Express") read as a name.
            raw = [w for w in re.split(r"[\s\-']+", clean_space(name))
                   if w]
            low = [w.lower() for w in raw]
            content = [i for i, w in enumerate(low)
                       if w not in FR_FUNCTION_WORDS and not w.isdigit()]
            if all(w in self.fr_exact or len(w) == 1 or w.isdigit()
                   for w in low) and any(w in FR_FUNCTION_WORDS
                                         for w in low) and not any(
                    raw[i][:1].isupper() for i in content[1:]):
                out.append("fr-phrase")
            elif words[0].isdigit() and all(w in self.fr
                                            for w in words[1:]):
                out.append("fr-phrase")  # "20 Minutes", "100 Montaditos"
            # "Feu Vert", "Sud Express", "Grand Frais": every word a
            # French common word (numbers aside), no article or preposition
            # (fr-phrase judges those): the phrase is written in French
            # text as well
            if "fr-phrase" not in out and any(
                    not w.isdigit() for w in words) and all(
                    (w in self.fr or w.isdigit()) and
                    w not in FR_FUNCTION_WORDS for w in words):
                out.append("fr-words")
            if words[0] in self.first and len(words) == 2 and (
                    words[1] in self.surname or words[1] in self.npr):
                out.append("person")  # "Jean Martin", "Paul Smith"
        return out


# --- OpenStreetMap name-suggestion-index (BSD-3-Clause; ids CC0) -----------

# Where an item is sold (its `include` codes).  France: fr, fx (metropolitan
# France), the overseas codes and the fr-*.geojson regions.  Europe: 150
# and the countries of the EU, the EEA, Switzerland and the UK.
NSI_FRANCE = set("fr fx gp mq gf re yt pm nc pf mf bl wf".split())
NSI_EUROPE = set("""150 eu at be bg hr cy cz dk ee fi de gr hu ie it lv lt lu
mt nl pl pt ro sk si es se is li no ch gb mc ad sm va""".split())
SCOPE_RANK = {"fr": 0, "world": 1, "europe": 2, "eu-country": 3,
              "abroad": 4}

# Wikidata descriptions that say the item is not a company: public bodies,
# charities, schools, churches, parties, clubs, places.  nsi_type checks
# them after the strong company words (NSI_STRONG_COMPANY: "car park
# management company" is a company) and after the national public bodies.
NSI_NOT_COMPANY_DESC = re.compile(
    r"\b(municipal|municipality|commune|intercommunal|intermunicipal|"
    r"communauté|metropolis|métropole|city of|town of|village|county|"
    r"region of|regional council|department of|departmental|prefecture|"
    r"government|governmental|ministry|public (?:body|establishment|"
    r"administration|agency|authority|institution|service|organi[sz]ation|"
    r"entity|undertaking|law)|administrative|authority|agency of|"
    r"state agency|federal agency|police|gendarmerie|fire (?:department|"
    r"service|brigade)|firefighters|rescue|emergency|army|military|armed "
    r"forces|navy|charity|charitable|non-?profit|not-for-profit|ngo|"
    r"foundation|association|federation|trade union|labou?r union|"
    r"political party|church|diocese|parish|religious|school|university|"
    r"college|academy|hospital|health (?:authority|trust|board)|"
    r"syndicate|heritage institution|museum|library|park|protected area|"
    r"national park|transit|public transport|transport authority|"
    r"waste management authority|utility district|water board|"
    r"sports club|football club|scouting|scout|service club|"
    r"service organi[sz]ation|(?<!credit )union)\b", re.I)
# Descriptions that say company.
NSI_COMPANY_DESC = re.compile(
    r"\b(company|companies|corporation|conglomerate|enterprise|business|"
    r"firm|brand|brands|chain|retailer|retail|manufacturer|maker|automaker|"
    r"carmaker|producer|operator|franchise|bank|banking|insurer|insurance|"
    r"group|holding|marque|label|airline|broadcaster|newspaper|magazine|"
    r"publisher|television|radio|channel|network|store|stores|shop|shops|"
    r"supermarket|hypermarket|restaurant|restaurants|hotel|hotels|"
    r"distributor|provider|supplier|subsidiary|division|cooperative|"
    r"co-operative|designer|fashion house|platform|service|distillery|"
    r"brewery|winery|concessionaire|trademark|developer|investment trust|"
    r"advertising agency|travel agency|employment agency|estate agency)\b",
    re.I)
# ... and among them, the words that win over NSI_NOT_COMPANY_DESC
# ("French car park management company", "truck and military vehicle
# manufacturer"), unless the item is a charity, a school, a hospital, a
# party, a union or public transport.
NSI_STRONG_COMPANY = re.compile(
    r"\b(company|corporation|manufacturer|automaker|carmaker|brand|chain|"
    r"retailer|bank|insurer|distillery|brewery|concessionaire|trademark|"
    r"conglomerate|multinational)\b", re.I)
NSI_NEVER_COMPANY = re.compile(
    r"\b(charity|charitable|non-?profit|ngo|school|university|college|"
    r"hospital|political party|(?<!credit )union|public transport|transit|"
    r"church|association|foundation|humanitarian|relief|fraternal|"
    r"veterans|Red Cross|Red Crescent|aid organi[sz]ation)\b", re.I)
# An "organization" that no company word describes (YMCA: "worldwide
# organization", "organization of U.S. war veterans") is a club, a
# movement or a charity, not a company.
NSI_ORGANISATION = re.compile(r"\borgani[sz]ations?\b", re.I)
# Categories of charity shops, social and community facilities: their
# brands are charities (Oxfam, British Red Cross, Croix-Rouge française)
# unless the description says company (Bupa).
NSI_CHARITY_CATEGORY = re.compile(
    r"^(brands|operators)/(shop/charity|amenity/social_facility|"
    r"amenity/social_centre|healthcare/blood_donation)$")
# National public bodies (AGENCY); local ones (towns, intercommunal
# bodies, regions, territorial establishments) are left out.
NSI_PUBLIC_BODY = re.compile(
    r"\b(government(?:al)? agency|public agency|public service agency|"
    r"public establishment|intelligence agency|law enforcement agency|"
    r"armed force|navigation authority|ministry|lower house|upper house|"
    r"parliament|intergovernmental|public service mission|social or family "
    r"benefits|social security contributions)\b", re.I)
NSI_LOCAL = re.compile(
    r"\b(municipal|municipality|intercommunal|intermunicipal|territorial|"
    r"region|regional|department|departmental|agglomeration|city|town|"
    r"metropol\w*|district|community of communes|in [A-Z][a-z]+, France)\b")
# French local public bodies a reader meets by a brand-like name with no
# head word (Rennes Métropole, Est Ensemble, Morlaix Communauté, Sigeif):
# intercommunalities, territorial public establishments of the Greater
# Paris Metropolis and intercommunal syndicates of towns.  They are AGENCY
# when the index says they operate in France; towns, departments and
# regions themselves stay out (their names are places).
NSI_FR_INTERCO = re.compile(
    r"\b(intercommunal(?:ity| structure| organi[sz]ation| utility)|"
    r"intermunicipal (?:agency|organi[sz]ation|energy|union|joint union)|"
    r"French municipal agency|agglomeration community|community of communes|"
    r"urban community|communaut\u00e9 (?:urbaine|d'agglom\u00e9ration)|"
    r"territorial public establishment|French metropole|"
    r"m\u00e9tropole in|metropolis in (?:northern |southern )?France)\b",
    re.I)
NSI_STATE_COMPANY = re.compile(
    r"\b(state-owned|state owned|public (?:limited )?company|"
    r"publicly (?:traded|listed)|public sector [a-z ]*company|"
    r"government-owned [a-z ]*company|crown corporation)\b", re.I)
# Description of an owner: "brand of X", "owned by X", "subsidiary of X".
NSI_OWNER_DESC = re.compile(
    r"\b(?:brand|subsidiary|division|chain|marque|banner|label|store "
    r"brand|unit|owned|operated|part) (?:of|by) (?:the )?"
    r"((?:[A-Z0-9][\w&.'\-]*)(?: (?:&|and|de|du|des|la|le|of|[A-Z0-9]"
    r"[\w&.'\-]*))*)")
# Categories whose operators are infrastructure or services and not
# names a reader meets as a company on their own: they pass only when the
# Wikidata description says company.
NSI_SKIP_CATEGORY = re.compile(
    r"^(operators/(boundary|route|landuse|natural|historic|highway|"
    r"emergency|barrier)|brands/(emergency|waterway|highway|landuse|club)|"
    r"operators/amenity/(school|college|university|kindergarten|"
    r"place_of_worship|police|fire_station|townhall|courthouse|prison|"
    r"library|hospital|clinic|social_facility|grave_yard|toilets|"
    r"drinking_water|shower|bench|waste_basket|post_box))")


def nsi_scope(inc, exc, desc):
    if inc & NSI_FRANCE or any(x.startswith("fr-") for x in inc):
        return "fr"
    if re.search(r"\bFrench\b", desc or ""):
        return "fr"   # based in France
    if "001" in inc and not (exc & NSI_FRANCE or "fr" in exc):
        return "world"
    if inc & {"150", "eu"}:
        return "europe"
    if inc & NSI_EUROPE:
        return "eu-country"
    return "abroad"


def nsi_split(v):
    return [clean_space(x) for x in (v or "").split(";") if clean_space(x)]


def read_tsv_plain(path):
    """A TAB-separated file with a header line, no quoting."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    head = lines[0].split("\t")
    out = []
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split("\t")
        cols += [""] * (len(head) - len(cols))
        out.append(dict(zip(head, cols)))
    return out


def read_wikidata_labels(gdir):
    """Qid -> (English label, description) from NSI's wikidata.tsv."""
    path = os.path.join(gdir, "osm-name-suggestion-index", "wikidata.tsv")
    out = {}
    for r in read_tsv_plain(path):
        if re.fullmatch(r"Q[0-9]+", r["wikidata"]):
            out[r["wikidata"]] = (clean_space(r["label"]),
                                  clean_space(r["description"]))
    return out


class RuleCount:
    """How many names (and entities) each rule dropped or flagged."""

    def __init__(self):
        self.n = {}

    def add(self, rule, what):
        self.n.setdefault(rule, {}).setdefault(what, 0)
        self.n[rule][what] += 1

    def lines(self, label):
        out = []
        for rule in sorted(self.n):
            d = self.n[rule]
            out.append("%s: %-22s %s" % (label, rule, ", ".join(
                "%s %d" % (w, d[w]) for w in sorted(d))))
        return out


LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def name_verdict(name, scope, words, flt, typ="COMPANY"):
    """(verdict, rule) for one name of an entity sold in SCOPE: verdict is
    "keep", "ambiguous" (the name needs context: a cue or another mention)
    or "drop".  Only names of entities sold in France, worldwide or Europe
    wide may be flagged; elsewhere a colliding name is dropped."""
    wide = scope in ("fr", "world", "europe")
    letters = sum(c.isalnum() for c in name)
    if letters < 2 or (letters < 3 and not is_acronym(name)):
        return "drop", "too-short"
    if re.search(r"[^\w\s&.,'!+\-/()°]", name) or any(
            c.isalpha() and not LATIN_LETTER.match(c) for c in name):
        return "drop", "not-latin-script"
    if key(name) in GENERIC_NAMES or name.upper() in GENERIC_ACRONYMS:
        return "drop", "generic"
    if is_acronym(name):
        n = sum(c.isalpha() for c in name)
        if n < 3 and not (scope == "fr" and re.search(r"[0-9&]", name)):
            return "drop", "acronym-2-letters"
        if name.upper() in flt.currency_codes or key(name) in COMMON_WORDS:
            return "drop", "acronym-common"
        cls = words.classes(name)
        if set(cls) & {"fr-word", "en-word"}:
            return "drop", "acronym-is-word"
        if n <= 4 and scope not in ("fr", "world"):
            return "drop", "acronym-abroad"
        return "keep", ""
    if key(name) in COMMON_WORDS:
        return ("ambiguous" if wide else "drop"), "common-word-list"
    cls = words.classes(name)
    for rule in ("fr-word", "en-word", "first-name", "surname", "place",
                 "fr-phrase", "fr-words"):
        if rule in ("fr-phrase", "fr-words") and typ == "AGENCY":
            continue  # public bodies are named by descriptions
        if rule in cls:
            return ("ambiguous" if wide else "drop"), rule
    if "en-proper-name" in cls and scope not in ("fr", "world"):
        return "drop", "en-proper-name"
    if "proper-name" in cls:
        # Grammalecte lists famous brands (Alstom, Lidl) with the places:
        # a brand sold in France keeps the name, elsewhere it is a place
        if scope not in ("fr", "world"):
            return "drop", "proper-name"
    return "keep", ""


# "Municipal ... company in France": syndicats mixtes and régies of local
# authorities (waste, networks), local public bodies rather than
# companies.
NSI_MUNICIPAL = re.compile(r"\bmunicipal\b[^,;]*\bcompany\b[^,;]*\bFrance\b",
                           re.I)


# A name that is a number or a code of a letter or two and digits (1083,
# G20, A7).
NSI_CODE_NAME = re.compile(r"[0-9]+|[A-Za-z]{1,2}[0-9]{1,4}")
# The rules of name_verdict that say a name is a common word.
WORD_RULES = {"fr-word", "en-word", "common-word-list"}


NSI_INTERNATIONAL = re.compile(
    r"\b(multinational|international|global|worldwide|transnational)\b",
    re.I)


def nsi_type(desc, category):
    """COMPANY, AGENCY (a national public body) or None (a local public
    body, a charity, a school, public transport... or unknown)."""
    if not desc:
        # no description: brands are companies, operators unknown
        return "COMPANY" if category.startswith("brands/") else None
    if NSI_NEVER_COMPANY.search(desc):
        return None
    if NSI_ORGANISATION.search(desc) and not NSI_COMPANY_DESC.search(desc):
        return None
    if NSI_STRONG_COMPANY.search(desc) or NSI_STATE_COMPANY.search(desc):
        return "COMPANY"
    if NSI_PUBLIC_BODY.search(desc) and not NSI_LOCAL.search(desc):
        return "AGENCY"
    if NSI_NOT_COMPANY_DESC.search(desc):
        return None
    if NSI_COMPANY_DESC.search(desc) or category.startswith("brands/"):
        return "COMPANY"
    return None


def read_nsi(gdir, flt, words, stats):
    """COMPANY entities from the name-suggestion-index: one entity per
    Wikidata id (items without one are dropped), canonical name the name
    the items use most (items sold in France first), the Wikidata label
    and the other OSM names as aliases, each name judged by name_verdict.
    Returns the entries (an entity with flagged names has a second line
    with the same canonical name flagged `ambiguous`)."""
    d = os.path.join(gdir, "osm-name-suggestion-index")
    items = read_tsv_plain(os.path.join(d, "items.tsv"))
    labels = read_wikidata_labels(gdir)
    ents = {}   # qid -> dict
    for it in items:
        qid = it["wikidata"]
        cat = it["category"]
        if not re.fullmatch(r"Q[0-9]+", qid or ""):
            stats.add("no-wikidata-id", "items dropped")
            continue
        if it["dissolved"]:
            stats.add("dissolved", "items dropped")
            continue
        if NSI_SKIP_CATEGORY.match(cat):
            stats.add("category", "items dropped")
            continue
        label, desc = labels.get(qid, ("", ""))
        inc = {x.split(".")[0] for x in it["include"].split(",") if x}
        countries = {x.split("-")[0] for x in inc}
        exc = {x.split(".")[0] for x in it["exclude"].split(",") if x}
        scope = nsi_scope(inc, exc, desc)
        e = ents.setdefault(qid, {"names": {}, "scope": "abroad",
                                  "cats": set(), "label": label,
                                  "desc": desc, "countries": set()})
        e["countries"] |= countries
        if SCOPE_RANK[scope] < SCOPE_RANK[e["scope"]]:
            e["scope"] = scope
        e["cats"].add(cat)
        w = 4 if scope == "fr" else 1
        prim = [it["brand"], it["name"], it["operator"]]
        if cat.startswith("operators/"):
            prim = [it["operator"], it["name"], it["brand"]]
        seen = set()
        for rank, v in enumerate(prim + [it["name_fr"], it["name_en"],
                                         it["short_name"],
                                         it["official_name"]]
                                 + nsi_split(it["alt_names"])
                                 + ([re.sub(r"\s*\([^)]*\)$", "",
                                            it["display_name"])]
                                    if cat.startswith("brands/") else [])):
            v = clean_space(v)
            # a brand spelled in lower case ("orsay", "dm"): written with a
            # capital, since an alias in lower case matches in any case
            v = ucfirst(v)
            if not v or v in seen:
                continue
            seen.add(v)
            # weight: primary names vote for the canonical name
            e["names"][v] = e["names"].get(v, 0) + (w * 10 if rank < 3
                                                    else 0) + 1
    # type, scope
    kept = {}
    for qid, e in ents.items():
        typ = None
        for cat in sorted(e["cats"]):
            typ = typ or nsi_type(e["desc"], cat)
        if any(NSI_CHARITY_CATEGORY.match(c) for c in e["cats"]) and not \
                NSI_STRONG_COMPANY.search(e["desc"]):
            stats.add("charity", "entities dropped")
            continue
        if NSI_MUNICIPAL.search(e["desc"]):
            stats.add("municipal", "entities dropped")
            continue
        if typ is None and e["scope"] == "fr" and NSI_FR_INTERCO.search(
                e["desc"]) and not NSI_NEVER_COMPANY.search(e["desc"]):
            typ = "AGENCY"
            stats.add("fr-intercommunality", "entities typed AGENCY")
        e["type"] = typ
        if typ == "AGENCY" and SCOPE_RANK[e["scope"]] > SCOPE_RANK["europe"]:
            typ = None
        if typ is None:
            stats.add("not-a-company", "entities dropped")
            continue
        # sold only abroad: kept when known beyond one market (three
        # countries or more, or described as international)
        if SCOPE_RANK[e["scope"]] > SCOPE_RANK["europe"] and not (
                len(e["countries"]) >= 3 or NSI_INTERNATIONAL.search(
                    e["desc"])):
            stats.add("sold-in-few-countries", "entities dropped")
            continue
        kept[qid] = e
    # judge every name; a name given to several entities goes to the one
    # sold in France if only one is, else to none
    holders = {}
    for qid, e in kept.items():
        names = dict(e["names"])
        lab = ucfirst(e["label"])
        # a French local body's English label (Metropolitan Brest, Hérault
        # Valley community of communes) is no name French news uses
        if e["type"] == "AGENCY" and e["scope"] == "fr" and re.search(
                r"\b(of|and|the|community|communities|metropolis|"
                r"metropolitan|agglomeration|energy|union|information|"
                r"systems?|department|valley|light|coast|center|south|"
                r"north|west|east)\b", lab, re.I):
            lab = ""
        if lab and key(lab) not in {key(n) for n in names} and not re.search(
                r"\b(municipality|of|brand|store)\b", lab.split(" ")[0]):
            names[lab] = 0
        e["names"] = names
        for n in names:
            holders.setdefault(key(n), set()).add(qid)
    out = []
    for qid in sorted(kept, key=lambda q: int(q[1:])):
        e = kept[qid]
        scope = e["scope"]
        plain, amb = [], []
        word_rule = {}  # flagged name -> the rule that flagged it
        for n, wgt in sorted(e["names"].items(), key=lambda x: (-x[1], x[0])):
            hs = holders[key(n)]
            if len(hs) > 1:
                fr = [h for h in hs if kept[h]["scope"] == "fr"]
                if fr != [qid]:
                    stats.add("shared-name", "names dropped")
                    continue
            verdict, rule = name_verdict(n, scope, words, flt, e["type"])
            if verdict != "drop" and NSI_CODE_NAME.fullmatch(n):
                # 1083 is a number, G20 a summit, A7 a road: a brand's
                # code-like name needs context like a word
                verdict = "drop" if n.isdigit() or scope not in (
                    "fr", "world", "europe") else "ambiguous"
                rule = "number" if n.isdigit() else "code"
            if verdict == "drop":
                stats.add(rule, "names dropped")
                continue
            if verdict == "ambiguous":
                stats.add(rule, "names flagged")
                amb.append(n)
                word_rule[n] = rule
            else:
                plain.append(n)
        if not plain and not amb:
            stats.add("no-name-left", "entities dropped")
            continue
        if scope not in ("fr", "world", "europe") and amb:
            amb = []
        if not plain and scope not in ("fr", "world", "europe"):
            continue
        names = plain + amb  # canonical: the best-voted name
        canon = max(names, key=lambda n: (e["names"][n], -len(n)))
        # another name that is a common word ("Utile" for Super U): the
        # brand is not known by it, and the word would need no other
        # evidence than a mention of the brand
        for n in list(amb):
            if n != canon and word_rule.get(n) in WORD_RULES:
                amb.remove(n)
                stats.add("other-name-is-word", "names dropped")
        # "BNP Paribas Polska", "Darty France": a subsidiary abroad, not
        # another name of the brand
        cw = set(re.split(r"[\s\-]+", key(canon)))
        for lst in (plain, amb):
            for n in list(lst):
                extra = [x for x in re.split(r"[\s\-]+", key(n))
                         if x not in cw]
                if n != canon and cw <= set(re.split(r"[\s\-]+", key(n))) \
                        and any(x in words.place for x in extra):
                    lst.remove(n)
                    stats.add("subsidiary-abroad", "names dropped")
        src = "osm-name-suggestion-index"
        if canon in amb:
            out.append(Entry(canon, e["type"], amb, id_=qid,
                             flags=["ambiguous"], source=src, origin=canon))
            if plain:
                out.append(Entry(canon, e["type"], plain, id_=qid,
                                 source=src, origin=canon))
        else:
            out.append(Entry(canon, e["type"], plain, id_=qid, source=src,
                             origin=canon))
            if amb:
                out.append(Entry(canon, e["type"], amb, id_=qid,
                                 flags=["ambiguous"], source=src,
                                 origin=canon))
        stats.add("scope-" + scope, "entities kept")
    return out


# --- Owners named in NSI's Wikidata descriptions ----------------------------

NSI_DEMONYM = re.compile(
    r"^(?:(?:[A-Z][a-z]+(?:an|ian|ese|ish|ch|ic|i|ss|an-based|ian-based))|"
    r"U\.S\.|English|French|Greek|Thai|Dutch|Iran)(?:[- ]style)?\s+")
OWNER_SUFFIX = re.compile(
    r"(?:,? (?:Group|Groupe|Corporation|Corp\.?|Inc\.?|AG|S\.A\.|SA|SE|plc|"
    r"Limited|Ltd\.?|Holdings?|Company|Co\.))+$")


def nsi_owners(entries, labels, words, flt, stats, known):
    """Companies named as owners in the Wikidata descriptions of the kept
    brands ("brand of Carrefour Group", "owned by Hilton Worldwide"): an
    owner of two brands or more is a company a reader meets; it becomes an
    entry unless a name of it (with or without Group, Inc....) is already
    known (KNOWN: keys of every name of every source)."""
    count = {}
    for e in entries:
        desc = labels.get(e.id, ("", ""))[1]
        for m in NSI_OWNER_DESC.finditer(desc):
            o = NSI_DEMONYM.sub("", m.group(1))
            o = re.sub(r"\s+(?:and|la|le)$", "", o).strip()
            if len(o) > 2 and not NSI_DEMONYM.fullmatch(o + " "):
                count.setdefault(o, set()).add(e.id)
    by_label = label_index(labels)
    out = []
    for o in sorted(count):
        if len(count[o]) < 2:
            stats.add("owner-of-one-brand", "owners dropped")
            continue
        bare = OWNER_SUFFIX.sub("", o)
        if key(o) in known or key(bare) in known:
            stats.add("owner-known", "owners dropped")
            continue
        verdict, rule = name_verdict(o, "world", words, flt)
        if verdict != "keep":
            stats.add("owner-" + rule, "owners dropped")
            continue
        qid = join_id([o], by_label, COMPANY_WORDS)
        out.append(Entry(o, "COMPANY", [], id_=qid,
                         source="osm-name-suggestion-index (owner)"))
        stats.add("owner", "owners kept")
    return out


# --- Joining names to Wikidata ids by label ---------------------------------

COMPANY_WORDS = re.compile(
    r"\b(company|companies|corporation|conglomerate|group|holding|business|"
    r"manufacturer|maker|retailer|chain|bank|insurer|airline|operator|"
    r"firm|enterprise|brand|multinational)\b", re.I)
MEDIA_WORDS = re.compile(
    r"\b(newspaper|daily|weekly|monthly|magazine|periodical|news website|"
    r"website|television channel|TV channel|television network|"
    r"radio station|radio network|broadcaster|news agency|media group|"
    r"publishing|publisher|press group)\b", re.I)
# an outlet of this list: a media description that says where
MEDIA_WORDS_FR = re.compile(
    r"^(?=.*\b(French|France|Belgian|Belgium|Swiss|Switzerland|European|"
    r"Franco-German)\b)(?=.*" + MEDIA_WORDS.pattern + ")", re.I)
AGENCY_WORDS = re.compile(
    r"\b(agency|ministry|department|office|authority|administration|"
    r"service|bureau|commission|court|council|institute|government|"
    r"intelligence|police|army|navy|air force|regulator|central bank|"
    r"public body|public establishment|organi[sz]ation)\b", re.I)


def label_index(labels):
    idx = {}
    for q, (lab, desc) in labels.items():
        if lab:
            idx.setdefault(key(lab), []).append((q, desc))
    return idx


# A description of a part, not of the company itself: "flagship brand of
# Marriott International", "retail brand ... owned by ExxonMobil",
# "subsidiary of Linde Group".
NOT_THE_COMPANY = re.compile(
    r"\b(brand|subsidiary|division|unit|banner|franchisee) (of|by)\b|"
    r"\bowned by\b|\boperated by\b", re.I)
US_WORDS = re.compile(r"\b(United States|U\.S\.|US|American|federal)\b")
UK_WORDS = re.compile(r"\b(UK|United Kingdom|British|England|English|"
                      r"Scotland|Scottish|Wales|Welsh|Northern Ireland|"
                      r"HM|Her Majesty's|His Majesty's)\b")


def join_id(names, by_label, kind, where=None):
    """The Wikidata id of an entity named NAMES, when exactly one id of
    NSI's wikidata.tsv has one of the names as its English label and a
    description of the right KIND (a regular expression) that is not the
    description of a brand or subsidiary and, with WHERE, names the
    country; "" otherwise."""
    found = set()
    for n in names:
        for q, desc in by_label.get(key(n), []):
            if kind.search(desc) and not NOT_THE_COMPANY.search(desc) and (
                    where is None or where.search(desc)):
                found.add(q)
    return found.pop() if len(found) == 1 else ""


# --- Médias français (Le Monde diplomatique / Acrimed, ODC-By 1.0) ---------

# Owners that are not companies: the State and public bodies, associations,
# foundations, endowment funds, a religious congregation, a sovereign fund,
# and persons' investment vehicles (X Invest, X Capital).
MEDIA_NOT_COMPANY = re.compile(
    r"^(République|État|Province|Association|Fondation|Fonds|Les Amis|"
    r"Les Augustins)\b|\b(Authority|Invest|Investissement|Capital)\b")


def read_medias(gdir, flt, words, stats, by_label, nsi_by_name):
    """Media outlets (medias.tsv: every row is an outlet, Type says which
    kind) and the groups that own them (organisations.tsv, minus the State,
    associations, foundations and persons' holdings), all COMPANY.  The
    source has no ids: an outlet or group gets the id of the NSI entity of
    the same name, else of the one Wikidata label of that name whose
    description says media (outlets) or company (groups)."""
    d = os.path.join(gdir, "medias-francais")
    out = []

    def add(name, kind, src_kind):
        names = [n.strip() for n in re.split(r"\s+/\s+", clean_space(name))]
        for n in names:  # "ARD / ZDF": two broadcasters
            n = n.replace("Canal +", "Canal+")
            verdict, rule = name_verdict(n, "fr", words, flt)
            if verdict == "drop":
                stats.add(rule, "names dropped")
                continue
            if verdict == "ambiguous":
                stats.add(rule, "names flagged")
            qid = nsi_by_name.get(key(n), "") or join_id(
                [n], by_label, kind)
            out.append(Entry(n, "COMPANY", [], id_=qid,
                             flags=["ambiguous"] if verdict == "ambiguous"
                             else [], source="medias-francais"))
            stats.add(src_kind, "entries kept")

    for r in read_tsv_plain(os.path.join(d, "medias.tsv")):
        add(r["Nom"], MEDIA_WORDS_FR, "media-outlet")
    for r in read_tsv_plain(os.path.join(d, "organisations.tsv")):
        n = clean_space(r["nom"])
        if MEDIA_NOT_COMPANY.search(n):
            stats.add("not-a-company", "owners dropped")
            continue
        add(n, COMPANY_WORDS, "media-owner")
    return out


# ---------------------------------------------------------------------------
# Hand files, cross-source conflicts, output
# ---------------------------------------------------------------------------

def read_dict_file(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            aliases = [a for a in cols[2].split("|")] if len(cols) > 2 \
                and cols[2] else []
            e = Entry(cols[0], cols[1] if len(cols) > 1 else "", aliases,
                      id_=cols[3] if len(cols) > 3 else "",
                      flags=[x for x in (cols[4].split(",") if len(cols) > 4
                                         else []) if x],
                      source=cols[5] if len(cols) > 5 else "",
                      origin="%s:%d" % (os.path.basename(path), n))
            entries.append(e)
    return entries


WARNINGS = []
# (hand canonical name, id, source): a source gives an id the hand entry
# lacks (printed by --hints, to be checked and copied by hand)
HAND_ID_HINTS = []


def warn(msg):
    if msg not in WARNINGS:
        WARNINGS.append(msg)


def apply_hand(generated, hand):
    """Hand entries win.  A generated alias that a hand entry already uses
    is removed.  A generated entry whose canonical name is a hand name is
    kept only as a complement of a hand entry with exactly the same
    canonical name and type and no flags: it then adds, on a line of its
    own with the same canonical name, the aliases the hand entry lacks
    (e.g. "Council of the EU" for the hand entry "Conseil de l'Union
    européenne").  Otherwise it is dropped, with a warning naming the
    aliases lost."""
    hand_keys = {}
    hand_by_canon = {}
    for e in hand:
        for n in e.names():
            hand_keys.setdefault(key(n), e)
        hand_by_canon.setdefault(e.canonical, e)
    out = {}
    for fname, entries in generated.items():
        kept = []
        for e in entries:
            if " " not in e.canonical and key(e.canonical) in \
                    COMMON_WORDS and "ambiguous" not in e.flags:
                continue  # a body called by a common word ("Monitor")
            rest = [a for a in e.aliases if key(a) not in hand_keys]
            if key(e.canonical) in hand_keys:
                h = hand_by_canon.get(e.canonical)
                hc = hand_keys[key(e.canonical)]
                if e.id and not hc.id and hc.type == e.type:
                    HAND_ID_HINTS.append((hc.canonical, e.id, e.source))
                # a secondary list's entity of that name may be another one
                # (Rolls-Royce Motor Cars for the engine maker Rolls-Royce):
                # it never completes a hand entry
                if h is None or h.type != e.type or h.flags or \
                        fname in SECONDARY_SOURCES:
                    if rest and fname not in SECONDARY_SOURCES:
                        warn("%s: generated entry %r is covered by the hand "
                             "entry %r; its aliases %s are not used" % (
                                 fname, e.canonical,
                                 hand_keys[key(e.canonical)].canonical,
                                 "|".join(rest)))
                    continue
                if not rest:
                    continue
                if e.id and not h.id:
                    HAND_ID_HINTS.append((h.canonical, e.id, e.source))
                e.id = h.id  # the hand entry's id: one entity, one id
            e.aliases = rest
            kept.append(e)
        out[fname] = kept
    return out


SOURCE_RANK = ["agencies-international-generated.tsv",
               "agencies-fr-generated.tsv",
               "agencies-us-generated.tsv",
               "agencies-uk-generated.tsv",
               "companies-sp500-generated.tsv",
               "companies-medias-generated.tsv",
               "companies-nsi-generated.tsv"]


# Lists added with the company dictionary (issue 11): a name they share
# with an older list is dropped from them only.
SECONDARY_SOURCES = {"companies-medias-generated.tsv",
                     "companies-nsi-generated.tsv"}


# Lists of foreign bodies and brands: an acronym there that French writes
# for something French (OPA: offre publique d'achat, PNB, SEPA, UEM, HTA)
# means the French thing in French news.
FOREIGN_LISTS = {"agencies-uk-generated.tsv", "agencies-us-generated.tsv",
                 "companies-nsi-generated.tsv",
                 "companies-sp500-generated.tsv"}


def short_acronym(a):
    """An acronym of three letters or fewer (SCA, DMO, HST, CMA)."""
    return is_acronym(a) and sum(c.isalpha() for c in a) <= 3


def acronym_rules(generated, words, stats):
    """Generated acronyms: one that French writes for something French
    (Grammalecte's lexicon) is dropped from the foreign lists; one of three
    letters or fewer needs context (SCA is also syndrome coronarien aigu,
    DMO densité minérale osseuse, HST a train): it moves to a line of its
    entity flagged `ambiguous` (the flagged line first when it is the
    canonical name).  The hand files list the short acronyms that need no
    context (FBI, ONU, SNCF), and a media outlet's acronym is its name
    (TMC, VSD)."""
    for fname, lst in generated.items():
        if fname == "companies-medias-generated.tsv":
            continue  # TMC, VSD, TFX: the outlet's own name
        out = []
        amb_line = {}
        for e in lst:
            if "ambiguous" in e.flags:
                amb_line[key(e.canonical)] = e
        for e in lst:
            if fname in FOREIGN_LISTS:
                for a in [n for n in e.aliases if is_acronym(n) and
                          n in words.fr_acronym]:
                    e.aliases.remove(a)
                    stats.add("acronym-is-french", "names dropped")
                if is_acronym(e.canonical) and \
                        e.canonical in words.fr_acronym:
                    stats.add("acronym-is-french", "entities dropped")
                    continue
            if "ambiguous" in e.flags:
                out.append(e)
                continue
            short = [a for a in e.aliases if short_acronym(a)]
            if not short and not short_acronym(e.canonical):
                out.append(e)
                continue
            for a in short:
                e.aliases.remove(a)
            stats.add("short-acronym", "names flagged")
            amb = amb_line.get(key(e.canonical))
            if amb is not None:  # the entity's flagged line takes them
                for a in short:
                    amb.add(a)
                out.append(e)
                continue
            amb = Entry(e.canonical, e.type, short, id_=e.id,
                        flags=["ambiguous"], source=e.source,
                        origin=e.origin)
            amb_line[key(e.canonical)] = amb
            if short_acronym(e.canonical):
                out.append(amb)
                if e.aliases:
                    out.append(e)
            else:
                out.append(e)
                out.append(amb)
        # an entity whose canonical name needs context: its flagged line
        # first (the first loaded wins)
        first = {}
        for i, e in enumerate(out):
            first.setdefault(key(e.canonical), i)
        out.sort(key=lambda e: (first[key(e.canonical)], not (
            "ambiguous" in e.flags and short_acronym(e.canonical))))
        generated[fname] = out
    return generated


def resolve_conflicts(generated):
    """An alias that two generated entries give to different canonical
    names is dropped from both.  Lines with the same canonical name and
    type are one entity (several lines when only some names are flagged):
    the first source in SOURCE_RANK keeps the canonical name, a later line
    with the same flags is merged into it (and gives it its id if it has
    none), a line with other flags stays a line of that entity; a later
    entry of another type, or with another id, is dropped.  An alias equal
    to another entity's canonical name is dropped from the entity that has
    it as an alias."""
    canon_owner = {}   # key(canonical) -> first entry
    lines_of = {}      # (key(canonical), flags) -> entry
    src_first = {id(e): fn for fn, lst in generated.items() for e in lst}
    for fname in SOURCE_RANK:
        kept = []
        for e in generated.get(fname, []):
            k = key(e.canonical)
            fk = (k, ",".join(e.flags))
            o = canon_owner.get(k)
            if o is not None and fname in SECONDARY_SOURCES and \
                    src_first[id(o)] != fname:
                continue  # the older list's entity has that name already
            if o is not None and (o.canonical != e.canonical or
                                  o.type != e.type or
                                  (o.id and e.id and o.id != e.id)):
                warn("duplicate canonical %r (%s) and %r (%s %s): kept the "
                     "first" % (o.canonical, o.source, e.canonical,
                                e.source, e.id))
                if o.type == e.type and fname not in SECONDARY_SOURCES:
                    for a in e.aliases:  # a spelling variant: one body
                        o.add(a)
                continue
            if o is not None and not e.id:
                e.id = o.id
            if o is not None and not o.id and e.id:
                for x in list(lines_of.values()):
                    if key(x.canonical) == k:
                        x.id = e.id
            if fk in lines_of:
                for a in e.aliases:
                    lines_of[fk].add(a)
                continue
            canon_owner.setdefault(k, e)
            lines_of[fk] = e
            kept.append(e)
        generated[fname] = kept
    # a line of a secondary list whose canonical name is an alias of an
    # older list's entity goes: that entity has the name already
    older = {}
    for fname in SOURCE_RANK:
        if fname not in SECONDARY_SOURCES:
            for e in generated.get(fname, []):
                for a in e.aliases:
                    older.setdefault(key(a), e)
    for fname in SECONDARY_SOURCES:
        kept = []
        for e in generated.get(fname, []):
            o = older.get(key(e.canonical))
            if o is not None and o.canonical != e.canonical:
                if canon_owner.get(key(e.canonical)) is e:
                    del canon_owner[key(e.canonical)]
                continue
            kept.append(e)
        generated[fname] = kept
    owners = {}
    for fname in SOURCE_RANK:
        for e in generated.get(fname, []):
            for a in e.aliases:
                owners.setdefault(key(a), set()).add(id(e))
    by_id = {id(e): e for lst in generated.values() for e in lst}
    src_of = {id(e): fn for fn, lst in generated.items() for e in lst}
    for fname in SOURCE_RANK:
        for e in generated.get(fname, []):
            keep = []
            for a in e.aliases:
                k = key(a)
                if k in canon_owner and canon_owner[k].canonical != \
                        e.canonical:
                    continue
                others = [by_id[i] for i in owners[k] if i != id(e)
                          and by_id[i].canonical != e.canonical]
                # the lists added last (SECONDARY) yield to the others
                if others and fname in SECONDARY_SOURCES and any(
                        src_of[id(o)] not in SECONDARY_SOURCES
                        for o in others):
                    continue
                others = [o for o in others if fname in SECONDARY_SOURCES
                          or src_of[id(o)] not in SECONDARY_SOURCES]
                if others:
                    names = sorted(["%r (%s)" % (o.canonical, o.source)
                                    for o in others + [e]])
                    warn("alias %r given to %s: dropped from all" % (
                        a, " and ".join(names)))
                    continue
                keep.append(a)
            e.aliases = keep
    return generated


HEADERS = {
    "companies-nsi-generated.tsv": [
        "frex dictionary: companies (and a few national public bodies) "
        "named by OpenStreetMap's name-suggestion-index: brands, their "
        "operators and owners, sold in France, Europe or worldwide, and "
        "international brands sold abroad whose names cannot collide.",
        "Source folder: ../shared/gazetteers/osm-name-suggestion-index/ "
        "(items.tsv, wikidata.tsv).",
        "Upstream: the npm package name-suggestion-index 8.0.20260918 "
        "(dist/json/nsi.json, dist/wikidata/wikidata.json), flattened to "
        "TSV.",
        "Licence: BSD 3-Clause, Copyright (c) 2017, Bryan Housel and the "
        "name-suggestion-index contributors (see the LICENSE.md of the "
        "source folder); Wikidata ids, labels and descriptions are CC0.",
        "Selection and ambiguity rules: scripts/build_dict.py (read_nsi, "
        "name_verdict) with the Debian word lists of hunspell-fr, wfrench, "
        "wamerican, iso-codes and tzdata; a name flagged `ambiguous` is a "
        "word, a first name, a surname or a place.",
    ],
    "companies-medias-generated.tsv": [
        "frex dictionary: French news media and the groups that own them "
        "(COMPANY).",
        "Source folder: ../shared/gazetteers/medias-francais/ (medias.tsv, "
        "organisations.tsv).",
        "Upstream: github.com/mdiplo/Medias_francais, commit 231814e "
        "(December 2024).",
        "Licence: Open Data Commons Attribution License (ODC-By 1.0). "
        "Attribution: \"Médias français, qui possède quoi ? — Le Monde "
        "diplomatique et Acrimed\". This file is derived data and keeps "
        "that attribution.",
        "Owners that are not companies (the State, public bodies, "
        "associations, foundations, persons' holdings) are left out; ids "
        "come from the name-suggestion-index (see "
        "companies-nsi-generated.tsv) where one matches the name.",
    ],
    "companies-sp500-generated.tsv": [
        "frex dictionary: S&P 500 companies (COMPANY).",
        "Source folder: ../shared/gazetteers/sp500-datahub/ (constituents.csv).",
        "Upstream: github.com/datasets/s-and-p-500-companies, "
        "data/constituents.csv, commit 56509dd.",
        "Licence: Open Data Commons Public Domain Dedication and License "
        "(PDDL 1.0); credit to the Open Knowledge Foundation datasets "
        "project.",
        "Names cleaned of legal suffixes (Inc., Corp., plc...); tickers are "
        "not aliases.",
    ],
    "agencies-us-generated.tsv": [
        "frex dictionary: United States federal agencies (AGENCY).",
        "Source folders: ../shared/gazetteers/us-federal-register-agencies/ "
        "(agencies.json) and ../shared/gazetteers/us-dotgov-agencies/ "
        "(agencies-and-subs.csv).",
        "Upstream: Federal Register agencies API as scraped by "
        "github.com/CivicActions/allusgov (data/federalregister/raw.json, "
        "commit 0caf463); github.com/cisagov/dotgov-data "
        "(agencies-and-subs.csv, commit 4ee6419).",
        "Licence: US federal government works, public domain in the US "
        "(Federal Register data; only the data was used, none of the "
        "GPL-3.0 code); dotgov-data is CC0 1.0.",
    ],
    "agencies-uk-generated.tsv": [
        "frex dictionary: United Kingdom central government bodies (AGENCY).",
        "Source folder: ../shared/gazetteers/uk-government-organisations/ "
        "(government-organisation.tsv, abbreviation.tsv, name.tsv).",
        "Upstream: github.com/openregister/government-organisation-data, "
        "commit 3e8ff47 (GOV.UK register alpha, 2017).",
        "Licence: MIT, Crown Copyright HM Government; the underlying GOV.UK "
        "lists are under the Open Government Licence v3.0.",
    ],
    "agencies-international-generated.tsv": [
        "frex dictionary: international organisations (AGENCY), French "
        "names first.",
        "Source folder: ../shared/gazetteers/"
        "international-organisations-supraverden/ (general_list.yaml).",
        "Upstream: github.com/confirmordeny/supraverden, "
        "data/general_list.yaml, commit 59ab4fa. (c) Confirmordeny "
        "2025-2026.",
        "Licence: CC BY-SA 4.0. THIS FILE IS CC BY-SA 4.0 DERIVED DATA: it "
        "adapts the SupraVerden list (selection, renaming, filtering of "
        "acronyms) and is shared under the same licence, "
        "https://creativecommons.org/licenses/by-sa/4.0/ . The Wikidata "
        "ids in column 4 are CC0.",
    ],
    "agencies-fr-generated.tsv": [
        "frex dictionary: French national administration (AGENCY).",
        "Source folder: ../shared/gazetteers/fr-annuaire-administration/ "
        "(annuaire_gouv.json).",
        "Upstream: DILA - Annuaire de l'administration (base de données "
        "nationales, service-public.fr), 2016 data, via the JSON export "
        "of github.com/AlexisEidelman/AnnuaireServicePublic "
        "(json/annuaire_gouv.json, commit 42d13bc; only the data file was "
        "used, none of the AGPL-3.0 code).",
        "Licence: Licence Ouverte / Open Licence (Etalab). Attribution: "
        "DILA - Annuaire de l'administration, data of 2016.",
        "Only named public bodies are kept (ministries, directions "
        "générales, autorités, agences, offices...); internal units are "
        "dropped (see scripts/build_dict.py).",
    ],
}


def render(fname, entries):
    out = io.StringIO()
    for h in HEADERS[fname]:
        out.write("# " + h + "\n")
    out.write("# Generated by scripts/build_dict.py (make dict); do not edit: "
              "changes go in the script or in a *-hand.tsv file.\n")
    out.write("# Columns (TAB-separated): " + COLUMNS + "\n")
    for e in sorted(entries, key=lambda e: (key(e.canonical), e.canonical)):
        out.write(e.line() + "\n")
    return out.getvalue()


def build(gdir, dict_dir, words=None):
    cur = read_currency_codes(gdir)
    flt = Filters(cur)
    words = words or WordLists()
    labels = read_wikidata_labels(gdir)
    by_label = label_index(labels)
    stats = RuleCount()
    generated = {
        "companies-sp500-generated.tsv": read_sp500(gdir, flt),
        "agencies-us-generated.tsv": read_us(gdir, flt),
        "agencies-uk-generated.tsv": read_uk(gdir, flt),
        "agencies-international-generated.tsv": read_intl(gdir, flt),
        "agencies-fr-generated.tsv": read_fr(gdir, flt),
    }
    # ids for the lists that give none, by exact English label
    for fn, kind, where in (
            ("companies-sp500-generated.tsv", COMPANY_WORDS, None),
            ("agencies-us-generated.tsv", AGENCY_WORDS, US_WORDS),
            ("agencies-uk-generated.tsv", AGENCY_WORDS, UK_WORDS)):
        for e in generated[fn]:
            if not e.id:
                e.id = join_id(e.names(), by_label, kind, where)
    nsi = read_nsi(gdir, flt, words, stats)
    nsi_by_name = {}
    for e in nsi:
        for n in e.names():
            nsi_by_name.setdefault(key(n), e.id)
    hand = []
    if os.path.isdir(dict_dir):
        for fn in sorted(os.listdir(dict_dir)):
            if fn.endswith("-hand.tsv"):
                hand += read_dict_file(os.path.join(dict_dir, fn))
    medias = read_medias(gdir, flt, words, stats, by_label, nsi_by_name)
    known = {key(n) for lst in list(generated.values()) + [nsi, medias,
                                                           hand]
             for e in lst for n in e.names()}
    nsi += nsi_owners(nsi, labels, words, flt, stats, known)
    generated["companies-nsi-generated.tsv"] = nsi
    generated["companies-medias-generated.tsv"] = medias
    generated = apply_hand(generated, hand)
    generated = resolve_conflicts(generated)
    generated = acronym_rules(generated, words, stats)
    texts = {fn: render(fn, ents) for fn, ents in generated.items()}
    texts[FIRST_NAMES_FILE] = render_first_names(words)
    texts[TOWNS_FILE] = render_towns(words, generated, hand)
    return texts, generated, hand, stats


# The places of the COMPANY/AGENCY rules (src/org_towns.def): a one-word
# name after staff words (les salariés de Florange), on a deal's side or
# cutting jobs is a town's, not a company's.  hunspell-fr's proper names of
# neither gender (po:npr is:epi: Florange, Gardanne, Saint-Avold, Naples),
# less every name of the dictionary (Danone, Airbus, Google: companies its
# lexicon lists too) and the first names.  Written next to dict/ and checked
# by --check as the dictionary files are.
TOWNS_FILE = os.path.join("..", "src", "org_towns.def")


# Proper names of neither gender in hunspell-fr's lexicon that are firms
# the dictionary lacks (a registrar, a program, the bank in BNP Paribas).
TOWNS_NOT = ("gandi", "nextcloud", "paribas")


# Towns the dictionary names only as an ambiguous metonym of a public body
# (Bruxelles for the European Commission): still places for the rules.
TOWNS_KEEP = ("bruxelles",)


# The French communes of 2,000 inhabitants or more (scripts/communes-fr.txt,
# made by scripts/communes_fr.py from INSEE's list): a town keeps its place
# even when its key is a common word's (Vitré: vitre, Fougères, Sens) since
# the rules read it capitalised after staff or site words.
COMMUNES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                             "communes-fr.txt")


def communes():
    try:
        with open(COMMUNES_FILE, encoding="utf-8") as f:
            return {key(ln.strip()) for ln in f
                    if ln.strip() and not ln.startswith("#")}
    except FileNotFoundError:
        return set()


def render_towns(words, generated, hand):
    names = ({key(n) for lst in list(generated.values()) + [hand]
              for e in lst for n in e.names()} | set(TOWNS_NOT)) - set(TOWNS_KEEP)
    towns = {k for k in words.npr_epi if k not in words.fr} | communes()
    keys = sorted((k for k in towns
                   if k not in names and k not in words.first and
                   re.fullmatch(r"[^\s\"\\]+", k)),
                  key=lambda k: k.encode("utf-8"))
    out = ["/* org_towns.def -- GENERATED by scripts/build_dict.py (make "
           "dict): do not edit.",
           " * Places (matching keys: lowercase, accents removed; sorted "
           "byte-wise):",
           " * hunspell-fr's proper names of neither gender (po:npr is:epi) "
           "and the French",
           " * communes of 2,000 inhabitants or more (scripts/communes-fr.txt), "
           "less the",
           " * dictionary's names, first names and common words; read by "
           "org_cues.c,",
           " * a one-word name after staff words or on a deal's side is a "
           "town's.",
           " * TOWN(\"key\") per line. */"]
    out += ['TOWN("%s")' % k for k in keys]
    return "\n".join(out) + "\n"


# The first names of the COMPANY/AGENCY rules (src/org_first_names.def): a
# capitalised name after a business word (racheté par X, investi dans X) is
# a company's unless its first word is a first name (racheté par Xavier
# Niel).  Written next to dict/ (the path is relative to --dict-dir) and
# checked by --check as the dictionary files are.
FIRST_NAMES_FILE = os.path.join("..", "src", "org_first_names.def")

# First names of business news that hunspell-fr's lexicon lacks (chief
# executives and founders quoted in French news), added by hand.
FIRST_NAMES_HAND = ("Arvind", "Elon", "Jensen", "Masayoshi", "Mukesh",
                    "Satya", "Sergey", "Sundar", "Tidjane", "Vivek")


def render_first_names(words):
    keys = sorted(words.first | {key(n) for n in FIRST_NAMES_HAND},
                  key=lambda k: k.encode("utf-8"))
    out = ["/* org_first_names.def -- GENERATED by scripts/build_dict.py "
           "(make dict): do not",
           " * edit.  First names (matching keys: lowercase, accents removed; "
           "sorted",
           " * byte-wise) of hunspell-fr's lexicon (po:prn) and of "
           "FIRST_NAMES_HAND:",
           " * read by org_cues.c, a name after a business word is a "
           "person's when its",
           " * first word is one.  FIRST(\"key\") per line. */"]
    out += ['FIRST("%s")' % k for k in keys
            if re.fullmatch(r"[^\s\"\\]+", k)]
    return "\n".join(out) + "\n"


def summary(generated, hand):
    rows = []
    for fn in sorted(generated):
        ents = generated[fn]
        rows.append((fn, len(ents), sum(len(e.names()) for e in ents)))
    lines = ["%-42s %7s %8s" % ("file", "entries", "names")]
    for fn, n, a in rows:
        lines.append("%-42s %7d %8d" % (fn, n, a))
    types = {}
    for ents in list(generated.values()) + [hand]:
        for e in ents:
            t = types.setdefault(e.type, [0, 0])
            t[0] += 1
            t[1] += len(e.names())
    lines.append("hand files: %d entries, %d names" % (
        len(hand), sum(len(e.names()) for e in hand)))
    for t in sorted(types):
        lines.append("total %-8s %6d entries %7d names" % (
            t, types[t][0], types[t][1]))
    return "\n".join(lines)


def print_hints(gdir, hand):
    """Ids for hand entries without one: from a generated line of the same
    entity, or from the one Wikidata label equal to a name of the entry
    (with a description of the right kind).  Never applied automatically:
    a person checks each one and copies it into the hand file."""
    by_label = label_index(read_wikidata_labels(gdir))
    has_id = {e.canonical for e in hand if e.id}
    seen = set()
    for canon, qid, src in HAND_ID_HINTS:
        if canon not in has_id and (canon, qid) not in seen:
            seen.add((canon, qid))
            print("%s\t%s\tfrom %s" % (canon, qid, src))
    for e in hand:
        if e.canonical in has_id:
            continue
        kind = AGENCY_WORDS if e.type == "AGENCY" else re.compile(
            COMPANY_WORDS.pattern + "|" + MEDIA_WORDS.pattern, re.I)
        qid = join_id(e.names(), by_label, kind)
        if not qid:  # several: list them all
            for q, desc in by_label.get(key(e.canonical), []):
                if (e.canonical, q) not in seen:
                    seen.add((e.canonical, q))
                    print("%s\t%s\tcandidate label %s: %s" % (
                        e.canonical, q, e.canonical, desc))
        if qid and (e.canonical, qid) not in seen:
            seen.add((e.canonical, qid))
            print("%s\t%s\tlabel %s: %s" % (
                e.canonical, qid, by_label and [
                    lab for lab in [e.canonical] + e.aliases
                    if key(lab) in by_label][0],
                [d for q, d in sum((by_label.get(key(n), [])
                                    for n in e.names()), []) if q == qid][0]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gazetteers", default=os.path.join(
        ROOT, "..", "shared", "gazetteers"),
        help="folder of the gazetteer lists (default: ../shared/gazetteers "
             "relative to the repository root)")
    ap.add_argument("--dict-dir", default=os.path.join(ROOT, "dict"),
                    help="dictionary folder (default: dict/)")
    ap.add_argument("--check", action="store_true",
                    help="regenerate in memory and compare with the files on "
                         "disk; exit 1 if any differs")
    ap.add_argument("--share", default=os.environ.get(
        "FREX_WORDLISTS_SHARE", "/usr/share"),
        help="where the Debian word lists are (default /usr/share, or "
             "$FREX_WORDLISTS_SHARE)")
    ap.add_argument("--hints", action="store_true",
                    help="print the Wikidata ids the sources give for "
                         "hand entries that have none (to check and copy "
                         "by hand), and exit")
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="no warnings, no summary")
    args = ap.parse_args(argv)
    gdir = os.path.normpath(args.gazetteers)
    if not os.path.isdir(gdir):
        print("build_dict.py: %s: no such folder (use --gazetteers)" % gdir,
              file=sys.stderr)
        return 2
    try:
        words = WordLists(args.share)
    except MissingWordLists as ex:
        print("build_dict.py: %s" % ex, file=sys.stderr)
        return 3
    texts, generated, hand, stats = build(gdir, args.dict_dir, words)
    if args.hints:
        print_hints(gdir, hand)
        return 0
    if args.check:
        bad = []
        for fn, text in sorted(texts.items()):
            p = os.path.join(args.dict_dir, fn)
            try:
                with open(p, encoding="utf-8", newline="") as f:
                    old = f.read()
            except OSError:
                old = None
            if old != text:
                bad.append(fn)
        for fn in bad:
            print("build_dict.py: %s differs from what the script generates "
                  "(run make dict)" % os.path.join(args.dict_dir, fn),
                  file=sys.stderr)
        if not args.quiet and not bad:
            print("build_dict.py: %d generated files up to date" % len(texts))
        return 1 if bad else 0
    os.makedirs(args.dict_dir, exist_ok=True)
    for fn, text in sorted(texts.items()):
        with open(os.path.join(args.dict_dir, fn), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(text)
    if not args.quiet:
        for w in WARNINGS:
            print("build_dict.py: warning: " + w, file=sys.stderr)
        print(summary(generated, hand))
        print("\n".join(stats.lines("names and entries by rule")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

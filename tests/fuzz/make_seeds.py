#!/usr/bin/env python3
"""Write the seed inputs of the fuzz corpus (tests/fuzz/corpus/seed-*).
The first byte of each input picks the fuzz target's options (bit 0: DCT
2021-07-14 and --prefer future; the other bits are described in
fuzz_pipeline.c); the rest is the document.  Re-run after
changing this list:  python3 tests/fuzz/make_seeds.py tests/fuzz/corpus"""
import os
import sys

U = lambda s: s.encode('utf-8')
SEEDS = {
    'amount-range': U("L'agrément, estimé entre 500 millions et un milliard de livres sur 10 ans (600 à 1,2 milliards d'euros)."),
    'amount-symbols': U("Un contrat de $10 billion, soit 8,5 Md€ ou 10 000\u00a0000 € ; 4,5 M avis ; US$ 3 ; 12 M€ ; 7 Mds $."),
    'amount-words': U("vingt-cinq millions de dollars canadiens, deux mille francs suisses, un milliard de yens et 3 k€."),
    'amount-cad': U("À Montréal, Québec, le projet coûte 40 millions de dollars. dollars australiens 5."),
    'date-abs': U("Le 21 juillet 2021, puis le 1er mai, le 21/07/2021 et 2021-07-21 ; novembre 2020 ; en 2013."),
    'date-rel': U("jeudi, le 25 octobre dernier, mai dernier, la semaine dernière, cette semaine, l'an prochain, hier, aujourd'hui."),
    'date-fuzzy': U("mi-2021, fin 2020, début 2019, au deuxième trimestre 2020, Noël 2016, le 14 juillet, d'ici le 3 mars."),
    'date-meta': U(" date 2021-07 Le Pentagone a annoncé mardi la décision. Vendredi prochain, tout change."),
    'date-not': U("sur 10 ans, deux semaines après, quelques mois, à 14 h 30, page 2021, 1999 euros."),
    'org-dict': U("Amazon Web Services (AWS), Microsoft Azure, le Pentagone, la NSA, le DoD, le Wall Street Journal, le FT."),
    'org-rules': U("la société Dupont SA, le groupe Lagardère, Acme Corp., Foo GmbH, l'agence Reuters, le ministère de la Justice."),
    'org-acronym': U("la Government Accountability Office (GAO) et la Cour fédérale des plaintes ; Agence spatiale européenne (ESA)."),
    'org-ambig': U("Orange a signé ; la robe orange ; le Times titre ; le projet Bleu ; Amazon Prime Video ; JEDI ; GovCloud."),
    'tok-elision': U("l’armée, d'un, qu’il, jusqu’à, lorsqu'on, aujourd’hui, prud'homme, quelqu’un, c'est-à-dire."),
    'tok-inversion': U("Va-t-il venir ? S'agit-il d'un test ? Pensez-vous que celui-ci, peut-être, méga-contrat, Alcatel-Lucent ?"),
    'tok-abbrev': U("M. Dupont et Mme Durand, etc. Le sénateur (R-Colo.) a parlé. M. M. M. Fin… « Oui » “non” ‘peut-être’."),
    'tok-urls': U("Voir https://example.com/a?b=c&d=e#f et www.lemonde.fr ou écrire à jean.dupont@example.fr demain."),
    'tok-numbers': U("10 000, 10\u00a0000, 10\u202f000, 1.000.000, 1,2, 4.3, 3,14159, 12e, 1er, 2e, XIXe siècle."),
    'markdown': U("# Titre\n\n*« Citation »* [texte](#) **gras**\n\n- item 1\n- item 2\n\n4,5 M avis ★★★★"),
    'nfd-upper': U("ÉTAT, e\u0301te\u0301, ÇA, Œuvre, ŒUF, Ærosol, ÀÉÈÙ, straße, ﬁn."),
    'crlf': U("Ligne un, 10 €.\r\nLigne deux le 3 mars 2020.\r\n\r\nAmazon.\r\n"),
    'bom-utf8': b'\xef\xbb\xbf' + U("Le 21 juillet 2021, Amazon a payé 10 millions de dollars."),
    'utf16le': '\ufeffLe café coûte 10 € le 3 mars 2020 chez Amazon.\n'.encode('utf-16-le'),
    'utf16be': '\ufeffLe café coûte 10 € le 3 mars 2020 chez Amazon.\n'.encode('utf-16-be'),
    'utf16-odd': '\ufeffun deux'.encode('utf-16-le') + b'\x41',
    'utf16-surrogate': b'\xff\xfe' + b'\x00\xd8a\x00' + '10 €'.encode('utf-16-le'),
    'cp1252': "Le café coûte 10 € à Paris ; l’été « chaud » – 5 000 $.".encode('cp1252'),
    'latin1': "Élève à l'école, 3 000 francs en 1998, Société Générale.".encode('latin-1'),
    'invalid-utf8': U("Le café ") + b'\xff\xfe\xc3\x28 \xe2\x82 10 \xa0\xa0 \xf0\x9f\x98' + U(" coûte 5 € été"),
    'overlong': b'\xc0\xaf \xe0\x80\xaf \xed\xa0\x80 \xf4\x90\x80\x80 ' + U("10 dollars"),
    'nul': U("Le\x00 10\x00000 €\x00 Amazon\x00\x00 le 3 mars"),
    'controls': bytes(range(0, 32)) + U(" 10 € ") + bytes([0x7f, 0x1a, 0x1a]),
    'nbsp-digits': ('1' + '\u00a0000' * 200 + ' €').encode(),
    'apostrophes': U("l'" * 300 + "’" * 300 + "qu'" * 100),
    'currency-rep': U("dollars " * 300 + "de " * 300 + "M. " * 200),
    'punct-runs': U("-" * 500 + "." * 500 + "’" * 300 + "…" * 100),
    'mixed-scripts': U("Москва 10 ₽, 東京 100 円, عربي ١٢٣, 🎉 10 € 🇫🇷, \u200b\u200d\u2028\u2029."),
    # HTML pages (issue 16); "zz-" sorts them last, so that the options
    # byte (i & 1) of the seeds above stays as it was
    'zz-html-escapes': U("a <b> & \"c\" 'd' AT&T x<y>z &amp; &#10; </mark> <mark> "
                         "10 € le 3 mars 2020\r\nAmazon\r\rfin\x0b\x0c\u0085\ufffe"
                         "\ufdd0\U0001fffe\U0010ffff <!-- --> <script>x</script>"),
    'zz-html-overlaps': U("Le Journal du Dimanche ; France 2 millions d’euros ; "
                          "Samedi, le Groupe Mars 2020 ; la Banque de France 2 "
                          "milliards de dollars."),
}


# Inputs run again with other options (first byte): cut in two segments
# at the middle (0x02 | 8 << 2), JSONL rows (0x40), tokens only (0x80).
VARIANTS = {
    'seg': 0x02 | 8 << 2,
    'seg-jsonl': 0x02 | 8 << 2 | 0x40 | 1,
    'tokens-jsonl': 0x80 | 0x40,
}
VARIED = ['amount-range', 'date-rel', 'date-meta', 'org-acronym', 'crlf',
          'utf16le', 'cp1252', 'invalid-utf8', 'nul', 'tok-elision',
          'zz-html-escapes', 'zz-html-overlaps']


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), 'corpus')
    os.makedirs(out, exist_ok=True)
    for i, (name, body) in enumerate(sorted(SEEDS.items())):
        with open(os.path.join(out, 'seed-' + name), 'wb') as f:
            f.write(bytes([i & 1]) + body)
    for v, opt in VARIANTS.items():
        for name in VARIED:
            with open(os.path.join(out, 'seed-%s-%s' % (v, name)), 'wb') as f:
                f.write(bytes([opt]) + SEEDS[name])


if __name__ == '__main__':
    main()

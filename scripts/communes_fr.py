#!/usr/bin/env python3
"""Write scripts/communes-fr.txt: the French communes of 2,000 inhabitants or
more, one name a line, for the places of the COMPANY/AGENCY rules
(src/org_towns.def, made by build_dict.py).

Source: the npm package @etalab/decoupage-administratif (data/communes.json,
INSEE's Code officiel géographique with populations), data under the Licence
Ouverte / Open Licence 2.0 (Etalab), code MIT.  Get it with the ordinary npm
client and pass its folder:
    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-*.tgz
    python3 scripts/communes_fr.py package
"""
import json, os, sys

MIN_POP = 2000   # small villages share names with firms and surnames


def main():
    src = os.path.join(sys.argv[1], "data", "communes.json")
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    names = sorted({c["nom"] for c in data
                    if c.get("type") == "commune-actuelle"
                    and (c.get("population") or 0) >= MIN_POP},
                   key=lambda n: n.encode("utf-8"))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       "communes-fr.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# French communes of %d inhabitants or more (INSEE Code "
                "officiel géographique,\n# via npm @etalab/decoupage-administratif "
                "6.0.0; Licence Ouverte / Open Licence 2.0,\n# Etalab). Made by "
                "scripts/communes_fr.py; read by build_dict.py.\n" % MIN_POP)
        for n in names:
            f.write(n + "\n")
    print("%d communes -> %s" % (len(names), out))


if __name__ == "__main__":
    main()
